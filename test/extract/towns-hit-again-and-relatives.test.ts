/**
 * From the sixteenth session's development sets (dev-34, dev-35, dev-31): a town "hit again" on another day, towns bombed
 * "almost daily", a charge of using a zone "to launch drones at" a base, tolls of nobody killed told actively ("killing no
 * one"), a relative named before the name ("said his brother, X"), a passive agent in quotes, denials of missions "not
 * performed" and of reports "not based on facts", obligations not fulfilled, a town's civil-defence centre, tallies since a
 * deal "came into force", the one an act is "blamed on", a leader's surname before a force noun, confirmations with an
 * adjunct before "that", "its embassy", operations rooms and appositives, parties to a deal, Israel and "army aircraft" in
 * the alias table, and a participle chained after "while".
 * Invented sentences; none is taken from an article or a case file.
 */
import { extractArticle } from '../../src/extract';
import { extractFigures } from '../../src/extract/figures';
import { Stance } from '../../src/domain/model';
import { article, incidentKeys as incidents } from './helpers';

// 2019-05-16 was a Thursday.
const run = (...paragraphs: string[]) => extractArticle(article(paragraphs), { publishedAt: '2019-05-16' });
const reads = (f: ReturnType<typeof run>) => f.statements.map((s) => [s.speakerId, s.stance, s.targetIds.join('+')]);

describe('a town hit again on another day', () => {
  const first = 'Government artillery hit a residential street of Kafr Zita on Monday, killing four civilians, rescuers said.';

  it('"The town was hit again on Wednesday. Mortar rounds struck its edge …" is a second attack there', () => {
    const f = run(first, 'The town was hit again on Wednesday. Mortar rounds struck its northern edge in the afternoon, wounding two people, rescuers said.');
    expect(incidents(f)).toEqual(['SHELLING 2019-05-13 kafr-zita', 'SHELLING 2019-05-15 kafr-zita']);
  });

  it('a further attack told with no day of its own stays with the first', () => {
    const f = run(first, 'Mortar rounds struck its northern edge in the afternoon, wounding two people, rescuers said.');
    expect(incidents(f)).toEqual(['SHELLING 2019-05-13 kafr-zita']);
  });
});

describe('towns bombed almost daily', () => {
  const first = 'An air strike killed five people in Ariha on Monday, rescuers said.';

  it.each([
    'Kafr Nabl and Khan Shaykhun, further south, have been bombed almost daily since the start of May.',
    'Residents said Kafr Nabl had been bombed almost daily.',
    'Jets have bombed Kafr Nabl every day since the start of May.',
  ])('"%s" is no incident', (sentence) => {
    expect(incidents(run(first, sentence))).toEqual(['AIRSTRIKE 2019-05-13 ariha']);
  });

  it('"Kafr Nabl was bombed on Tuesday" still is one', () => {
    expect(incidents(run(first, 'Kafr Nabl was bombed on Tuesday, killing two.'))).toEqual(['AIRSTRIKE 2019-05-13 ariha', 'AIRSTRIKE 2019-05-14 kafranbel']);
  });
});

describe('a charge of using a place to launch attacks', () => {
  it('"accused HTS of using the buffer zone to launch drones at Hmeimim air base" is no attack on the base', () => {
    const f = run('Moscow has accused HTS of using the buffer zone to launch drones at Hmeimim air base.');
    expect(f.incidents).toEqual([]);
    expect(reads(f)).toEqual([['actor:russia', Stance.ACCUSATION, 'actor:hts']]);
  });
});

describe('nobody killed, told actively', () => {
  it.each([
    ['mortar rounds struck its eastern edge, wounding three people but killing no one', 0, 3],
    ['the shells killed nobody, but wounded a boy', 0, 1],
  ])('"%s"', (clause, killed, injured) => {
    expect(extractFigures(clause)).toMatchObject({ killed, injured });
  });

  it('"killed no fewer than 12" is still 12', () => {
    expect(extractFigures('the raid killed no fewer than 12 people')).toMatchObject({ killed: 12 });
  });
});

describe('a relative named before the name', () => {
  it('"…," said his brother, X.', () => {
    const f = run('An air strike killed a farmer in Kafr Nabl on Tuesday, rescuers said.', '"He was in his field when the first one fell," said his brother, Hisham Barakat.');
    expect(f.statements.map((s) => s.speakerId)).toContain('actor:hisham-barakat');
  });

  it('"…," said the farmer\'s widow, X.', () => {
    const f = run('An air strike killed a farmer in Kafr Nabl on Tuesday, rescuers said.', '"We have nothing left," said the farmer\'s widow, Huda Barakat.');
    expect(f.statements.map((s) => s.speakerId)).toContain('actor:huda-barakat');
  });
});

