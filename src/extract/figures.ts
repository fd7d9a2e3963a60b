/**
 * Casualty figures in one clause: killed, injured, children among the dead, and how the killed
 * (else injured) figure was qualified. Vague amounts ("dozens") and partial counts stay null.
 */
import { Qualifier } from '../domain/model';

export interface Figures {
  killed: number | null;
  injured: number | null;
  children: number | null;
  qualifier: Qualifier | null;
}

const WORDS: Record<string, number> = {
  a: 1, an: 1, both: 2, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, single: 1, the: 1, its: 1, their: 1,
};

const UNIT = String.raw`(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)`;
const NUM = String.raw`(\d{1,3}(?:,\d{3})+|\d+|(?:two|three|four|five|six)\s+dozen(?!s)|(?:a|one|two|three|four|five|six|seven|eight|nine)\s+hundred(?:\s+(?:and\s+)?${UNIT})?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:half\s+)?a\s+dozen(?!s)|a|an|single)`;
/** A qualifier is a whole word or phrase: "some" + "one" inside "someone" is not "about one". */
const QUAL = String.raw`((?:at least|no fewer than|not less than|more than|well over|just over|upwards of|in excess of|over|about|close to|just under|nearly|some|around|almost|approximately|roughly|up to|as many as|an estimated|another|at least another)\b)?\s*`;
const NOUN = String.raw`(?:(?!(?:after|before|when|and|a|an|the|of|in|were|was)\s)[a-z-]+\s+){0,3}?`;

/** Parses a number token ("31", "1,500", "seven", "twenty-one", "a"). */
export function parseNumber(tok: string): number | null {
  const t = tok.toLowerCase().replace(/\s+/g, ' ');
  if (t === 'a dozen') return 12;
  if (t === 'half a dozen') return 6;
  // "two dozen" is a number; "dozens" is vague and never reaches here.
  const dz = /^(\w+) dozen$/.exec(t);
  if (dz?.[1] && dz[1] in WORDS) return (WORDS[dz[1]] ?? 0) * 12;
  // "two hundred", "one hundred and twenty", "a hundred".
  const h = /^(\w+) hundred(?: (?:and )?(.+))?$/.exec(t);
  if (h && h[1]) {
    const head = h[1] === 'a' ? 1 : parseNumber(h[1]);
    const tail = h[2] ? parseNumber(h[2]) : 0;
    return head !== null && tail !== null ? head * 100 + tail : null;
  }
  if (/^\d/.test(t)) return Number(t.replace(/,/g, ''));
  if (t in WORDS) return WORDS[t] ?? null;
  const m = /^(\w+)-(\w+)$/.exec(t);
  if (m && m[1] && m[2] && m[1] in WORDS && m[2] in WORDS) return (WORDS[m[1]] ?? 0) + (WORDS[m[2]] ?? 0);
  return null;
}

function qualifierOf(q: string | undefined): Qualifier {
  switch ((q ?? '').trim()) {
    case 'at least':
    case 'no fewer than':
    case 'not less than':
    case 'at least another':
      return Qualifier.AT_LEAST;
    case 'more than':
    case 'over':
    case 'well over':
    case 'just over':
    case 'upwards of':
    case 'in excess of':
      return Qualifier.MORE_THAN;
    case 'about':
    case 'nearly':
    case 'some':
    case 'around':
    case 'almost':
    case 'approximately':
    case 'roughly':
    case 'an estimated':
    case 'as many as':
    case 'close to':
    case 'just under':
    case 'up to':
      return Qualifier.ABOUT;
    default:
      return Qualifier.EXACT;
  }
}

interface Hit {
  at: number;
  n: number;
  q: Qualifier;
  /** Children among a list of victims ("a girl and her grandmother"). */
  kids?: number;
}

/** "a guard", "an elderly man", "a 60-year-old caretaker": one person, the only way a bare "a" counts. */
const A_PERSON =
  /^an?\s+(?:hundred\b|(?:(?:elderly|old|young|little|small|local|pregnant|teenage|civilian|rebel|opposition|government|regime|displaced|female|male|\d+-year-old|[a-z]+-year-old)\s+){0,2}(?:guard|driver|occupant|passenger|villager|labou?rer|official|elder|man|woman|mother|father|child|boy|girl|soldier|civilian|person|volunteer|worker|nurse|doctor|surgeon|paramedic|medic|rescuer|fighter|pilot|baby|infant|toddler|teenager|caretaker|janitor|teacher|student|pupil|farmer|shepherd|baker|vendor|shopkeeper|merchant|resident|journalist|photographer|cameraman|reporter|imam|pharmacist|policeman|officer|commander|engineer|employee|passer-by|pedestrian|motorist|patient|relative|neighbou?r|son|daughter|brother|sister|girl)\b)/;

/**
 * Patterns that open with an optional qualifier and a number (`\b${QUAL}…${NUM}`) are the costliest
 * to scan: a plain global search tries them at every word boundary. Such a match can only start where
 * a qualifier or a number word begins, or at the end of the word before one (the qualifier being
 * absent, `\s*` and an optional quote take the gap). `countStarts` finds those places with one scan of
 * the clause, and the pattern is tried there alone (a sticky copy), in order and without overlap, as
 * the global search would: the same matches, far fewer attempts.
 */
// (a qualifier's whole phrase, not its first word: "in" alone, "at", "as", "up", "no" cannot open a count)
const COUNT_TOKEN = /\b(?:\d|(?:at least|no fewer than|not less than|more than|well over|just over|just under|upwards of|in excess of|over|about|close to|nearly|some|around|almost|approximately|roughly|up to|as many as|an|another|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|half|single)(?![a-z]))/g;
const WORD_CHAR = /\w/;
const COUNT_FIRST_PREFIX = String.raw`\b${QUAL}`;

export function countStarts(text: string): number[] {
  const out: number[] = [];
  COUNT_TOKEN.lastIndex = 0;
  for (let m = COUNT_TOKEN.exec(text); m; m = COUNT_TOKEN.exec(text)) {
    const t = m.index;
    let w = t;
    while (w > 0 && !WORD_CHAR.test(text[w - 1]!)) w--;
    if (w > 0 && w < t) out.push(w);
    out.push(t);
  }
  // Already ascending except where a word-end candidate repeats; keep each once, in order.
  return out.filter((x, i) => i === 0 || x > out[i - 1]!);
}

