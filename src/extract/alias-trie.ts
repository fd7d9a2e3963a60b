/**
 * The alias table as a prefix trie walked in plain code, not compiled into one giant regex.
 *
 * A regex over a thousand aliases compiles to 0.5-1 MB of machine code per flag set and string
 * encoding. V8 stops optimising every regex it compiles after a process has generated more than
 * about 1 MB of regex code (`TooMuchRegExpCode` in its `regexp.cc`), so the giant alternations made
 * all the small, hot patterns compiled after them several times slower. The trie matches exactly
 * what `source()` would as a regex (a test checks the two against each other), with none of that cost.
 *
 * An alias is a sequence of units: a space is any whitespace run; initials match with or without dots
 * ("UN", "U.N."); a first letter may be either case; a name opening a longer alias may carry a
 * possessive ("the UN's humanitarian office"); every other character is exact. At each node longer
 * continuations are tried before stopping there, so the longest alias wins, as in a list sorted by length.
 */

const SPACE = 0;
/** Literal text; `either`: its first letter may be either case. */
const LIT = 1;
const INITIALS = 2;
const POSSESSIVE = 3;

/** One step of an alias. One class for every kind keeps the matcher's property reads monomorphic. */
class Unit {
  constructor(
    readonly kind: number,
    /** The literal text, or the letters of initials. */
    readonly text: string,
    readonly either: boolean,
  ) {}
}

class TrieNode {
  units: Unit[] = [];
  next: TrieNode[] = [];
  end = false;
  readonly byKey = new Map<string, TrieNode>();
}

export interface AliasMatch {
  start: number;
  end: number;
}

export interface AliasTrieOptions {
  /** Aliases whose every word may start with either case (place names: "Idlib City", "idlib city"); others only their first letter. */
  anyCaseWords?: (alias: string) => boolean;
}

/** What must follow a whole alias. */
export type AliasTail = 'word-end' | 'possessive';

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function unitSource(u: Unit): string {
  switch (u.kind) {
    case SPACE:
      return '\\s+';
    case POSSESSIVE:
      return "(?:'s)?";
    case INITIALS:
      return `(?:${u.text}|${[...u.text].map((c) => `${c}\\.`).join('')})`;
    default: {
      const first = u.text[0] ?? '';
      return (u.either ? `[${first.toLowerCase()}${first.toUpperCase()}]` : escapeRe(first)) + escapeRe(u.text.slice(1));
    }
  }
}

