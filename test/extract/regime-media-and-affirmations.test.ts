/**
 * From the seventeenth session's reading of the development sets: "regime media" as Syrian state media; a generic body
 * with the part of it that spoke in brackets ("State media (SANA) said"); "affirmed" as a speech verb; a speaker placed
 * "at Hmeimim air base" or named in quotes; condemnation an attack "has drawn from" someone; a facility named in another
 * town than its own ("the national hospital in Jisr al-Shughur"); attacks placed in an area such as the al-Ghab plain;
 * a body followed by an appositive naming a kind ("Ahrar al-Sham, one of the largest rebel groups in the province,
 * said"); an office "in" a two-word place; the Russian reconciliation centre's aircraft and a ministry's air defences;
 * ministries of states the alias table names no ministry for ("Qatar's Ministry of Foreign Affairs"); a group having
 * "no connection" to an attack; allegations "about civilian casualties" denied; letters sent "…, stressing that";
 * government drone attacks; and a source cited by a subject the alias table does not know ("Western capitals, citing
 * the Syrian Observatory, have claimed"); a call on "it" after the actor it stands for; and a confirmation that two
 * coordinated forces acted ("that "Syrian and Russian air forces" had carried out strikes"); and an earlier attack told
 * only to date another ("days after Russian strikes on the outskirts of Idlib city").
 * Invented sentences; none is taken from an article or a case file.
 */
import { extractArticle } from '../../src/extract';
import { Stance } from '../../src/domain/model';
import { article, incidentKeys as incidents } from './helpers';

// 2019-05-16 was a Thursday.
const run = (...paragraphs: string[]) => extractArticle(article(paragraphs), { publishedAt: '2019-05-16' });
const reads = (f: ReturnType<typeof run>) => f.statements.map((s) => [s.speakerId, s.stance, s.targetIds.join('+')]);

describe('regime media', () => {
  it('"Regime media claimed that the army had destroyed …" is Syrian state media speaking', () => {
    const f = run('Regime media claimed that the army had destroyed "terrorist headquarters" near Kafr Nabl on Wednesday.');
    expect(reads(f)).toEqual([['actor:syrian-state-media', Stance.CLAIM, 'actor:syrian-army']]);
  });

  it.each([
    'Regime media (SANA agency) claimed "terrorist groups" shelled Mhardeh with rockets on Wednesday.',
    'State media (SANA) said "terrorist groups" shelled Mhardeh with rockets on Wednesday.',
  ])('"%s": the agency in brackets is the speaker', (sentence) => {
    expect(reads(run(sentence))).toEqual([['actor:sana', Stance.CLAIM, 'actor:armed-opposition']]);
  });
});

describe('affirmations', () => {
  it.each([
    ['The General Command of the Army affirmed in a statement that its units had destroyed rocket launchers near Kafr Nabl.', 'actor:syrian-army'],
    ['The Syrian Foreign Ministry affirmed that the Syrian Arab Army would continue its operations against terrorism in Idlib.', 'actor:syrian-army'],
  ])('"%s" is a statement', (sentence, target) => {
    const f = run(sentence);
    expect(f.statements.map((s) => [s.stance, s.targetIds.join('+')])).toEqual([[Stance.CLAIM, target]]);
  });

  it('"reaffirmed its commitment to the agreement" is no statement of its own', () => {
    expect(run('Turkey reaffirmed its commitment to the Sochi agreement on Wednesday.').statements).toEqual([]);
  });
});

describe('speakers placed or quoted before their verb', () => {
  const strike = 'An air strike hit the market in Maarat Misrin on Tuesday, killing six.';

  it('"The Russian Centre for Reconciliation at Hmeimim air base denied that …" is a denial', () => {
    const f = run('The Russian Centre for Reconciliation at Hmeimim air base denied that Russian aircraft had flown over Maarat Misrin.');
    expect(reads(f)).toEqual([['actor:russian-reconciliation-centre', Stance.DENIAL, 'actor:russian-military']]);
  });

  it('"The Russian “Reconciliation Centre” described the reports as lies": a name in quotes speaks', () => {
    const f = run(strike, 'The Russian “Reconciliation Centre” described the reports as lies.');
    expect(reads(f)).toEqual([['actor:russian-reconciliation-centre', Stance.DENIAL, '']]);
  });
});

describe('condemnation drawn from someone', () => {
  it('"The attacks have drawn condemnation from the European Union" is the EU criticising', () => {
    const f = run('An air strike hit the market in Maarat Misrin on Tuesday, killing six.', 'The attacks have drawn condemnation from the European Union.');
    expect(reads(f)).toEqual([['actor:eu', Stance.CRITICISM, '']]);
  });

  it('"The attacks have drawn no comment from Moscow" is no statement', () => {
    expect(run('The attacks have drawn no comment from Moscow.').statements).toEqual([]);
  });
});