const stickyCopies = new Map<RegExp, RegExp | null>();
/** The sticky copy of a count-first pattern, or null for any other pattern. */
function stickyCopy(re: RegExp): RegExp | null {
  let c = stickyCopies.get(re);
  if (c === undefined) {
    c = re.source.startsWith(COUNT_FIRST_PREFIX) ? new RegExp(re.source, re.flags.replace('g', '') + 'y') : null;
    stickyCopies.set(re, c);
  }
  return c;
}

let stickyScan = true;
let patternGates = true;
/** Runs `fn` with every pattern scanned globally and no pattern gates, as before `countStarts`: for the test that both agree. */
export function withGlobalScan<T>(fn: () => T): T {
  stickyScan = false;
  patternGates = false;
  try {
    return fn();
  } finally {
    stickyScan = true;
    patternGates = true;
  }
}

/**
 * The first match of a global pattern in `text`, left to right as `re.exec` in a loop would give them,
 * that starts before `limit` and for which `accept` gives a hit.
 */
function firstMatch(re: RegExp, text: string, starts: () => number[], limit: number, accept: (m: RegExpExecArray) => Hit | null): Hit | null {
  const sticky = stickyScan ? stickyCopy(re) : null;
  if (!sticky) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m && m.index < limit; m = re.exec(text)) {
      const hit = accept(m);
      if (hit) return hit;
    }
    return null;
  }
  let from = 0;
  for (const at of starts()) {
    if (at >= limit) return null;
    if (at < from) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (!m) continue;
    from = at + m[0].length;
    const hit = accept(m);
    if (hit) return hit;
  }
  return null;
}

/** Where `tok` first stands as a whole word in `text` (as a search for `\btok\b` would find it), or -1. */
function wordAt(text: string, tok: string): number {
  for (let i = text.indexOf(tok); i >= 0; i = text.indexOf(tok, i + 1)) {
    const before = i === 0 ? '' : text[i - 1]!;
    const after = text[i + tok.length] ?? '';
    const edgeBefore = WORD_CHAR.test(tok[0]!) !== WORD_CHAR.test(before);
    const edgeAfter = WORD_CHAR.test(tok[tok.length - 1]!) !== WORD_CHAR.test(after);
    if (edgeBefore && edgeAfter) return i;
  }
  return -1;
}

/**
 * The leftmost hit of any of `patterns` (the earlier pattern on a tie). Each pattern is scanned only up
 * to the best hit so far: a later match could not be further left.
 */
function firstHit(text: string, patterns: RegExp[], numGroup = 2, qualGroup = 1): Hit | null {
  let best: Hit | null = null;
  let starts: number[] | null = null;
  const lazyStarts = (): number[] => (starts ??= countStarts(text));
  const accept = (m: RegExpExecArray): Hit | null => {
    const tok = m[numGroup];
    if (!tok) return null;
    // "a" only counts next to a person noun ("a guard", "a child"), never "a number of".
    const tokAt = m.index + Math.max(0, wordAt(m[0], tok));
    if ((tok === 'a' || tok === 'an') && !A_PERSON.test(text.slice(tokAt, tokAt + 40))) return null;
    let n = parseNumber(tok);
    if (n === null) return null;
    if (/^an?\s+man\s+and\s+his\s+(?:son|daughter|wife|brother)\b/.test(text.slice(tokAt, tokAt + 30))) n = 2;
    // "a mother and her four children": the parent and the children.
    const kin = /^an?\s+(?:mother|father|woman|man)\s+and\s+(?:her|his)\s+(\w+)\s+(?:children|sons|daughters|kids)\b/.exec(text.slice(tokAt, tokAt + 50));
    if (kin?.[1]) {
      const k = parseNumber(kin[1]);
      if (k !== null) n = k + 1;
    }
    return { at: m.index, n, q: qualifierOf(m[qualGroup]) };
  };
  for (const re of patterns) {
    const gate = PATTERN_GATE.get(re);
    if (gate && patternGates && !gate.test(text)) continue;
    const hit = firstMatch(re, text, lazyStarts, best ? best.at : Infinity, accept);
    if (hit) best = hit;
  }
  return best;
}

/** Words without which a clause gives no figure (a cheap gate before the toll patterns). */
const CASUALTY_WORD = /kill|dead|die|death|wound|injur|hurt|toll|bod(?:y|ies)|casualt|lives|martyr|fatalit|victim|losses|\blos(?:t|ing|es?)\b|hospitali|treat|left|leaving|(?:taken|rushed|brought|transferred|evacuated|admitted) to |\bput(?:s|ting)? (?:it|that|the (?:figure|number|count|tally)) /;

/** "Source: as many as 19.", "as many as 19": the whole entry is one number (a line of a toll list). */
const BARE_TOLL = new RegExp(String.raw`^(?:[^:]{1,80}:)?\s*${QUAL}(?!(?:19|20)\d\d\b)${NUM}\s*\.?\s*$`, 'g');

/**
 * "VDC documented 41.", "The group named five.": a counting verb whose object is a bare number ending the
 * clause, as monitors' tallies are told one after another; the dead are what is counted.
 */
const COUNTED_BARE = new RegExp(String.raw`\b(?:recorded|registered|counted|documented|named|verified|listed|identified)\s+${QUAL}(?!(?:19|20)\d\d\b)${NUM}\s*[.;]?\s*$`, 'g');
/** A verb that moves a running count: "raised its toll", "revised its count", "bringing the death toll to 21". */
const RAISED = String.raw`(?:raised|raises|raising|revised|revises|revising|updated|updates|updating|increased|lifted|brought|brings|bringing|took|takes|taking|pushed|pushes|pushing)`;
/**
 * A count named by its noun alone, updated: "the number had climbed to seven", "raised its own count to 12",
 * "SCD's latest figure is 11". The dead are what such a running count counts.
 */
