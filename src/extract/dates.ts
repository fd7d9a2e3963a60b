/**
 * Date expressions resolved against the publication date, forced into the past: news reports
 * events that already happened ("on Friday" is the most recent Friday on or before publication).
 * Without a publication date only absolute dates with a year resolve; everything else is null.
 */
import * as chrono from 'chrono-node';

export interface DateMention {
  start: number;
  end: number;
  /** YYYY-MM-DD, or null when the expression cannot be resolved (no reference date). */
  date: string | null;
  /** "since Sunday", "in recent days": marks a span of time (campaign aggregates). */
  span: boolean;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY_RE = /\b(since\s+|from\s+)?(last\s+|(?:late|early)\s+(?:on\s+)?|on\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?:'s)?\b/g;
const RELATIVE_RE = /\b(overnight|yesterday|today|this morning|last night|earlier today)\b/gi;
/** "on the 7th", "early on the 11th": a day of the month with no month named. */
const ORDINAL_DAY_RE = /\bon\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|anniversary|floor|day|week|month|year|century|time|attempt|round|brigade|division|corps|regiment))/gi;
/** Time expressions too vague for a day: they give no date, and stop a sentence inheriting one. */
const VAGUE_RE = /\b(?:(?:over|at|during) the weekend|this weekend|last weekend|last week|earlier this week|this week|(?:in )?recent (?:days|weeks))\b/gi;

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}
function addDays(ref: Date, n: number): Date {
  return new Date(ref.getTime() + n * 86_400_000);
}

/** Parses `YYYY-MM-DD…` into a UTC-noon Date, or null. */
export function parseIsoDate(s: string | null | undefined): Date | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s.trim());
  if (!m) {
    const d = chrono.parseDate(s);
    return d ? new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), 12)) : null;
  }
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12));
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Most recent `weekday` on or before `ref`. */
export function weekdayOnOrBefore(ref: Date, weekday: number): Date {
  const diff = (ref.getUTCDay() - weekday + 7) % 7;
  return addDays(ref, -diff);
}

/** All date expressions in `text` (offsets relative to `text`). */
export function findDates(text: string, ref: Date | null): DateMention[] {
  const out: DateMention[] = [];
  WEEKDAY_RE.lastIndex = 0;
  for (let m = WEEKDAY_RE.exec(text); m; m = WEEKDAY_RE.exec(text)) {
    const wd = WEEKDAYS.indexOf((m[3] ?? '').toLowerCase());
    let day = ref && wd >= 0 ? weekdayOnOrBefore(ref, wd) : null;
    // "last Friday" written on a Friday is the week before.
    if (day && ref && /^last\s/i.test(m[2] ?? '') && iso(day) === iso(ref)) day = addDays(day, -7);
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      date: day ? iso(day) : null,
      // "from Monday's strike" names a day, not a span.
      span: Boolean(m[1]) && !/'s$/.test(m[0]),
    });
  }
  RELATIVE_RE.lastIndex = 0;
  for (let m = RELATIVE_RE.exec(text); m; m = RELATIVE_RE.exec(text)) {
    const w = (m[1] ?? '').toLowerCase();
    const back = w === 'overnight' || w === 'yesterday' || w === 'last night' ? 1 : 0;
    // "overnight" next to a weekday ("overnight on May 5") is carried by that weekday/date.
    out.push({ start: m.index, end: m.index + m[0].length, date: ref ? iso(addDays(ref, -back)) : null, span: false });
  }
  // "on the 7th": that day of the publication month (of the month before, when later than publication).
  ORDINAL_DAY_RE.lastIndex = 0;
  for (let m = ORDINAL_DAY_RE.exec(text); m; m = ORDINAL_DAY_RE.exec(text)) {
    const day = Number(m[1]);
    let date: string | null = null;
    if (ref && day >= 1 && day <= 31) {
      let cand = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), day, 12));
      if (day > ref.getUTCDate()) cand = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() - 1, day, 12));
      if (cand.getUTCDate() === day) date = iso(cand);
    }
    out.push({ start: m.index, end: m.index + m[0].length, date, span: false });
  }
  VAGUE_RE.lastIndex = 0;
  for (let m = VAGUE_RE.exec(text); m; m = VAGUE_RE.exec(text)) {
    if (out.some((o) => o.start < m.index + m[0].length && o.end > m.index)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, date: null, span: false });
  }
  // Absolute dates ("September 25, 2017", "on 2 December", "Dec. 16").
  let results: chrono.ParsedResult[];
  // chrono is the costly step: only run it when a month name is present.
  if (!/\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\b/.test(text)) return withoutCarriedOvernight(text, out);
  try {
    results = chrono.parse(text, ref ?? new Date(Date.UTC(2000, 0, 1, 12)), { forwardDate: false });
  } catch {
    results = [];
  }
  for (const r of results) {
    const c = r.start;
    if (!c.isCertain('month') || !c.isCertain('day')) continue;
    const y = c.get('year');
    const mo = c.get('month');
    const d = c.get('day');
    if (y === null || mo === null || d === null) continue;
    let date: string | null = null;
    if (c.isCertain('year')) date = iso(new Date(Date.UTC(y, mo - 1, d, 12)));
    else if (ref) {
      let cand = new Date(Date.UTC(ref.getUTCFullYear(), mo - 1, d, 12));
      if (cand.getTime() > ref.getTime() + 86_400_000) cand = new Date(Date.UTC(ref.getUTCFullYear() - 1, mo - 1, d, 12));
      date = iso(cand);
    }
    const before = text.slice(Math.max(0, r.index - 8), r.index);
    const overlapping = out.findIndex((o) => o.start < r.index + r.text.length && o.end > r.index);
    const mention = { start: r.index, end: r.index + r.text.length, date, span: /\bsince\s+$/i.test(before) };
    if (overlapping >= 0) out.splice(overlapping, 1, mention);
    else out.push(mention);
  }
  return withoutCarriedOvernight(text, out);
}

/** "an overnight air strike on May 5, 2019": "overnight" next to a day is carried by that day. */
function withoutCarriedOvernight(text: string, list: DateMention[]): DateMention[] {
  const out = list.filter((o) => {
    if (!/^overnight$/i.test(text.slice(o.start, o.end))) return true;
    return !list.some((x) => {
      if (x === o || x.date === null || /^overnight$/i.test(text.slice(x.start, x.end))) return false;
      const gap = x.start >= o.end ? text.slice(o.end, x.start) : x.end <= o.start ? text.slice(x.end, o.start) : 'x';
      return /^\s*(?:,\s*)?(?:on|into|to|of|from|between|before|(?:air|aerial|drone|rocket|missile)?\s*(?:air ?strikes?|raids?|attacks?|bombing|shelling))?\s*(?:on\s+)?$/i.test(gap);
    });
  });
  out.sort((a, b) => a.start - b.start);
  return out;
}

/** The publication date from metadata, else from a date-only line near the top of the text. */
export function publicationDate(metaDate: string | null | undefined, dateLines: string[]): string | null {
  const fromMeta = parseIsoDate(metaDate ?? null);
  if (fromMeta) return iso(fromMeta);
  for (const l of dateLines) {
    const r = chrono.parse(l)[0];
    if (r && r.start.isCertain('year') && r.start.isCertain('month') && r.start.isCertain('day')) {
      const y = r.start.get('year');
      const mo = r.start.get('month');
      const d = r.start.get('day');
      if (y !== null && mo !== null && d !== null) return iso(new Date(Date.UTC(y, mo - 1, d, 12)));
    }
  }
  return null;
}
