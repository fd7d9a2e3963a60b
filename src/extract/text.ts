/** Small text helpers shared by the extraction steps. */
import { createHash } from 'node:crypto';

/** First 16 hex characters of sha256(text). */
export function hash16(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

/**
 * A copy of `text` with the same length in which typographic variants are folded
 * (curly quotes → straight, no-break space → space), so matching can run on it while offsets
 * still point into the original text.
 */
export function foldForMatching(text: string): string {
  const folded = text
    .replace(/[\u2018\u2019\u02BC\u2032]/g, "'")
    .replace(/[\u201C\u201D\u2033]/g, '"')
    .replace(/[\u00A0\u2007\u202F\u2009\t]/g, ' ')
    .replace(/[\u2010\u2011]/g, '-');
  // A footnote mark after a name ("Hayat Tahrir al-Sham*", as outlets mark groups banned in their country).
  return folded.includes('*') ? folded.replace(/(?<=[A-Za-z])\*(?!\*)(?=[\s,.;:)'"]|$)/g, ' ') : folded;
}

const STOPWORDS = new Set(
  'the of and to in a is that for on was with as by at from it said were has have had be are an this which but not or their they its he his she her been after who will would more than also about over'.split(
    ' ',
  ),
);

/** Share of word tokens that are common English function words. */
export function englishStopwordShare(text: string): { share: number; words: number } {
  const words = text.toLowerCase().match(/[a-z\u00C0-\u024F\u0400-\u04FF\u0600-\u06FF]+/g) ?? [];
  if (words.length === 0) return { share: 0, words: 0 };
  let hits = 0;
  for (const w of words) if (STOPWORDS.has(w)) hits++;
  return { share: hits / words.length, words: words.length };
}
