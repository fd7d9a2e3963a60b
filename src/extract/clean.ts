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

const TIME = String.raw`\d{1,2}[:.]\d{2}(?: ?[AaPp]\.?[Mm]\.?)?(?: (?:[A-Z]{2,4}|local time))?`;
/** One part of a date line: a date ("25/11/2019" too), a time, or "Updated 16:40 GMT". */
const DATE_PART = new RegExp(
  `^(?:(?:updated|last updated|published|posted|first published|issued on|issued|broadcast|first broadcast|aired|first aired|recorded|transmitted)\\s*:?\\s*(?:on\\s+|at\\s+)?)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? )?(?:\\d{1,2} ${MONTH},? \\d{4}|${MONTH} \\d{1,2},? \\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{4})?(?:,?\\s*(?:at\\s+)?${TIME})?$`,
  'i',
);
/** A date line: date-only parts separated by "|" or "·" ("13 November 2019 | Updated 16:40 GMT", "25/11/2019"). */
function isDateLine(p: string): boolean {
  if (DATE_ONLY.test(p)) return true;
  if (!/\d/.test(p) || p.length > 80) return false;
  const parts = p.split(/\s*[|·•\x95]\s*|\s+[-–\x96—\x97]\s+/);
  return parts.every((x) => x.length > 0 && /\d/.test(x) && DATE_PART.test(x));
}

