/**
 * Constructions of features, liveblogs and round-ups: an organisation opening a time-stamped liveblog entry is what "It"
 * means next; a short restrictive relative clause between a speaker and its verb ("rescuers who reached the scene said");
 * a semicolon opens a clause with its own subject; "its ambassador to the UN", "and its foreign minister"; a missile that
 * the next paragraph's witnesses saw come from planes; a round-up's town label that the body makes more precise; denials
 * told as "never used" and "not one Russian aircraft". Invented sentences (real place and organisation names); none is
 * taken from an article or a case file.
 */
import { extractArticle } from '../../src/extract';
import type { ArticleFacts } from '../../src/domain/facts';
import { incidentKeys } from './helpers';

const LEAD = 'Government helicopters dropped barrel bombs on the town of Kafr Nabl on Monday.';
const run = (...paragraphs: string[]): ArticleFacts =>
  extractArticle(['Strike hits Idlib town', '', ...[LEAD, ...paragraphs].flatMap((p) => [p, ''])].join('\n'), { publishedAt: '2020-02-18' });
const slug = (id: string): string => id.replace(/^actor:/, '');
const said = (f: ArticleFacts): string[] => f.statements.map((s) => `${slug(s.speakerId)} ${s.stance} ${s.targetIds.map(slug).join('+') || '-'}`);

describe('speakers', () => {
  it('"It" after a liveblog entry whose time stamp opens the sentence naming the body', () => {
    const f = run('08:25 — The Syria Civil Defence says six people were killed.', "09:10 — Russia's defence ministry has issued its own account. It says Russian aircraft struck terrorist positions.");
    expect(said(f)).toEqual(['syrian-civil-defence CLAIM -', 'russian-mod CLAIM russian-military']);
  });

  it.each([
    ['Rescuers who reached the scene said six people had been killed.', 'syrian-civil-defence CLAIM -'],
    ['The civil defence teams who worked the site blamed Russian aircraft.', 'syrian-civil-defence ACCUSATION russian-military'],
  ])('past a short relative clause: %s', (sentence, wanted) => {
    expect(said(run(sentence))).toEqual([wanted]);
  });

  it('a clause after a semicolon with its own subject is that subject\'s, aside and all', () => {
    const f = run('The civil defence blamed Russian aircraft; the Russian Defence Ministry, in a briefing the following week, said its aircraft had not flown over the town.');
    expect(said(f)).toEqual(['syrian-civil-defence ACCUSATION russian-military', 'russian-mod DENIAL russian-military']);
  });

  it('"its ambassador to the UN" and ", and its foreign minister" are the body\'s', () => {
    expect(said(run('Damascus has never addressed the strike. Its ambassador to the UN said that the army targets only terrorists.'))).toEqual(['syria CLAIM syrian-army']);
    expect(said(run('France said it would seek a Security Council meeting, and its foreign minister criticised Russia for shielding Damascus.'))).toEqual(['france CLAIM -', 'france CRITICISM russia']);
  });
});

describe('denials', () => {
  it.each([
    ['The Russian military said its pilots had never used cluster bombs in Syria.', 'russian-military DENIAL russian-military'],
    ['Russia\'s defence ministry told the Zvezda channel that "not one Russian aircraft" had flown near the town.', 'russian-mod DENIAL russian-military'],
  ])('%s', (sentence, wanted) => {
    expect(said(run(sentence))).toEqual([wanted]);
  });
});

describe('incidents', () => {
  it('a missile whose planes the next paragraph names is an air strike', () => {
    const f = extractArticle(
      [
        'Ariha market',
        '',
        'The vegetable sellers of Ariha still set up their carts at dawn. On November 29, three missiles fell on the covered market at the centre of the town. The local council put the dead at 44.',
        '',
        'Abu Mahmoud, who sold tomatoes two stalls away, remembers the sound. "The planes came twice," he says.',
      ].join('\n'),
      { publishedAt: '2015-12-14' },
    );
    expect(incidentKeys(f)).toEqual(['AIRSTRIKE 2015-11-29 ariha']);
  });

  it('a round-up\'s town label gives way to the district of it the body names', () => {
    const f = extractArticle(['Round-up', '', 'ALEPPO: Rebel rockets hit the government-held New Aleppo district on Monday, killing three people, the state news agency SANA said.'].join('\n'), { publishedAt: '2020-02-18' });
    expect(incidentKeys(f)).toEqual(['SHELLING 2020-02-17 new-aleppo']);
  });
});

describe('more speakers and stances', () => {
  it.each([
    ["Russia's defence ministry responded on Wednesday, saying no Russian aircraft had flown over the area that week.", 'russian-mod DENIAL russian-military'],
    ['Spokesman Omar Hamadi of the National Front for Liberation told the station the report was "a pretext for more bombing".', 'omar-hamadi DENIAL -'],
    ["Turkey's foreign ministry called for a ceasefire, telling reporters that an assault would cause a bloodbath.", 'turkish-foreign-ministry CALL -'],
  ])('%s', (sentence, wanted) => {
    expect(said(run(sentence))).toContain(wanted);
  });

  it('"telling reporters that …" is a second statement of the speaker', () => {
    expect(said(run("Turkey's foreign ministry called for a ceasefire, telling reporters that an assault would cause a bloodbath."))).toEqual(['turkish-foreign-ministry CALL -', 'turkish-foreign-ministry CLAIM -']);
  });

  it('standing by an ally is no statement', () => {
    expect(said(run("Iran's foreign ministry says Tehran stands by the Syrian government in the fight against terrorism."))).toEqual([]);
  });

  it('"it" after a body that "did not respond" is that body', () => {
    expect(said(run("Russia's defence ministry did not respond to questions. In the past it has said it never strikes hospitals."))).toEqual(['russian-mod DENIAL russian-mod']);
  });
});

