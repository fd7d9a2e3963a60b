/**
 * Date expressions resolved against the publication date, forced into the past: news reports
 * events that already happened ("on Friday" is the most recent Friday on or before publication).
 * Without a publication date only absolute dates with a year resolve; everything else is null.
 */
import * as chrono from 'chrono-node';
import { withDashes } from './text';

export interface DateMention {
  start: number;
  end: number;
  /** YYYY-MM-DD, or null when the expression cannot be resolved (no reference date). */
  date: string | null;
  /** "since Sunday", "in recent days": marks a span of time (campaign aggregates). */
  span: boolean;
  /** "in October": a whole month named without a day (a tally's period, never one event's day). */
  month?: boolean;
}

/** Weekday names, Sunday first (as `Date.getUTCDay` counts). */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY_RE = /\b(since\s+|from\s+)?(last\s+|(?:late|early)\s+(?:on\s+)?|on\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?:'s)?\b/g;
const RELATIVE_RE = /\b(overnight|yesterday|today|this morning|this afternoon|this evening|tonight|last night|earlier today)\b/gi;
/** "on the 7th", "early on the 11th": a day of the month with no month named. */
const ORDINAL_DAY_RE = /\bon\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|anniversary|floor|day|week|month|year|century|time|attempt|round|brigade|division|corps|regiment))/gi;
const AGO_RE = /\b(a|an|one|two|three|four|five|six|seven|\d{1,2})\s+(days?|weeks?)\s+ago\b/gi;
const AGO_NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
/** A month's name, full or short. */
const MONTHS = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
const MONTH_NAME = new RegExp(String.raw`\b${MONTHS}\b`);
/** A month in capitals, as timelines and factboxes write their entries: "MONDAY, FEB 17 -". */
const MONTH_CAPS = /\b(?:JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)\.?\s+\d{1,2}\b/;
const ISO_RE = /\b(?:19|20)\d\d-[01]\d-[0-3]\d\b/g;
/** Time expressions too vague for a day: they give no date, and stop a sentence inheriting one. */
/** What puts a month without a day as the time of a tally: "in October", "during late April", "throughout November". */
const MONTH_PERIOD = /\b(?:in|during|throughout|through|over)\s+(?:the\s+month\s+of\s+)?(?:(?:late|early|mid)[\s-]?)?$/i;
/** A month without a day or year after "in", "during": "in March", "during late April". */
const BARE_MONTH_RE =
  /\b(?:[Ii]n|[Dd]uring|[Tt]hroughout|[Tt]hrough|[Oo]ver)\s+(?:the\s+month\s+of\s+)?(?:(?:late|early|mid)[\s-]?)?(January|February|March|April|May|June|July|August|September|October|November|December)\b(?![\s,]*\d)(?!\s+(?:of\s+)?(?:this|last|next)\s+year)/g;
const VAGUE_RE = /\b(?:(?:over|at|during) the weekend|this weekend|last weekend|last week|earlier this week|this week|last month|earlier this month|this month|last year|earlier this year|(?:in )?recent (?:days|weeks))\b/gi;

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

/** A day with its month and year: "15 May 2018", "13-19 May 2018", "May 15, 2018". */
const DAY_WITH_YEAR = new RegExp(String.raw`\b\d{1,2}(?:\s*[-–\x96]\s*\d{1,2})?\s+${MONTHS}\.?,?\s+((?:19|20)\d\d)\b|\b${MONTHS}\.?\s+\d{1,2}(?:st|nd|rd|th)?,\s+((?:19|20)\d\d)\b`, 'g');

/**
 * The one year a text's full dates name ("The week of 13-19 May 2018 …"), or null when they name none or
 * several. With no publication date, a day and month written without a year ("15 May") is in that year;
 * weekdays and "yesterday" stay unknown.
 */
export function soleYear(text: string): number | null {
  const years = new Set<number>();
  DAY_WITH_YEAR.lastIndex = 0;
  for (let m = DAY_WITH_YEAR.exec(text); m; m = DAY_WITH_YEAR.exec(text)) years.add(Number(m[1] ?? m[2]));
  return years.size === 1 ? ([...years][0] ?? null) : null;
}

