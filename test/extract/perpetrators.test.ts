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