function unitsOf(alias: string, anyCase: boolean): Unit[] {
  const units: Unit[] = [];
  const tokens = alias.split(' ');
  tokens.forEach((tok, ti) => {
    if (ti > 0) units.push(new Unit(SPACE, '', false));
    const next = tokens[ti + 1];
    const possessive = ti === 0 && next !== undefined && /^[A-Z]/.test(tok) && /^[a-z]/.test(next);
    const word = possessive ? tok.replace(/'s$/, '') : tok;
    if (/^(?:[A-Z]{2,3}|(?:[A-Z]\.){2,3})$/.test(word)) units.push(new Unit(INITIALS, word.replace(/\./g, ''), false));
    else [...word].forEach((ch, i) => units.push(new Unit(LIT, ch, i === 0 && (ti === 0 || anyCase) && /[a-zA-Z]/.test(ch))));
    if (possessive) units.push(new Unit(POSSESSIVE, '', false));
  });
  return units;
}

const WS = /\s/;
/** `\s` of a regex, by character code (-1 past either end). */
function isSpace(k: number): boolean {
  if (k === 32 || (k >= 9 && k <= 13)) return true;
  return k > 127 && WS.test(String.fromCharCode(k));
}
/** `\w` of a (non-Unicode) regex. */
function isWordChar(k: number): boolean {
  return (k >= 97 && k <= 122) || (k >= 65 && k <= 90) || (k >= 48 && k <= 57) || k === 95;
}
/** A letter a whole-word alias can start with: `[A-Za-z\u00C0-\uFFFF]`. */
function isAliasStart(k: number): boolean {
  return (k >= 97 && k <= 122) || (k >= 65 && k <= 90) || k >= 0xc0;
}
const APOSTROPHE = 39;
const HYPHEN = 45;
const DOT = 46;
const LOWER_S = 115;

/** The character code at `i`, or -1 outside the text. */
function code(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : -1;
}

/** The case-insensitive form of a character code, as a non-Unicode regex with the `i` flag folds it. */
function canon(k: number): number {
  if (k < 128) return k >= 97 && k <= 122 ? k - 32 : k;
  const u = String.fromCharCode(k).toUpperCase();
  return u.length === 1 && u.charCodeAt(0) >= 128 ? u.charCodeAt(0) : k;
}

function same(k: number, want: number, ci: boolean): boolean {
  return k === want || (ci && k >= 0 && canon(k) === canon(want));
}

/** Whitespace, then a lower-case letter (either case when `ci`). */
function spaceThenLower(text: string, i: number, ci: boolean): boolean {
  if (!isSpace(code(text, i))) return false;
  while (isSpace(code(text, i))) i++;
  const k = code(text, i);
  return (k >= 97 && k <= 122) || (ci && k >= 65 && k <= 90);
}

/** Where initials end: "UN" or "U.N." at `p`, or -1. The letters are `pool[at, at + n)`. */
function initialsEnd(pool: string, at: number, n: number, text: string, p: number, ci: boolean): number {
  let i = 0;
  while (i < n && same(code(text, p + i), pool.charCodeAt(at + i), ci)) i++;
  if (i === n) return p + n;
  for (i = 0; i < n; i++) if (!same(code(text, p + 2 * i), pool.charCodeAt(at + i), ci) || code(text, p + 2 * i + 1) !== DOT) return -1;
  return p + 2 * n;
}

/** Merges chains of single characters into one literal edge (a radix trie): fewer steps per match. */
function compress(n: TrieNode): void {
  n.units = n.units.map((u, i) => {
    let unit = u;
    let child = n.next[i] as TrieNode;
    while (unit.kind === LIT && !child.end && child.units.length === 1) {
      const nu = child.units[0] as Unit;
      if (nu.kind !== LIT || nu.either) break;
      unit = new Unit(LIT, unit.text + nu.text, unit.either);
      child = child.next[0] as TrieNode;
    }
    n.next[i] = child;
    compress(child);
    return unit;
  });
}

/**
 * The trie frozen into flat arrays, nodes numbered depth first with each node's edges side by side. A
 * tree of objects, maps and strings spreads one walk over memory the rest of the pipeline keeps
 * evicting from the CPU caches; in arrays a walk reads a few cache lines.
 */
interface Frozen {
  /** Edges of node i: edgeStart[i] .. edgeStart[i + 1] - 1. */
  edgeStart: Int32Array;
  isEnd: Uint8Array;
  kind: Uint8Array;
  /** The first character code, and the other case of it when either case may open the unit (else the same). */
  first: Int32Array;
  alt: Int32Array;
  /** Literal text or initials: offset and length in `pool`. */
  at: Int32Array;
  len: Int32Array;
  child: Int32Array;
  pool: string;
}

function freeze(root: TrieNode): Frozen {
  const edgeStart: number[] = [];
  const isEnd: number[] = [];
  const kind: number[] = [];
  const first: number[] = [];
  const alt: number[] = [];
  const at: number[] = [];
  const len: number[] = [];
  const child: number[] = [];
  let pool = '';
  const poolAt = new Map<string, number>();
  const number = (n: TrieNode): number => {
    const id = isEnd.length;
    isEnd.push(n.end ? 1 : 0);
    edgeStart.push(0);
    const base = kind.length;
    edgeStart[id] = base;
    // Reserve this node's edges side by side, then number the children.
    n.units.forEach((u) => {
      kind.push(u.kind);
      const f = u.text.length > 0 ? u.text.charCodeAt(0) : -1;
      first.push(f);
      const ch = u.text[0] ?? '';
      alt.push(u.either ? (ch === ch.toLowerCase() ? ch.toUpperCase() : ch.toLowerCase()).charCodeAt(0) : f);
      let off = poolAt.get(u.text);
      if (off === undefined) {
        off = pool.length;
        pool += u.text;
        poolAt.set(u.text, off);
      }
      at.push(off);
      len.push(u.text.length);
      child.push(-1);
    });
    n.next.forEach((c, i) => {
      child[base + i] = number(c);
    });
    return id;
  };
  number(root);
  // Each node reserves its edges before its children are numbered, so node i's edges end where node i + 1's begin.
  edgeStart.push(kind.length);
  return {
    edgeStart: Int32Array.from(edgeStart),
    isEnd: Uint8Array.from(isEnd),
    kind: Uint8Array.from(kind),
    first: Int32Array.from(first),
    alt: Int32Array.from(alt),
    at: Int32Array.from(at),
    len: Int32Array.from(len),
    child: Int32Array.from(child),
    pool,
  };
}

export class AliasTrie {
  private readonly wordEnd: boolean;
  private readonly t: Frozen;

  constructor(aliases: Iterable<string>, tail: AliasTail, options: AliasTrieOptions = {}) {
    this.wordEnd = tail === 'word-end';
    // The tree of objects is only the builder: the matcher keeps the frozen arrays.
    const root = new TrieNode();
    for (const alias of aliases) {
      let n = root;
      for (const u of unitsOf(alias, options.anyCaseWords?.(alias) ?? false)) {
        const key = unitSource(u);
        let c = n.byKey.get(key);
        if (!c) {
          c = new TrieNode();
          n.byKey.set(key, c);
          n.units.push(u);
          n.next.push(c);
        }
        n = c;
      }
      n.end = true;
    }
    compress(root);
    this.t = freeze(root);
  }

  /** The equivalent regex body (without the boundary assertions), for tests. */
  source(): string {
    const t = this.t;
    const emit = (node: number): string => {
      const alts: string[] = [];
      for (let e = t.edgeStart[node] as number; e < (t.edgeStart[node + 1] as number); e++) {
        const text = t.pool.slice(t.at[e], (t.at[e] as number) + (t.len[e] as number));
        alts.push(unitSource(new Unit(t.kind[e] as number, text, t.alt[e] !== t.first[e])) + emit(t.child[e] as number));
      }
      if (alts.length === 0) return '';
      if (t.isEnd[node] === 1) alts.push('');
      return alts.length === 1 ? (alts[0] ?? '') : `(?:${alts.join('|')})`;
    };
    return emit(0);
  }

  /** The first alias match at or after `from` (leftmost; at one start, the one the trie order prefers). */
  find(text: string, from: number, ci = false): AliasMatch | null {
    for (let p = from; p < text.length; p++) {
      const end = this.matchAt(text, p, ci);
      if (end >= 0) return { start: p, end };
    }
    return null;
  }

  /** An alias match starting exactly at `at`, or null. */
  at(text: string, at: number, ci = false): AliasMatch | null {
    const end = this.matchAt(text, at, ci);
    return end >= 0 ? { start: at, end } : null;
  }

  /** Every non-overlapping match, left to right. */
  all(text: string, ci = false): AliasMatch[] {
    const out: AliasMatch[] = [];
    for (let m = this.find(text, 0, ci); m; m = this.find(text, m.end, ci)) out.push(m);
    return out;
  }

  private matchAt(text: string, p: number, ci: boolean): number {
    const before = code(text, p - 1);
    if (isWordChar(before) || before === APOSTROPHE || before === HYPHEN) return -1;
    // A whole-word alias starts with a letter.
    if (this.wordEnd && !isAliasStart(code(text, p))) return -1;
    return this.walk(0, text, p, ci);
  }

  /** Depth first in the regex's own order: each edge's continuations, then stopping here. Returns the end or -1. */
  private walk(node: number, text: string, p: number, ci: boolean): number {
    const t = this.t;
    const k = code(text, p);
    const last = t.edgeStart[node + 1] as number;
    for (let e = t.edgeStart[node] as number; e < last; e++) {
      const kind = t.kind[e];
      const child = t.child[e] as number;
      let r = -1;
      if (kind === LIT) {
        const f = t.first[e] as number;
        if (k !== f && k !== t.alt[e] && !(ci && same(k, f, true))) continue;
        const at = t.at[e] as number;
        const len = t.len[e] as number;
        let q = 1;
        while (q < len && same(code(text, p + q), t.pool.charCodeAt(at + q), ci)) q++;
        if (q === len) r = this.walk(child, text, p + q, ci);
      } else if (kind === SPACE) {
        if (!isSpace(k)) continue;
        let end = p + 1;
        while (isSpace(code(text, end))) end++;
        r = this.walk(child, text, end, ci);
      } else if (kind === POSSESSIVE) {
        if (k === APOSTROPHE && same(code(text, p + 1), LOWER_S, ci)) r = this.walk(child, text, p + 2, ci);
        if (r < 0) r = this.walk(child, text, p, ci);
      } else {
        if (!same(k, t.first[e] as number, ci)) continue;
        const end = initialsEnd(t.pool, t.at[e] as number, t.len[e] as number, text, p, ci);
        if (end >= 0) r = this.walk(child, text, end, ci);
      }
      if (r >= 0) return r;
    }
    return t.isEnd[node] === 1 && this.tailHolds(text, p, ci) ? p : -1;
  }

  private tailHolds(text: string, e: number, ci: boolean): boolean {
    const possessive = code(text, e) === APOSTROPHE && same(code(text, e + 1), LOWER_S, ci) && spaceThenLower(text, e + 2, ci);
    if (!this.wordEnd) return possessive;
    const next = code(text, e);
    if (isWordChar(next) || next === HYPHEN) return false;
    // A possessive before a lower-case word is left to a longer alias or to the possessive pass.
    return !possessive;
  }
}
