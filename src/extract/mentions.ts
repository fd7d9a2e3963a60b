/**
 * Actor and place mentions: one compiled alias regex (actor table + curated places), then
 * capitalised-phrase candidates looked up in the gazetteer, then context rules that introduce
 * places neither knows ("the village of X").
 */
import { ActorKind, PlaceKind } from '../domain/model';
import { ACTORS, PLACES, capitalOf, curatedPlaceAliases, lookupPlace, provinceOf, slugify } from '../resolve';

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
const allAliases = new Set<string>();
for (const a of ACTORS.values()) for (const al of a.aliases) allAliases.add(al);
for (const { alias } of curatedPlaceAliases()) allAliases.add(alias);
// A possessive before a lower-case word is left to a longer alias ("Turkey's defence ministry") when
// one matches; otherwise it names its owner: "Assad's forces", "Syria's war", "MSF's head".
const possessiveAliases = new Set<string>();
for (const a of ACTORS.values()) for (const al of a.aliases) if (!a.contextual.has(al)) possessiveAliases.add(al);
/** Regex units of one alias: first letter in either case, a space as any whitespace run, the rest exact. */
function aliasUnits(alias: string): string[] {
  const units: string[] = [];
  [...alias].forEach((ch, i) => {
    if (i === 0 && /[a-zA-Z]/.test(ch) && ch.toLowerCase() !== ch.toUpperCase()) units.push(`[${ch.toLowerCase()}${ch.toUpperCase()}]`);
    else if (ch === ' ') units.push('\\s+');
    else units.push(escapeRe(ch));
  });
  return units;
}
interface TrieNode {
  next: Map<string, TrieNode>;
  end: boolean;
}
/**
 * One alternation of many aliases compiled as a prefix trie: far smaller and faster than a flat list.
 * At every node longer continuations are tried before stopping, so the longest alias wins, as with a
 * list sorted by length.
 */
function trieSource(aliases: Iterable<string>): string {
  const root: TrieNode = { next: new Map(), end: false };
  for (const al of aliases) {
    let n = root;
    for (const u of aliasUnits(al)) {
      let c = n.next.get(u);
      if (!c) {
        c = { next: new Map(), end: false };
        n.next.set(u, c);
      }
      n = c;
    }
    n.end = true;
  }
  const emit = (n: TrieNode): string => {
    const alts = [...n.next.entries()].map(([u, c]) => u + emit(c));
    if (alts.length === 0) return '';
    if (n.end) alts.push('');
    return alts.length === 1 ? (alts[0] ?? '') : `(?:${alts.join('|')})`;
  };
  return emit(root);
}
const ALIAS_RE = new RegExp(`(?<![\\w'-])(?:${trieSource(allAliases)})(?![\\w-]|'s\\b(?=\\s+[a-z]))`, 'g');
const PERSON_POSSESSIVE_RE = new RegExp(`(?<![\\w'-])(?:${trieSource(possessiveAliases)})(?='s\\s+[a-z])`, 'g');
const STICKY_RE = new RegExp(ALIAS_RE.source, 'y');
// Exact-case variants for aliases whose case matters ("AN" vs "an").
const exactCase = new Map<string, Set<string>>();
for (const al of allAliases) {
  const set = exactCase.get(al.toLowerCase()) ?? new Set<string>();
  set.add(al.slice(1));
  exactCase.set(al.toLowerCase(), set);
}