const COUNT_UPDATE = new RegExp(
  String.raw`\b(?:the\s+(?:number|count|tally|figure)(?!\s+of)\s+(?:has\s+|had\s+|have\s+)?(?:now\s+)?(?:rose|risen|climbed|increased|jumped|grown|grew)\s+to|${RAISED}\s+(?:its|their|his|her|the)\s+(?:own\s+)?(?:(?:overall|total|death|civilian|final)\s+){0,2}(?:count|toll|tally|figure)\s+(?:(?:up|upwards?|down|downwards?|again|further)\s+)?(?:(?:late\s+|early\s+)?on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+)?to|${RAISED}\s+the\s+number\s+of\s+(?:people\s+|civilians\s+)?(?:dead|deaths|killed|victims|fatalities)\s+to|(?:latest|new|final|updated|revised)\s+(?:figure|count|tally)\s+(?:is|was|stands\s+at|stood\s+at))\s+${QUAL}(?!(?:19|20)\d\d\b)${NUM}\b(?!\s*(?:%|per\s?cent|km|kilomet|miles|hours|days|weeks|months|years|million|billion))(?!\s+(?!(?:since|after|on|in|by|as|when|and|or|but|while|with|from|at|over|according|dead|killed|deaths|people|civilians|victims|so)\b)[a-z])`,
  'g',
);
const COUNT_UPDATE_GATE = /\b(?:number|count|tally|figure|toll)\b/;
const COUNTED_GATE = /\b(?:recorded|registered|counted|documented|named|verified|listed|identified)\s/;

/** "the toll rose to 14", "the death toll stands at 23": the latest count. */
const TOLL_NOW = new RegExp(String.raw`\b(?:toll|(?:our|their|its)\s+(?:number|count|tally|figure)(?!\s+of\b)|number of (?:people |civilians |[a-z]+ soldiers )?(?:killed|dead|martyred))\b[^.;]{0,200}?(?:(?:rose|risen|climbed|climbs|rises|increased|stood|stands|standing|remained|remains|jumped|grew|soared)\s+(?:to|at)|revised\s+(?:up|down|upwards?|downwards?)?\s*to|reached|reaches|(?:is|was)(?:\s+now)?(?=\s+(?:at least|more than|over|about|nearly|some|around|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)\b)))\s+${QUAL}(?!(?:19|20)\d\d\b)${NUM}`, 'g');

/** People counted one by one: "a nurse", "two staff members", "an elderly man", "their mother". */
const PERSON = String.raw`(?:people|persons?|civilians?|children|child|men|man|women|woman|boys?|girls?|grand(?:mother|father|son|daughter|children|child)s?|porters?|cleaners?|technicians?|labou?rers?|uncles?|aunts?|cousins?|nephews?|nieces?|soldiers?|fighters?|guards?|nurses?|doctors?|patients?|volunteers?|workers?|staff(?:\s+members?)?|members?|rescuers?|paramedics?|medics?|drivers?|teachers?|students?|pupils?|farmers?|shepherds?|brothers?|sisters?|sons?|daughters?|relatives?|residents?|babies|baby|infants?|teenagers?|passengers?|occupants?|neighbou?rs?|mother|father|wife|husband)`;

/**
 * A word a pattern cannot match without, tested on the whole clause before the pattern is scanned (a
 * few plain tests are far cheaper than trying a count-first pattern at every number).
 */
const PATTERN_GATE = new Map<RegExp, RegExp>();
function needs(gate: RegExp, re: RegExp): RegExp {
  PATTERN_GATE.set(re, gate);
  return re;
}

