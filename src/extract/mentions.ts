/**
 * Actor and place mentions: one compiled alias regex (actor table + curated places), then
 * capitalised-phrase candidates looked up in the gazetteer, then context rules that introduce
 * places neither knows ("the village of X").
 */
import { PlaceKind } from '../domain/model';
import { ACTORS, PLACES, curatedPlaceAliases, lookupPlace, provinceOf, slugify } from '../resolve';

export interface Mention {
  start: number;
  end: number;
  surface: string;
  type: 'actor' | 'place';
  slug: string;
}

/** A place introduced by a context rule, unknown to the gazetteer. */
export interface NewPlace {
  slug: string;
  name: string;
  kind: PlaceKind;
  parent: string | null;
}

interface AliasTarget {
  type: 'actor' | 'place';
  slug: string;
  contextual: boolean;
}

const aliasTargets = new Map<string, AliasTarget[]>();
function addAlias(alias: string, t: AliasTarget): void {
  const key = alias.toLowerCase();
  const list = aliasTargets.get(key) ?? [];
  if (!list.some((x) => x.type === t.type && x.slug === t.slug)) list.push(t);
  aliasTargets.set(key, list);
}
for (const a of ACTORS.values()) {
  for (const al of a.aliases) addAlias(al, { type: 'actor', slug: a.slug, contextual: a.contextual.has(al) });
}
for (const { alias, slug } of curatedPlaceAliases()) addAlias(alias, { type: 'place', slug, contextual: false });

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** Case-sensitive except the first letter ("the Observatory" / "The Observatory"). */
function aliasPattern(alias: string): string {
  const first = alias.charAt(0);
  const rest = escapeRe(alias.slice(1)).replace(/ /g, '\\s+');
  if (/[a-zA-Z]/.test(first) && first.toLowerCase() !== first.toUpperCase()) {
    return `[${first.toLowerCase()}${first.toUpperCase()}]${rest}`;
  }
  return escapeRe(first) + rest;
}
const allAliases = new Set<string>();
for (const a of ACTORS.values()) for (const al of a.aliases) allAliases.add(al);
for (const { alias } of curatedPlaceAliases()) allAliases.add(alias);
const ALIAS_RE = new RegExp(
  `(?<![\\w'-])(?:${[...allAliases]
    .sort((a, b) => b.length - a.length)
    .map(aliasPattern)
    .join('|')})(?![\\w-]|'s\\b(?=\\s+[a-z]))`,
  'g',
);
const STICKY_RE = new RegExp(ALIAS_RE.source, 'y');
// Exact-case variants for aliases whose case matters ("AN" vs "an").
const exactCase = new Map<string, Set<string>>();
for (const al of allAliases) {
  const set = exactCase.get(al.toLowerCase()) ?? new Set<string>();
  set.add(al.slice(1));
  exactCase.set(al.toLowerCase(), set);
}

const LOCATIVE_BEFORE = /\b(?:in|at|near|to|towards?|into|outside|around|visit(?:ed|ing|s)?|of|via|across|over)\s+(?:the\s+)?$/i;
const ACTOR_FROM = /\b(?:comment|comments|denials?|response|statement|reaction|criticism|pressure|word|support|backing)\s+from\s+$/i;

function normaliseMatch(surface: string): string {
  return surface.replace(/\s+/g, ' ').toLowerCase();
}

function chooseTarget(folded: string, m: { start: number; end: number; surface: string }, cands: AliasTarget[]): AliasTarget | null {
  const before = folded.slice(Math.max(0, m.start - 40), m.start);
  const isCaps = /^[A-Z\s/]+$/.test(m.surface) && m.surface.length > 3;
  const place = cands.find((c) => c.type === 'place');
  const actor = cands.find((c) => c.type === 'actor');
  if (place && actor) {
    // "Moscow denied" (agent) vs "talks in Moscow" (locative) vs dateline "ANKARA".
    if (isCaps) return place;
    if (ACTOR_FROM.test(before)) return actor;
    if (LOCATIVE_BEFORE.test(before)) return place;
    if (/^[A-Z][A-Z/]+[,\s]/.test(folded.slice(m.start, m.end + 2)) && m.start === lineStart(folded, m.start)) return place;
    const after = folded.slice(m.end, m.end + 30);
    void after;
    // Not locative: an agent ("Moscow denied", "criticised Moscow", "Moscow, which …, said").
    return actor;
  }
  if (actor && actor.contextual) {
    if (LOCATIVE_BEFORE.test(before) && !ACTOR_FROM.test(before)) return null;
    if (isCaps) return null;
  }
  return actor ?? place ?? null;
}

function lineStart(text: string, pos: number): number {
  const nl = text.lastIndexOf('\n', pos - 1);
  return nl + 1;
}