describe('a passive agent in quotes', () => {
  it('"said the rockets had been fired by "terrorist groups"" names them', () => {
    const f = run('Overnight, rockets struck the town of Mhardeh. The state news agency SANA said the rockets had been fired by "terrorist groups" and had wounded six people.');
    expect(reads(f)).toEqual([['actor:sana', Stance.CLAIM, 'actor:armed-opposition']]);
  });
});

describe('a denial of missions not performed', () => {
  it('"Aircraft of the Russian Aerospace Forces did not perform any combat missions in that area," X told reporters.', () => {
    const f = run('An air strike hit a bakery in Kafr Nabl on Tuesday.', '"Aircraft of the Russian Aerospace Forces did not perform any combat missions in that area," the Russian Defence Ministry told reporters.');
    expect(f.statements.filter((s) => s.speakerId === 'actor:russian-mod').map((s) => s.stance)).toEqual([Stance.DENIAL]);
  });
});

describe('obligations not fulfilled', () => {
  it('"Our Turkish partners have not yet fulfilled these obligations," an official said. is a criticism of Turkey', () => {
    const f = run('"Our Turkish partners have not yet fulfilled these obligations," a Russian Foreign Ministry official said last week.');
    expect(reads(f)).toEqual([['actor:russian-foreign-ministry', Stance.CRITICISM, 'actor:turkey']]);
  });
});

describe('a town\'s civil-defence centre', () => {
  it('"according to the Kafranbel Civil Defence Centre" is the civil defence', () => {
    const f = run('Eleven civilians were killed on Tuesday when warplanes targeted a bakery in Kafranbel, according to the Kafranbel Civil Defence Centre.');
    expect(f.statements.map((s) => s.speakerId)).toEqual(['actor:syrian-civil-defence']);
  });
});

describe('a tally since a deal came into force', () => {
  it('"more than 190 civilians have been killed inside the zone since it came into force" is about no one attack', () => {
    const f = run(
      'Government artillery hit a residential street of Khan Shaykhun on Monday, killing four civilians, rescuers said.',
      'The Syrian Observatory for Human Rights says more than 190 civilians have been killed inside the zone since it came into force.',
    );
    expect(f.statements.filter((s) => s.speakerId === 'actor:sohr').map((s) => s.incidentId)).toEqual([null]);
  });
});

describe('the one an act is blamed on', () => {
  it.each([
    ['The rescue group blamed the shelling on government forces stationed south of the town.', 'actor:syrian-army'],
    ["The rescue group blamed Monday's attack on the regime.", 'actor:syria'],
  ])('"%s"', (sentence, target) => {
    const f = run('Shelling hit Ariha on Monday, killing two, the Syria Civil Defence said.', sentence);
    expect(reads(f)).toContainEqual(['actor:syrian-civil-defence', Stance.ACCUSATION, target]);
  });
});

describe("a leader's surname before a force noun", () => {
  it('"Assad\'s forces are killing our people" names the Syrian army', () => {
    const f = run('Shelling hit Ariha on Monday, killing two.', '"This shelling shows that Assad\'s forces are killing our people," said Hamza Abboud, a member of the local council.');
    expect(reads(f)).toEqual([['actor:hamza-abboud', Stance.CLAIM, 'actor:syrian-army']]);
  });

  it('"President Bashar Assad\'s forces" still names the president', () => {
    const f = run("President Bashar Assad's forces shelled Ariha on Monday, killing two, rescuers said.");
    expect(f.actors.map((a) => a.id)).toContain('actor:bashar-al-assad');
  });
});

describe('a confirmation with an adjunct before its "that"', () => {
  it.each(['confirmed in a statement that', 'confirmed on Wednesday that'])('"The Syrian army %s its artillery had struck …" confirms its own act', (verb) => {
    const f = run(`The Syrian army ${verb} its artillery had struck the rocket launch sites near the village of Kafr Zita on Wednesday morning.`);
    expect(reads(f)).toEqual([['actor:syrian-army', Stance.CONFIRMATION, 'actor:syrian-army']]);
  });
});

describe('"its embassy" and reports "not based on facts"', () => {
  it('"A spokesman for its embassy in London said … reports that Russian jets had taken part … were "not based on facts"" is Russia denying', () => {
    const f = run(
      'An air strike killed ten people in Jisr al-Shughur on Monday.',
      'Russia denies targeting civilians. A spokesman for its embassy in London said on Tuesday that reports that Russian jets had taken part in the attack were "not based on facts".',
    );
    expect(reads(f)).toContainEqual(['actor:russia', Stance.DENIAL, 'actor:russian-military']);
  });
});

