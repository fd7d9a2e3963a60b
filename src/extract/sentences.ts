/**
 * Sentence segmentation with `sbd`, run per paragraph of cleaned lines so that offsets point
 * into the original text.
 */
import { sentences as sbdSentences } from 'sbd';
import type { Line, LineRole } from './clean';

export interface Sentence {
  /** Index in document order. */
  index: number;
  start: number;
  end: number;
  /** Verbatim slice of the original text (may contain newlines when a paragraph was rejoined). */
  text: string;
  role: LineRole;
  /** Paragraph number: sentences of one paragraph share it. */
  paragraph: number;
}

const SBD_OPTIONS = {
  newline_boundaries: true,
  preserve_whitespace: false,
  sanitize: false,
  abbreviations: ['Maj', 'Gen', 'Lt', 'Col', 'Brig', 'Adm', 'Rear', 'Sgt', 'Capt', 'Dr', 'Mr', 'Mrs', 'Ms', 'Sept', 'St', 'No', 'U.N', 'U.S', 'a.m', 'p.m', 'Jan', 'Feb', 'Aug', 'Oct', 'Nov', 'Dec'],
};

/**
 * Segments the non-noise lines into sentences. A body line that continues in lower case after a
 * blank line is rejoined to the previous paragraph (a sentence split by a stray blank line).
 */
export function splitSentences(text: string, lines: Line[]): Sentence[] {
  type Block = { start: number; end: number; role: LineRole };
  const blocks: Block[] = [];
  for (const l of lines) {
    if (l.role === 'noise' || l.plain.length === 0) continue;
    const prev = blocks[blocks.length - 1];
    const firstChar = l.raw.trimStart().charAt(0);
    if (prev && prev.role === 'body' && l.role === 'body' && /^[a-z]/.test(firstChar) && !/[.!?"”]\s*$/.test(text.slice(prev.start, prev.end))) {
      prev.end = l.end;
      continue;
    }
    blocks.push({ start: l.start, end: l.end, role: l.role });
  }
  const out: Sentence[] = [];
  blocks.forEach((b, paragraph) => {
    const chunk = text.slice(b.start, b.end);
    // Newlines inside a rejoined block become spaces for sbd (same length, offsets kept), and the
    // full stops of dotted abbreviations inside a sentence are masked ("the U.N. Security Council").
    const flat = maskDottedAbbreviations(chunk.replace(/[\r\n]/g, ' '));
    let cursor = 0;
    const parts = b.role === 'headline' || b.role === 'crosshead' ? [flat.trim()] : sbdSentences(flat, SBD_OPTIONS).flatMap(splitMissedBoundaries);
    for (const part of parts) {
      const s = part.trim();
      if (!s) continue;
      let at = flat.indexOf(s, cursor);
      if (at < 0) {
        // sbd normalised whitespace: fall back to matching the first word onwards.
        const head = s.split(/\s+/)[0] ?? s;
        at = flat.indexOf(head, cursor);
        if (at < 0) continue;
      }
      let endAt = at + s.length;
      if (flat.slice(at, endAt) !== s) {
        // Whitespace differs: extend to cover the same number of non-space characters.
        const want = s.replace(/\s+/g, '').length;
        let seen = 0;
        endAt = at;
        while (endAt < flat.length && seen < want) {
          if (!/\s/.test(flat[endAt] ?? '')) seen++;
          endAt++;
        }
      }
      cursor = endAt;
      const start = b.start + at;
      const end = b.start + endAt;
      out.push({ index: out.length, start, end, text: text.slice(start, end), role: b.role, paragraph });
    }
  });
  return mergeOpenQuotes(text, out);
}

/** A full stop after an ordinary word of four letters or more, before a capital: a boundary sbd can miss. */
const MISSED_BOUNDARY = /(?<=\b[A-Za-z][a-z]{3,}[.!?])\s+(?=[A-Z])/g;
/** Words of four letters or more that are abbreviations before a name or number. */
const LONG_ABBREVIATION = /\b(?:Capt|Sept|Prof|Corp|Dept|Govt|Univ|Assn|Bros|Blvd|Messrs|Mlle|Brig|Gens|Lieut|Supt|Insp|Dist|Natl|Intl)\.$/;

/**
 * sbd keeps "Verdict: Unsupported. Sama Watch, a network…, said" in one sentence (it reads a
 * capitalised word before a full stop and capitalised words after it as a name). Split there, outside
 * quotations and after words that are not abbreviations.
 */
export function splitMissedBoundaries(part: string): string[] {
  const out: string[] = [];
  let from = 0;
  MISSED_BOUNDARY.lastIndex = 0;
  for (let m = MISSED_BOUNDARY.exec(part); m; m = MISSED_BOUNDARY.exec(part)) {
    const head = part.slice(from, m.index);
    if (LONG_ABBREVIATION.test(head) || quoteOpen(part.slice(0, m.index))) continue;
    out.push(head);
    from = m.index + m[0].length;
  }
  out.push(part.slice(from));
  return out.filter((x) => x.trim().length > 0);
}

/** Words that open a new sentence after an abbreviation that ends one ("… in the U.S. The next day …"). */
const SENTENCE_OPENER = /^(?:The|A|An|He|She|It|They|We|I|In|On|At|But|And|However|Meanwhile|This|That|These|Those|There|His|Her|Its|Their|Our|After|Before|When|While|Since|Some|Many|Most|No|Not|Both|Earlier|Later|Separately|Elsewhere|Also|Asked|According)\b/;
const DOTTED = /(?<![\w.])((?:[A-Z]\.){2,})(?=\s+(\S+))/g;

/**
 * A same-length copy of `text` in which the full stops of dotted abbreviations (U.N., U.S., U.K.)
 * followed by a word that does not open a sentence are replaced, so that sbd keeps
 * "the U.N. Security Council" in one sentence.
 */
export function maskDottedAbbreviations(text: string): string {
  if (!text.includes('.')) return text;
  return text.replace(DOTTED, (abbr: string, _g: string, next: string) => (SENTENCE_OPENER.test(next) ? abbr : abbr.replace(/\./g, '\u2024')));
}

/** Whether a quotation opened in `s` is still open at its end (straight quotes by parity, curly by count). */
export function quoteOpen(s: string): boolean {
  const straight = (s.match(/"/g) ?? []).length;
  const open = (s.match(/\u201C/g) ?? []).length;
  const close = (s.match(/\u201D/g) ?? []).length;
  return straight % 2 === 1 || open > close;
}

/** sbd splits quoted speech at its inner full stops; a quote left open continues in the next sentence. */
function mergeOpenQuotes(text: string, list: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of list) {
    const prev = out[out.length - 1];
    if (prev && prev.paragraph === s.paragraph && prev.role === s.role && quoteOpen(prev.text)) {
      prev.end = s.end;
      prev.text = text.slice(prev.start, prev.end);
      continue;
    }
    out.push({ ...s, index: out.length });
  }
  return out;
}