/** Lines that are noise on their own (guidelines: bylines, share blocks, captions, credits…). */
const NOISE: RegExp[] = [
  // A byline names someone ("By Jane Doe", "BY JANE DOE | Outlet"), not a time ("By early afternoon the toll…") nor a
  // source's count ("By SOHR's count, 14 …").
  /^(?:by|By|BY)\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|June|July|August|September|October|November|December|The|Then|Now|Late|Early|Midday|Noon|Nightfall|Dawn|Dusk|Evening|Morning|Afternoon|Night|Mid-?\w+)\b)(?![^\n]{0,60}?['’]s?\s+(?:own\s+|latest\s+|official\s+)?(?:count|tally|reckoning|estimates?|figures|numbers|records)\b)[[A-Z]/,
  // Credits: "Words by …", "Photographs by …", "Text by: …", "Additional reporting by …", "Translated by …".
  /^(?:words|text|story|photographs?|photos?|pictures?|images?|video|illustrations?|graphics?|interviews?|additional reporting|reporting|editing|edited|translation|translated|produced|design)(?:\s+and\s+[a-z]+)?\s+by\s*:?\s/i,
  // Wire notes on a corrected or updated story: "(Corrects name of town in paragraph 1 …)", "(Updates toll)".
  /^\((?:corrects?|correcting|updates?|adds?|recasts?|refiles?|repeats?|changes|fixes|clarifies|removes|rewrites|deletes|inserts|amends?|withdraws|moves)\b[^)]*\)$/i,
  // Footers and desk notes: "Methodology: …", "Correction: …", "Editor's note: …", "Next issue: …", "Contact: …".
  /^(?:methodology|corrections?|clarifications?|editor'?s note|editors'? note|note to editors|notes to editors|disclosure|disclaimer|subscribe|sign up|newsletter|media contact|press contact|contacts?|for media inquiries|media inquiries)\s*:/i,
  /^(?:next (?:issue|edition|update)|subscribe (?:to|at|for|now)|sign up (?:to|for|here)|follow us)\b/i,
  /^(?:for immediate release|embargoed(?: until\b.*)?|press release|news release|media release|-\s*ends\s*-|ends|-30-|#{3,})$/i,
  // "About SAMS: The Syrian American Medical Society is…": the organisation's boilerplate paragraph.
  /^(?:about|About|ABOUT) (?:us|the [a-z]+|[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,5})\s*:/,
  // A caption ending in its picture credit: "… January 22, 2020. Meridian Wire/Jane Doe", "… (ALP / Jane Doe)", "… [Jane Doe/Agency]".
  /[.!?]\s+(?:[A-Z][\w'-]*\s){0,3}[A-Z][\w'-]*\s?\/\s?(?:[A-Z][\w'.-]*\s?){1,3}$/,
  /\((?:[A-Z][\w'.-]*\s?){1,3}\/\s?(?:[A-Z][\w'.-]*\s?){1,3}\)\.?$/,
  /\[(?:[A-Z][\w'.-]*\s?){1,3}\/\s?(?:[A-Z][\w'.-]*\s?){1,3}\]\.?$/,
  // "Updated 3 hours ago", "Listen · 24 min", sign-off initials with dots ("H.Z./R.K.").
  /^(?:updated|published|posted)\s+\d+\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago$/i,
  /^(?:listen|watch|play|duration)\b[^.]{0,20}\b\d+\s*(?:min|mins|minutes|sec|secs|seconds)\b\.?$/i,
  /^(?:[A-Z]\.){1,3}(?:\s*\/\s*(?:[A-Z]\.){1,3}){1,3}$/,
  // A translation credit on its own line ("… – translated from Arabic by network volunteers").
  /^(?:[^.]{0,100}[-–\x96—\x97,(]\s*)?translated (?:from (?:the )?[A-Z][a-z]+|by)\b[^.]{0,80}\.?\)?$/,
  // A copyright credit ("© Outlet / Photographer").
  /©|\(c\)\s*\d{4}\b/i,
  /^published(?: time)?:/i,
  /^(?:updated|last updated):/i,
  // A share block, alone or on one line ("Share | Email | Print").
  /^(?:share|share this(?: with)?|share on \w+|email|e-mail|facebook|twitter|x|whatsapp|messenger|linkedin|reddit|telegram|copy link|print|comments?|save)(?:\s*[|·•\x95/]\s*(?:share|share this(?: with)?|share on \w+|email|e-mail|facebook|twitter|x|whatsapp|messenger|linkedin|reddit|telegram|copy link|print|comments?|save)){0,8}$/i,
  /^advertisement$/i,
  /^(?:related|read more|read also|also read|read next|also on(?!\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|the\s+same|that\s+day|\d))|related news|related topics|related articles?|related stories|related content|see also|more on this story|more on this|recommended|further reading|most read|more from)\b/i,
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
  /^this (?:article|story|report|version) (?:was|has been|had been) (?:edited|written|produced|updated|corrected|amended|revised|changed)\b/i,
  /^an? (?:earlier|previous) version of this (?:article|story|report)\b/i,
  /^copyright\b|\ball rights reserved\b/i,
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
const DATELINE_START = /^[A-Z][\w'.-]*(?:[ ,]+[A-Z][\w'.-]*){0,3}(?:,\s+[A-Z][a-z]+\.?\s+\d{1,2})?\s*(?:\([^)]*\))?\s+[-—\x97–\x96]\s/;

/**
 * @param title the article's title from its metadata, when known: a first line that is that title is
 *   the headline however short it is ("Strikes hit Ariha" is not a logo line).
 */
export function classifyLines(text: string, title: string | null = null): Line[] {
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
    // "CORRECTION: Toll … revised to 10" opening the document is the headline of a correction story, not a desk note.
    const first = seen.size === 0 && !lines.some((x) => x.index < l.index && x.role === 'noise' && content(x));
    if (first && /^(?:corrections?|clarifications?|updated?)\s*:\s*\S/i.test(p) && !hasTerminalPunct(p) && wordCount(p) >= 4) {
      seen.add(p);
      continue;
    }
    if (inList || afterRule) {
      l.role = 'noise';
      continue;
    }
    if (isDateLine(p) || NOISE.some((re) => re.test(p))) {
      l.role = 'noise';
      if (/^(?:related|read more|related news|related topics|related articles?|related stories|recommended|more on this)\s*:?$/i.test(p)) inList = true;
      // Under a rule or a press release's end mark only contributor lines and boilerplate follow.
      if (/^(?:_{3,}|#{3,}|-\s*ends\s*-|-30-)$/i.test(p) || /^_{3,}$/.test(l.raw.trim())) afterRule = true;
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
  const titleKey = title ? title.trim().replace(/\s+/g, ' ').toLowerCase() : null;
  let short: Line | undefined;
  for (const l of body) {
    if (wordCount(l.plain) >= 4 || /^#/.test(l.raw.trim()) || (titleKey !== null && l.plain.replace(/\s+/g, ' ').toLowerCase() === titleKey)) {
      head = l;
      // ("Five killed" above a first paragraph that is a whole sentence of the story: the short line was the headline)
      if (short && !hasTerminalPunct(short.plain) && hasTerminalPunct(l.plain) && wordCount(l.plain) >= 12 && titleKey === null) {
        head = short;
        short.role = 'body';
      }
      break;
    }
    l.role = 'noise';
    short = l;
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

  // The masthead zone between the headline and the story's first full paragraph: outlet and desk
  // lines ("ReliefLine | Weekly digest: …", "North Pulse – Idlib") are bylines, not text.
  if (head) {
    for (const l of lines) {
      if (l.index <= head.index || !content(l)) continue;
      // A line of three or more "|"-separated fields (event, panel, date) is metadata whatever its length.
      if (l.role === 'body' && /\s\|\s.*\s\|\s/.test(l.plain)) {
        l.role = 'noise';
        continue;
      }
      if (l.role === 'body' && wordCount(l.plain) >= 12) break;
      if (l.role === 'noise' || l.role === 'headline') continue;
      const words = wordCount(l.plain);
      // A short "Outlet | Desk" line.
      if (/\s\|\s/.test(l.plain) && words <= 14) l.role = 'noise';
      else if (words <= 5 && !hasTerminalPunct(l.plain) && /^[A-Z][\w'.-]*(?:\s[A-Z][\w'.-]*){0,3}\s+[-–\x96—\x97]\s+[A-Z][\w'.-]*(?:\s[A-Z][\w'.-]*)?$/.test(l.plain)) l.role = 'noise';
    }
  }

  // Standfirst: the first content line after the headline when what follows it is not body
  // (a date line, byline, caption or the re-rendered headline).
  if (head) {
    const after = lines.filter((l) => l.index > head.index && content(l));
    const first = after[0];
    const second = after[1];
    // (a standfirst stands above a story: a lone paragraph with only noise after it, "An earlier version of this story …",
    // is the story)
    const storyAfter = after.slice(1).some((l) => l.role === 'body');
    if (first && first.role === 'body' && second && storyAfter) {
      const followsNoise =
        second.role === 'headline' ||
        (second.role === 'noise' && !/^(?:advertisement|share|read more|related|also read|read also|see also|more on this|watch|listen)\b/i.test(second.plain)) ||
        // The story proper starts at its dateline: a summary line above the dateline is a standfirst.
        (second.role === 'body' && DATELINE_START.test(second.plain) && !DATELINE_START.test(first.plain));
      // (a paragraph that opens with its dateline, "BEIRUT -" or "Gaziantep, Turkey –", is the story's lead)
      if (followsNoise && !/^[A-Z][A-Z ,./]+(?:\([^)]*\))?\s*[-—\x97–\x96]/.test(first.plain) && !DATELINE_START.test(first.plain)) first.role = 'standfirst';
    }
  }

  // Crossheads: short unpunctuated body lines (mentions only).
  const BULLET = /^\s*(?:[-•\x95*–\x96▪]|\d{1,2}[.)])\s+/;
  for (const l of lines) {
    if (l.role !== 'body' || !content(l)) continue;
    const nextContent = lines.find((x) => x.index > l.index && content(x));
    if (nextContent && /^[a-z]/.test(nextContent.plain)) continue; // sentence broken by a blank line
    // An item of a bulleted list ("- the free media to publish the truth") after another item or its colon-ended lead.
    if (BULLET.test(l.plain)) {
      const prevContent = lines.slice(0, l.index).reverse().find((x) => content(x));
      if (prevContent && prevContent.role === 'body' && (/:\s*$/.test(prevContent.plain) || BULLET.test(prevContent.plain))) continue;
    }
    if (!hasTerminalPunct(l.plain) && wordCount(l.plain) <= 8 && !/^[A-Z][A-Z ,./]+$/.test(l.plain)) l.role = 'crosshead';
  }
  return lines;
}
