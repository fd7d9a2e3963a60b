/**
 * Line classification: which lines of an article are headline, standfirst, crosshead, body or
 * noise. Offsets always point into the original text; nothing is rewritten.
 */

export type LineRole = 'headline' | 'standfirst' | 'crosshead' | 'body' | 'noise';

export interface Line {
  /** 0-based line number. */
  index: number;
  start: number;
  end: number;
  /** The raw line. */
  raw: string;
  /** Trimmed, with markdown emphasis/heading/link syntax removed (for classification only). */
  plain: string;
  role: LineRole;
}

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DATE_ONLY = new RegExp(
  `^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? )?(?:\\d{1,2} ${MONTH},? \\d{4}|${MONTH} \\d{1,2},? \\d{4}|\\d{4}-\\d{2}-\\d{2})(?:,? \\d{1,2}[:.]\\d{2}(?: ?[AaPp]\\.?[Mm]\\.?)?(?: [A-Z]{2,4})?)?$`,
);

/** Lines that are noise on their own (guidelines: bylines, share blocks, captions, credits…). */
const NOISE: RegExp[] = [
  /^by\s+[[A-Z]/i,
  /^published(?: time)?:/i,
  /^(?:updated|last updated):/i,
  /^(?:share|share this(?: with)?|share on \w+|email|e-mail|facebook|twitter|whatsapp|messenger|linkedin|reddit|telegram|copy link|print|comments?)$/i,
  /^advertisement$/i,
  /^(?:related|read more|also on|related news|related topics|related articles?|related stories|related content|see also|more on this story|more on this|recommended)\b/i,
  /^(?:image|photo|picture|video|media) caption\b/i,
  /^(?:photo|photograph|picture|image|file photo|video)\s*(?::|\bby\b|[A-Z]{2,}|\/)/i,
  /^photo\s+\w+$/i,
  /\[(?:file|photo|image)\s*:[^\]]*\]\s*$/i,
  /\b(?:Stringer|via Getty Images|Getty Images|\/AFP|\/Reuters|\/AP)\s*\)?\.?$/,
  /^\((?:[^)]*\b(?:reporting|editing|writing|compiled|translated)\b[^)]*)\)$/i,
  /^_{3,}$/,
  /\bcontributed(?: to this report)?\.?$/i,
  /^source\s*:/i,
  /^[a-z]{1,5}(?:-[a-z]{1,5})?(?:\/[a-z]{1,5}(?:-[a-z]{1,5})?)+$/,
  /^original url:?/i,
  /^<?https?:\/\/\S+>?$/i,
  /^this (?:article|story|report) (?:was|has been) (?:edited|written|produced|updated)\b/i,
  /^responsibility for the information\b/i,
  /^\(?(?:ALP|AFP|Reuters|AP|AN) ?\/ ?[A-Z][\w .'-]+\)?$/,
];

/** A line naming a photo or picture credit: the line just above it is a caption. */
const CREDIT = /^(?:photo|picture|image|credit)\s*:?\s*\S+$|\b(?:Stringer|Getty Images)\b|\[(?:file|photo|image)\s*:|^\*\*[^*]+\*\*$/i;

function plainOf(raw: string): string {
  return raw
    .trim()
    .replace(/^#{1,6}\s+/, '')
    .replace(/\*\*|__/g, '')
    .replace(/\[([^\]]*)\]\((?:[^)]*)\)/g, '$1')
    .trim();
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
}

function hasTerminalPunct(s: string): boolean {
  return /[.!?:"'”’)\]]$/.test(s);
}

/** Splits the text into lines (keeping offsets) and assigns each a role. */
/** "Gaziantep, Turkey –", "BEIRUT (AN) —", "BEIRUT, July 15 (Meridian Wire) -": a dateline opening a paragraph. */
const DATELINE_START = /^[A-Z][\w'.-]*(?:[ ,]+[A-Z][\w'.-]*){0,3}(?:,\s+[A-Z][a-z]+\.?\s+\d{1,2})?\s*(?:\([^)]*\))?\s+[-—–]\s/;

