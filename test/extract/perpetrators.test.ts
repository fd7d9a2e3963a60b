/**
 * The perpetrator a neutral source names: a state's forces named by a nationality adjective and a
 * military noun the alias table does not list word for word ("Russian fixed-wing aircraft", "a
 * Russian Su-24", "Russian raids"). Invented sentences (real place and organisation names); none is
 * taken from an article.
 */
import { extractArticle } from '../../src/extract';
import type { ArticleFacts } from '../../src/domain/facts';
import { analyse } from '../../src/extract/document';

const LEAD = 'An air strike on a market in Sarmin on Monday killed nine people, rescuers said.';
const run = (...paragraphs: string[]): ArticleFacts =>
  extractArticle(['Strike on Idlib market kills civilians', '', LEAD, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'), { publishedAt: '2019-05-08' });
const claimsOf = (f: ArticleFacts, speaker: string): string[] =>
  f.statements.filter((s) => s.speakerId === `actor:${speaker}`).map((s) => `${s.stance}→${s.targetIds.map((t) => t.replace(/^actor:/, '')).join('+')}`);
const actorsIn = (sentence: string): string[] =>
  analyse(`Strike on Idlib market kills civilians\n\n${sentence}\n`, '2019-05-08').mentions.filter((m) => m.type === 'actor').map((m) => `${m.slug}|${m.surface}`);

describe('forces named by a nationality and a military noun', () => {
  it.each([
    ['The monitor attributed the strike to Russian fixed-wing aircraft.', 'russian-military|Russian fixed-wing aircraft'],
    ['The market was hit by a Russian Su-24 that took off from Hmeimim.', 'russian-military|Russian Su-24'],
    ['Russian raids on the town killed nine civilians.', 'russian-military|Russian raids'],
    ['Two Syrian L-39 jets circled the town.', 'syrian-army|Syrian L-39 jets'],
    ['Turkish F-16s struck positions near Tal Rifaat.', 'turkish-army|Turkish F-16s'],
    ['Russian long-range bombers flew over the province.', 'russian-military|Russian long-range bombers'],
  ])('%s', (sentence, expected) => {
    expect(actorsIn(sentence)).toContain(expected);
  });

  it.each([
    'Russian-made weapons were found in the rubble.',
    'Syrian civilian casualties rose during the week.',
    'Turkish aid convoys crossed at Bab al-Hawa.',
    'The Russian delegation arrived in Astana.',
  ])('names no force in "%s"', (sentence) => {
    expect(actorsIn(sentence).filter((a) => /military|army/.test(a))).toEqual([]);
  });
});

describe('a neutral source naming the perpetrator', () => {
  it.each([
    'The Syrian Network for Human Rights put the toll at 13, including five children, and attributed the strike to Russian fixed-wing aircraft.',
    'The Syrian Network for Human Rights documented the killing of 12 civilians and said the market was hit by Russian fixed-wing aircraft.',
    'The Syrian Observatory for Human Rights says the strike was carried out by a Russian Su-24 that took off from Hmeimim air base.',
    'The Syrian Observatory for Human Rights said Russian raids on the market had killed nine civilians.',
  ])('%s', (sentence) => {
    const f = run(sentence);
    const speaker = /Network/.test(sentence) ? 'snhr' : 'sohr';
    expect(claimsOf(f, speaker)).toContain('CLAIM→russian-military');
  });
});

describe('the addressee of a call', () => {
  it.each([
    ['"We demand that the Security Council stop treating Idlib as a footnote," said Leila Haddad, a spokeswoman for SAMS.', 'leila-haddad', 'un-security-council'],
    ['"We call on our Turkish colleagues to fulfil their commitments," the Russian defence ministry said.', 'russian-mod', 'turkey'],
    ['The Kremlin urged its Turkish partners to rein in the militants.', 'russia', 'turkey'],
    ['The U.S. State Department urged "all parties, especially the Assad regime and its backers, to respect the ceasefire".', 'us-state-department', 'syria'],
    ["Turkey's foreign ministry said violations of the ceasefire \"by the regime and its supporters\" must end.", 'turkish-foreign-ministry', 'syria'],
  ])('%s', (sentence, speaker, addressee) => {
    expect(claimsOf(run(sentence), speaker)).toContain(`CALL→${addressee}`);
  });
});

describe('a party\'s own forces in its own words', () => {
  it.each([
    ['"Our soldiers will stay where they are," Turkish Defence Minister Hulusi Akar said.', 'hulusi-akar', 'turkish-army'],
    ['"Our units immediately returned fire on the regime positions," a Turkish defence ministry spokesman said.', 'turkish-mod', 'turkish-army'],
  ])('%s', (sentence, speaker, target) => {
    expect(claimsOf(run(sentence), speaker)).toContain(`CLAIM→${target}`);
  });
});

describe('a minister named by title belongs to the ministry', () => {
  it.each([
    ['Turkish Defence Minister Hulusi Akar said the troops would stay.', 'turkish-mod'],
    ['Andrei Volkov, the Russian foreign minister, said the talks would go on.', 'russian-foreign-ministry'],
    ["Kemal Aydin, Turkey's foreign minister, said the talks would go on.", 'turkish-foreign-ministry'],
  ])('%s', (sentence, ministry) => {
    const people = run(sentence).actors.filter((a) => a.kind === 'PERSON');
    expect(people.map((p) => p.partOf)).toContain(`actor:${ministry}`);
  });
});

describe('a call with two complements', () => {
  it('is one call, not a call and a bare claim ("to ensure that attacks stop and that perpetrators are held accountable")', () => {
    const f = run('SAMS calls on the UN Security Council to ensure that attacks on health care stop and that perpetrators are held accountable.');
    expect(claimsOf(f, 'sams')).toEqual(['CALL→un-security-council']);
  });
});