describe('a facility named in another town', () => {
  it('"the national hospital in Jisr al-Shughur" is not the National Hospital of Idlib city', () => {
    const f = run('On Wednesday, an air strike near the national hospital in Jisr al-Shughur killed nine people, rescuers said.');
    expect(incidents(f)).toEqual(['AIRSTRIKE 2019-05-15 jisr-al-shughur']);
  });

  it('"the national hospital in Idlib city" still is', () => {
    const f = run('On Wednesday, an air strike near the national hospital in Idlib city killed nine people, rescuers said.');
    expect(incidents(f)).toEqual(['AIRSTRIKE 2019-05-15 al-watani-hospital']);
  });
});

describe('attacks placed in an area of a province', () => {
  it('"a drone struck a tractor in the al-Ghab plain, killing four" is an incident there', () => {
    const f = run('On Wednesday, a drone struck a tractor in the al-Ghab plain, killing four farm workers, the Syrian Observatory for Human Rights said.');
    expect(incidents(f)).toEqual(['AIRSTRIKE 2019-05-15 al-ghab-plain']);
  });

  it.each([
    'Russian warplanes pounded Jabal al-Zawiya on Wednesday.',
    'The monitor described the raid on Wednesday as the deadliest in Jabal al-Zawiya this year.',
  ])('"%s" names an area hit, not an incident', (sentence) => {
    expect(incidents(run(sentence))).toEqual([]);
  });

  it('is the attack told at a town of that province the same day, when there is one', () => {
    const f = run('On Wednesday, a drone struck a tractor in the al-Ghab plain, killing four farm workers.', 'The drone hit the tractor near the village of Qastoun on Wednesday, rescuers said.');
    expect(incidents(f)).toEqual(['AIRSTRIKE 2019-05-15 qastoun']);
  });

  it('a province is still no site: "a drone struck a tractor in Hama province, killing four"', () => {
    expect(incidents(run('On Wednesday, a drone struck a tractor in Hama province, killing four farm workers.'))).toEqual([]);
  });
});

describe('damage told before the day, the attack after it', () => {
  it('"The hospital in Maarat al-Numan was put out of service on Wednesday after two air strikes hit it" is dated', () => {
    const f = run('The hospital in Maarat al-Numan was put out of service on Wednesday after two air strikes hit its courtyard, the health directorate said.');
    expect(incidents(f)).toEqual(['AIRSTRIKE 2019-05-15 maarat-al-numan']);
  });
});

describe('bodies described in an appositive', () => {
  it.each([
    ['Ahrar al-Sham, one of the largest rebel groups in the province, said its fighters had shelled army positions near Jurin.', 'actor:ahrar-al-sham'],
    ['The al-Fath al-Mubin operations room, an alliance of rebel factions, accused government forces of hunting civilians.', 'actor:fateh-al-mubin'],
  ])('"%s": the body named before the appositive speaks', (sentence, speaker) => {
    expect(run(sentence).statements.map((s) => s.speakerId)).toEqual([speaker]);
  });
});

describe('offices and their places', () => {
  it('"The Syria Civil Defence centre in Jabal al-Zawiya said" is the civil defence speaking', () => {
    const f = run('The Syria Civil Defence centre in Jabal al-Zawiya said its volunteers had pulled 10 bodies from the rubble.');
    expect(f.statements.map((s) => [s.speakerId, s.killed])).toEqual([['actor:syrian-civil-defence', 10]]);
  });
});

describe('own forces of a body that has none of its own', () => {
  it('the Russian reconciliation centre saying "its aircraft had destroyed" a depot speaks of the Russian military', () => {
    const f = run('The Russian Centre for Reconciliation said its aircraft had destroyed a drone workshop used by militants near Sarmin.');
    expect(reads(f)).toEqual([['actor:russian-reconciliation-centre', Stance.CLAIM, 'actor:russian-military']]);
  });

  it('a ministry saying "its air defences have downed" drones speaks of its military', () => {
    const f = run('The Russian defence ministry says its air defences have downed more than 50 drones since January.');
    expect(reads(f)).toEqual([['actor:russian-mod', Stance.CLAIM, 'actor:russian-military']]);
  });

  it('the Syrian army saying "its units had destroyed" a depot still speaks of itself', () => {
    const f = run('The Syrian army said its units had destroyed a drone workshop used by militants near Sarmin.');
    expect(reads(f)).toEqual([['actor:syrian-army', Stance.CLAIM, 'actor:syrian-army']]);
  });
});