export function classifyLines(text: string): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  let idx = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let end = nl;
    if (end > pos && text[end - 1] === '\r') end--;
    const raw = text.slice(pos, end);
    lines.push({ index: idx++, start: pos, end, raw, plain: plainOf(raw), role: 'body' });
    if (nl >= text.length) break;
    pos = nl + 1;
  }

  const content = (l: Line): boolean => l.plain.length > 0;
  const seen = new Set<string>();
  let inList = false; // under "Related Topics"/"READ MORE": the list up to the next blank line
  let afterRule = false; // under "___": contributor lines
  let prevByline = false;
  for (const l of lines) {
    if (!content(l)) {
      inList = false;
      prevByline = false;
      continue;
    }
    const p = l.plain;
    if (inList || afterRule) {
      l.role = 'noise';
      continue;
    }
    if (DATE_ONLY.test(p) || NOISE.some((re) => re.test(p))) {
      l.role = 'noise';
      if (/^(?:related|read more|related news|related topics|related articles?|related stories|recommended|more on this)\s*:?$/i.test(p)) inList = true;
      if (/^_{3,}$/.test(p)) afterRule = true;
      prevByline = /^by\s/i.test(p);
      continue;
    }
    // "Northstar News, Istanbul" / "Associated Newswire" under a byline.
    if (prevByline && wordCount(p) <= 5 && !hasTerminalPunct(p)) {
      l.role = 'noise';
      continue;
    }
    prevByline = false;
    if (seen.has(p)) {
      l.role = 'noise';
      continue;
    }
    seen.add(p);
  }

  // Captions: a line directly above a credit/caption line (no blank line between).
  const captions = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const next = lines[i + 1];
    if (!l || !next || !content(l) || !content(next) || l.role !== 'body') continue;
    const shortCredit = wordCount(next.plain) <= 4;
    if (next.role === 'noise' && (CREDIT.test(next.plain) || /^photo\b/i.test(next.plain)) && (shortCredit || !hasTerminalPunct(l.plain))) {
      l.role = 'noise';
      captions.add(l.plain);
    }
  }
  // Repeats of a caption are captions too.
  for (const l of lines) if (l.role === 'body' && captions.has(l.plain)) l.role = 'noise';

  // Leading junk before the headline ("Logo Wide"): very short unpunctuated lines.
  const body = lines.filter((l) => content(l) && l.role === 'body');
  let head: Line | undefined;
  for (const l of body) {
    if (wordCount(l.plain) >= 4 || /^#/.test(l.raw.trim())) {
      head = l;
      break;
    }
    l.role = 'noise';
  }
  if (head) head.role = 'headline';
  // A duplicate of the headline is a headline (re-rendered title).
  if (head) for (const l of lines) if (l !== head && l.plain === head.plain) l.role = 'headline';

  // Trailing junk: unpunctuated lines at the very end (related headlines, tags, "Route 6").
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i];
    if (!l || !content(l)) continue;
    if (l.role === 'noise') continue;
    if (l.role === 'body' && !hasTerminalPunct(l.plain)) {
      l.role = 'noise';
      continue;
    }
    break;
  }

  // Standfirst: the first content line after the headline when what follows it is not body
  // (a date line, byline, caption or the re-rendered headline).
  if (head) {
    const after = lines.filter((l) => l.index > head.index && content(l));
    const first = after[0];
    const second = after[1];
    if (first && first.role === 'body' && second) {
      const followsNoise =
        second.role === 'headline' ||
        (second.role === 'noise' && !/^(?:advertisement|share)/i.test(second.plain)) ||
        // The story proper starts at its dateline: a summary line above the dateline is a standfirst.
        (second.role === 'body' && DATELINE_START.test(second.plain) && !DATELINE_START.test(first.plain));
      if (followsNoise && !/^[A-Z][A-Z ,./]+(?:\([^)]*\))?\s*[-—–]/.test(first.plain)) first.role = 'standfirst';
    }
  }

  // Crossheads: short unpunctuated body lines (mentions only).
  for (const l of lines) {
    if (l.role !== 'body' || !content(l)) continue;
    const nextContent = lines.find((x) => x.index > l.index && content(x));
    if (nextContent && /^[a-z]/.test(nextContent.plain)) continue; // sentence broken by a blank line
    if (!hasTerminalPunct(l.plain) && wordCount(l.plain) <= 8 && !/^[A-Z][A-Z ,./]+$/.test(l.plain)) l.role = 'crosshead';
  }
  return lines;
}