const KILLED: RegExp[] = [
  // "killed a family of five", "wiping out an entire family of seven".
  needs(/family/, new RegExp(String.raw`\b(?:kill(?:ed|ing|s)|left\s+dead)\s+(?:an?\s+(?:entire\s+|whole\s+)?|the\s+)family\s+of\s+${QUAL}${NUM}\b`, 'g')),
  needs(/\bboth\b/, new RegExp(String.raw`\b(?:kill(?:ed|ing|s))\s+()(both)\s+(?:pilots|crew members|soldiers|men|brothers|parents|children|occupants|drivers)\b`, 'g')),
  needs(/kill|left|leaving/, new RegExp(String.raw`\b(?:kill(?:ed|ing|s)|left|leaving)\s+"?${QUAL}"?${NUM}\b(?:\s+(?:people|civilians|members|men|women|soldiers|fighters|man|woman)\b)?(?:\s+and\s+his\s+\w+)?`, 'g')),
  // "killing its two occupants", "killed their three crew members": a number after a possessive.
  needs(/kill/, new RegExp(String.raw`\bkill(?:ed|ing|s)\s+(?:its|their|his|her)\s+${QUAL}${NUM}\s+(?:[a-z-]+\s+)?(?:occupants|passengers|crew(?:\s+members)?|members|soldiers|fighters|guards|children|sons|daughters|brothers|relatives|staff|workers|volunteers|pilots|drivers)\b`, 'g')),
  // "killing the driver", "killed the young shepherd": one person named with "the".
  needs(/kill/, new RegExp(String.raw`\bkill(?:ed|ing|s)\s+()(the|its|their)\s+(?:[a-z-]+\s+)?(?:driver|paramedic|medic|nurse|guard|doctor|surgeon|pilot|imam|muezzin|teacher|owner|baker|shopkeeper|caretaker|janitor|watchman|shepherd|farmer|man|woman|boy|girl|commander)\b(?!\s+and\s+(?:a|an|the|his|her|their|its|one|two|three|\d)\b|['’]s)`, 'g')),
  needs(/killed|dead|martyred/, new RegExp(String.raw`\b${QUAL}${NUM}(?:\s+(?!(?:after|before|when|and|of|in|were|was|had|have)\b)[a-z-]+){0,3}?(?:,[^,]{0,50},|\s*\([^)]{0,50}\)|\s+[—\x97–\x96][^—\x97–\x96]{0,50}[—\x97–\x96])?\s+(?:were|have been|had been|was|has been|are)\s+(?:killed|dead|martyred)`, 'g')),
  // "four people have now died".
  // "four of its fighters died": the victims named by the group they belong to (as "one of its guards was killed").
  needs(/died/, new RegExp(String.raw`\b${QUAL}${NUM}(?:\s+of\s+(?:its|their|his|her|our)\s+[a-z-]+|(?:\s+[a-z-]+){0,2})(?:,[^,]{0,50},)?\s+(?:had\s+|have\s+|has\s+)?(?:now\s+|since\s+|also\s+|later\s+|reportedly\s+|subsequently\s+)?died\b`, 'g')),
  // "one of the clinic's guards was killed": one person, named by the group they belong to.
  needs(/killed|martyred/, new RegExp(String.raw`\b()(one)\s+of\s+(?:the|its|their|his|her|our)\s+(?:[a-z'-]+\s+){0,3}?(?:was|has been|had been)\s+(?:killed|martyred)\b`, 'g')),
  // "Twenty-eight of the victims were killed in north-west Syria": the part of a wider toll killed there.
  needs(/of (?:the|those|these) (?:victims|dead|civilians|people) (?:were|had been|have been) killed/, new RegExp(String.raw`\b${QUAL}(?!(?:19|20)\d\d\b)${NUM}\s+of\s+(?:the|those|these)\s+(?:victims|dead|civilians|people)\s+(?:were|had\s+been|have\s+been)\s+killed\b`, 'g')),
  // "held government forces responsible for 193 of the deaths".
  // ("every one of these deaths" counts none)
  needs(/deaths|killings|fatalities/, new RegExp(String.raw`\b${QUAL}(?<!\b(?:every|each|any)\s+)(?!(?:19|20)\d\d\b)${NUM}\s+of\s+(?:the|those|these)\s+(?:deaths|killings|fatalities)\b`, 'g')),
  needs(/toll|number of|(?:our|their|its) (?:number|count|tally|figure)/, TOLL_NOW),
  // "fatalities numbered 11".
  needs(/fatalities|deaths|dead/, new RegExp(String.raw`\b(?:fatalities|deaths|the dead)\s+(?:numbered|totalled|totaled|number|total)\s+${QUAL}${NUM}`, 'g')),
  // "put the final toll at 15", "has put the death toll from the strike at four", "put the Atarib toll at 12", "put its own toll at 9",
  // "put Monday's toll at seven".
  needs(/\bput/, new RegExp(String.raw`\b(?:put|puts|putting)\s+(?:(?:the|its|their|his|her)\s+(?:own\s+)?(?:[a-z][\w'-]+\s+)?|[a-z]+'s\s+)(?:(?:death|final|new|latest|revised|overall|total|civilian)\s+){0,2}toll\s+(?:(?:from|in|of|for)\s+[^.;,]{1,40}?\s+)?(?:(?:higher|lower),?\s+)?at\s+${QUAL}${NUM}`, 'g')),
  // "gave a lower toll, and the monitor put it at five": "it" is the toll.
  needs(/\bput/, new RegExp(String.raw`\b(?:put|puts|putting)\s+(?:it|that|the (?:figure|number|count|tally))\s+(?:(?:higher|lower),?\s+)?at\s+${QUAL}${NUM}\b(?!\s*(?:%|per\s?cent|km|kilomet|miles|metres|meters|hours|days|weeks|months|years|million|billion))`, 'g')),
  needs(/toll/, new RegExp(String.raw`\b(?:death\s+)?toll\s+of\s+${QUAL}${NUM}`, 'g')),
  needs(/bodies/, new RegExp(String.raw`\b(?:recovered|pulled out|pulling out|retrieved|found)\s+${QUAL}${NUM}\s+bodies`, 'g')),
  needs(/bodies/, new RegExp(String.raw`\b${QUAL}${NUM}\s+bodies`, 'g')),
  needs(/bodies/, new RegExp(String.raw`\bbodies\s+of\s+${QUAL}${NUM}\b`, 'g')),
  // "claimed the lives of six civilians", "six civilians lost their lives".
  needs(/lives/, new RegExp(String.raw`\b(?:claimed|took|cost)\s+the\s+lives\s+of\s+${QUAL}${NUM}\b`, 'g')),
  // "claimed at least 10 lives", "cost seven civilian lives".
  needs(/lives/, new RegExp(String.raw`\b(?:claimed|claiming|took|taking|cost|costing)\s+${QUAL}${NUM}\s+(?:[a-z]+\s+)?lives\b`, 'g')),
  needs(/lives/, new RegExp(String.raw`\b${QUAL}${NUM}\s+(?:[a-z-]+\s+){0,2}lost\s+their\s+lives\b`, 'g')),
  // "three members of one family, including two children, were killed", "seven civilians from one family had died", "Six members of
  // the al-Sayed family died".
  needs(/family/, new RegExp(String.raw`\b${QUAL}${NUM}\s+(?:members|people|civilians|relatives)\s+(?:of|from)\s+(?:one|the same|a single|an?|the\s+(?:al-|el-)?[a-z'-]+)\s+(?:[a-z]+\s+)?family(?:,[^,]{0,50},)?\s+(?:(?:were|have been|had been)\s+(?:killed|martyred)|(?:(?:have|had)\s+)?died\b)`, 'g')),
  needs(/death|killing/, new RegExp(String.raw`\b(?:deaths?|killings?)\s+of\s+${QUAL}${NUM}`, 'g')),
  // A toll in list form: "The Civil Defence: 15 killed, including four children", "… and 3 dead".
  // (or a table's cell: "Kansafra — 12 October — 3 killed — 5 injured")
  needs(/killed|dead/, new RegExp(String.raw`(?:^|[:;(—\x97–\x96|]\s*|\s-\s+|,\s+|\band\s+|\bwith\s+|\btoll\s+(?:now\s+)?)${QUAL}(?!(?:19|20)\d\d\b)${NUM}\s+(?:killed|dead)\b`, 'g')),
  // The same with the victims named: "; two staff killed, eight wounded", "; both crew members killed".
  needs(/killed|dead/, new RegExp(String.raw`(?:^|[:;(]\s*|,\s+|\bwith\s+)${QUAL}(?!(?:19|20)\d\d\b)(\d+|both|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:(?:staff|crew|family|medical|civilian|rescue|aid|health)\s+)?(?!child|bab|boy|girl|infant)${PERSON}\s+(?:killed|dead)\b`, 'g')),
  needs(/documented/, new RegExp(String.raw`\bdocumented\s+${QUAL}${NUM}\s+deaths`, 'g')),
  // "Nine martyrs so far": the dead named as martyrs.
  needs(/martyrs/, new RegExp(String.raw`\b${QUAL}(?!(?:19|20)\d\d\b)${NUM}\s+(?:[a-z]+\s+)?martyrs\b`, 'g')),
  // "recorded 18 civilian deaths", "put the number of crew killed at three", "put the dead at 44".
  needs(/deaths/, new RegExp(String.raw`\b(?:recorded|registered|counted|documented)\s+${QUAL}${NUM}\s+(?:[a-z]+\s+)?deaths`, 'g')),
  // "18 civilian deaths in that attack".
  needs(/deaths|fatalities/, new RegExp(String.raw`\b${QUAL}${NUM}\s+(?:civilian\s+|more\s+|further\s+|new\s+)?(?:deaths|fatalities)\b`, 'g')),
  needs(/\bput/, new RegExp(String.raw`\b(?:put|puts|putting)\s+the\s+(?:(?:number|count|tally)\s+of\s+(?:[a-z]+\s+){0,2}?)?(?:dead|killed|deaths|fatalities)\s+at\s+${QUAL}${NUM}`, 'g')),
  needs(/dead/, new RegExp(String.raw`\b${QUAL}${NUM}\s+(?!of\s)(?:[a-z]+\s+){0,2}dead\b`, 'g')),
  // "has lost more than 80 volunteers", "lost two of its fighters": people a group or family lost.
  needs(/\blos/, new RegExp(String.raw`\b(?:lost|losing|loses|lose)\s+${QUAL}${NUM}\s+(?:of\s+(?:its|their|our|his|her)\s+)?(?:[a-z-]+\s+)?${PERSON}\b`, 'g')),
  // "reported one person killed"
  needs(/killed|dead/, new RegExp(String.raw`\b${QUAL}${NUM}\s+(?:[a-z-]+\s+)?(?:people|persons?|civilians?|soldiers|servicemen|troops|fighters|members)\s+(?:killed|dead)\b`, 'g')),
];
const INJURED: RegExp[] = [
  // "the number of wounded rose to 40", "the wounded numbered 30".
  needs(/wounded|injured/, new RegExp(String.raw`\b(?:number of (?:people |civilians )?(?:wounded|injured)|the wounded|the injured)\s+(?:has\s+|had\s+)?(?:(?:rose|risen|climbed|increased|stood|stands)\s+(?:to|at)|reached|numbered|totalled|totaled)\s+${QUAL}${NUM}`, 'g')),
  // "wounding three of her relatives" counts the wounded; "wounding two of its volunteers" is partial.
  needs(/wound|injur|hurt/, new RegExp(String.raw`\b(?:wound(?:ed|ing|s)|injur(?:ed|ing|es)|hurt(?:ing)?)\s+${QUAL}${NUM}\b(?!\s+(?:times|hours|minutes|of(?!\s+(?:her|his|their)\s+(?:relatives|family|children|sons|daughters|brothers|sisters|neighbou?rs|parents|grandchildren)\b))\b)`, 'g')),
  // "wounded her four children", "injuring its two occupants": a number after a possessive.
  needs(/wound|injur/, new RegExp(String.raw`\b(?:wound(?:ed|ing|s)|injur(?:ed|ing|es))\s+(?:its|their|his|her)\s+${QUAL}${NUM}\s+(?:[a-z-]+\s+)?(?:occupants|passengers|crew(?:\s+members)?|members|soldiers|fighters|guards|children|sons|daughters|brothers|sisters|relatives|staff|workers|volunteers|pilots|drivers)\b`, 'g')),
  // "five others, among them a child, were injured".
  needs(/wounded|injured|hurt|hospitali/, new RegExp(String.raw`\b${QUAL}"?${NUM}"?\s+${NOUN}(?:others\s*|[a-z-]+(?=,))?(?:,[^,]{0,50},\s*(?:were|have been|had been)\s+|were\s+|have\s+been\s+|had\s+been\s+|was\s+)?(?:(?:also|later|reportedly|all)\s+)?(?:(?:lightly|slightly|seriously|severely|critically|badly|moderately)\s+)?(?:wounded|injured|hurt|hospitali[sz]ed)\b`, 'g')),
  // "Some thirty people were taken to hospitals": the wounded, counted by where they were taken.
  needs(/taken|rushed|brought|transferred|evacuated|admitted/, new RegExp(String.raw`\b${QUAL}${NUM}\s+(?:people|persons|civilians|others|patients|casualties)\s+(?:were|had\s+been|have\s+been)\s+(?:taken|rushed|brought|transferred|evacuated|admitted)\s+to\s+(?:a\s+|the\s+|nearby\s+|several\s+)*(?:hospitals?|clinics?|field\s+hospitals?)\b`, 'g')),
  // "some 40 people were being treated in hospitals".
  needs(/treated|treatment/, new RegExp(String.raw`\b${QUAL}${NUM}\s+(?:people|persons|civilians|others|patients)\s+(?:were|are|had been|have been)\s+(?:being\s+)?(?:treated|receiving treatment)\b`, 'g')),
  // "34 were treated for wounds".
  needs(/treated/, new RegExp(String.raw`\b${QUAL}${NUM}\s+(?:(?:people|persons|civilians|others|patients)\s+)?(?:were|are|had been|have been)\s+(?:being\s+)?treated\s+for\s+(?:[a-z]+\s+)?(?:wounds|injuries|burns)\b`, 'g')),
  // "two staff members suffered minor injuries"
  needs(/suffered|sustained/, new RegExp(String.raw`\b${QUAL}${NUM}\s+${NOUN}(?:suffered|sustained)\s+(?:[a-z]+\s+)?(?:injuries|wounds)\b`, 'g')),
  needs(/wounded|injured/, new RegExp(String.raw`\band\s+${QUAL}${NUM}\s+(?:wounded|injured)\b`, 'g')),
  // "put the number of wounded at six", "put the wounded at 30", as "put the number of dead at".
  needs(/\bput/, new RegExp(String.raw`\b(?:put|puts|putting)\s+the\s+(?:(?:number|count|tally)\s+of\s+(?:[a-z]+\s+){0,2}?)?(?:wounded|injured)\s+at\s+${QUAL}${NUM}`, 'g')),
  // "the injury of more than 11 others" (as "the death of five civilians"), "injuries to 21 others".
  needs(/injur|wounding/, new RegExp(String.raw`\b(?:injur(?:y|ies)|wounding)\s+(?:of|to)\s+${QUAL}${NUM}`, 'g')),
];
const CHILDREN: RegExp[] = [
  needs(/mother|father|woman|man|parent/, new RegExp(String.raw`\b(?:mother|father|woman|man|parents?)\s+and\s+(?:her|his|their)\s+()${NUM}\s+(?:(?:young|little|small|infant)\s+)?(?:children|kids|daughters|sons)\b`, 'g')),
  needs(/including|among/, new RegExp(String.raw`\b(?:including|among them|among whom)\s+${QUAL}${NUM}\s+(?:(?:little|small|young|teenage|baby|\d+-year-old|[a-z]+-year-old)\s+)?(?:children|child|minors|boys?|girls?|babies|baby|infants?|toddlers?)\b`, 'g')),
  needs(/of them/, new RegExp(String.raw`\b${QUAL}${NUM}\s+of\s+them\s+(?:children|minors)\b`, 'g')),
  // "four of the dead were children", "at least four of those killed were children".
  needs(/of (?:the|those) /, new RegExp(String.raw`\b${QUAL}${NUM}\s+of\s+(?:the|those)\s+(?:dead|killed|victims|fatalities|people\s+killed)\s+(?:were|was)\s+(?:children|minors|a\s+child)\b`, 'g')),
  needs(/includ/, new RegExp(String.raw`\b(?:dead|victims|those killed|fatalities)\s+(?:included|include|includes)\s+${QUAL}${NUM}\s+children\b`, 'g')),
  needs(/the dead/, new RegExp(String.raw`\b(?:among the dead|the dead)\s+(?:were|was|included)\s+(?:[a-z]+\s+){0,4}?(?:and\s+)?${QUAL}${NUM}\s+(?:children|child)\b`, 'g')),
  needs(/among|including/, new RegExp(String.raw`\b(?:among\s+them|including)\s+(?:[a-z]+\s+){0,3}and\s+${QUAL}${NUM}\s+(?:children|child)\b`, 'g')),
  // ("two children were among five people killed", "… among the seven civilians killed")
  needs(/among/, new RegExp(String.raw`\b${QUAL}${NUM}\s+(?:child|children)\s+(?:was|were)\s+among\s+(?:the\s+dead|those\s+killed|the\s+victims|the\s+fatalities|(?:the\s+)?(?:(?:at\s+least\s+)?[\w-]+\s+)?(?:people|civilians|persons)\s+(?:killed|who\s+(?:were\s+killed|died)))`, 'g')),
];
/** A toll made up only of children fills both killed and children: "killed two children", "a child was killed". */
const CHILD_ONLY: RegExp[] = [
  // "put the toll at as many as four children".
  needs(/\bput/, new RegExp(String.raw`\b(?:put|puts|putting)\s+the\s+(?:death\s+)?(?:toll|figure|number)\s+at\s+${QUAL}${NUM}\s+(?:children|boys|girls)\b`, 'g')),
  needs(/bodies/, new RegExp(String.raw`\bbodies\s+of\s+${QUAL}${NUM}\s+(?:children|child|boys?|girls?)\b`, 'g')),
  // ("killed or injured" is a count of casualties, not of the dead)
  needs(/killed/, new RegExp(String.raw`\b${QUAL}${NUM}\s+(?:children|child|boys?|girls?)\s+(?:had\s+been|have\s+been|were|was)\s+killed(?!\s+or\s+(?:injured|wounded|maimed|hurt))`, 'g')),
  needs(/died/, new RegExp(String.raw`\b${QUAL}${NUM}\s+(?:children|child|boys?|girls?)\s+(?:had\s+|have\s+)?died\b`, 'g')),
  // "confirmed three children dead and eight injured".
  needs(/dead|killed/, new RegExp(String.raw`\b${QUAL}${NUM}\s+(?:children|boys|girls)\s+(?:dead|killed)\b(?!\s+or\s+(?:injured|wounded|maimed|hurt))`, 'g')),
  needs(/kill/, new RegExp(String.raw`\bkill(?:ed|ing|s)\s+${QUAL}${NUM}\s+(?:children|child|boys?|girls?)\b`, 'g')),
];

