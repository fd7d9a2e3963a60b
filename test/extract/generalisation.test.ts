/**
 * Generalisation: the ordinary range of wire-copy phrasing for stance, attribution, military arms,
 * places, figures and dates. Short synthetic sentences written for these tests (invented events,
 * real place and organisation names); none is taken from an article.
 */
import { extractArticle, extractWith } from '../../src/extract';
import { extractFigures } from '../../src/extract/figures';
import { findDates } from '../../src/extract/dates';
import type { ArticleFacts, StatementFact } from '../../src/domain/facts';
import { Qualifier } from '../../src/domain/model';

// 2020-03-06 was a Friday.
const PUBLISHED = '2020-03-06';
const text = (paragraphs: string[]): string => ['Syria: news from the north-west today', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
const run = (...paragraphs: string[]): ArticleFacts => extractArticle(text(paragraphs), { publishedAt: PUBLISHED });
/** The phrase rules alone: which incident they choose, before the link model decides whether there is one. */
const runRules = (...paragraphs: string[]): ArticleFacts => extractWith(text(paragraphs), { publishedAt: PUBLISHED }, { linkModel: null });
const LEAD = 'Air strikes killed nine people in the town of Ariha on Tuesday.';
/** Statements of `speaker` after a lead sentence that reports one incident. */
const after = (sentence: string, speaker: string): StatementFact[] => run(LEAD, sentence).statements.filter((s) => s.speakerId === `actor:${speaker}`);
const tuples = (list: StatementFact[]): string[] => list.map((s) => `${s.stance}>${s.targetIds.map((t) => t.replace('actor:', '')).join('+') || '-'}`).sort();

describe('stance vocabulary: denial', () => {
  it.each([
    ['Russia rejected the reports as baseless.', 'russia'],
    ['The Russian Defence Ministry refuted the claims.', 'russian-mod'],
    ['Moscow has repudiated the allegations.', 'russia'],
    ['Damascus rebutted the report.', 'syria'],
    ['The Kremlin brushed aside the accusations.', 'russia'],
    ['Russia contested the figures.', 'russia'],
    ['Russia called the reports "lies".', 'russia'],
    ['Russia called the report "fake news".', 'russia'],
    ['Damascus, for its part, denounced the reports as fabricated.', 'syria'],
    ['Dmitry Peskov was quoted as saying that Russia had not struck civilians.', 'dmitry-peskov'],
    ['Peskov told reporters Russia had nothing to do with the strike.', 'dmitry-peskov'],
  ])('%s', (sentence, speaker) => {
    expect(after(sentence, speaker).map((s) => s.stance)).toContain('DENIAL');
  });

  it('reads a passive denial: the speaker follows "by"', () => {
    expect(tuples(after('The account was disputed by Russia.', 'russia'))).toEqual(['DENIAL>-']);
    expect(tuples(after("The Observatory's account was contested by the Russian Defence Ministry.", 'russian-mod'))).toEqual(['DENIAL>-']);
  });

  it('reads a nominal denial frame ("in a denial issued by X")', () => {
    const list = after('In a denial issued by the Russian Defence Ministry, the reports were called fake.', 'russian-mod');
    expect(list.map((s) => s.stance)).toContain('DENIAL');
  });

  it('gives a denial of another party\'s accusations no target, a denial of an act the speaker\'s arm', () => {
    expect(tuples(after("Moscow rejected Ankara's accusations.", 'russia'))).toEqual(['DENIAL>-']);
    expect(tuples(after('Russia has denied that its jets were involved.', 'russia'))).toEqual(['DENIAL>russian-military']);
  });
});

describe('stance vocabulary: accusation', () => {
  it.each([
    ['The White Helmets held Russia responsible for the attack.', 'syrian-civil-defence', 'russia'],
    ['Turkey held the Syrian government accountable.', 'turkey', 'syria'],
    ['The Syrian Observatory for Human Rights pinned the blame on Russian warplanes.', 'sohr', 'russian-military'],
    ['Turkey pointed the finger at Damascus.', 'turkey', 'syria'],
    ['Turkey charged that Syrian government forces had carried out the attack.', 'turkey', 'syrian-army'],
    ['"We hold Moscow fully responsible," Turkish Foreign Minister Mevlut Cavusoglu told a news conference in Ankara.', 'mevlut-cavusoglu', 'russia'],
  ])('%s', (sentence, speaker, target) => {
    expect(tuples(after(sentence, speaker))).toContain(`ACCUSATION>${target}`);
  });
});

describe('stance vocabulary: criticism', () => {
  it.each([
    ['France denounced the attack.', 'france'],
    ['The European Union decried the strike.', 'eu'],
    ['The United Nations deplored the bombing.', 'un'],
    ['Turkey slammed the attack.', 'turkey'],
    ['Human Rights Watch criticized the strike.', 'hrw'],
    ['UNICEF expressed outrage at the strike.', 'unicef'],
    ['The UN Secretary-General said he was deeply alarmed by the strike.', 'un-secretary-general'],
    ['France said the attack was unacceptable.', 'france'],
    ['The strike was "a clear violation of international humanitarian law", the UN human rights office said.', 'un-human-rights-office'],
    ["The UN's condemnation came hours later.", 'un'],
  ])('%s', (sentence, speaker) => {
    expect(after(sentence, speaker).map((s) => s.stance)).toContain('CRITICISM');
  });

  it('takes the criticised actor from the object', () => {
    expect(tuples(after('Britain lambasted Russia over the strike.', 'uk'))).toEqual(['CRITICISM>russia']);
    expect(tuples(after('Amnesty International castigated Moscow.', 'amnesty'))).toEqual(['CRITICISM>russia']);
  });

  it('does not read an impact ("slammed into") as criticism', () => {
    const f = run('A Russian missile slammed into a market in the town of Ariha on Tuesday, killing nine people.');
    expect(f.statements).toHaveLength(0);
  });
});

describe('stance vocabulary: call, one statement per addressee', () => {
  it.each([
    ['The United Nations appealed to both Moscow and Ankara to halt the fighting.', 'un', ['CALL>russia', 'CALL>turkey']],
    ['France pressed Russia to rein in its ally.', 'france', ['CALL>russia']],
    ['Britain demanded that Russia stop the bombing.', 'uk', ['CALL>russia']],
    ['The United States asked Russia to stop the bombing.', 'usa', ['CALL>russia']],
    ['The UN exhorted Turkey and Russia to restore calm.', 'un', ['CALL>russia', 'CALL>turkey']],
    ['The United States called for Russia to halt the bombing.', 'usa', ['CALL>russia']],
    ['The EU implored all parties to protect civilians.', 'eu', ['CALL>-']],
  ])('%s', (sentence, speaker, expected) => {
    expect(tuples(after(sentence, speaker))).toEqual(expected);
  });

  it('gives coordinated speakers one call each', () => {
    const f = run(LEAD, 'France and Germany urged Russia to stop.');
    expect(tuples(f.statements)).toEqual(['CALL>russia', 'CALL>russia']);
    expect(f.statements.map((s) => s.speakerId).sort()).toEqual(['actor:france', 'actor:germany']);
  });
});

describe('stance vocabulary: confirmation', () => {
  it('reads admit / concede / acknowledge, with the speaker\'s own arm as the actor', () => {
    expect(tuples(after('The Russian Defence Ministry admitted its aircraft had struck the town.', 'russian-mod'))).toEqual(['CONFIRMATION>russian-military']);
    expect(tuples(after('The Russian Defence Ministry conceded that its jets had hit the area.', 'russian-mod'))).toEqual(['CONFIRMATION>russian-military']);
    const ack = after('The Turkish Defence Ministry acknowledged that two soldiers were killed.', 'turkish-mod');
    expect(ack.map((s) => s.stance)).toEqual(['CONFIRMATION']);
    expect(ack[0]!.killed).toBe(2);
  });
});

describe('attribution frames', () => {
  it('reads "In a statement on its Telegram channel, X said"', () => {
    expect(tuples(after('In a statement on its Telegram channel, the Russian Defence Ministry said its jets had not flown over Idlib.', 'russian-mod'))).toEqual(['DENIAL>russian-military']);
  });
  it('reads "X told a news conference"', () => {
    expect(after('Sergei Lavrov told a news conference that terrorists were to blame.', 'sergei-lavrov').map((s) => s.stance)).toEqual(['ACCUSATION']);
  });
  it('resolves an anonymous national official to that state', () => {
    const list = after('Speaking on condition of anonymity, a Turkish official said Syrian government artillery had fired on the post.', 'turkey');
    expect(tuples(list)).toEqual(['ACCUSATION>syrian-army']);
  });
  it('reads "according to a statement from X"', () => {
    const list = after('According to a statement from the White Helmets, nine people were killed.', 'syrian-civil-defence');
    expect(list).toHaveLength(1);
    expect(list[0]!.killed).toBe(9);
  });
  it('reads "a spokesman for X said" and an inverted "…," said a spokesman for X', () => {
    expect(after('A spokesman for the Turkish Defence Ministry said two soldiers were wounded.', 'turkish-mod')[0]?.injured).toBe(2);
    expect(after('"This is an unacceptable attack on civilians," said a spokesman for the UN Secretary-General.', 'un-secretary-general').map((s) => s.stance)).toEqual(['CRITICISM']);
  });
  it('reads "X said in a statement" and "in a post on Twitter"', () => {
    expect(after('The White Helmets said in a statement that nine people died.', 'syrian-civil-defence')[0]?.killed).toBe(9);
    const post = after('The White Helmets said in a post on Twitter that nine people were killed, including three children.', 'syrian-civil-defence')[0];
    expect([post?.killed, post?.children]).toEqual([9, 3]);
  });
  it('reads social-media verbs: "wrote on Twitter", "tweeted"', () => {
    const f = run('The Syrian Observatory for Human Rights wrote on Twitter that Russian jets had struck Ariha on Tuesday, killing six.');
    expect(f.statements.map((s) => [s.speakerId, s.killed])).toEqual([['actor:sohr', 6]]);
    expect(run('The White Helmets tweeted that nine people had died in the strike on Ariha on Tuesday.').statements.map((s) => s.speakerId)).toEqual(['actor:syrian-civil-defence']);
  });
  it('resolves an organisation\'s unnamed spokeswoman to the organisation', () => {
    expect(after('Russia\'s foreign ministry spokeswoman said the reports were "fake".', 'russian-foreign-ministry').map((s) => s.stance)).toEqual(['DENIAL']);
  });
  it('reads military officials speaking at a briefing', () => {
    expect(after('Russian military officials, speaking at a briefing in Moscow, said no Russian aircraft had flown over the area.', 'russian-military').map((s) => s.stance)).toEqual(['DENIAL']);
  });
});

describe('military arms', () => {
  it.each([
    ['Syrian regime helicopters dropped barrel bombs', 'syrian-army'],
    ['Syrian government aircraft bombed', 'syrian-army'],
    ['Government warplanes struck', 'syrian-army'],
    ['Russian helicopters struck', 'russian-military'],
    ['Turkish drones struck', 'turkish-army'],
  ])('%s … → %s', (subject, actor) => {
    const f = run(`${subject} the town of Ariha on Tuesday, killing four people, the White Helmets said.`);
    expect(f.incidents).toHaveLength(1);
    expect(f.incidents[0]!.perpetratorIds).toEqual([`actor:${actor}`]);
  });
});

describe('attack terms', () => {
  it('reads a bombardment of a place as an attack, but not "weeks of bombardment"', () => {
    expect(run('Ten people died in the bombardment of Saraqeb on Monday, the White Helmets said.').incidents.map((i) => i.placeIds[0])).toEqual(['place:saraqeb']);
    expect(run('Troops entered the town of Saraqeb on Thursday after weeks of bombardment, state media reported.').incidents).toHaveLength(0);
  });
  it('takes the place of "the toll from Monday\'s air strike on X" and links the toll to it', () => {
    const f = run("The death toll from Monday's air strike on Ariha rose to 15, the monitor said.");
    expect(f.incidents.map((i) => [i.placeIds[0], i.date])).toEqual([['place:ariha', '2020-03-02']]);
    expect(f.statements[0]?.incidentId).toBe(f.incidents[0]?.id);
    expect(f.statements[0]?.killed).toBe(15);
  });
});

describe('new places from attack frames', () => {
  const placeOf = (f: ArticleFacts): string | undefined => f.incidents[0]?.placeIds[0];
  const parentOf = (f: ArticleFacts, id: string): string | null | undefined => f.places.find((p) => p.id === id)?.parentId;
  it('takes an unknown name on "the outskirts of X" as the incident place, in the province in play', () => {
    const f = run('Idlib province has seen heavy fighting.', 'Russian warplanes struck the outskirts of Kafr Lata on Tuesday, killing three civilians, the Syrian Observatory for Human Rights said.');
    expect(placeOf(f)).toBe('place:kafr-lata');
    expect(parentOf(f, 'place:kafr-lata')).toBe('place:idlib-province');
  });
  it('reads "X, a village in southern Idlib" (not the province) as the place', () => {
    const f = run('Air strikes hit Maarzita, a village in southern Idlib, on Tuesday, killing four people.');
    expect(placeOf(f)).toBe('place:maarzita');
    expect(parentOf(f, 'place:maarzita')).toBe('place:idlib-province');
  });
  it('reads "a convoy near X"', () => {
    const f = run("Idlib province has seen heavy fighting.", "A Turkish military convoy near Maar Hattat was hit by an air strike on Wednesday, killing three soldiers, Turkey's defence ministry said.");
    expect(placeOf(f)).toBe('place:maar-hattat');
  });
  it('reads "the village of X in southern Idlib"', () => {
    const f = run('Russian jets bombed the village of Deir Sunbul in southern Idlib on Thursday, killing seven people.');
    expect(placeOf(f)).toBe('place:deir-sunbul');
  });
  it('does not take title-case headline words or adjectives for places', () => {
    const f = run('Russian jets bombed Islamist fighters near the Assad family\'s hometown on Tuesday, killing seven.');
    expect(f.places.map((p) => p.id)).not.toContain('place:islamist');
    expect(f.places.map((p) => p.id)).not.toContain('place:assad');
  });
  it.each([
    ['Maaret al-Nouman', 'maarat-al-numan'],
    ['Maarat an-Numan', 'maarat-al-numan'],
    ['Khan Shaikhoun', 'khan-sheikhoun'],
    ['Saraqib', 'saraqeb'],
    ['Jisr ash-Shughur', 'jisr-al-shughur'],
    ['Kafr Nubl', 'kafranbel'],
  ])('resolves the spelling variant %s', (name, id) => {
    expect(placeOf(run(`Air strikes killed six people in ${name} on Tuesday.`))).toBe(`place:${id}`);
  });
});

describe('figures', () => {
  it.each([
    ['killed no fewer than 12 people', 12, Qualifier.AT_LEAST],
    ['the toll climbed to 14', 14, Qualifier.EXACT],
    ['the death toll has risen to 15', 15, Qualifier.EXACT],
    ['killed nearly 20 people', 20, Qualifier.ABOUT],
    ['killed some 30 people', 30, Qualifier.ABOUT],
    ['put the toll at 16', 16, Qualifier.EXACT],
    ['killed a family of five', 5, Qualifier.EXACT],
    ['killed a mother and her four children', 5, Qualifier.EXACT],
    ['killed a man and his son', 2, Qualifier.EXACT],
    ['killing both pilots', 2, Qualifier.EXACT],
    ['killed one hundred and twenty people', 120, Qualifier.EXACT],
    ['killed two hundred people', 200, Qualifier.EXACT],
    ['killed a hundred people', 100, Qualifier.EXACT],
    ['seven civilians from one family had died in the raid', 7, Qualifier.EXACT],
    ['seven civilians from the same family were killed', 7, Qualifier.EXACT],
  ])('%s → killed %d', (clause, killed, q) => {
    const f = extractFigures(clause);
    expect(f.killed).toBe(killed);
    expect(f.qualifier).toBe(q);
  });
  it('counts the children of "a mother and her four children"', () => {
    expect(extractFigures('killed a mother and her four children').children).toBe(4);
  });
  it('reads "N people, including M children"', () => {
    const f = extractFigures('killed 11 people, including four children');
    expect([f.killed, f.children]).toEqual([11, 4]);
  });
  it.each([
    ['wounding 23 people', 23],
    ['17 others were wounded', 17],
    ['and injured 17', 17],
    ['and hurt 17 others', 17],
  ])('%s → injured %d', (clause, injured) => {
    expect(extractFigures(`killed four people ${clause}`).injured).toBe(injured);
  });
});

describe('dates', () => {
  const ref = new Date(Date.UTC(2020, 2, 6, 12)); // Friday
  const dateOf = (text: string): string | null | undefined => findDates(text, ref).find((d) => d.date !== null)?.date;
  it.each([
    ['on Thursday evening', '2020-03-05'],
    ['early Saturday', '2020-02-29'],
    ['late on Friday', '2020-03-06'],
    ['last Tuesday', '2020-03-03'],
    ['last Friday', '2020-02-28'],
    ["Monday's strike", '2020-03-02'],
    ['on March 2', '2020-03-02'],
    ['on 2 March 2020', '2020-03-02'],
    ['on Tuesday night', '2020-03-03'],
  ])('%s → %s', (text, iso) => {
    expect(dateOf(`Air strikes killed four people ${text}.`)).toBe(iso);
  });
  it('shifts "two days earlier" from the date in play', () => {
    const f = run('Air strikes killed four people in the town of Ariha on Monday.', 'Two days earlier, shelling killed three people in Saraqeb.');
    expect(f.incidents.find((i) => i.placeIds.includes('place:saraqeb'))?.date).toBe('2020-02-29');
  });
});

describe('odd input does not crash', () => {
  it('survives unbalanced quotes, very long sentences and long lists', () => {
    const long = `Air strikes hit the town of Ariha on Tuesday, ${Array.from({ length: 400 }, (_, i) => `and the man who was number ${i} in the line at the market`).join(', ')}, rescuers said.`;
    const list = 'Russia, Syria, Turkey, Iran, France, Britain, the United States, the EU, the UN, Amnesty, HRW, MSF, SOHR and the White Helmets all commented.';
    expect(() => run(LEAD, '"He said "this is unbalanced, Russia denied.', '"“”"', long, list, 'The the the, said said said "')).not.toThrow();
  });
});

describe('second generalisation pass', () => {
  it('reads "had carried out no missions" and "no X aircraft had carried out" as denials', () => {
    expect(after('The Russian Defence Ministry said Russian aircraft had carried out no missions over Ariha.', 'russian-mod').map((s) => s.stance)).toEqual(['DENIAL']);
    expect(after('The Russian Defence Ministry said no Russian aircraft had carried out combat missions in the area that day.', 'russian-mod').map((s) => s.stance)).toEqual(['DENIAL']);
  });

  it('keeps "… and called the reports a fabrication" inside the denial it continues', () => {
    expect(after('The Russian Defence Ministry said no Russian aircraft had carried out missions over Ariha and called the reports "a fabrication".', 'russian-mod').map((s) => s.stance)).toEqual(['DENIAL']);
  });

  it('treats an aircraft that came down as an OTHER incident at the village named', () => {
    const f = run('A government helicopter came down near the village of Kafr Taal on Monday after being hit by a missile, killing both pilots.');
    expect(f.incidents.map((i) => [i.kind, i.placeIds[0], i.date])).toEqual([['OTHER', 'place:kafr-taal', '2020-03-02']]);
  });

  it('pins a province-level incident to the village a follow-up sentence says was hit', () => {
    const f = run('An air strike struck a military convoy in Idlib province on Monday, killing three soldiers, the ministry said.', 'The convoy was hit near the village of Hass, south of Ariha, the ministry added.');
    expect(f.incidents.map((i) => [i.placeIds, i.date])).toEqual([[['place:hass'], '2020-03-02']]);
  });

  it('merges a downing over a province with the later report naming the village', () => {
    const f = run('A military helicopter was shot down over the western Aleppo countryside.', 'The aircraft came down near the village of Kafr Taal on Thursday, killing both pilots.');
    expect(f.incidents.map((i) => [i.kind, i.placeIds])).toEqual([['OTHER', ['place:kafr-taal']]]);
  });

  it('does not take "backed by air power" as an attack', () => {
    const f = run(LEAD, 'The convoy was hit as troops backed by Russian air power closed in on Saraqeb.');
    expect(f.incidents.map((i) => i.placeIds[0])).toEqual(['place:ariha']);
  });

  it('takes "the bomb fell on" as harm', () => {
    expect(run('When the first bomb fell on the market in Ariha on Tuesday, the square was full.').incidents.map((i) => [i.kind, i.placeIds[0]])).toEqual([['AIRSTRIKE', 'place:ariha']]);
  });

  it('treats a summary line above the dateline paragraph as a standfirst', () => {
    const f = run('Charity says clinic in Saraqeb out of service as rockets hit Kafr Nabl.', 'BEIRUT (AN) — Air strikes killed nine people in the town of Ariha on Tuesday, rescuers said.');
    expect(f.incidents.map((i) => i.placeIds[0])).toEqual(['place:ariha']);
    expect(f.places.map((p) => p.id)).toContain('place:saraqeb');
  });

  it('reads tolls given as "put the number of dead at" and "recorded N deaths"', () => {
    expect(extractFigures('The monitor put the number of crew killed at three.').killed).toBe(3);
    expect(extractFigures('The group later recorded 18 civilian deaths in that attack, seven of them children.')).toMatchObject({ killed: 18, children: 7 });
  });
});

/**
 * Statement generalisation (second pass): speakers, stance, targets and attribution frames met in
 * unseen wire copy. Invented sentences; real organisation and place names.
 */
describe('speakers: envoys, officials, unknown bodies, short names', () => {
  it('gives a state envoy at an organisation to the state, and "he" later to the same state', () => {
    const f = run(LEAD, "Russia's deputy ambassador to the U.N. dismissed the reports as lies orchestrated by the White Helmets. He accused Turkey of arming militants.");
    const got = f.statements.map((s) => `${s.speakerId.replace('actor:', '')}:${s.stance}>${s.targetIds.map((t) => t.replace('actor:', '')).join('+') || '-'}`).sort();
    expect(got).toEqual(['russia:ACCUSATION>syrian-civil-defence', 'russia:ACCUSATION>turkey', 'russia:DENIAL>-']);
  });

  it('makes an unknown authority body a new actor ("a source at <X Command>"), never its last word', () => {
    const f = run('Rockets fired by terrorist organizations killed two civilians in the town of Mhardeh on Tuesday, a source at Hama Police Command said.');
    expect(f.statements.map((s) => s.speakerId)).toEqual(['actor:hama-police-command']);
    expect(f.actors.find((a) => a.id === 'actor:hama-police-command')?.kind).toBe('GOVERNMENT_BODY');
    expect(f.actors.map((a) => a.id)).not.toContain('actor:command');
  });

  it('resolves "the source" to the source just quoted', () => {
    const f = run(LEAD, 'A source at Idlib Police Command said the attack destroyed two houses. The source told reporters that rescuers were still at work.');
    expect(f.statements.map((s) => s.speakerId)).toEqual(['actor:idlib-police-command', 'actor:idlib-police-command']);
  });

  it('knows the World Health Organization and the Syrian Foreign and Expatriates Ministry', () => {
    expect(after('The World Health Organization says 12 clinics in Idlib have been hit since January.', 'who')).toHaveLength(1);
    expect(after('The Foreign and Expatriates Ministry said Turkey bore full responsibility for the attack.', 'syrian-foreign-ministry').map((s) => s.stance)).toContain('ACCUSATION');
  });

  it('reads a short form of a name written in full earlier ("Abu Rami" → Abu Rami Hallak)', () => {
    const f = run('Abu Rami Hallak and his children slept in the school in Ariha.', '"The ceiling fell on us," said Abu Rami, 41. Hallak said the plane came back twice.');
    expect([...new Set(f.statements.map((s) => s.speakerId))]).toEqual(['actor:abu-rami-hallak']);
  });

  it('gives "he said" to a person introduced in narration', () => {
    const f = run('Abu Samir, a 60-year-old farmer, was selling olives in Ariha when the strike hit on Tuesday.', '"My cousin died in front of me," he said.');
    expect(f.statements.map((s) => s.speakerId)).toEqual(['actor:abu-samir']);
  });

  it('reads interview answers labelled with the speaker ("Dr X:") and with the role ("Spokesperson:")', () => {
    const qa = run('Dr Lina Haddad was operating in the hospital in Ariha when the strike hit on Tuesday.', 'What happened?', 'Dr Haddad: Only Russian jets fly like this.');
    expect(tuples(qa.statements)).toEqual(['CLAIM>russian-military']);
    expect(qa.statements[0]?.speakerId).toBe('actor:lina-haddad');
    const brief = run('This is the briefing by Ivo Kastelic, Spokesperson for the UN mission.', 'Question: How many died in Ariha?', 'Spokesperson: Our information is that nine civilians were killed.');
    expect(brief.statements.map((s) => s.speakerId)).toEqual(['actor:ivo-kastelic']);
  });

  it('gives one statement per speaker for "the three countries\' ambassadors"', () => {
    const f = run(LEAD, 'Britain, France and Germany urged Russia to halt the offensive.', '"The bombing must stop," the three countries\' ambassadors said in a joint statement.');
    expect(f.statements.map((s) => s.speakerId.replace('actor:', '')).sort()).toEqual(['france', 'france', 'germany', 'germany', 'uk', 'uk']);
  });

  it('gives figures cited "from" a body to that body ("citing figures from the U.N. human rights office")', () => {
    const f = run(LEAD, 'Britain and France said the bombing must stop. The statement said at least 900 civilians had been killed since April, citing figures from the U.N. human rights office.');
    expect(f.statements.map((s) => s.speakerId)).toContain('actor:un-human-rights-office');
  });

  it('reads "a military source" quoted by state television as that state\'s army', () => {
    const f = run(LEAD, 'State television quoted a military source as saying that army units had destroyed positions of terrorists.');
    expect(f.statements.map((s) => [s.speakerId, s.targetIds])).toEqual([['actor:syrian-army', ['actor:syrian-army']]]);
  });

  it('finds the speaker of a participle clause after an object ("sent letters to the Security Council, saying …")', () => {
    const f = run(LEAD, 'The Syrian Foreign Ministry sent letters to the UN Security Council, saying that the Turkish regime bears full responsibility for the attacks.');
    expect(f.statements.map((s) => [s.speakerId, s.stance, s.targetIds])).toEqual([['actor:syrian-foreign-ministry', 'ACCUSATION', ['actor:turkey']]]);
  });

  it('reads the rank noun and "according to him" as the officer who spoke last', () => {
    const f = run(LEAD, 'Militants shelled army positions near Ariha, Rear Admiral Oleg Vorontsov said at a briefing.', 'According to the rear admiral, Russian aircraft did not take part. Two soldiers were wounded, the Russian officer added.');
    expect([...new Set(f.statements.map((s) => s.speakerId))]).toEqual(['actor:oleg-vorontsov']);
  });
});

describe('stance: criticism, denial and accusation cues', () => {
  it.each([
    ['UNICEF said the attack on the school was unconscionable.', 'unicef'],
    ['Turkey called the shelling "a crime against humanity".', 'turkey'],
    ['OCHA is deeply alarmed by reports that shells struck a house in Ariha.', 'ocha'],
  ])('%s', (sentence, speaker) => {
    expect(after(sentence, speaker).map((s) => s.stance)).toContain('CRITICISM');
  });

  it('reads "were not hitting civilian targets" as a denial about the force just named', () => {
    const list = after('A Kremlin spokesman confirmed that Russian jets were supporting Syrian troops, but said they were not hitting civilian targets.', 'russia');
    expect(tuples(list)).toEqual(['CONFIRMATION>russian-military', 'DENIAL>russian-military']);
  });

  it('keeps the speaker as the target when its own forces are denied ("Russia\'s military said Russian aircraft had carried out no missions")', () => {
    expect(tuples(after("Russia's military said Russian aircraft had carried out no missions over Ariha.", 'russian-military'))).toEqual(['DENIAL>russian-military']);
  });

  it('reads "described such reports as \'…\'" as a denial and "no civilian sites were targeted" as the speaker\'s own denial', () => {
    expect(tuples(after('Moscow described such reports as "information attacks".', 'russia'))).toEqual(['DENIAL>-']);
    expect(tuples(after('The army said "no civilian sites were targeted".', 'syrian-army'))).toEqual(['DENIAL>syrian-army']);
  });

  it('reads "bore all the hallmarks of X" and "laid the blame on X" as accusations of X', () => {
    expect(tuples(after('Turkey said the attack bore "all the hallmarks" of Russian airpower.', 'turkey'))).toEqual(['ACCUSATION>russian-military']);
    expect(tuples(after('HTS laid the blame on the Syrian regime.', 'hts'))).toEqual(['ACCUSATION>syria']);
  });

  it('accuses the actor said to stage videos, without a denial', () => {
    expect(tuples(after('The Russian Defence Ministry said the White Helmets were preparing staged videos.', 'russian-mod'))).toEqual(['ACCUSATION>syrian-civil-defence']);
  });

  it('reads "has yet to fulfil" as criticism of its subject', () => {
    expect(tuples(after('Moscow said that Ankara has yet to fulfil its obligations.', 'russia'))).toEqual(['CRITICISM>turkey']);
  });
});

describe('targets', () => {
  it('never takes the relaying outlet as the target', () => {
    expect(tuples(after('Ankara called the shelling "a crime against humanity", the state-run Anadolu Agency reported.', 'turkey'))).toEqual(['CRITICISM>-']);
  });

  it('takes the accused, not the audience, after "told the council that …"', () => {
    expect(tuples(after("Syria's U.N. ambassador, Nabil Saleh, told the council that Ankara was arming terrorist groups and bore responsibility for the attacks.", 'nabil-saleh'))).toEqual(['ACCUSATION>turkey']);
  });

  it('takes a quoted future action\'s subject as the claim\'s actor', () => {
    expect(tuples(after('The Turkish Foreign Ministry said Turkey "will not abandon" its posts.', 'turkish-foreign-ministry'))).toEqual(['CLAIM>turkey']);
  });

  it('does not criticise an actor named inside a relative clause on the condemned attack', () => {
    expect(tuples(after('"We condemn this attack, which runs contrary to our agreements with the Russian Federation," the Turkish Defence Ministry said.', 'turkish-mod'))).toEqual(['CRITICISM>-']);
  });

  it('gives a neutral source no target for its own side\'s work ("rescuers were still searching")', () => {
    expect(tuples(after('Khaled Omar, a volunteer with the White Helmets, said rescuers were still searching the rubble.', 'khaled-omar'))).toEqual(['CLAIM>-']);
  });
});

describe('linking statements to incidents', () => {
  it('keeps a toll given with a present-tense verb on the incident ("rescuers say nine were killed")', () => {
    const f = run(LEAD, 'Rescuers say nine people were killed and 20 wounded.');
    expect(f.statements.map((s) => s.incidentId)).toEqual([f.incidents[0]?.id]);
  });

  it('gives a toll spread "across northwest Syria" no incident', () => {
    const f = run('Air strikes killed 17 civilians across northwest Syria on Monday, a war monitor said.', LEAD);
    expect(f.statements.map((s) => s.incidentId)).toEqual([null]);
  });

  it('links "rejected the report" to the incident of the report just given', () => {
    const f = run(LEAD, 'The Syrian Observatory for Human Rights said Russian jets carried out the raid.', 'The Russian Defence Ministry rejected the report, saying its aircraft had not flown over northern Hama that day.');
    const denial = f.statements.find((s) => s.stance === 'DENIAL');
    expect(denial?.incidentId).toBe(f.incidents[0]?.id);
  });

  it('gives "such attacks" no single incident', () => {
    const f = run(LEAD, 'France called on Russia to end such attacks.');
    expect(f.statements.map((s) => s.incidentId)).toEqual([null]);
  });
});

describe('attribution on new writing styles (explainer, analysis, press release, digest)', () => {
  const of = (f: ArticleFacts, speaker: string): StatementFact[] => f.statements.filter((s) => s.speakerId === `actor:${speaker}`);

  it('reads "maintained that", "countered that", "estimates that" and "put it at"', () => {
    expect(tuples(after('The Observatory maintained that Russian jets carried out the raid.', 'sohr'))).toEqual(['CLAIM>russian-military']);
    expect(after('OCHA estimates that 20,000 people fled the area.', 'ocha')).toHaveLength(1);
    expect(after('Syrian state media gave a lower toll, and the White Helmets put it at twelve.', 'syrian-civil-defence')[0]?.killed).toBe(12);
    expect(after('Syrian state media gave a lower toll, and the White Helmets put it at twelve.', 'syrian-state-media')).toHaveLength(1);
  });

  it('reads the subject of the content past a contrastive aside (", not X,")', () => {
    expect(tuples(after('The monitor said Syrian helicopters, not Russian jets, dropped the bombs.', 'sohr'))).toEqual(['CLAIM>syrian-army']);
  });

  it('reads "attributed it to" as a neutral verb: a claim by a monitor, an accusation by a party', () => {
    expect(tuples(after('The Syrian Network for Human Rights attributed the raid to Russian warplanes.', 'snhr'))).toEqual(['CLAIM>russian-military']);
    expect(tuples(after('Turkey attributed the attack to Syrian government forces.', 'turkey'))).toEqual(['ACCUSATION>syrian-army']);
  });

  it('takes an organisation located "in <country>" as the speaker, not the country', () => {
    expect(after("Russia's reconciliation centre in Syria, asked about the raid by reporters, said no Russian aircraft had flown there.", 'russian-reconciliation-centre')).not.toHaveLength(0);
    expect(after("Russia's reconciliation centre in Syria, asked about the raid by reporters, said no Russian aircraft had flown there.", 'syria')).toHaveLength(0);
  });

  it('reads "dismissed the reports as X propaganda" as a denial plus an accusation of X', () => {
    expect(tuples(after('The Russian Defence Ministry dismissed the reports as "White Helmets propaganda".', 'russian-mod'))).toEqual(['ACCUSATION>syrian-civil-defence', 'DENIAL>-']);
  });

  it('answers the statement just given with "X denies this": its incident and the actor it named', () => {
    const f = run(LEAD, 'The Observatory said the raid was carried out by Russian warplanes.', 'Russia denies this.');
    const d = of(f, 'russia')[0];
    expect(d?.stance).toBe('DENIAL');
    expect(d?.incidentId).toBe(f.incidents[0]?.id);
    expect(d?.targetIds).toEqual(['actor:russian-military']);
  });

  it('resolves "she" to a named person opening the sentence before', () => {
    const f = run(LEAD, 'Mariam Tabbaa of the Beirut-based Levant Policy Forum was more cautious. The Kremlin, she argued, has no interest in a long war.');
    expect(of(f, 'mariam-tabbaa')).toHaveLength(1);
  });

  it('reads "In X\'s view, …" as the named person\'s claim', () => {
    const f = run(LEAD, '"Nobody wants a new exodus," said Karim Nassar, an analyst in Beirut.', "In Nassar's view, Ankara will not move before the spring.");
    expect(of(f, 'karim-nassar').length).toBeGreaterThanOrEqual(1);
    expect(of(f, 'karim-nassar').some((s) => s.text.includes('Ankara will not move'))).toBe(true);
  });

  it('gives no incident to analysts once the article has moved on from the attack for two paragraphs', () => {
    const f = run(LEAD, 'Diplomats expect new talks in the spring.', 'Analysts see little room for compromise. "Each side thinks time is on its side," said Karim Nassar, an analyst in Beirut.');
    expect(of(f, 'karim-nassar').map((s) => s.incidentId)).toEqual([null]);
  });

  it('takes the criticised actor from a quoted failure ("had \u201cnot fulfilled\u201d")', () => {
    expect(tuples(run(LEAD, 'Russia\'s foreign ministry said Turkey had \u201cnot fulfilled\u201d its obligations.').statements.filter((s) => s.speakerId === 'actor:russian-foreign-ministry'))).toEqual(['CRITICISM>turkey']);
  });

  it('reads an organisation\'s first person in its own release ("our staff", "We condemn")', () => {
    const f = run(
      'The Syrian American Medical Society (SAMS) condemns the air strike that hit our hospital in the town of Ariha on Tuesday.',
      'According to our staff, three munitions struck the building. Our team reported that the attack killed four people.',
      'We condemn the attack in the strongest terms.',
    );
    const sams = of(f, 'sams');
    expect(sams.some((s) => s.killed === 4)).toBe(true);
    expect(sams.filter((s) => s.stance === 'CRITICISM').length).toBeGreaterThanOrEqual(1);
    expect(sams.some((s) => s.text.includes('three munitions'))).toBe(true);
  });

  it('reads tolls listed under a source\'s name ("- The Syria Civil Defence: 15 killed")', () => {
    const f = run(LEAD, 'Tolls vary by source:', '- The Syria Civil Defence: 15 killed, including four children.', '- The Syrian Observatory for Human Rights: as many as 19.');
    expect(of(f, 'syrian-civil-defence')[0]?.killed).toBe(15);
    expect(of(f, 'sohr')).toHaveLength(1);
  });

  it('reads a list of calls under "X calls on:", one call per addressee', () => {
    const f = run(LEAD, 'The Syrian American Medical Society calls on:', '- the UN Security Council to ensure that those responsible for attacks on hospitals are held to account;', '- Russia and Turkey, as guarantors of the ceasefire, to uphold it in the de-escalation zone;', '- all parties to respect the protected status of medical facilities and their staff.');
    expect(tuples(of(f, 'sams'))).toEqual(['CALL>-', 'CALL>russia', 'CALL>turkey', 'CALL>un-security-council']);
  });

  it('reads a participle after a short reply predicate ("X went further, branding …")', () => {
    const f = run(LEAD, 'Its spokesman, Major-General Pavel Lentov, went further, branding the reports "a fabrication" and pinning them on "provocateurs from the White Helmets".');
    expect(tuples(of(f, 'pavel-lentov'))).toEqual(['ACCUSATION>syrian-civil-defence', 'DENIAL>-']);
  });

  it('(rules) return to the main incident once the paragraph that reported a side incident is behind', () => {
    const f = runRules(LEAD, 'Two days earlier, shelling on the town of Saraqib wounded three people, according to the White Helmets.', 'Ahmad Qassem, a trader, carried his son out of the rubble. "The whole street shook," he said.');
    const main = f.incidents.find((i) => i.placeIds.includes('place:ariha'))?.id;
    expect(of(f, 'ahmad-qassem').map((s) => s.incidentId)).toEqual([main]);
  });

  it('reads party accusations of using hospitals, and "regime and Russian" bombardment as two actors', () => {
    expect(tuples(after('Syria\'s foreign ministry has repeatedly maintained that "terrorist groups" use hospitals as command centres.', 'syrian-foreign-ministry'))).toEqual(['ACCUSATION>armed-opposition']);
    expect(tuples(after('The Syrian Network for Human Rights said most of the dead were killed in regime and Russian bombardment.', 'snhr'))).toEqual(['CLAIM>-']);
  });

  it('prefers a named spokesman to the ministry in "X, the ministry spokesman, said"', () => {
    const f = run(LEAD, 'Hakan Demirel, the Turkish foreign ministry spokesman, said the assault violates the ceasefire.');
    expect(tuples(of(f, 'hakan-demirel'))).toEqual(['CRITICISM>-']);
  });

  it('repeats an echoed speech act with its addressee ("echoed that demand")', () => {
    const f = run(LEAD, 'Turkey\'s foreign ministry demanded that Damascus pull its forces back.', 'Turkey\'s defence ministry echoed that demand the next day.');
    expect(tuples(of(f, 'turkish-mod'))).toEqual(['CALL>syria']);
  });
});