const CAND_RE = /(?<![\w'-])(?:[A-Z][\w'’-]*)(?:\s(?:(?:al|el|ash|an|ad|ar|as|az|ez|bin|ibn|abu|de)[-\s])?[A-Z][\w'’-]*){0,3}/g;
const PLACE_CUE = /\b(?:in|at|near|of|outside|around|towards?|from|on|village|villages|town|towns|city|district|camp|hit|struck|bombed|shelled|and)\s+(?:the\s+)?(?:(?:town|village|city|district|countryside|outskirts|camp)\s+of\s+)?$/;
const NEW_PLACE_RE = /\b(?:village|town|city|district|camp|neighbourhood|neighborhood|suburb|hamlet)\s+of\s+((?:(?:al|el|ash|ad|an|ar|as|az)-)?[A-Z][\w'’-]+(?:\s(?:(?:al|el|ash|ad|an|ar|as|az)-)?[A-Z][\w'’-]+){0,2})/g;

/**
 * Finds actor and place mentions in `folded[start, end)` (a sentence or line of the folded text).
 * `province` is the province in play nearby (for disambiguating same-name places).
 */
export function findMentions(
  folded: string,
  start: number,
  end: number,
  province: string | null,
  newPlaces: Map<string, NewPlace>,
): Mention[] {
  const out: Mention[] = [];
  const seg = folded.slice(start, end);
  ALIAS_RE.lastIndex = 0;
  for (let m = ALIAS_RE.exec(seg); m; m = ALIAS_RE.exec(seg)) {
    let surface = m[0];
    // Leftmost match "the UN" must not hide the longer "UN Security Council" that starts one word later.
    const art = /^the\s+/i.exec(surface);
    if (art) {
      STICKY_RE.lastIndex = m.index + art[0].length;
      const longer = STICKY_RE.exec(seg);
      if (longer && longer.index + longer[0].length > m.index + surface.length) {
        m = longer;
        surface = longer[0];
        ALIAS_RE.lastIndex = longer.index + surface.length;
      }
    }
    const key = normaliseMatch(surface);
    const variants = exactCase.get(key);
    // Case-sensitive aliases: after the first letter the alias must match exactly ("AN" is not "an").
    if (variants && !variants.has(surface.replace(/\s+/g, ' ').slice(1))) continue;
    const cands = aliasTargets.get(key);
    if (!cands) continue;
    const s = start + m.index;
    const t = chooseTarget(folded, { start: s, end: s + surface.length, surface }, cands);
    if (!t) continue;
    let slug = t.slug;
    if (t.type === 'place') slug = provinceForm(folded, s, s + surface.length, slug);
    out.push({ start: s, end: s + surface.length, surface, type: t.type, slug });
  }
  const covered = (a: number, b: number): boolean => out.some((x) => a < x.end && b > x.start);

  // Context rule: "the village of X" introduces X even when no gazetteer knows it.
  NEW_PLACE_RE.lastIndex = 0;
  for (let m = NEW_PLACE_RE.exec(seg); m; m = NEW_PLACE_RE.exec(seg)) {
    const name = (m[1] ?? '').trim();
    const s = start + m.index + m[0].length - name.length;
    if (covered(s, s + name.length)) continue;
    const known = lookupPlace(name, province);
    if (known) {
      out.push({ start: s, end: s + name.length, surface: name, type: 'place', slug: known });
      continue;
    }
    const kindWord = (m[0].match(/^\w+/)?.[0] ?? 'village').toLowerCase();
    const slug = slugify(name);
    if (slug.length < 3 || ACTORS.has(slug)) continue;
    if (!newPlaces.has(slug)) {
      newPlaces.set(slug, {
        slug,
        name,
        kind: kindWord === 'city' ? PlaceKind.CITY : kindWord === 'town' ? PlaceKind.TOWN : kindWord === 'district' || kindWord.startsWith('neighbo') ? PlaceKind.DISTRICT : kindWord === 'camp' ? PlaceKind.FACILITY : PlaceKind.VILLAGE,
        parent: province,
      });
    }
    out.push({ start: s, end: s + name.length, surface: name, type: 'place', slug });
  }

  // Capitalised phrases known to the gazetteer, behind a locative cue.
  CAND_RE.lastIndex = 0;
  for (let m = CAND_RE.exec(seg); m; m = CAND_RE.exec(seg)) {
    const s0 = start + m.index;
    if (covered(s0, s0 + m[0].length)) continue;
    const before = folded.slice(Math.max(0, s0 - 40), s0);
    if (!PLACE_CUE.test(before)) continue;
    const tokens = m[0].split(/\s+/);
    for (let n = tokens.length; n >= 1; n--) {
      const name = tokens.slice(0, n).join(' ').replace(/['’]s$/, '');
      const slug = lookupPlace(name, province);
      if (slug && PLACES.get(slug)?.kind !== PlaceKind.COUNTRY) {
        out.push({ start: s0, end: s0 + name.length, surface: name, type: 'place', slug: provinceForm(folded, s0, s0 + name.length, slug) });
        break;
      }
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

/** "Aleppo countryside", "the province of Latakia": a city name standing for its province. */
function provinceForm(folded: string, s: number, e: number, slug: string): string {
  const p = PLACES.get(slug);
  if (!p || p.kind !== PlaceKind.CITY) return slug;
  const after = folded.slice(e, e + 20);
  const before = folded.slice(Math.max(0, s - 40), s);
  if (/^\s+(?:province|provinces|countryside|governorate|region)\b/i.test(after) || /\b(?:province|provinces|governorate|countryside) of\s+$/i.test(before)) {
    return provinceOf(slug) ?? slug;
  }
  return slug;
}