const ZERO_ALL = /\b(?:(?:no one|nobody) (?:was|were|had been) (?:killed|hurt|injured|wounded) or (?:killed|hurt|injured|wounded)|no (?:[a-z]+ )?(?:troops|soldiers|servicemen|personnel|staff|crew|people) (?:was|were|had been) (?:hurt|injured|wounded)|no casualties|without (?:causing |inflicting )?(?:any )?casualties|no one (?:was|had been) (?:hurt|injured)|nobody (?:was|had been) (?:hurt|injured)|no injuries or deaths|no deaths or injuries|caused no casualties|without casualties|no (?:one|body) was hurt)\b/;
/** "Nobody was killed there, but a dozen were wounded": a zero for the dead only; the wounded are still counted. */
const ZERO_KILLED = /\bno\s+(?:[a-z]+\s+)?(?:losses|deaths|fatalities)\b|\b(?:denied|denies|deny|denying)\s+(?:suffering\s+|having\s+suffered\s+)?any\s+(?:[a-z]+\s+)?losses\b/;
const NOBODY_KILLED = /\b(?:no[- ]one|nobody|none|no (?:[a-z]+ )?(?:troops|soldiers|servicemen|personnel|staff|crew|people)) (?:(?:was|were|had been) killed|died|had died)\b|\bkill(?:ed|ing|s) (?:no[- ]one|nobody)\b/;

