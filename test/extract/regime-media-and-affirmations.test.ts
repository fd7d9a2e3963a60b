/**
 * From the seventeenth session's reading of the development sets: "regime media" as Syrian state media, a generic body
 * with the part of it that spoke in brackets ("State media (SANA) said"), "affirmed" as a speech verb, a speaker placed
 * "at Hmeimim air base" or named in quotes, condemnation an attack "has drawn from" someone, a facility named in another
 * town than its own ("the national hospital in Jisr al-Shughur"), and attacks placed in an area such as the al-Ghab plain.
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
