/**
 * A body's own office speaking for it, named by the body's possessive: "SANA's reporter in Hama said",
 * "Russia's embassy in London rejected", "HTS's media office dismissed"; and the US armed forces as a body
 * of their own ("The US military said"); UN offices and the army command by the names writers give them; a
 * speaker's "that it holds X responsible" as one act. Invented sentences; none is taken from an article or a case file.
 */
import { extractArticle } from '../../src/extract';
import type { ArticleFacts } from '../../src/domain/facts';

const run = (...paragraphs: string[]): ArticleFacts =>
  extractArticle(['Strikes hit a town in Idlib province', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'), { publishedAt: '2021-03-10' });
const slug = (id: string | null): string => (id ?? '-').replace(/^(?:actor|incident):/, '');
const acts = (f: ArticleFacts): string[] => f.statements.map((s) => `${slug(s.speakerId)} ${s.stance}${s.targetIds.length ? ' → ' + s.targetIds.map(slug).join('+') : ''}`);

describe("a body's office named by the body's possessive speaks for the body", () => {
  it.each([
    ["Rebel rockets hit the town of Mhardeh on Tuesday, wounding two children, SANA's reporter in Hama said.", 'sana CLAIM'],
    ["Russia's embassy in London rejected the findings as \"biased\".", 'russia DENIAL'],
    ["Hayat Tahrir al-Sham's media office dismissed the ministry's claims as \"lies\".", 'hts DENIAL'],
  ])('%s', (sentence, act) => {
    expect(acts(run(sentence)).map((a) => a.replace(/ → .*$/, ''))).toContain(act);
  });
});

describe('the US armed forces', () => {
  it('"The US military said it had carried out an air strike …, but denied targeting a mosque" is the military\'s claim and denial', () => {
    const got = acts(run('The US military said on Tuesday it had carried out an air strike on a meeting near Sarmada, but denied targeting a mosque.'));
    expect(got).toEqual(expect.arrayContaining(['us-military CLAIM', 'us-military DENIAL → us-military']));
  });

  it('"US jets struck X" names the US military as the attacker', () => {
    const f = run('US jets struck a car near Sarmada on Monday, killing two men, the Syrian Observatory for Human Rights said.');
    expect(f.incidents.map((i) => i.perpetratorIds.map(slug))).toEqual([['us-military']]);
  });
});

describe('UN offices and the army command by the names writers give them', () => {
  it.each([
    ['The UN\'s Syria envoy said he was "gravely concerned" by the escalation.', 'un-special-envoy CRITICISM'],
    ['The United Nations\' humanitarian office said it was "appalled" by the attack.', 'ocha CRITICISM'],
    ['The drone had been launched by terrorist groups from the Idlib countryside, the General Command said.', 'syrian-army ACCUSATION'],
  ])('%s', (sentence, act) => {
    expect(acts(run(sentence)).map((a) => a.replace(/ → .*$/, ''))).toContain(act);
  });
});

describe('a speaker reporting its own speech act', () => {
  it('"The army reiterated that it holds X responsible" is one accusation, with no empty "reiterated that" claim', () => {
    expect(acts(run('The Syrian army reiterated that it holds the terrorist organisations fully responsible for the escalation.'))).toEqual(['syrian-army ACCUSATION → armed-opposition']);
  });

  it('"condemned what it called an attack and said it held X responsible" keeps the condemnation', () => {
    const got = acts(run('France\'s foreign ministry condemned what it called "an odious attack" and said it held the Syrian regime responsible.'));
    expect(got.map((a) => a.replace(/ → .*$/, ''))).toEqual(expect.arrayContaining(['french-foreign-ministry CRITICISM', 'french-foreign-ministry ACCUSATION']));
  });
});