/** One person named with "the" in a list of victims ("the driver and a paramedic"). */
const THE_ONE = String.raw`the\s+(?:[a-z-]+\s+)?(?:driver|paramedic|medic|nurse|guard|doctor|surgeon|pilot|imam|muezzin|teacher|owner|baker|shopkeeper|caretaker|janitor|watchman|father|mother|son|daughter|wife|husband|boy|girl|man|woman|child|baby|grandmother|grandfather)(?![a-z])`;
const ELEM = String.raw`(?:${THE_ONE}|(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[a-z-]+\s+)?${PERSON}|(?:his|her|their)\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:(?:young|little|small|baby|infant|teenage|elderly|two-year-old|[a-z]+-year-old)\s+)?${PERSON})`;
const LIST = String.raw`(${ELEM}(?:,\s+${ELEM}){0,4},?\s+and\s+${ELEM})`;
/** "killed a nurse and a guard", "two staff members and a patient were killed": the victims listed one by one. */
const KILLED_LIST: RegExp[] = [
  new RegExp(String.raw`\b(?:kill(?:ed|ing|s)|left\s+dead)\s+${LIST}`, 'g'),
  new RegExp(String.raw`(?:^|[^a-z-])${LIST}\s+(?:were|have been|had been|are)\s+(?:killed|martyred)\b`, 'g'),
  // "three patients and two nurses died".
  new RegExp(String.raw`(?:^|[^a-z-])${LIST}\s+(?:had\s+|have\s+)?died\b`, 'g'),
  // "the dead were four children and two women" (all of them; "the dead included …" is a partial count).
  new RegExp(String.raw`(?<!\bamong\s)\b(?:the dead|those killed|the victims)\s+(?:were|are)\s+${LIST}`, 'g'),
];

