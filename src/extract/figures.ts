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
  hundred: 100, single: 1,
};

const UNIT = String.raw`(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)`;
const NUM = String.raw`(\d{1,3}(?:,\d{3})+|\d+|(?:a|one|two|three|four|five|six|seven|eight|nine)\s+hundred(?:\s+(?:and\s+)?${UNIT})?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a|an|single)`;
const QUAL = String.raw`(at least|no fewer than|not less than|more than|over|about|nearly|some|around|almost|approximately|roughly|up to|an estimated|another|at least another)?\s*`;
const NOUN = String.raw`(?:(?!(?:after|before|when|and|a|an|the|of|in|were|was)\s)[a-z-]+\s+){0,3}?`;

/** Parses a number token ("31", "1,500", "seven", "twenty-one", "a"). */
export function parseNumber(tok: string): number | null {
  const t = tok.toLowerCase().replace(/\s+/g, ' ');
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
      return Qualifier.MORE_THAN;
    case 'about':
    case 'nearly':
    case 'some':
    case 'around':
    case 'almost':
    case 'approximately':
    case 'roughly':
    case 'an estimated':
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
}

function firstHit(text: string, patterns: RegExp[], numGroup = 2, qualGroup = 1): Hit | null {
  let best: Hit | null = null;
  for (const re of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const tok = m[numGroup];
      if (!tok) continue;
      // "a" only counts next to a person noun ("a guard", "a child"), never "a number of".
      const tokAt = m.index + Math.max(0, m[0].search(new RegExp(`\\b${tok}\\b`)));
      if ((tok === 'a' || tok === 'an') && !/^an?\s+(?:guard|driver|man|woman|mother|father|child|boy|girl|soldier|civilian|person|volunteer|worker|nurse|doctor|fighter|pilot|baby|teenager|hundred)\b/.test(text.slice(tokAt, tokAt + 30))) continue;
      let n = parseNumber(tok);
      if (n === null) continue;
      if (/^an?\s+man\s+and\s+his\s+(?:son|daughter|wife|brother)\b/.test(text.slice(tokAt, tokAt + 30))) n = 2;
      // "a mother and her four children": the parent and the children.
      const kin = /^an?\s+(?:mother|father|woman|man)\s+and\s+(?:her|his)\s+(\w+)\s+(?:children|sons|daughters|kids)\b/.exec(text.slice(tokAt, tokAt + 50));
      if (kin?.[1]) {
        const k = parseNumber(kin[1]);
        if (k !== null) n = k + 1;
      }
      if (!best || m.index < best.at) best = { at: m.index, n, q: qualifierOf(m[qualGroup]) };
    }
  }
  return best;
}