describe('an operations room', () => {
  it('"the al-Fath al-Mubin operations room announced that its artillery had targeted …" is the group speaking of its own act', () => {
    const f = run('The al-Fath al-Mubin operations room announced that its artillery had targeted regime positions in Saraqeb.');
    expect(reads(f)).toEqual([['actor:fateh-al-mubin', Stance.CLAIM, 'actor:fateh-al-mubin']]);
  });

  it('"X, an alliance led by Y, …" then "The alliance said …" is X', () => {
    const f = run(
      'The al-Fath al-Mubin operations room, an alliance led by Hayat Tahrir al-Sham, fired rockets at Saraqeb on Monday, state media reported.',
      'The alliance said on its Telegram channel that it had targeted "regime gatherings".',
    );
    expect(f.statements.filter((s) => /alliance said/.test(s.text)).map((s) => s.speakerId)).toEqual(['actor:fateh-al-mubin']);
  });
});

describe('parties to a deal and a place used to launch attacks', () => {
  it('"… the attack was "unacceptable" and violated the truce that Ankara and Moscow agreed" criticises no one by name', () => {
    const f = run('An air strike killed five people in Jisr al-Shughur on Tuesday.', 'In Ankara, Turkey\'s foreign ministry said the attack was "unacceptable" and violated the truce that Ankara and Moscow agreed in March 2020.');
    expect(reads(f)).toEqual([['actor:turkish-foreign-ministry', Stance.CRITICISM, '']]);
  });

  it('"Russia had violated the truce" still accuses Russia', () => {
    const f = run("Turkey's foreign ministry said Russia had violated the truce.");
    expect(reads(f)).toEqual([['actor:turkish-foreign-ministry', Stance.ACCUSATION, 'actor:russia']]);
  });

  it('a party saying "the terrorists had used the workshop to launch drone attacks" accuses them', () => {
    const f = run('A Syrian military source said the terrorists had used the workshop to launch drone attacks on villages in al-Ghab Plain.');
    expect(reads(f)).toEqual([['actor:syrian-army', Stance.ACCUSATION, 'actor:armed-opposition']]);
  });
});

describe("a spokesman's body by its noun", () => {
  it('"X, a spokesman for the NLF, warned that the group would respond …" speaks of the NLF', () => {
    const f = run('Omar Hamadi, a spokesman for the Turkish-backed National Front for Liberation, warned that the group would respond to any further attack on civilians.');
    expect(reads(f)).toEqual([['actor:omar-hamadi', Stance.CLAIM, 'actor:nlf']]);
  });
});

describe('an attacker with its operations room and an appositive', () => {
  it('"the X operations room, an alliance led by Y, fired rockets at Z, SANA reported" names X, not Y', () => {
    const f = run('Hours later, the al-Fath al-Mubin operations room, an alliance led by Hayat Tahrir al-Sham, fired rockets at the town of Saraqeb, the state news agency SANA reported.');
    expect(reads(f)).toEqual([['actor:sana', Stance.CLAIM, 'actor:fateh-al-mubin']]);
  });
});

describe('Israel in the alias table', () => {
  it('"a Syrian military source said Israeli warplanes fired several missiles at a site near Damascus" accuses the Israeli military', () => {
    const f = run('A Syrian military source said Israeli warplanes fired several missiles at a site near Damascus on Wednesday evening.');
    expect(reads(f)).toContainEqual(['actor:syrian-army', Stance.ACCUSATION, 'actor:israeli-military']);
    expect(f.incidents.flatMap((i) => i.perpetratorIds)).toContain('actor:israeli-military');
  });
});

describe('"army aircraft"', () => {
  it('"The General Command … said army aircraft destroyed a headquarters in X" is the army claiming its own strike', () => {
    const f = run('The General Command of the Army and Armed Forces said army aircraft destroyed a headquarters of terrorist organizations in Sarmada on Thursday night.');
    expect(reads(f)).toEqual([['actor:syrian-army', Stance.CLAIM, 'actor:syrian-army']]);
  });
});

describe('a chained participle after "while"', () => {
  it('"Turkey has called on Moscow to rein in the strikes, while denying any role in the offensive" also denies', () => {
    const f = run('Turkey, whose troops are stationed across Idlib, has called on Moscow to rein in the strikes, while denying any role in the rebel offensive.');
    expect(reads(f)).toContainEqual(['actor:turkey', Stance.DENIAL, 'actor:turkey']);
  });
});