/** Sum of a listed group: "a nurse and a guard" = 2, "two staff members and a patient" = 3, "a man and his son" = 2; and the children in it. */
function listCount(list: string): { n: number; kids: number } | null {
  let total = 0;
  let kids = 0;
  for (const part of list.split(/\s*,\s*(?:and\s+)?|\s+and\s+/)) {
    const tok = /^(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|his|her|their|the)\b(?:\s+(\d+|two|three|four|five|six|seven|eight|nine|ten)\b)?/.exec(part.trim());
    if (!tok?.[1]) return null;
    const n = tok[1] === 'the' ? 1 : /^(?:his|her|their)$/.test(tok[1]) ? (tok[2] ? parseNumber(tok[2]) : 1) : parseNumber(tok[1]);
    if (n === null) return null;
    total += n;
    if (/\b(?:child|children|grandchild(?:ren)?|boys?|girls?|bab(?:y|ies)|infants?)$|\b(?:young|little|small|baby|infant)\s+(?:grand)?(?:sons?|daughters?)$/.test(part.trim())) kids += n;
  }
  return { n: total, kids };
}

/** A generic count followed by a list naming the same people: "two people, a nurse and a porter". */
const APPOSITIVE_LIST = /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:people|persons|civilians|others|men|women)\s*,\s+(?:an?|one|two|three|his|her|their)\s/;

/** "wounding three nurses and a porter": the wounded listed one by one. */
const INJURED_LIST: RegExp[] = [
  new RegExp(String.raw`\b(?:wound(?:ed|ing|s)|injur(?:ed|ing|es))\s+${LIST}`, 'g'),
  new RegExp(String.raw`(?:^|[^a-z-])${LIST}\s+(?:were|have been|had been)\s+(?:(?:lightly|slightly|seriously|severely|critically|badly)\s+)?(?:wounded|injured|hurt)\b`, 'g'),
];

function listHit(text: string, lists: RegExp[] = KILLED_LIST): Hit | null {
  let best: Hit | null = null;
  for (const re of lists) {
    // (leftmost wins: a pattern is scanned only up to the best hit so far)
    re.lastIndex = 0;
    for (let m = re.exec(text); m && (!best || m.index < best.at); m = re.exec(text)) {
      const c = m[1] ? listCount(m[1]) : null;
      if (c !== null) {
        best = { at: m.index, n: c.n, q: Qualifier.EXACT, kids: c.kids };
        break;
      }
    }
  }
  return best;
}

/**
 * A word every pattern of a list needs, tested before the list's patterns run: most clauses lack it,
 * and the patterns, which start with an optional qualifier and a number, are costly to scan.
 */
const KILLED_GATE = /kill|\bleft\b|leaving|dead|martyr|died|toll|fatalit|death|\bput|bodies|lives|\blos[tie]/;
const INJURED_GATE = /wound|injur|hurt|hospitali|treat|(?:taken|rushed|brought|transferred|evacuated|admitted) to /;
const CHILDREN_GATE = /child|kid|minor|boy|girl|bab(?:y|ies)|infant|toddler|daughters|\bsons\b/;
const CHILD_ONLY_GATE = /child|boy|girl/;
const KILLED_LIST_GATE = /kill|martyr|dead|victims|died/;

function gatedHit(text: string, gate: RegExp, patterns: RegExp[]): Hit | null {
  return gate.test(text) ? firstHit(text, patterns) : null;
}

/** A count told without a verb of killing: a toll-list entry ("SOHR: 19."), "VDC documented 41.", "the number had climbed to seven". */
function bareCount(t: string): Hit | null {
  return firstHit(t, [BARE_TOLL]) ?? (COUNTED_GATE.test(t) ? firstHit(t, [COUNTED_BARE]) : null) ?? (COUNT_UPDATE_GATE.test(t) ? firstHit(t, [COUNT_UPDATE]) : null);
}

/** "between 12 and 15" (not ages, years or distances). */
const RANGE = new RegExp(String.raw`(?<!\bag(?:ed|es(?:\s+of)?)\s)\bbetween\s+${NUM}\s+(?:and|to)\s+${NUM}\b(?!\s*(?:%|per\s?cent|km|kilomet|miles|metres|meters|hours|days|weeks|months|years|million|billion))`, 'g');