const LOCATIVE_BEFORE = /\b(?:in|at|near|to|towards?|into|outside|around|visit(?:ed|ing|s)?|of|via|across|over|linking|connecting|between)\s+(?:the\s+)?$/i;
/** Cues that make a capital the government it stands for ("pressure from Moscow", "influence over Damascus"). */
const ACTOR_FROM = /\b(?:(?:comment|comments|denials?|response|statement|reaction|criticism|condemnation|pressure|word|support|backing)\s+from|(?:influence|leverage|pressure|sway|control)\s+(?:over|on)|(?:fingers?|blame)\s+(?:of\s+blame\s+)?(?:at|on)(?:\s+both)?|(?:appeal(?:ed|s|ing)?|call(?:ed|s|ing)?|pleaded|pleads)\s+(?:to|on|upon|with)(?:\s+both)?|attribut\w+\s+(?:the\s+|this\s+|that\s+)?(?:[\w-]+\s+){0,3}?to)\s+$/i;

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
const PLACE_CUE = /\b(?:in|at|near|of|outside|around|towards?|from|on|village|villages|town|towns|city|district|camp|hit|struck|bombed|shelled|and|including)\s+(?:the\s+)?(?:(?:town|village|city|district|countryside|outskirts|camp)\s+of\s+)?$/;
const PROVINCIAL_CAPITAL_RE = /\b(?:the\s+)?provincial capital\b/gi;
const PLACE_NAME = String.raw`(?:(?:al|el|ash|ad|an|ar|as|az)-)?[A-Z][\w'’-]+(?:\s(?:(?:al|el|ash|ad|an|ar|as|az)-)?[A-Z][\w'’-]+){0,2}`;
/** "the village of X", "the villages of X, Y and Z": context that introduces places. */
const NEW_PLACE_RE = new RegExp(String.raw`\b(village|town|city|district|camp|neighbourhood|neighborhood|suburb|hamlet)(s?)\s+of\s+(${PLACE_NAME}(?:(?:,\s*|,?\s+and\s+)${PLACE_NAME})*)`, 'g');
/** "X in Idlib province", "X in the southern Idlib countryside": X lies in that province. */
const IN_PROVINCE_RE = /^\s+in\s+(?:the\s+)?(?:(?:southern|northern|eastern|western|north-?western|north-?eastern|south-?western|south-?eastern|rural|central)\s+)?([A-Z][\w'-]+)\s+(?:province|governorate|countryside)\b/;

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
    if (t.type === 'actor') {
      const after = folded.slice(s + surface.length, s + surface.length + 14);
      // "rebel-held", "a rebel bastion", "opposition territory" describe land, not the fighters.
      if (/^(?:-held|-controlled|\s+(?:bastion|stronghold|enclave|territory|held|controlled)\b)/i.test(after) && !/^\s+held\s+(?:[\w'.-]+\s+){1,6}?(?:responsible|accountable|to account|culpable)\b/i.test(folded.slice(s + surface.length, s + surface.length + 80))) continue;
      // "a monitor based in Britain" is like "Britain-based": not a mention of the state.
      if (ACTORS.get(t.slug)?.kind === ActorKind.STATE && /\bbased\s+in\s+$/i.test(folded.slice(Math.max(0, s - 12), s))) continue;
    }
    // "the Assad family's hometown" names the family, not the person.
    if (t.type === 'actor' && ACTORS.get(slug)?.kind === ActorKind.PERSON && /^\s+(?:family|clan|dynasty)\b/i.test(folded.slice(s + surface.length, s + surface.length + 12))) continue;
    out.push({ start: s, end: s + surface.length, surface, type: t.type, slug });
    // An actor named by its seat ("the Russian embassy in Washington") also names the place.
    const seat = t.type === 'actor' ? /\s(?:in|at)\s+((?:[A-Z][\w'-]+)(?:\s[A-Z][\w'-]+){0,2})$/.exec(surface) : null;
    if (seat?.[1]) {
      const placeSlug = lookupPlace(seat[1], province);
      const ps = s + surface.length - seat[1].length;
      if (placeSlug && PLACES.get(placeSlug)?.kind !== PlaceKind.COUNTRY) out.push({ start: ps, end: s + surface.length, surface: seat[1], type: 'place', slug: placeSlug });
    }
  }
  const covered = (a: number, b: number): boolean => out.some((x) => a < x.end && b > x.start);

  // Possessives before a lower-case word ("Assad's forces", "MSF's head"), which the alias pass leaves to longer aliases.
  if (seg.includes("'s")) {
    PERSON_POSSESSIVE_RE.lastIndex = 0;
    for (let m = PERSON_POSSESSIVE_RE.exec(seg); m; m = PERSON_POSSESSIVE_RE.exec(seg)) {
      const s = start + m.index;
      const cand = aliasTargets.get(normaliseMatch(m[0]))?.find((c) => c.type === 'actor');
      if (cand && !covered(s, s + m[0].length)) out.push({ start: s, end: s + m[0].length, surface: m[0], type: 'actor', slug: cand.slug });
    }
  }

  // "the provincial capital": the capital of the province in play.
  PROVINCIAL_CAPITAL_RE.lastIndex = 0;
  for (let m = PROVINCIAL_CAPITAL_RE.exec(seg); m; m = PROVINCIAL_CAPITAL_RE.exec(seg)) {
    const cap = capitalOf(province);
    const s = start + m.index;
    if (cap && !covered(s, s + m[0].length)) out.push({ start: s, end: s + m[0].length, surface: m[0], type: 'place', slug: cap });
  }

  // Context rule: "the village of X" introduces X even when no gazetteer knows it.
  const introduce = (name: string, s: number, kindWord: string, parent: string | null): void => {
    if (covered(s, s + name.length)) return;
    const known = lookupPlace(name, parent);
    if (known) {
      out.push({ start: s, end: s + name.length, surface: name, type: 'place', slug: known });
      return;
    }
    const slug = slugify(name);
    if (slug.length < 3 || ACTORS.has(slug) || PLACES.has(slug)) return;
    if (!newPlaces.has(slug)) {
      newPlaces.set(slug, {
        slug,
        name,
        kind: kindWord === 'city' ? PlaceKind.CITY : kindWord === 'town' ? PlaceKind.TOWN : kindWord === 'district' || kindWord.startsWith('neighbo') ? PlaceKind.DISTRICT : kindWord === 'camp' ? PlaceKind.FACILITY : PlaceKind.VILLAGE,
        parent,
      });
    }
    out.push({ start: s, end: s + name.length, surface: name, type: 'place', slug });
  };
  NEW_PLACE_RE.lastIndex = 0;
  for (let m = NEW_PLACE_RE.exec(seg); m; m = NEW_PLACE_RE.exec(seg)) {
    const list = m[3] ?? '';
    const listAt = start + m.index + m[0].length - list.length;
    const kindWord = (m[1] ?? 'village').toLowerCase();
    // A province named right after the place ("the village of X in Idlib province") is its parent.
    const prov = provinceAfter(folded, listAt + list.length) ?? province;
    // One name, or with a plural noun a list of names ("the villages of X, Y and Z").
    const names = m[2] ? list.split(/,\s*|,?\s+and\s+/) : [list];
    let from = 0;
    for (const raw of names) {
      const name = raw.trim();
      const at = list.indexOf(name, from);
      from = at + name.length;
      if (name) introduce(name, listAt + at, kindWord, prov);
    }
  }
  // "X in Idlib province" after a locative cue introduces X in that province.
  CAND_RE.lastIndex = 0;
  for (let m = CAND_RE.exec(seg); m; m = CAND_RE.exec(seg)) {
    const s0 = start + m.index;
    if (covered(s0, s0 + m[0].length)) continue;
    const prov = provinceAfter(folded, s0 + m[0].length);
    if (!prov || !STRONG_PLACE_CUE.test(folded.slice(Math.max(0, s0 - 40), s0))) continue;
    if (NOT_A_PLACE.test(m[0])) continue;
    introduce(m[0], s0, 'village', prov);
  }

  // "X, a village in southern Idlib": an appositive that says what X is introduces it as a place.
  APPOSITIVE_PLACE_RE.lastIndex = 0;
  for (let m = APPOSITIVE_PLACE_RE.exec(seg); m; m = APPOSITIVE_PLACE_RE.exec(seg)) {
    const name = m[1] ?? '';
    const s0 = start + m.index;
    if (covered(s0, s0 + name.length) || NOT_A_PLACE.test(name) || s0 === start) continue;
    const provWord = m[3];
    const named = provWord ? lookupPlace(`${provWord} province`, null) : null;
    const prov = named && PLACES.get(named)?.kind === PlaceKind.PROVINCE ? named : province;
    introduce(name, s0, (m[2] ?? 'village').toLowerCase(), prov);
  }
  // An unknown name where an attack landed ("struck the outskirts of X", "a convoy near X", "bombed X"):
  // a place in the province in play, only in a sentence that reports an attack.
  const words = seg.match(/\b[A-Za-z][\w'-]*/g) ?? [];
  const titleCase = words.length > 0 && words.filter((w) => /^[A-Z]/.test(w)).length / words.length > 0.6;
  if (!titleCase && ATTACK_SENTENCE.test(seg) && ATTACK_HARM.test(seg)) {
    CAND_RE.lastIndex = 0;
    for (let m = CAND_RE.exec(seg); m; m = CAND_RE.exec(seg)) {
      const s0 = start + m.index;
      const name = m[0].replace(/['’]s$/, '');
      if (s0 === start || covered(s0, s0 + name.length) || NOT_A_PLACE.test(name) || NOT_A_PLACE_WORD.test(name)) continue;
      if (!ATTACK_PLACE_CUE.test(folded.slice(Math.max(0, s0 - 50), s0))) continue;
      // Names of people and organisations: a title before, or a person/organisation word after.
      if (/^\s*(?:,\s*(?:a|an|the)\s+(?:spokes\w+|resident|doctor|volunteer|official|commander|member|father|mother)|\s+(?:said|told|says|added|who|family|clan|militants?|fighters|forces|Group|Brigade|Army|Front|Council|Ministry|Agency|Organi[sz]ation|Network|Committee|Foundation|Society|News|Media|TV|Radio))\b/.test(folded.slice(s0 + name.length, s0 + name.length + 30))) continue;
      if (lookupPlace(name, province)) continue;
      introduce(name, s0, 'village', province);
    }
  }
  // Capitalised phrases known to the gazetteer, behind a locative cue.
  CAND_RE.lastIndex = 0;
  for (let m = CAND_RE.exec(seg); m; m = CAND_RE.exec(seg)) {
    const s0 = start + m.index;
    if (covered(s0, s0 + m[0].length)) continue;
    const before = folded.slice(Math.max(0, s0 - 40), s0);
    if (!PLACE_CUE.test(before) && !isDateline(folded, s0, s0 + m[0].length)) continue;
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

/**
 * A dateline: the place name(s) opening a line, then optionally a country or date and the agency
 * tag, then a dash ("BEIRUT, July 15 (Meridian Wire) -", "ISTANBUL/BEIRUT (AN) —", "Gaziantep, Turkey -").
 */
function isDateline(folded: string, s: number, e: number): boolean {
  const ls = lineStart(folded, s);
  if (!/^\s*(?:[A-Z][\w'-]*\/)*$/.test(folded.slice(ls, s))) return false;
  const after = folded.slice(e, e + 60);
  // An all-capitals place name alone on its line ("ANKARA").
  if (/^[A-Z][A-Z'-]+$/.test(folded.slice(s, e)) && /^(?:\/[A-Z][A-Z'-]*)*[ \t]*(?:\r?\n|$)/.test(after)) return true;
  return /^(?:\/[A-Z][\w'-]*)*(?:,\s*(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+))?\s*(?:\([^)]{1,40}\))?\s*[-—–]\s/.test(after);
}

/** "X, a village in (the) (southern) Idlib (province)": group 1 the name, 2 the kind, 3 the province word. */
const APPOSITIVE_PLACE_RE = new RegExp(
  String.raw`(${PLACE_NAME}),\s+(?:a|an|the)\s+(?:(?:small|nearby|rebel-held|opposition-held|government-held|frontline|front-line|strategic|key|northern|southern|eastern|western|rural)\s+)*(village|town|city|hamlet|district|neighbou?rhood|suburb|camp)\b(?:\s+(?:in|of|near|on the outskirts of|outside)\s+(?:the\s+)?(?:(?:southern|northern|eastern|western|north-?western|north-?eastern|south-?western|south-?eastern|rural|central|northwest|northeast|southwest|southeast)\s+)?([A-Z][\w'-]+))?`,
  'g',
);
/** A sentence reporting an attack with harm or damage (for introducing unknown places). */
const ATTACK_SENTENCE = /\b(?:air ?strikes?|air-strikes?|strikes?|raids?|bomb\w*|shell\w*|artillery|rockets?|missiles?|barrel bombs?|warplanes?|jets?|helicopters?|drones?|aircraft|attack\w*|struck|hit|pounded|targeted)\b/i;
const ATTACK_HARM = /\b(?:kill\w*|wound\w*|injur\w*|dead|died|destroy\w*|damag\w*|struck|hit|pounded|bombed|shelled|targeted|casualt\w*|hurt)\b/i;
/** Where an attack landed: right after the attack verb, "the outskirts of", "near", "in", "on". */
const ATTACK_PLACE_CUE =
  /(?:\b(?:struck|hit|hits|bombed|shelled|pounded|targeted|targeting|raided|striking|hitting|bombing|shelling|pounding)\s+(?:the\s+)?(?:(?:outskirts|edge|centre|center|east|west|north|south|heart)\s+of\s+)?|\b(?:outskirts|edge|vicinity)\s+of\s+|\b(?:convoy|post|base|checkpoint|position|market|hospital|school|mosque|bakery|camp|clinic)\s+(?:near|outside|in|at)\s+|\b(?:in|near|on|at|outside|around)\s+(?:the\s+)?(?:(?:town|village|city|area|district|countryside)\s+of\s+)?)$/i;
/** Capitalised words that are never a village name. */
const NOT_A_PLACE_WORD =
  /^(?:[A-Z]{2,}\b|(?:Mr|Mrs|Ms|Dr|President|Minister|General|Colonel|Captain|Sheikh|Prince|King|Pope|Parliament|Congress|Geneva|English|Arabic|Turkish|Russian|Syrian|Iranian|American|British|French|European|Western|Islamic|Islamist|Jihadist|Kurdish|Shiite|Shia|Sunni|Alawite|Muslim|Christian|Assad|Air|Airstrikes?|Strikes?|Least|Ramadan|Eid|Christmas|Easter|Telegram|Twitter|Facebook|Instagram|YouTube|WhatsApp|Google|Reuters|Idlib|Idleb|Hama|Aleppo|Latakia|Syria|Turkey|Russia|Iran|Israel|Lebanon|Iraq|Jordan|Europe|However|Meanwhile|Later|Earlier|Both|Several|Many|Some|Most|All|Other|Another|This|That|These|Those|There|Their|They|When|While|After|Before|During|Since|Until|Following|Amid|As|It|He|She|We|His|Her|Its|Our)\b)/;

/** Cues strong enough to introduce an unknown name as a place (not "of": "fighters of Jaish al-Izza"). */
const STRONG_PLACE_CUE = /\b(?:in|at|near|outside|around|towards?|on|hit|struck|bombed|shelled|targeted|pounded|raided)\s+(?:the\s+)?$/;
const NOT_A_PLACE =
  /^(?:jaish|jabhat|liwa|harakat|hayat|hay'at|ahrar|faylaq|ansar|kataib|brigade|army|front|the|a|an|in|on|at|its|their|his|her|government|rebel|opposition|regime|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|syria|turkey|russia)\b/i;

/** The province named by "in (the southern) X province/countryside" right after `pos`, or null. */
function provinceAfter(folded: string, pos: number): string | null {
  const m = IN_PROVINCE_RE.exec(folded.slice(pos, pos + 60));
  if (!m?.[1]) return null;
  const p = lookupPlace(`${m[1]} province`, null);
  return p && PLACES.get(p)?.kind === PlaceKind.PROVINCE ? p : null;
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
