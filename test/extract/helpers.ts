/** Small builders shared by the extraction tests. */
import type { ArticleFacts, StatementFact } from '../../src/domain/facts';

/** An article made of the given paragraphs under a neutral headline. */
export const article = (paragraphs: string[]): string => ['Test headline about Idlib', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');

/** The statements of one speaker (registry slug). */
export const by = (f: ArticleFacts, speaker: string): StatementFact[] => f.statements.filter((s) => s.speakerId === `actor:${speaker}`);