/** Extracts casualty figures from one clause. */
export function extractFigures(clause: string): Figures {
  let t = clause.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ');
  const out: Figures = { killed: null, injured: null, children: null, qualifier: null };
  // "between 12 and 15 people": a range is its lower bound, at least.
  if (t.includes('between')) t = t.replace(RANGE, (all, low: string, high: string) => {
    const a = parseNumber(low);
    const b = parseNumber(high);
    return a !== null && b !== null && a < b && b < 1000 && !/^(?:a|an|single)$/.test(low) ? `at least ${low}` : all;
  });
  // Most clauses tell no toll: without a casualty word only a bare toll-list entry can carry one.
  if (!CASUALTY_WORD.test(t)) {
    const bare = bareCount(t);
    // (a count told with no casualty word in the clause is a toll only at the scale of one attack:
    // "the number had risen to 300,000 since the offensive began" counts the displaced)
    if (bare && bare.n < 1000) {
      out.killed = bare.n;
      out.qualifier = bare.q;
    }
    return out;
  }
  if (ZERO_ALL.test(t)) {
    out.killed = 0;
    out.injured = 0;
    out.qualifier = Qualifier.EXACT;
    return out;
  }
  // "no one was killed" ("one was killed" inside it is no toll of one).
  const nobody = NOBODY_KILLED.exec(t);
  let k = nobody ? { at: nobody.index, n: 0, q: Qualifier.EXACT } : gatedHit(t, KILLED_GATE, KILLED);
  // A toll list's entry that is a bare number: "The Syrian Observatory: as many as 19."
  if (!k) k = bareCount(t);
  // "which had initially reported nine dead, said the toll had climbed to 14": the update wins.
  const now = k ? gatedHit(t, KILLED_GATE, [TOLL_NOW]) : null;
  // ("Two men died later, so our number is now eleven": an update told as now)
  if (k && now && now.at > k.at && (/\b(?:initially|originally|earlier|first|previously)\b/.test(t.slice(k.at - 40 > 0 ? k.at - 40 : 0, now.at)) || /^[^.;]{0,60}?\bis\s+now\b/.test(t.slice(now.at)))) k = now;
  // ("killed two people, a man and his wife": the list after a generic count is that count's apposition)
  const listed = / and /.test(t) && KILLED_LIST_GATE.test(t) && !APPOSITIVE_LIST.test(t) ? listHit(t) : null;
  // A list of victims starting at or before the first toll is the toll ("killed a nurse and a guard").
  if (listed && (!k || listed.at <= k.at + 12)) k = listed;
  // "120 children had been killed or injured": a count of casualties, not a death toll.
  if (k && /^[^.;]{0,60}?\bkilled\s+or\s+(?:injured|wounded|maimed|hurt)\b/.test(t.slice(k.at, k.at + 90))) k = null;
  let i = gatedHit(t, INJURED_GATE, INJURED);
  // A list of the wounded starting where the first count does is the count ("wounding three nurses and a porter").
  // ("wounding two people, a nurse and a porter": the list after a generic count is that count's apposition)
  // ("killing a man and wounding his wife and two sons": a list with no count before it is the count)
  const woundedList = / and /.test(t) && (i || /\b(?:wound(?:ed|ing)|injur(?:ed|ing))\s+(?:his|her|their)\s|\b(?:were|have been|had been)\s+(?:[a-z]+ly\s+)?(?:wounded|injured|hurt)\b/.test(t)) && !APPOSITIVE_LIST.test(t) ? listHit(t, INJURED_LIST) : null;
  if (woundedList && (!i || (woundedList.at <= i.at + 12 && woundedList.n > i.n))) i = woundedList;
  // "killing two workers and injuring a third": one more person, wounded.
  const another = /\b(?:wound(?:ed|ing)|injur(?:ed|ing))\s+a\s+(?:second|third|fourth|fifth|sixth)\b(?!\s+of\b)/.exec(t);
  if (!i && another) i = { at: another.index, n: 1, q: Qualifier.EXACT };
  // "killing a woman and wounding her husband": one relative of the victim, wounded.
  const relative = /\b(?:wound(?:ed|ing)|injur(?:ed|ing))\s+(?:her|his|their)\s+(?:(?:young|little|elderly|infant|baby|teenage)\s+)?(?:husband|wife|son|daughter|father|mother|brother|sister|child|baby|grandmother|grandfather)\b(?!\s*(?:,\s*(?:her|his|their|an?|two|three|four|\d)|and)\b)/.exec(t);
  if (!i && relative) i = { at: relative.index, n: 1, q: Qualifier.EXACT };
  const c = gatedHit(t, CHILDREN_GATE, CHILDREN);
  const only0 = gatedHit(t, CHILD_ONLY_GATE, CHILD_ONLY);
  // A list of victims ("killed a girl and her grandmother") is not a toll of children only.
  const only = only0 && !(k && k === listed && only0.at <= k.at + 2) ? only0 : null;
  if (k) out.killed = k.n;
  if (i) out.injured = i.n;
  // "five others, among them a child, were injured": children among the wounded are not among the dead.
  // "wounded six people, including two children": the children follow the wounded count, not a toll.
  const ofWounded = !!(c && i && i.at < c.at && (!k || k.at < i.at));
  // "still searching for a mother and her two sons": the missing are not a toll.
  const sought = !!(c && /\b(?:search(?:ing|es|ed)?|look(?:ing|ed)?|hunt(?:ing)?)\s+for\s+(?:an?\s+|the\s+)?$/.test(t.slice(Math.max(0, c.at - 30), c.at)));
  if (c && !ofWounded && !sought && !/^[^.;]{0,40}?\b(?:children|child|minors)\s*,?\s*(?:were|was|had been|have been)\s+(?:wounded|injured|hurt)\b/.test(t.slice(c.at, c.at + 90))) out.children = c.n;
  if (k && k === listed && out.children === null && k.kids) out.children = k.kids;
  // "received eleven of the wounded, seven of them children": a share of someone else's toll, not a toll.
  if (c && out.children !== null && /\bof\s+(?:the|those)\s+(?:wounded|injured|dead|victims|casualties)\s*,\s*$/.test(t.slice(Math.max(0, c.at - 40), c.at))) out.children = null;
  if (only && (!k || only.at <= k.at + 1)) {
    out.killed = only.n;
    out.children = only.n;
  }
  // A partial count of one group ("two of its volunteers were among the wounded") is not a toll.
  if (out.killed !== null && k && /\bof (?:its|their|his|her) [a-z]+ were among\b/.test(t.slice(k.at, k.at + 60))) out.killed = null;
  if (out.killed === null && ZERO_KILLED.test(t)) out.killed = 0;
  // "confirmed the death" (singular): one person killed.
  if (out.killed === null && /\b(?:confirmed|reported) the death\b(?!s)(?! toll)/.test(t)) out.killed = 1;
  if (out.killed !== null) out.qualifier = only && out.killed === only.n && (!k || only.at <= k.at + 1) ? only.q : (k?.q ?? Qualifier.EXACT);
  else if (out.injured !== null) out.qualifier = i?.q ?? Qualifier.EXACT;
  return out;
}

/**
 * Figures of one speech act told in two clauses: `extra` fills what `base` lacks. The qualifier follows
 * the killed figure, or the injured one when no death toll is given (as in the guidelines).
 */
export function fillMissingFigures(base: Figures, extra: Figures): Figures {
  const f = { ...base };
  if (f.killed === null && extra.killed !== null) {
    f.killed = extra.killed;
    f.qualifier = extra.qualifier;
  }
  if (f.injured === null && extra.injured !== null) {
    f.injured = extra.injured;
    if (f.killed === null) f.qualifier = extra.qualifier;
  }
  if (f.children === null) f.children = extra.children;
  return f;
}