describe('days', () => {
  it('"this afternoon" is the publication day, but not inside a quoted post', () => {
    const f = run('State television says militants fired rockets at the town of Mhardeh this afternoon, wounding a child.');
    expect(incidentKeys(f)).toContain('SHELLING 2020-02-18 mhardeh');
    const g = extractArticle(['Hospital post', '', 'The hospital posted a notice on Tuesday: "At 7:15 this evening warplanes struck the market in Maarat Misrin, and we have received nine martyrs."'].join('\n'), { publishedAt: '2020-02-19' });
    expect(incidentKeys(g)).toEqual(['AIRSTRIKE 2020-02-18 maarat-misrin']);
  });
});

describe('liveblog entries with several sources', () => {
  it('"…, according to state TV; the Observatory says …": each semicolon clause has its own source', () => {
    const f = run('Rebels shelled the New Aleppo district overnight, killing a woman, according to state TV; the Syrian Observatory for Human Rights says two people were wounded but no one died.');
    expect(f.statements.filter((s) => s.speakerId !== 'actor:syrian-army').map((s) => `${slug(s.speakerId)} ${s.killed}/${s.injured}`)).toEqual(['syrian-state-tv 1/null', 'sohr 0/2']);
  });

  it.each([
    ['The World Health Organization says it is "deeply concerned" that 72 health facilities have suspended work, and has called on all parties to protect medical workers.', ['who CRITICISM -', 'who CALL -']],
    ["NATO's secretary-general condemned the attack and called on Russia to stop the offensive.", ['nato CRITICISM -', 'nato CALL russia']],
    ['The Russian defence ministry said Turkish soldiers had been hit, adding that Russian aircraft had not operated near the village.', ['russian-mod CLAIM -', 'russian-mod DENIAL russian-military']],
  ])('%s', (sentence, wanted) => {
    expect(said(run(sentence))).toEqual(wanted);
  });
});

describe('a post named after an inverted verb, and calls told as "must be protected"', () => {
  it.each([
    ['"Russia has chosen escalation," said the spokesman, Omar Hamadi.', 'omar-hamadi'],
    ['"Children in north-west Syria must be protected, always," said its regional spokeswoman, Rima Haddad.', 'rima-haddad'],
  ])('the person holding the post speaks: %s', (sentence, who) => {
    expect(run(sentence).statements.map((s) => slug(s.speakerId))).toEqual([who]);
  });

  it('"must be protected" is a call', () => {
    expect(said(run('"Children in north-west Syria must be protected, always," said its regional spokeswoman, Rima Haddad.'))).toEqual(['rima-haddad CALL -']);
  });

  it('"gave the same figures" is a statement of the toll', () => {
    const f = run('The Syria Civil Defence said one worker was killed and three were injured, and the Syrian Observatory for Human Rights gave the same figures.');
    expect(f.statements.map((s) => slug(s.speakerId))).toEqual(['syrian-civil-defence', 'sohr']);
  });
});

describe('names with their titles, appositions and asides', () => {
  it.each([
    ['"The first rocket landed in the street," Father Elias Haddad, a parish priest in the town, told reporters.', 'elias-haddad'],
    ['Nurse Samira Qassab said staff had carried babies down to the basement.', 'samira-qassab'],
    ['Spokesperson Marta Ilves told reporters that the strike had killed five people.', 'marta-ilves'],
    ['The National Front for Liberation, a Turkish-backed rebel coalition, said its fighters had targeted army positions.', 'nlf'],
    ['A Syrian army officer, speaking to state TV, said the army would respond to the sources of terrorist fire.', 'syrian-army'],
  ])('%s', (sentence, who) => {
    expect(run(sentence).statements.map((s) => slug(s.speakerId))).toEqual([who]);
  });
});

describe('a description opening the sentence and the name after it', () => {
  it('"Another monitoring group, the Syrian Network for Human Rights, put the toll at 13": the name speaks, with its toll', () => {
    const f = run('The Syrian Observatory for Human Rights said nine people were killed.', 'Another monitoring group, the Syrian Network for Human Rights, put the toll at 13.');
    expect(f.statements.map((s) => `${slug(s.speakerId)} ${s.killed}`)).toEqual(['sohr 9', 'snhr 13']);
  });
});

describe('"the UN agency"', () => {
  it('is the UN body the text named last, not the UN', () => {
    expect(run('Three people were wounded when a roadside bomb struck a World Food Programme truck near Sarmada on Monday, the UN agency said.').statements.map((s) => slug(s.speakerId))).toEqual(['wfp']);
    expect(run('UNICEF said four children were killed in Ariha. The UN agency called on all parties to protect children.').statements.filter((s) => s.stance === 'CALL').map((s) => slug(s.speakerId))).toEqual(['unicef']);
  });
});