describe('ministries of states the alias table lists no ministry for', () => {
  it('"Qatar\'s Ministry of Foreign Affairs condemned …" is Qatar\'s ministry, part of Qatar', () => {
    const f = run('Qatar\'s Ministry of Foreign Affairs condemned the attacks on civilians in Idlib.');
    expect(reads(f)).toEqual([['actor:qatar-foreign-ministry', Stance.CRITICISM, '']]);
    expect(f.actors.find((a) => a.id === 'actor:qatar-foreign-ministry')?.partOf).toBe('actor:qatar');
  });
});

describe('names the alias table now knows', () => {
  it.each([
    ['Unicef condemned the attack on the school in Kansafra.', 'actor:unicef'],
    ['The Free Idlib Health Directorate said 11 people were killed in Kansafra.', 'actor:idlib-health-directorate'],
    ['The regime\'s media claimed the army had struck terrorist headquarters near Kansafra.', 'actor:syrian-state-media'],
  ])('"%s"', (sentence, speaker) => {
    expect(run(sentence).statements.map((s) => s.speakerId)).toEqual([speaker]);
  });
});

describe('denials', () => {
  it('"An HTS official said the group had "no connection" to the attack" denies for HTS', () => {
    const f = run('An HTS official said the group had "no connection" to the attack on Mhardeh.');
    expect(reads(f)).toEqual([['actor:hts', Stance.DENIAL, 'actor:hts']]);
  });

  it('denying allegations by others "about civilian casualties" denies the toll, not an act of the speaker', () => {
    const f = run('A Syrian military source said army units had struck terrorist positions near Idlib city.', 'The source denied allegations by media outlets about civilian casualties on the outskirts of Idlib city.');
    expect(reads(f)).toEqual([
      ['actor:syrian-army', Stance.CLAIM, 'actor:syrian-army'],
      ['actor:syrian-army', Stance.DENIAL, ''],
    ]);
  });
});

describe('a participle after a long object', () => {
  it('"the ministry sent two letters to … on the attacks in Hama, stressing that …" is the ministry speaking', () => {
    const f = run('The Syrian Foreign Ministry sent two identical letters to the UN Secretary-General and the President of the Security Council on the repeated terrorist attacks on civilians in the countryside of Hama, stressing that the Turkish regime bears responsibility for the crimes.');
    expect(reads(f)).toEqual([['actor:syrian-foreign-ministry', Stance.ACCUSATION, 'actor:turkey']]);
  });
});

describe('government drone attacks', () => {
  it('"Syrian government drone attacks killed seven" names the Syrian army', () => {
    const f = run('Syrian government drone attacks killed at least seven civilians in Idlib province last week, the Syrian Observatory for Human Rights said.');
    expect(reads(f)).toEqual([['actor:sohr', Stance.CLAIM, 'actor:syrian-army']]);
  });
});

describe('a source cited by an unknown subject', () => {
  it('"Western capitals, citing the Syrian Observatory for Human Rights, have claimed …" is the Observatory speaking', () => {
    const f = run('Western capitals, citing the Syrian Observatory for Human Rights, have claimed that Russian strikes killed civilians in Ariha.');
    expect(reads(f)).toEqual([['actor:sohr', Stance.CLAIM, 'actor:russian-military']]);
  });
});

describe('calls and confirmations naming their parties indirectly', () => {
  it('"Ankara had raised the strikes with Moscow and urged it to rein in Damascus" calls on Russia', () => {
    const f = run('A Turkish diplomatic source said Ankara had raised the strikes with Moscow and urged it to rein in Damascus.');
    expect(reads(f)).toEqual([
      ['actor:turkey', Stance.CLAIM, 'actor:turkey'],
      ['actor:turkey', Stance.CALL, 'actor:russia'],
    ]);
  });

  it.each([
    'Syria\'s defence ministry confirmed in a statement that "Syrian and Russian air forces" had carried out "precise strikes" on workshops.',
    'Syria\'s defence ministry confirmed that the army and Russian jets had carried out strikes on workshops.',
  ])('"%s" confirms both forces acted', (sentence) => {
    expect(reads(run(sentence))).toEqual([
      ['actor:syrian-mod', Stance.CONFIRMATION, 'actor:syrian-army'],
      ['actor:syrian-mod', Stance.CONFIRMATION, 'actor:russian-military'],
    ]);
  });
});

describe('an earlier attack told only to date another', () => {
  it.each([
    'An air strike killed five people in Ariha on Wednesday, days after Russian strikes on the outskirts of Idlib city.',
    'An air strike killed five people in Ariha on Wednesday. The attack came days after Russian strikes on the outskirts of Idlib city.',
  ])('"%s" has one incident', (text) => {
    expect(incidents(run(text))).toEqual(['AIRSTRIKE 2019-05-15 ariha']);
  });
});