const KILLED: RegExp[] = [
  // "killed a family of five", "wiping out an entire family of seven".
  new RegExp(String.raw`\b(?:kill(?:ed|ing|s)|left\s+dead)\s+(?:an?\s+(?:entire\s+|whole\s+)?|the\s+)family\s+of\s+${QUAL}${NUM}\b`, 'g'),
  new RegExp(String.raw`\b(?:kill(?:ed|ing|s))\s+()(both)\s+(?:pilots|crew members|soldiers|men|brothers|parents|children|occupants|drivers)\b`, 'g'),
  new RegExp(String.raw`\b(?:kill(?:ed|ing|s)|left|leaving)\s+${QUAL}${NUM}\b(?:\s+(?:people|civilians|members|men|women|soldiers|fighters|man|woman)\b)?(?:\s+and\s+his\s+\w+)?`, 'g'),
  new RegExp(String.raw`${QUAL}${NUM}(?:\s+(?!(?:after|before|when|and|of|in|were|was|had|have)\b)[a-z-]+){0,3}?(?:,[^,]{0,50},)?\s+(?:were|have been|had been|was|has been|are)\s+(?:killed|dead|martyred)`, 'g'),
  new RegExp(String.raw`${QUAL}${NUM}\s+(?:[a-z-]+\s+){0,2}(?:had\s+|have\s+)?died\b`, 'g'),
  new RegExp(String.raw`\b(?:toll|number of (?:people |civilians |[a-z]+ soldiers )?(?:killed|dead|martyred))\b[^.;]{0,120}?(?:rose|risen|climbed|climbs|rises|increased|reached|stood)\s+(?:to|at)\s+${QUAL}${NUM}`, 'g'),
  new RegExp(String.raw`\bput\s+the\s+(?:death\s+)?toll\s+(?:higher,\s+)?at\s+${QUAL}${NUM}`, 'g'),
  new RegExp(String.raw`\b(?:death\s+)?toll\s+of\s+${QUAL}${NUM}`, 'g'),
  new RegExp(String.raw`\b(?:recovered|pulled out|pulling out|retrieved|found)\s+${QUAL}${NUM}\s+bodies`, 'g'),
  new RegExp(String.raw`\b${QUAL}${NUM}\s+bodies`, 'g'),
  new RegExp(String.raw`\bdeaths?\s+of\s+${QUAL}${NUM}`, 'g'),
  new RegExp(String.raw`\bdocumented\s+${QUAL}${NUM}\s+deaths`, 'g'),
  // "recorded 18 civilian deaths", "put the number of crew killed at three".
  new RegExp(String.raw`\b(?:recorded|registered|counted|documented)\s+${QUAL}${NUM}\s+(?:[a-z]+\s+)?deaths`, 'g'),
  new RegExp(String.raw`\bput\s+the\s+(?:number|count|tally)\s+of\s+(?:[a-z]+\s+){0,2}?(?:dead|killed|deaths|fatalities)\s+at\s+${QUAL}${NUM}`, 'g'),
  new RegExp(String.raw`\b${QUAL}${NUM}\s+(?!of\s)(?:[a-z]+\s+){0,2}dead\b`, 'g'),
  // "reported one person killed"
  new RegExp(String.raw`\b${QUAL}${NUM}\s+(?:people|persons?|civilians?|soldiers|fighters)\s+(?:killed|dead)\b`, 'g'),
];
const INJURED: RegExp[] = [
  new RegExp(String.raw`\b(?:wound(?:ed|ing|s)|injur(?:ed|ing|es)|hurt(?:ing)?)\s+${QUAL}${NUM}\b(?!\s+(?:times|hours|minutes|of)\b)`, 'g'),
  new RegExp(String.raw`${QUAL}"?${NUM}"?\s+${NOUN}(?:others\s+)?(?:were\s+|have\s+been\s+|had\s+been\s+|was\s+)?(?:wounded|injured|hurt|hospitali[sz]ed)\b`, 'g'),
  // "two staff members suffered minor injuries"
  new RegExp(String.raw`${QUAL}${NUM}\s+${NOUN}(?:suffered|sustained)\s+(?:[a-z]+\s+)?(?:injuries|wounds)\b`, 'g'),
  new RegExp(String.raw`\band\s+${QUAL}${NUM}\s+(?:wounded|injured)\b`, 'g'),
];
const CHILDREN: RegExp[] = [
  new RegExp(String.raw`\b(?:mother|father|woman|man|parents?)\s+and\s+(?:her|his|their)\s+()${NUM}\s+(?:children|kids)\b`, 'g'),
  new RegExp(String.raw`\b(?:including|among them|among whom)\s+${QUAL}${NUM}\s+(?:children|child|minors)\b`, 'g'),
  new RegExp(String.raw`\b${QUAL}${NUM}\s+of\s+them\s+(?:children|minors)\b`, 'g'),
  new RegExp(String.raw`\b${QUAL}${NUM}\s+of\s+the\s+dead\s+(?:were|was)\s+(?:children|minors|a\s+child)\b`, 'g'),
  new RegExp(String.raw`\bdead\s+(?:included|include|includes)\s+${QUAL}${NUM}\s+children\b`, 'g'),
  new RegExp(String.raw`\b(?:among the dead|the dead)\s+(?:were|was|included)\s+(?:[a-z]+\s+){0,4}?(?:and\s+)?${QUAL}${NUM}\s+(?:children|child)\b`, 'g'),
  new RegExp(String.raw`\b(?:among\s+them|including)\s+(?:[a-z]+\s+){0,3}and\s+${QUAL}${NUM}\s+(?:children|child)\b`, 'g'),
  new RegExp(String.raw`\b${QUAL}${NUM}\s+(?:child|children)\s+(?:was|were)\s+among\s+the\s+dead`, 'g'),
];
const CHILD_ONLY = new RegExp(String.raw`${QUAL}${NUM}\s+children\s+(?:had\s+been|have\s+been|were)\s+killed`, 'g');

const VAGUE = /\b(?:dozens|scores|hundreds|thousands|tens of thousands|several|many)\b/;
const ZERO_ALL = /\b(?:no casualties|no one (?:was|had been) (?:hurt|killed|injured)|nobody was (?:hurt|killed|injured)|no injuries or deaths|no deaths or injuries|caused no casualties|without casualties|no (?:one|body) was hurt)\b/;
const ZERO_KILLED = /\bno\s+(?:[a-z]+\s+)?(?:losses|deaths|fatalities)\b/;

/** Extracts casualty figures from one clause. */
export function extractFigures(clause: string): Figures {
  const t = clause.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ');
  const out: Figures = { killed: null, injured: null, children: null, qualifier: null };
  if (ZERO_ALL.test(t)) {
    out.killed = 0;
    out.injured = 0;
    out.qualifier = Qualifier.EXACT;
    return out;
  }
  const k = firstHit(t, KILLED);
  const i = firstHit(t, INJURED);
  const c = firstHit(t, CHILDREN);
  const only = firstHit(t, [CHILD_ONLY]);
  if (k) out.killed = k.n;
  if (i) out.injured = i.n;
  if (c) out.children = c.n;
  if (only && (!k || only.at <= k.at)) {
    out.killed = only.n;
    out.children = only.n;
  }
  // A partial count of one group ("two of its volunteers were among the wounded") is not a toll.
  if (out.killed !== null && k && /\bof (?:its|their|his|her) [a-z]+ were among\b/.test(t.slice(k.at, k.at + 60))) out.killed = null;
  if (out.killed === null && ZERO_KILLED.test(t)) out.killed = 0;
  // "confirmed the death" (singular): one person killed.
  if (out.killed === null && /\b(?:confirmed|reported) the death\b(?!s)(?! toll)/.test(t)) out.killed = 1;
  if (out.killed !== null) out.qualifier = only && out.killed === only.n && (!k || only.at <= k.at) ? only.q : (k?.q ?? Qualifier.EXACT);
  else if (out.injured !== null) out.qualifier = i?.q ?? Qualifier.EXACT;
  void VAGUE;
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
