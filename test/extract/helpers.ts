/** Small builders shared by the extraction tests. */
import type { ArticleFacts, StatementFact } from '../../src/domain/facts';

/** An article made of the given paragraphs under a neutral headline. */
export const article = (paragraphs: string[]): string => ['Test headline about Idlib', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');

/** The statements of one speaker (registry slug). */
export const by = (f: ArticleFacts, speaker: string): StatementFact[] => f.statements.filter((s) => s.speakerId === `actor:${speaker}`);

/** A monitor's table of attacks told as text: its introduction, a blank line and two rows (town — date — killed — injured — party). */
export const TABLE_OF_ATTACKS = [
  'The network documented the following attacks during the week (town — date — killed — injured — party responsible):',
  '',
  'Kansafra — 12 October — 3 killed — 5 injured — Russian jets',
  'Al-Bara — 13 October — 1 killed — 2 injured — government artillery',
];

/** An article's incidents as "KIND date place+place" (date "undated" when unknown), sorted. */
export const incidentKeys = (f: ArticleFacts): string[] =>
  f.incidents.map((i) => `${i.kind} ${i.date ?? 'undated'} ${i.placeIds.map((p) => p.replace(/^place:/, '')).join('+')}`).sort();