/** All date expressions in `text` (offsets relative to `text`); `year` dates a day and month when there is no `ref`. */
export function findDates(text: string, ref: Date | null, year: number | null = null): DateMention[] {
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
    // "(Eurasia Today)", "USA Today": a capitalised "Today" after a capitalised word is part of a name.
    if (m[1] === 'Today' && /[A-Z][\w.'’-]*\s+$/.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    // ("this evening" inside a quoted post, "At 7:15 this evening Russian warplanes …", is the post's evening, not the article's)
    if (/^(?:this afternoon|this evening|tonight)$/.test(w) && ((text.slice(0, m.index).match(/["“”]/g) ?? []).length % 2 === 1)) continue;
    let back = w === 'overnight' || w === 'yesterday' || w === 'last night' ? 1 : 0;
    // "the day before yesterday".
    const dby = w === 'yesterday' && /\bthe\s+day\s+before\s+$/i.test(text.slice(Math.max(0, m.index - 20), m.index));
    if (dby) back = 2;
    // "overnight" next to a weekday ("overnight on May 5") is carried by that weekday/date.
    out.push({ start: m.index, end: m.index + m[0].length, date: ref ? iso(addDays(ref, -back)) : null, span: false });
  }
  // "two days ago", "a week ago": counted back from publication.
  AGO_RE.lastIndex = 0;
  for (let m = AGO_RE.exec(text); m; m = AGO_RE.exec(text)) {
    const n = AGO_NUMBERS[(m[1] ?? '').toLowerCase()] ?? Number(m[1]);
    const days = /^week/i.test(m[2] ?? '') ? n * 7 : n;
    out.push({ start: m.index, end: m.index + m[0].length, date: ref && Number.isFinite(days) ? iso(addDays(ref, -days)) : null, span: false });
  }
  // "2019-11-12": an ISO date, as NGO releases and digests write it.
  ISO_RE.lastIndex = 0;
  for (let m = ISO_RE.exec(text); m; m = ISO_RE.exec(text)) {
    const d = parseIsoDate(m[0]);
    if (d && iso(d) === m[0]) out.push({ start: m.index, end: m.index + m[0].length, date: m[0], span: false });
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
  if (!MONTH_NAME.test(text) && !MONTH_CAPS.test(text)) return withoutCarriedOvernight(text, out);
  try {
    results = chrono.strict.parse(withDashes(text), ref ?? new Date(Date.UTC(2000, 0, 1, 12)), { forwardDate: false });
  } catch {
    results = [];
  }
  // "on the morning of 12 November": chrono reads the part of day and drops the date; read what follows "of".
  const found = results.flatMap((r): Array<{ index: number; text: string; start: chrono.ParsedComponents }> => {
    const pod = /^(?:morning|afternoon|evening|night|early hours|small hours)\s+of\s+/i.exec(r.text);
    if (!pod) return [r];
    const tail = chrono.strict.parse(r.text.slice(pod[0].length), ref ?? new Date(Date.UTC(2000, 0, 1, 12)), { forwardDate: false })[0];
    return tail ? [{ index: tail.index + r.index + pod[0].length, text: tail.text, start: tail.start }] : [];
  });
  // "killed 58 civilians in March": chrono's strict parser skips a bare month; a month named as a period is a tally's.
  BARE_MONTH_RE.lastIndex = 0;
  for (let m = BARE_MONTH_RE.exec(text); m; m = BARE_MONTH_RE.exec(text)) {
    const at = m.index + m[0].length - (m[1]?.length ?? 0);
    const end = m.index + m[0].length;
    if (!found.some((r) => r.index < end && r.index + r.text.length > at)) out.push({ start: at, end, date: null, span: false, month: true });
  }
  for (const r of found) {
    const c = r.start;
    // "two days earlier", "a week later": chrono counts them from its reference (the publication date, or
    // a stand-in when there is none), which is a guess; the incident rules count them from the event told.
    if (c.tags().has('result/relativeDate')) continue;
    // "in October, 19 of them children": a month, then a count; a day is never set off from its month by a comma.
    const commaDay = /^[A-Za-z]+\.?,\s*\d{1,2}$/.test(r.text);
    if (commaDay || !c.isCertain('day')) {
      // "killed 62 civilians in October": a whole month is a period, not one event's day.
      const before = text.slice(Math.max(0, r.index - 30), r.index);
      const monthAt = r.index;
      const monthEnd = commaDay ? r.index + (/^[A-Za-z]+\.?/.exec(r.text)?.[0].length ?? 0) : r.index + r.text.length;
      if (c.isCertain('month') && MONTH_PERIOD.test(before) && !out.some((o) => o.start < monthEnd && o.end > monthAt)) {
        out.push({ start: monthAt, end: monthEnd, date: null, span: false, month: true });
      }
      continue;
    }
    if (!c.isCertain('month')) continue;
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
    } else if (year !== null) date = iso(new Date(Date.UTC(year, mo - 1, d, 12)));
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
  // "on the night of Saturday to Sunday", "overnight Saturday into Sunday": the night began on the first day.
  return out.filter((x, i) => {
    const prev = i > 0 ? out[i - 1] : undefined;
    if (!prev || prev.date === null || x.date === null) return true;
    if (!/^\s*(?:to|into|and)\s+$/i.test(text.slice(prev.end, x.start))) return true;
    return !/\b(?:night|overnight|nights)\s+(?:of\s+|from\s+|between\s+)?(?:the\s+)?$/i.test(text.slice(Math.max(0, prev.start - 25), prev.start));
  });
}

/** The publication date from metadata, else from a date-only line near the top of the text. */
export function publicationDate(metaDate: string | null | undefined, dateLines: string[]): string | null {
  const fromMeta = parseIsoDate(metaDate ?? null);
  if (fromMeta) return iso(fromMeta);
  for (const l of dateLines) {
    const r = chrono.strict.parse(l)[0];
    if (r && r.start.isCertain('year') && r.start.isCertain('month') && r.start.isCertain('day')) {
      const y = r.start.get('year');
      const mo = r.start.get('month');
      const d = r.start.get('day');
      if (y !== null && mo !== null && d !== null) return iso(new Date(Date.UTC(y, mo - 1, d, 12)));
    }
  }
  return null;
}
