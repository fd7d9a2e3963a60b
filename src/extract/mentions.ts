/**
 * Actor and place mentions: one alias trie (actor table + curated places, see alias-trie.ts), then
 * capitalised-phrase candidates looked up in the gazetteer, then context rules that introduce
 * places neither knows ("the village of X").
 */
import { ActorKind, PlaceKind } from '../domain/model';
import { NATIONALITY_STATE } from './lexicon';
import { AliasTrie } from './alias-trie';
import { ACTORS, PLACES, capitalOf, curatedPlaceAliases, lookupPlace, placeChain, provinceOf, slugify } from '../resolve';

export interface Mention {
  start: number;
  end: number;
  surface: string;
  type: 'actor' | 'place';
  slug: string;
  /** Named only by ellipsis ("Syrian and Russian positions"): an actor of the article, kept out of the sentence's own mentions. */
  elliptical?: boolean;
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

/**
 * The spelling two forms of one alias share: dotted initials folded ("U.N." → "UN") and a possessive
 * "'s" dropped ("the UN's humanitarian office" → "the UN humanitarian office"). Case is kept.
 */
function caseKey(s: string): string {
  const k =
    !s.includes('.') && !s.includes("'s")
      ? /\s\s|[^\S ]/.test(s)
        ? s.replace(/\s+/g, ' ')
        : s
      : s
          .replace(/\s+/g, ' ')
          .replace(/(?<![A-Za-z.])((?:[A-Za-z]\.){2,})/g, (m) => m.replace(/\./g, ''))
          .replace(/'s(?= )/g, '');
  // ("Centre for the Reconciliation of the Opposing Parties" is "Centre for Reconciliation of Opposing Parties")
  return / the /i.test(k) ? k.replace(/\b(for|of) the /gi, '$1 ') : k;
}
/** Lookup key of an alias or a matched surface. */
function aliasKey(s: string): string {
  return caseKey(s).toLowerCase();
}

const aliasTargets = new Map<string, AliasTarget[]>();
function addAlias(alias: string, t: AliasTarget): void {
  const key = aliasKey(alias);
  const list = aliasTargets.get(key) ?? [];
  if (!list.some((x) => x.type === t.type && x.slug === t.slug)) list.push(t);
  aliasTargets.set(key, list);
}
for (const a of ACTORS.values()) {
  for (const al of a.aliases) addAlias(al, { type: 'actor', slug: a.slug, contextual: a.contextual.has(al) });
}
for (const { alias, slug } of curatedPlaceAliases()) addAlias(alias, { type: 'place', slug, contextual: false });

/** The actor an exact alias names, or null (used for names the metadata gives, such as the outlet). */
export function knownActorSlug(name: string): string | null {
  return aliasTargets.get(aliasKey(name))?.find((t) => t.type === 'actor' && !t.contextual)?.slug ?? null;
}

const allAliases = new Set<string>();
const actorAliases = new Set<string>();
for (const a of ACTORS.values()) for (const al of a.aliases) actorAliases.add(al);
for (const al of actorAliases) allAliases.add(al);
for (const { alias } of curatedPlaceAliases()) allAliases.add(alias);
// A possessive before a lower-case word is left to a longer alias ("Turkey's defence ministry") when
// one matches; otherwise it names its owner: "Assad's forces", "Syria's war", "MSF's head".
const possessiveAliases = new Set<string>();
for (const a of ACTORS.values()) for (const al of a.aliases) if (!a.contextual.has(al)) possessiveAliases.add(al);
// Every word of a place name may start with either case ("Idlib City"); an actor's only its first.
// (and an organisation's long name, whose inner words careless copy may not capitalise: "Syrian Observatory for human rights")
const caseOptions = { anyCaseWords: (alias: string) => !actorAliases.has(alias) || longName(alias) };
/** An alias of three words or more, each after the first capitalised or a short joining word: a proper name. */
function longName(alias: string): boolean {
  const words = alias.split(' ');
  return words.length >= 3 && words.slice(1).every((w) => /^[A-Z][a-z]/.test(w) || /^(?:of|for|the|and|in|on|al|el)$/.test(w));
}
/** `text` is `alias` with only some words' first letters lowered ("Syrian Observatory for human rights"). */
function lowerWordStarts(alias: string, text: string): boolean {
  if (alias.length !== text.length) return false;
  for (let i = 0; i < alias.length; i++) {
    const a = alias[i] ?? '';
    const t = text[i] ?? '';
    if (a !== t && !((i === 0 || alias[i - 1] === ' ') && t === a.toLowerCase())) return false;
  }
  return true;
}
const ALIASES = new AliasTrie(allAliases, 'word-end', caseOptions);
const PERSON_POSSESSIVES = new AliasTrie(possessiveAliases, 'possessive', caseOptions);
/** `title` is `alias` with some lower-case letters raised to capitals (and nothing else changed). */
function titleCased(alias: string, title: string): boolean {
  if (alias.length !== title.length) return false;
  for (let i = 0; i < alias.length; i++) {
    const a = alias[i] ?? '';
    const t = title[i] ?? '';
    if (a !== t && !(a === a.toLowerCase() && t === a.toUpperCase())) return false;
  }
  return true;
}
/** Curated place names before a possessive ("Idlib's displaced", "Aleppo's western edge"). */
const placePossessives = curatedPlaceAliases()
  .map((x) => x.alias)
  .filter((al) => !al.includes("'s"));
const PLACE_POSSESSIVES = new AliasTrie(placePossessives, 'possessive', caseOptions);
/** What a capital's possessive owns when the city, not its government, is meant ("Damascus's suburbs"). */
const CITY_PART_AFTER = /^'s\s+(?:(?:eastern|western|northern|southern|north-?(?:eastern|western)|south-?(?:eastern|western)|old|outer|inner|main|central|besieged)\s+)?(?:suburbs?|outskirts|countryside|streets?|neighbou?rhoods?|districts?|quarters?|cent(?:re|er)|old city|airports?|hospitals?|markets?|residents|people|population|inhabitants|skyline|edge|outskirts|mayor|university|mosques?|schools?)\b/i;
// Exact-case variants for aliases whose case matters ("AN" vs "an").
const exactCase = new Map<string, Set<string>>();
for (const al of allAliases) {
  const key = aliasKey(al);
  const set = exactCase.get(key) ?? new Set<string>();
  set.add(caseKey(al).slice(1));
  exactCase.set(key, set);
}

const LOCATIVE_BEFORE = /\b(?:in|at|near|to|towards?|into|outside|around|visit(?:ed|ing|s)?|of|via|across|over|linking|connecting|between)\s+(?:the\s+)?$/i;
/** Cues that make a capital the government it stands for ("pressure from Moscow", "influence over Damascus"). */
const ACTOR_FROM = /\b(?:(?:comment|comments|denials?|response|statement|reaction|criticism|condemnation|pressure|word|support|backing)\s+from|(?:influence|leverage|pressure|sway|control)\s+(?:over|on)|(?:fingers?|blame)\s+(?:of\s+blame\s+)?(?:squarely\s+|firmly\s+|directly\s+|solely\s+|largely\s+)?(?:at|on)(?:\s+both)?|(?:appeal(?:ed|s|ing)?|call(?:ed|s|ing)?|pleaded|pleads)\s+(?:to|on|upon|with)(?:\s+both)?|(?:message|signal|warning|letter|note|reply|ultimatum|overtures?|concessions?)s?\s+to(?:\s+both)?|attribut\w+\s+(?:the\s+|this\s+|that\s+)?(?:[\w-]+\s+){0,3}?to)\s+$/i;

function chooseTarget(folded: string, m: { start: number; end: number; surface: string }, cands: AliasTarget[], prev: Mention | undefined): AliasTarget | null {
  const before = folded.slice(Math.max(0, m.start - 40), m.start);
  const isCaps = /^[A-Z\s/]+$/.test(m.surface) && m.surface.length > 3;
  const place = cands.find((c) => c.type === 'place');
  const actor = cands.find((c) => c.type === 'actor');
  if (place && actor) {
    // "Moscow denied" (agent) vs "talks in Moscow" (locative) vs dateline "ANKARA".
    if (isCaps) return place;
    if (ACTOR_FROM.test(before)) return actor;
    // "between Ankara and Moscow": coordinated with a place just read (not "Ankara and Moscow have agreed").
    if (
      prev?.type === 'place' &&
      /^\s+(?:and|or)\s+$/.test(folded.slice(prev.end, m.start)) &&
      !/^\s+(?:has|have|had|is|was|were|are|said|says|say|denied|denies|accused|accuses|urged|urges|called|calls|warned|warns|insisted|rejected|rejects|will|would|must|should|can|could|did|does)\b/.test(folded.slice(m.end, m.end + 14))
    )
      return place;
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

/** A capitalised phrase that may name a place; a lower-case article prefix ("al-Eis") belongs to it, unless the phrase names a facility or follows "the" ("the al-Ihsan field hospital"). */
const CAND_RE = /(?<![\w'-])(?:(?<![Tt]he\s)(?:al|el|ash|an|ad|ar|as|az|ez)-(?![A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,3}\s+(?:[Ff]ield\s+|[Ss]urgical\s+|[Mm]aternity\s+|[Cc]hildren's\s+)?(?:[Hh]ospital|[Cc]linic|[Ss]chool|[Mm]osque|[Bb]akery|[Mm]arket|[Cc]ent(?:re|er)|[Bb]rigade|[Bb]attalion|[Ff]ront|[Aa]rmy|[Cc]amp)\b))?(?:[A-Z][\w'’-]*)(?:\s(?:(?:al|el|ash|an|ad|ar|as|az|ez|bin|ibn|abu|de)[-\s])?[A-Z][\w'’-]*){0,3}/g;
/** A province's possessive before a place in it: "Idlib's Kafr Takharim", "Hama's Kafr Zita". */
const PROVINCE_POSSESSIVE = /^(?:Idlib|Idleb|Hama|Aleppo|Latakia)['’]s\s+(?=[A-Z])/;
const PLACE_CUE = /\b(?:in|at|near|of|outside|around|towards?|from|on|over|across|into|through|via|beyond|village|villages|town|towns|city|district|camp|hit|struck|bombed|shelled|pounded|pounding|targeted|targeting|raided|raiding|bombarded|bombarding|hammered|hammering|hitting|striking|bombing|shelling|and|including)\s+(?:the\s+)?(?:(?:town|village|city|district|countryside|outskirts|camp)\s+of\s+)?$/;
/** After a name: the attack it suffered ("Kafr Takharim came under heavy bombardment", "Ihsim was pounded"), which makes it a place. */
const ATTACKED_AFTER = /^\s+(?:(?:(?:military\s+)?academy\s+|market\s+|hospital\s+)?(?:attack|attacks|massacre|bombing|bombings|air\s*strikes?|strikes?|shelling)\b(?!\s+(?:on|against|by)\b)|came\s+under|(?:was|were)\s+(?:(?:again|also|repeatedly|heavily)\s+)?(?:hit|struck|bombed|shelled|targeted|pounded|attacked|raided|bombarded|hammered))\b/;
const PROVINCIAL_CAPITAL_RE = /\b(?:the\s+)?provincial capital\b/gi;
const PLACE_NAME = String.raw`(?:(?:al|el|ash|ad|an|ar|as|az)-)?[A-Z][\w'’-]+(?:\s(?:(?:al|el|ash|ad|an|ar|as|az)-)?[A-Z][\w'’-]+){0,2}`;
/** "the village of X", "the villages of X, Y and Z": context that introduces places. */
const NEW_PLACE_RE = new RegExp(String.raw`\b(village|town|city|district|camp|neighbourhood|neighborhood|suburb|hamlet|settlement)(s?)\s+of\s+(${PLACE_NAME}(?:(?:,\s*|,?\s+and\s+)${PLACE_NAME})*)`, 'g');
/** "Kafr Qasim village", "Maarzita town": the name, then the kind noun. */
const PLACE_KIND_AFTER_RE = new RegExp(String.raw`(?<![\w'’-])(${PLACE_NAME})\s+(village|town|hamlet|camp)\b(?!\s+of\b)`, 'g');
/** "the al-Qusour neighbourhood of Idlib city", "the Shaar district of Aleppo": a city's district, by name. */
const DISTRICT_OF_RE = new RegExp(String.raw`(?<![\w'’-])(${PLACE_NAME})\s+(?:district|neighbou?rhood|neighborhood|quarter)\s+of\s+(?:the\s+city\s+of\s+)?(${PLACE_NAME}(?:\s+city)?)`, 'g');
/** Words for peoples and faiths, which qualify a village without naming it ("the Druze village"). */
const PEOPLE_ADJECTIVE = /^(?:[A-Z][a-z]+(?:ian|ish|ese|ite|ic)|Arab|Druze|Iraqi|Israeli|Yazidi|Sunni|Shia|Shiite|Turkmen|Kurd|Frontline|Border|Rebel|Opposition|Government|Regime|Nearby|Neighbouring|Neighboring|Small|Big|Large|Remote|Hilltop|Mountain|Farming|Market|Home|Same|Whole|Entire|Northern|Southern|Eastern|Western|Next|Last|First|Second|Third|Old|New|Ancient|Historic|Strategic|Key)$/;
/** "X in Idlib province", "X in the southern Idlib countryside", "X, in the north of Hama province": X lies in that province. */
const IN_PROVINCE_RE = /^,?\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|centre|center)\s+of\s+)?(?:(?:southern|northern|eastern|western|north-?western|north-?eastern|south-?western|south-?eastern|rural|central)\s+)?([A-Z][\w'-]+)\s+(?:province|governorate|countryside)\b/;

const NATION_GATE = /\b(?:Russian|Syrian|Turkish|Iranian|American)\s/;
const NATION_PEER_RE = /\b(?<![-'])(Russian|Syrian|Turkish|Iranian|American)\s+(?:colleagues|partners|counterparts?|side)(?![\w'-])/g;
/** An aircraft's model: "Su-24", "Su-34M", "MiG-23s", "L-39", "F-16s", "Tu-22M3". */
const AIRCRAFT_MODEL = String.raw`(?:Su|MiG|L|F|Tu|Mi|Ka)-\d+[A-Z\d]*`;
/**
 * A nationality, up to two modifiers (hyphenated words, a model, a few military adjectives) and a
 * military noun. "fighters" is left out: "Syrian fighters" may be anyone's.
 */
const FORCE_PHRASE_RE = new RegExp(
  String.raw`\b(?<![-'])(Russian|Syrian|Turkish)\s+(?:(?:[a-z]+-[a-z]+|${AIRCRAFT_MODEL}|Sukhoi|military|combat|attack|strategic|heavy|unmanned)\s+){0,2}(?:aircraft|jets?|warplanes?|planes?|bombers?|helicopters?|gunships?|fighter\s+jets?|raids?|air\s+raids?|air\s?strikes?|strikes?|drones?|${AIRCRAFT_MODEL}s?)(?![\w'-])`,
  'g',
);

const PLACE_SITE_AFTER = /^(?:'s)?\s+(?:(?:main|central|old|local|surgical|national|vegetable|busy|crowded|covered|eastern|western|northern|southern)\s+)?(?:hospital|market|marketplace|bakery|school|mosque|clinic|outskirts|countryside|local\s+council|residents)\b|^\s+(?:was|were|has\s+been|had\s+been)\s+(?:bombed|shelled|struck|pounded|targeted|hit\s+by)\b/;
/**
 * A name that labels its line ("- Sarmin: a hospital was hit", "Darkush (Jisr al-Shughur area): …") or
 * that an appositive says is a place ("Sarmin, a town in Idlib, …"): cues for a name the gazetteer knows.
 */
/** A list entry's date before its place label: "- 16 May 2019, Qalaat al-Madiq: …". */
const DATED_LABEL_LEAD = /(?:^|\n)[ \t]*(?:[-•\x95*–\x96—\x97][ \t]*|\d{1,2}[.)][ \t]*)?(?:\d{1,2}\s+[A-Z][a-z]+\.?(?:\s+\d{4})?|[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s+\d{4})?),?[ \t]+$/;
function labelOrAppositive(folded: string, start: number, end: number): boolean {
  const after = folded.slice(end, end + 60);
  if (/^,\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}(?:town|village|city|district|hamlet)\b/.test(after)) return true;
  // "Sarmin's main market", "the Sarmin hospital", "Sarmin was shelled": a site of the place, or the place hit.
  if (PLACE_SITE_AFTER.test(after)) return true;
  return /^\s*(?:\([^()\n]{1,40}\))?\s*:\s/.test(after) && /(?:^|\n)[ \t]*(?:[-•\x95*–\x96—\x97][ \t]*|\d{1,2}[.)][ \t]*)?$/.test(folded.slice(Math.max(0, start - 8), start));
}

const TOWN_KINDS: ReadonlySet<PlaceKind> = new Set([PlaceKind.CITY, PlaceKind.TOWN, PlaceKind.VILLAGE, PlaceKind.DISTRICT]);
/** A city, town, village or district of the gazetteer. */
function isTown(slug: string | null | undefined): boolean {
  const k = slug ? PLACES.get(slug)?.kind : undefined;
  return k !== undefined && TOWN_KINDS.has(k);
}
/** The town a facility is said to be in, right after its name: " in Jisr al-Shughur", " of Ariha". */
const FACILITY_PLACED = /^\s+(?:in|at|of)\s+((?:al-)?[A-Z][\w'-]+(?:\s+(?:al-)?[A-Z][\w'-]+){0,2})/;

/** The word after a place name that makes it a news outlet's name. */
const OUTLET_AFTER = /^ (?:Today|Times|Post|Herald|Tribune|Gazette|TV|Radio|Online)\b/;

interface AliasHit {
  index: number;
  surface: string;
}

/**
 * What the province in play did in one `findMentions` call: the names looked up with it (and what
 * they gave), and whether it stood in for a province the text did not give. When it was null and
 * another province gives the same lookups and no stand-in was needed, the mentions are the same.
 */
export interface ProvinceTrace {
  lookups: Array<[string, string | null]>;
  fallback: boolean;
}

/** Whether `findMentions` with `province` would give what the traced call (made with no province) gave. */
export function sameWithProvince(trace: ProvinceTrace, province: string | null): boolean {
  if (province === null) return true;
  return !trace.fallback && trace.lookups.every(([name, slug]) => lookupPlace(name, province) === slug);
}

/** The last segment scanned: `analyse` looks at each sentence twice (without and with its province). */
let lastScan: { seg: string; titleCase: boolean; hits: AliasHit[] } | null = null;

/** Where the alias table matches in `seg`, leftmost-longest ("the UN" gives way to "UN Security Council"). */
function aliasHits(seg: string, titleCase: boolean): AliasHit[] {
  if (lastScan && lastScan.seg === seg && lastScan.titleCase === titleCase) return lastScan.hits;
  const hits: AliasHit[] = [];
  for (let m = ALIASES.find(seg, 0, titleCase); m; m = ALIASES.find(seg, m.end, titleCase)) {
    let hit: AliasHit = { index: m.start, surface: seg.slice(m.start, m.end) };
    // Leftmost match "the UN" must not hide the longer "UN Security Council" that starts one word later.
    const art = /^the\s+/i.exec(hit.surface);
    if (art) {
      const longer = ALIASES.at(seg, m.start + art[0].length, titleCase);
      if (longer && longer.end > m.end) {
        hit = { index: longer.start, surface: seg.slice(longer.start, longer.end) };
        m = longer;
      }
    }
    hits.push(hit);
  }
  lastScan = { seg, titleCase, hits };
  return hits;
}

/**
 * Finds actor and place mentions in `folded[start, end)` (a sentence or line of the folded text).
 * `province` is the province in play nearby (for disambiguating same-name places).
 */
/** A state's armed forces named by its leader's bare surname: "Assad's forces", "Assad's jets". */
const LEADER_FORCES_AFTER = /^['’]s\s+(?:[a-z-]+\s+)?(?:forces|troops|army|soldiers|jets|warplanes|aircraft|helicopters|militias?|artillery|gunners)\b/;
/** The state's army for a leader's surname before a force noun; the leader otherwise (a full name stays the person). */
function leaderForces(slug: string, surface: string, after: string): string {
  const a = ACTORS.get(slug);
  if (a?.kind !== ActorKind.PERSON || /\s/.test(surface.trim()) || !LEADER_FORCES_AFTER.test(after)) return slug;
  const state = a.partOf ? ACTORS.get(a.partOf) : undefined;
  return state?.kind === ActorKind.STATE && state.arm ? state.arm : slug;
}

export function findMentions(
  folded: string,
  start: number,
  end: number,
  province: string | null,
  newPlaces: Map<string, NewPlace>,
  trace?: ProvinceTrace,
): Mention[] {
  const out: Mention[] = [];
  // Every use of the province in play goes through these two, so that a trace can tell whether it mattered.
  const lookupNear = (name: string): string | null => {
    const slug = lookupPlace(name, province);
    trace?.lookups.push([name, slug]);
    return slug;
  };
  const orProvince = (p: string | null | undefined): string | null => {
    if (p == null && trace) trace.fallback = true;
    return p ?? province;
  };
  const seg = folded.slice(start, end);
  const words = seg.match(/\b[A-Za-z][\w'-]*/g) ?? [];
  const titleCase = words.length > 0 && words.filter((w) => /^[A-Z]/.test(w)).length / words.length > 0.6;
  // A title-case line ("Russian Jets Pound Idlib Market") capitalises words the aliases keep in lower case.
  for (const m of aliasHits(seg, titleCase)) {
    const surface = m.surface;
    const key = aliasKey(surface);
    const variants = exactCase.get(key);
    let cands = aliasTargets.get(key);
    // Case-sensitive aliases: after the first letter the alias must match exactly ("AN" is not "an");
    // place names only need their words capitalised alike ("Idlib City"); a title-case line may
    // capitalise a lower-case letter, never lower a capital ("Russian Jets", but "Who" is not "WHO").
    const tail = caseKey(surface).slice(1);
    if (variants && !variants.has(tail) && !(titleCase && [...variants].some((v) => titleCased(v, tail))) && ![...variants].some((v) => longName(`x${v}`) && lowerWordStarts(v, tail))) cands = cands?.filter((c) => c.type === 'place');
    if (!cands || cands.length === 0) continue;
    const s = start + m.index;
    const t = chooseTarget(folded, { start: s, end: s + surface.length, surface }, cands, out[out.length - 1]);
    if (!t) continue;
    let slug = t.slug;
    // "Idlib Today", "Aleppo Post": a place name that opens a news outlet's name is not a place mention.
    if (t.type === 'place' && OUTLET_AFTER.test(folded.slice(s + surface.length, s + surface.length + 12))) continue;
    if (t.type === 'place') slug = provinceForm(folded, s, s + surface.length, slug);
    // "the national hospital in Jisr al-Shughur" is not Idlib city's National Hospital: a facility placed in another town is another facility.
    if (t.type === 'place' && PLACES.get(slug)?.kind === PlaceKind.FACILITY && isTown(PLACES.get(slug)?.parent)) {
      const where = FACILITY_PLACED.exec(folded.slice(s + surface.length, s + surface.length + 40));
      const there = where?.[1] ? lookupNear(where[1]) : null;
      if (there && isTown(there) && !placeChain(slug).includes(there)) continue;
    }
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
      const placeSlug = lookupNear(seat[1]);
      const ps = s + surface.length - seat[1].length;
      if (placeSlug && PLACES.get(placeSlug)?.kind !== PlaceKind.COUNTRY) out.push({ start: ps, end: s + surface.length, surface: seat[1], type: 'place', slug: placeSlug });
    }
  }
  const covered = (a: number, b: number): boolean => out.some((x) => a < x.end && b > x.start);

  // A state's forces named by its adjective and a military noun the alias table does not list word
  // for word: "Russian fixed-wing aircraft", "a Russian Su-24", "Russian raids", "Syrian L-39 jets".
  if (NATION_GATE.test(seg)) {
    // "our Turkish colleagues", "its Russian partners", "the Syrian side": the state itself ("their Russian allies"
    // may be the forces, and is left alone).
    const named: Array<[RegExp, (state: string) => string | null | undefined]> = [
      [FORCE_PHRASE_RE, (state) => ACTORS.get(state)?.arm],
      [NATION_PEER_RE, (state) => (ACTORS.has(state) ? state : null)],
    ];
    for (const [re, actorOf] of named) {
      re.lastIndex = 0;
      for (let m = re.exec(seg); m; m = re.exec(seg)) {
        const s = start + m.index;
        const e = s + m[0].length;
        const slug = actorOf(NATIONALITY_STATE[m[1] ?? ''] ?? '');
        if (slug && !covered(s, e)) out.push({ start: s, end: e, surface: m[0], type: 'actor', slug });
      }
    }
  }

  // Possessives before a lower-case word ("Assad's forces", "MSF's head"), which the alias pass leaves to longer aliases.
  if (seg.includes("'s")) {
    for (const m of PERSON_POSSESSIVES.all(seg)) {
      const s = start + m.start;
      const e = start + m.end;
      const surface = seg.slice(m.start, m.end);
      const cand = aliasTargets.get(aliasKey(surface))?.find((c) => c.type === 'actor');
      if (!cand) continue;
      // A shorter alias inside it ("UN" in "the UN Security Council's vote") gives way to the longer name.
      const inside = out.filter((x) => s < x.end && e > x.start);
      if (inside.some((x) => x.end > e || x.end - x.start >= e - s || !/^(?:the\s+)?$/i.test(folded.slice(Math.min(x.start, s), s)))) continue;
      for (const x of inside) out.splice(out.indexOf(x), 1);
      out.push({ start: s, end: e, surface, type: 'actor', slug: leaderForces(cand.slug, surface, folded.slice(e, e + 40)) });
    }
  }

  // Elliptical coordination: "Syrian and Russian positions", "Russian and Syrian government forces", "neither Russian nor
  // Syrian aircraft" name both forces although only "Syrian positions" or "Russian forces" is written whole.
  if (/[A-Z][a-z]+,? (?:and|or|nor) [A-Z]/.test(seg)) {
    ELLIPSIS_RE.lastIndex = 0;
    for (let m = ELLIPSIS_RE.exec(seg); m; m = ELLIPSIS_RE.exec(seg)) {
      const [, w1 = '', w2 = '', rest = ''] = m;
      const s1 = start + m.index;
      const s2 = s1 + m[0].length - rest.length - w2.length - 1;
      const words = rest.split(' ');
      for (const [w, at] of [[w1, s1], [w2, s2]] as Array<[string, number]>) {
        if (covered(at, at + w.length)) continue;
        for (let k = Math.min(3, words.length); k >= 1; k--) {
          // The words as written, then the adjective with their head noun ("Russian … forces").
          const tries = [`${w} ${words.slice(0, k).join(' ')}`, ...(k >= 2 ? [`${w} ${words[k - 1] ?? ''}`] : [])];
          const actor = tries.map((t) => aliasTargets.get(aliasKey(t))?.find((c) => c.type === 'actor' && !c.contextual)).find((x) => x !== undefined);
          if (actor) {
            out.push({ start: at, end: at + w.length, surface: w, type: 'actor', slug: actor.slug, elliptical: true });
            break;
          }
        }
      }
      ELLIPSIS_RE.lastIndex = m.index + m[0].length - rest.length;
    }
  }

  // A place before a possessive ("Idlib's displaced"). A capital that also names its government
  // stands for that government ("Ankara's failure") unless a part of the city follows ("Damascus's suburbs").
  if (seg.includes("'s")) {
    for (const m of PLACE_POSSESSIVES.all(seg)) {
      const s = start + m.start;
      const e = start + m.end;
      // ("Idlib city's crowded market": the whole-word pass took "Idlib" alone, because a possessive before a lower-case
      // word is left to this pass; the longer name that starts there replaces it)
      const shorter = out.findIndex((x) => x.start === s && x.end < e && x.type === 'place');
      if (shorter >= 0 && !out.some((x, i) => i !== shorter && s < x.end && e > x.start)) out.splice(shorter, 1);
      if (covered(s, e)) continue;
      const surface = seg.slice(m.start, m.end);
      const cands = aliasTargets.get(aliasKey(surface)) ?? [];
      const place = cands.find((c) => c.type === 'place');
      const actor = cands.find((c) => c.type === 'actor');
      if (!place) continue;
      if (actor && !CITY_PART_AFTER.test(folded.slice(e, e + 40))) out.push({ start: s, end: e, surface, type: 'actor', slug: actor.slug });
      else out.push({ start: s, end: e, surface, type: 'place', slug: provinceForm(folded, s, e, place.slug) });
    }
  }

  // "the provincial capital": the capital of the province in play.
  PROVINCIAL_CAPITAL_RE.lastIndex = 0;
  for (let m = PROVINCIAL_CAPITAL_RE.exec(seg); m; m = PROVINCIAL_CAPITAL_RE.exec(seg)) {
    if (trace) trace.fallback = true;
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
    // "Su-24M", "Brigade 46": a name with a digit is a model or unit number, never a settlement.
    if (/\d/.test(name)) return;
    // "the Orontes river", "the Ghab plain": a natural feature, not a settlement.
    if (NATURAL_FEATURE_AFTER.test(folded.slice(s + name.length, s + name.length + 16))) return;
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
  // "Kafr Qasim village", "the Hass town": a kind noun after the name introduces it too.
  PLACE_KIND_AFTER_RE.lastIndex = 0;
  for (let m = / (?:village|town|hamlet|camp)\b/.test(seg) ? PLACE_KIND_AFTER_RE.exec(seg) : null; m; m = PLACE_KIND_AFTER_RE.exec(seg)) {
    const name = m[1] ?? '';
    const s0 = start + m.index;
    const toks = name.split(/\s+/);
    if (NOT_A_PLACE.test(name) || NOT_A_PLACE_WORD.test(name) || toks.some((t) => PEOPLE_ADJECTIVE.test(t))) continue;
    const kindWord = (m[2] ?? 'village').toLowerCase();
    // A camp is named with its noun ("al-Amal camp", as "Atmeh camp"); a village or town without it.
    introduce(kindWord === 'camp' ? m[0] : name, s0, kindWord, orProvince(provinceAfter(folded, s0 + m[0].length)));
  }
  if (/\b(?:district|neighbou?rhood|neighborhood|quarter)\s+of\s/.test(seg)) {
    DISTRICT_OF_RE.lastIndex = 0;
    for (let m = DISTRICT_OF_RE.exec(seg); m; m = DISTRICT_OF_RE.exec(seg)) {
      const name = m[1] ?? '';
      const city = lookupPlace(m[2] ?? '', null);
      if (!city || NOT_A_PLACE.test(name) || NOT_A_PLACE_WORD.test(name)) continue;
      introduce(name, start + m.index, 'district', city);
    }
  }
  NEW_PLACE_RE.lastIndex = 0;
  for (let m = NEW_PLACE_RE.exec(seg); m; m = NEW_PLACE_RE.exec(seg)) {
    const list = m[3] ?? '';
    const listAt = start + m.index + m[0].length - list.length;
    const kindWord = (m[1] ?? 'village').toLowerCase();
    // A province named right after the place ("the village of X in Idlib province") is its parent.
    const prov = orProvince(provinceAfter(folded, listAt + list.length));
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
    const prov = orProvince(named && PLACES.get(named)?.kind === PlaceKind.PROVINCE ? named : null);
    introduce(name, s0, (m[2] ?? 'village').toLowerCase(), prov);
  }
  // "X, 10 km south of Ariha": a name placed by its distance and bearing from a known place.
  if (/\b(?:north|south|east|west)\w*\s+of\s/.test(seg)) {
    BEARING_PLACE_RE.lastIndex = 0;
    for (let m = BEARING_PLACE_RE.exec(seg); m; m = BEARING_PLACE_RE.exec(seg)) {
      const name = m[1] ?? '';
      const s0 = start + m.index;
      if (s0 === start || NOT_A_PLACE.test(name) || NOT_A_PLACE_WORD.test(name)) continue;
      const anchor = lookupNear(m[2] ?? '');
      if (!anchor) continue;
      introduce(name, s0, 'village', orProvince(provinceOf(anchor)));
    }
  }
  // An unknown name where an attack landed ("struck the outskirts of X", "a convoy near X", "bombed X"):
  // a place in the province in play, only in a sentence that reports an attack.
  if (!titleCase && ATTACK_SENTENCE.test(seg) && ATTACK_HARM.test(seg)) {
    CAND_RE.lastIndex = 0;
    for (let m = CAND_RE.exec(seg); m; m = CAND_RE.exec(seg)) {
      const s0 = start + m.index;
      const name = m[0].replace(/['’]s$/, '');
      if (s0 === start || covered(s0, s0 + name.length) || NOT_A_PLACE.test(name) || NOT_A_PLACE_WORD.test(name)) continue;
      if (!ATTACK_PLACE_CUE.test(folded.slice(Math.max(0, s0 - 50), s0))) continue;
      // Names of people and organisations: a title before, or a person/organisation word after.
      if (NAME_OF_AGENT_AFTER.test(folded.slice(s0 + name.length, s0 + name.length + 30))) continue;
      // "the Shehba region", "the Ghab plain": an area, not a village the attack hit.
      if (AREA_WORD_AFTER.test(folded.slice(s0 + name.length, s0 + name.length + 20))) continue;
      // "the pumping station on the Orontes", "along the M4": a river or a road, not a village.
      if (/\b(?:on|along|across|over|by|beside)\s+the\s+$/i.test(folded.slice(Math.max(0, s0 - 12), s0))) continue;
      if (lookupNear(name)) continue;
      introduce(name, s0, 'village', orProvince(null));
    }
  }
  // Capitalised phrases known to the gazetteer, behind a locative cue.
  CAND_RE.lastIndex = 0;
  for (let m = CAND_RE.exec(seg); m; m = CAND_RE.exec(seg)) {
    // "In Salqin, a drone fell": a capitalised preposition opening the sentence is the cue, not part of the name.
    const opener = /^(?:In|At|Near|Outside|Around|Inside)\s+(?=[A-Z])/.exec(m[0]);
    // ("The Sarmin hospital": the article opens the phrase, not the name; a cue is still needed)
    const article = opener ? null : /^The\s+(?=[A-Z])/.exec(m[0]);
    // ("Idlib's Kafr Takharim": a province's possessive is the cue, not part of the name)
    const province = opener || article ? null : PROVINCE_POSSESSIVE.exec(m[0]);
    const skip = (opener ?? article ?? province)?.[0].length ?? 0;
    const cand = m[0].slice(skip);
    const s0 = start + m.index + skip;
    if (covered(s0, s0 + cand.length)) continue;
    const before = folded.slice(Math.max(0, s0 - 40), s0);
    const label = !opener && !PLACE_CUE.test(before) && /^\s*:\s/.test(folded.slice(s0 + cand.length, s0 + cand.length + 3)) && DATED_LABEL_LEAD.test(folded.slice(Math.max(0, s0 - 30), s0));
    if (!opener && !province && !label && !PLACE_CUE.test(before) && !ATTACKED_AFTER.test(folded.slice(s0 + cand.length, s0 + cand.length + 40)) && !isDateline(folded, s0, s0 + cand.length) && !bracketPlace(folded, s0 + cand.length) && !datedHeading(folded, s0, s0 + cand.length) && !labelOrAppositive(folded, s0, s0 + cand.length)) continue;
    const tokens = cand.split(/\s+/);
    for (let n = tokens.length; n >= 1; n--) {
      const name = tokens.slice(0, n).join(' ').replace(/['’]s$/, '');
      // "Ankara's failure": a capital's possessive is its government (the alias pass decides).
      if (name.length < tokens.slice(0, n).join(' ').length && aliasTargets.get(aliasKey(name))?.some((c) => c.type === 'actor') && !CITY_PART_AFTER.test(folded.slice(s0 + name.length, s0 + name.length + 40))) break;
      // (a dated list entry's label, "- 16 May 2019, Qalaat al-Madiq: …", names a Syrian place outright: the province in play does not decide)
      const outright = label ? lookupPlace(name, null) : null;
      const slug = lookupNear(name) ?? (outright && PLACES.get(outright)?.country === 'SY' ? outright : null);
      if (slug && PLACES.get(slug)?.kind !== PlaceKind.COUNTRY) {
        out.push({ start: s0, end: s0 + name.length, surface: name, type: 'place', slug: provinceForm(folded, s0, s0 + name.length, slug) });
        break;
      }
    }
  }
  // "struck Kafr Nabl, Hass and Kafr Qasim": an unknown name listed with places where an attack landed.
  const listedAfterAttackedPlace = (at: number, depth: number): boolean => {
    const link = /(?:,|,?\s+and|,?\s+or)\s+$/.exec(folded.slice(Math.max(start, at - 8), at));
    if (!link || depth === 0) return false;
    const prev = out.find((x) => x.type === 'place' && x.end === at - link[0].length);
    return !!prev && (ATTACK_PLACE_CUE.test(folded.slice(Math.max(0, prev.start - 50), prev.start)) || listedAfterAttackedPlace(prev.start, depth - 1));
  };
  if (!titleCase && ATTACK_SENTENCE.test(seg) && ATTACK_HARM.test(seg) && /,|\band\b|\bor\b/.test(seg)) {
    CAND_RE.lastIndex = 0;
    for (let m = CAND_RE.exec(seg); m; m = CAND_RE.exec(seg)) {
      const s0 = start + m.index;
      const name = m[0].replace(/['’]s$/, '');
      if (s0 === start || covered(s0, s0 + name.length) || NOT_A_PLACE.test(name) || NOT_A_PLACE_WORD.test(name)) continue;
      if (!listedAfterAttackedPlace(s0, 5)) continue;
      if (NAME_OF_AGENT_AFTER.test(folded.slice(s0 + name.length, s0 + name.length + 30))) continue;
      introduce(name, s0, 'village', orProvince(null));
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
  const lead = folded.slice(ls, s);
  const after = folded.slice(e, e + 60);
  // (a factbox's entry may open with a bullet: "* KAFR TAKHARIM, Wednesday night - …")
  if (/^\s*(?:[-•\x95*▪][ \t]+)?(?:[A-Z][\w'-]*\/)*$/.test(lead)) {
    // An all-capitals place name alone on its line ("ANKARA").
    if (/^[A-Z][A-Z'-]+$/.test(folded.slice(s, e)) && /^(?:\/[A-Z][A-Z'-]*)*[ \t]*(?:\r?\n|$)/.test(after)) return true;
    if (/^(?:\/[A-Z][\w'-]*)*(?:,\s*(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+)(?:\s+(?:night|morning|afternoon|evening))?)?\s*(?:\([^)]{1,40}\))?\s*[-—\x97–\x96]\s/.test(after)) return true;
  }
  // The general shape, up to the dash that opens the story: places separated by "/", each with its
  // country or state, then the date and the agency tag ("WASHINGTON, D.C. / GAZIANTEP, Turkey,
  // November 18, 2019 –", "MOSCOW, June 9. /Agency/.").
  const line = folded.slice(ls, Math.min(folded.length, ls + 160));
  const dash = /\s[-—\x97–\x96]\s|\s\/[A-Z][^/\n]{1,40}\/\.?\s/.exec(line);
  // Only the place opening each "/"-separated part: what follows its comma is a country, state or outlet.
  if (!dash || s - ls >= dash.index || !/(?:^|\/)\s*$/.test(lead)) return false;
  return DATELINE_HEAD.test(line.slice(0, dash.index));
}
const DL_PLACE = String.raw`[A-Z][\w'.-]*(?:\s[A-Z][\w'.-]*){0,3}`;
const DL_DATE = String.raw`(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{4})?)\.?`;
/** A dateline before its dash: up to four "/"-separated places, each with up to two qualifiers, a date, a tag. */
const DATELINE_HEAD = new RegExp(
  String.raw`^\s*${DL_PLACE}(?:,\s*(?!${DL_DATE})${DL_PLACE}){0,2}(?:\s*\/\s*${DL_PLACE}(?:,\s*(?!${DL_DATE})${DL_PLACE}){0,2}){0,3}(?:,?\s*${DL_DATE})?\s*(?:\([^)\n]{1,40}\))?\s*$`,
);

/** "X, a village in (the) (southern) Idlib (province)": group 1 the name, 2 the kind, 3 the province word. */
const APPOSITIVE_PLACE_RE = new RegExp(
  String.raw`(${PLACE_NAME}),\s+(?:a|an|the)\s+(?:(?:small|nearby|rebel-held|opposition-held|government-held|frontline|front-line|strategic|key|northern|southern|eastern|western|rural)\s+)*(village|town|city|hamlet|district|neighbou?rhood|suburb|camp)\b(?:\s+(?:in|of|near|on the outskirts of|outside)\s+(?:the\s+)?(?:(?:southern|northern|eastern|western|north-?western|north-?eastern|south-?western|south-?eastern|rural|central|northwest|northeast|southwest|southeast)\s+)?([A-Z][\w'-]+))?`,
  'g',
);
/** "X, (about) 10 km south of Y": group 1 the name, group 2 the known place it is measured from. */
const BEARING_PLACE_RE = new RegExp(
  String.raw`(${PLACE_NAME}),\s+(?:about\s+|some\s+|roughly\s+|around\s+|nearly\s+|just\s+)?(?:\d+\s?(?:km|kilometres|kilometers|miles)\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of\s+(?:the\s+(?:city|town)\s+of\s+)?(${PLACE_NAME})`,
  'g',
);
/** A word after a name that makes it an area rather than a settlement. */
const AREA_WORD_AFTER = /^\s+(?:region|area|plain|valley|mountains?|hills|desert|front|sector|pocket|enclave)\b/i;
/** A sentence reporting an attack with harm or damage (for introducing unknown places). */
const ATTACK_SENTENCE = /\b(?:retaliat(?:ed|ing)|air ?strikes?|air-strikes?|strikes?|raids?|bomb\w*|shell\w*|artillery|rockets?|missiles?|barrel bombs?|warplanes?|jets?|helicopters?|drones?|aircraft|attack\w*|struck|hit|pounded|targeted)\b/i;
const ATTACK_HARM = /\b(?:kill\w*|retaliat(?:ed|ing)|wound\w*|injur\w*|dead|died|destroy\w*|damag\w*|struck|hit|pounded|bombed|shelled|targeted|casualt\w*|hurt)\b/i;
/** Where an attack landed: right after the attack verb, "the outskirts of", "near", "in", "on". */
const ATTACK_PLACE_CUE =
  /(?:\b(?:struck|hit|hits|bombed|shelled|pounded|targeted|targeting|raided|striking|hitting|bombing|shelling|pounding)\s+(?:the\s+)?(?:(?:outskirts|edge|centre|center|east|west|north|south|heart)\s+of\s+)?|\b(?:outskirts|edge|vicinity)\s+of\s+|\b(?:convoy|post|base|checkpoint|position|market|hospital|school|mosque|bakery|camp|clinic)\s+(?:near|outside|in|at)\s+|\b(?:in|near|on|at|outside|around)\s+(?:the\s+)?(?:(?:town|village|city|area|district|countryside)\s+of\s+)?)$/i;
/** After a name: a person's or organisation's ("X, a spokesman", "X said", "X fighters"), so not a place. */
const NAME_OF_AGENT_AFTER =
  /^\s*(?:,\s*(?:a|an|the)\s+(?:spokes\w+|resident|doctor|volunteer|official|commander|member|father|mother)|\s+(?:said|told|says|added|who|family|clan|militants?|fighters|forces|Group|Brigade|Army|Front|Council|Ministry|Agency|Organi[sz]ation|Network|Committee|Foundation|Society|News|Media|TV|Radio))\b/;
/** "Syrian and Russian positions": two adjectives sharing the words after them. */
const ELLIPSIS_RE = /\b([A-Z][a-z]+),? (?:and|or|nor) ([A-Z][a-z]+) ((?:[a-z-]+ ){0,2}[a-z-]+)/g;
/** Capitalised words that are never a village name. */
const NOT_A_PLACE_WORD =
  /^(?:[A-Z]{2,}\b|(?:Mr|Mrs|Ms|Dr|President|Minister|General|Colonel|Captain|Sheikh|Prince|King|Pope|Parliament|Congress|Geneva|English|Arabic|Turkish|Russian|Syrian|Iranian|American|British|French|European|Western|Islamic|Islamist|Jihadist|Kurdish|Shiite|Shia|Sunni|Alawite|Muslim|Christian|Assad|Air|Airstrikes?|Strikes?|Least|Ramadan|Eid|Christmas|Easter|Telegram|Twitter|Facebook|Instagram|YouTube|WhatsApp|Google|Reuters|Idlib|Idleb|Hama|Aleppo|Latakia|Syria|Turkey|Russia|Iran|Israel|Lebanon|Iraq|Jordan|Europe|However|Meanwhile|Later|Earlier|Both|Several|Many|Some|Most|All|Other|Another|This|That|These|Those|There|Their|They|When|While|After|Before|During|Since|Until|Following|Amid|As|It|He|She|We|His|Her|Its|Our)\b)/;

/** A natural feature's noun after a name ("the Orontes river"). */
const NATURAL_FEATURE_AFTER = /^\s+(?:river|lake|dam|valley|plain|plains|mountains?|hills?|heights|range|canal|spring|springs|sea|gulf|bay|desert|steppe|basin|reservoir)\b/i;
/** A bracket naming where a place lies: "Harem (Idlib)", "al-Zahraa (Aleppo city)", "X (Idlib province)". */
const WHERE_BRACKET = /^\s*\((?:the\s+)?([A-Z][\w'-]+(?:[\s-][A-Za-z][\w'-]+){0,3})\)/;

/** Cues strong enough to introduce an unknown name as a place (not "of": "fighters of Jaish al-Izza"). */
const STRONG_PLACE_CUE = /\b(?:in|at|near|outside|around|towards?|on|hit|struck|bombed|shelled|targeted|pounded|raided)\s+(?:the\s+)?$/;
const NOT_A_PLACE =
  /^(?:jaish|jabhat|liwa|harakat|hayat|hay'at|ahrar|faylaq|ansar|kataib|brigade|army|front|the|a|an|in|on|at|its|their|his|her|government|rebel|opposition|regime|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|syria|turkey|russia)\b/i;

/** A section heading that opens with a place and ends with its day: "Armanaz market, 24 October", "Sarmin, Oct. 26". */
const DATED_HEADING_AFTER = /^(?:\s+[a-z]+){0,2},\s*(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2})(?:,?\s+\d{4})?[ \t]*(?:\r?\n|$)/;
/** A numbered section heading's number: "2. " in "2. Darkoush, 17 May" or "3) Salqin". */
const HEADING_NUMBER = /^[ \t]*(?:\d{1,2}[.)][ \t]+)?$/;
/** A table row's first cells, a place then its day: "- Ihsim - Fri 15 Oct - …", "Kansafra | 12 October | …". */
const ROW_MARKER = /^[ \t]*(?:[-•\x95*–\x96—\x97▪][ \t]+)?$/;
const ROW_DATE_AFTER = /^\s*(?:\([^()\n]{1,40}\)\s*)?[-—\x97–\x96|]\s+(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2})(?:,?\s+\d{4})?\s+[-—\x97–\x96|]\s/;
/**
 * Whether `folded[s, e)` opens its line as a place the line is about: a table row's first cell before its day, or a
 * section heading ("Armanaz market, 24 October", "2. Darkoush, 17 May", "3. Salqin").
 */
function datedHeading(folded: string, s: number, e: number): boolean {
  const ls = folded.lastIndexOf('\n', s - 1) + 1;
  const lead = folded.slice(ls, s);
  if (ROW_MARKER.test(lead) && ROW_DATE_AFTER.test(folded.slice(e, e + 80))) return true;
  if (!HEADING_NUMBER.test(lead)) return false;
  // ("3. Salqin": a numbered heading that is the name alone)
  return DATED_HEADING_AFTER.test(folded.slice(e, e + 40)) || (/\d/.test(lead) && /^[ \t]*(?:\r?\n|$)/.test(folded.slice(e, e + 4)));
}

/** True when a bracket right after `pos` names a known place ("Harem (Idlib)"): the name before it is a place. */
function bracketPlace(folded: string, pos: number): boolean {
  const m = WHERE_BRACKET.exec(folded.slice(pos, pos + 50));
  if (!m?.[1]) return false;
  const inner = m[1].replace(/\s+(?:city|province|governorate|countryside|region|district)$/i, '');
  return lookupPlace(inner, null) !== null || aliasTargets.get(aliasKey(inner))?.some((c) => c.type === 'place') === true;
}

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
  // "Aleppo province", "the Idlib and Aleppo governorates", "parts of Aleppo and Latakia provinces",
  // "the provinces of Hama and Aleppo".
  const after2 = folded.slice(e, e + 60);
  if (
    /^\s+(?:province|provinces|countryside|governorates?|region|mountains|hills)\b/i.test(after) ||
    // "western Aleppo", "northern Hama": a compass point before a provincial capital names the province's part.
    /\b(?:(?:north|south)-?(?:east|west)ern|northern|southern|eastern|western|rural)\s+$/i.test(before) ||
    /^(?:,\s*[A-Z][\w'-]+){0,3},?\s+and\s+(?:the\s+)?[A-Z][\w'-]+\s+(?:provinces|governorates)\b/.test(after2) ||
    /\b(?:province|provinces|governorates?|countryside) of\s+$/i.test(before) ||
    // "the Jabal al-Akrad area of Latakia": a named area of a province, not of its capital ("a busy area of X city" is the city's).
    (/\b[A-Z][\w'’-]+\s+(?:area|region) of\s+$/.test(before) && !/^\s+city\b/i.test(after)) ||
    /\b(?:provinces|governorates) of\s+(?:[A-Z][\w'-]+,\s*){1,3}$/.test(before) ||
    /\b(?:provinces|governorates) of\s+(?:[A-Z][\w'-]+,\s*){0,3}[A-Z][\w'-]+,?\s+and\s+$/.test(before)
  ) {
    return provinceOf(slug) ?? slug;
  }
  return slug;
}


const PERSON_TITLE = String.raw`(?:Dr|Mr|Mrs|Ms|Prof|Professor|Major-General|Major General|Maj-Gen|Maj\. Gen\.|Lieutenant-General|Lieutenant General|Lt-Gen|Lt\. Gen\.|Brigadier-General|Brigadier General|Brig\. Gen\.|Rear Admiral|Vice Admiral|Admiral|General|Gen\.|Colonel|Col\.|Lieutenant-Colonel|Lieutenant Colonel|Lt\. Col\.|Major|Maj\.|Captain|Capt\.|Lieutenant|Lt\.|Sergeant|Sgt\.|Brigadier|Sheikh|Imam|Father|Nurse|Spokesperson|Spokesman|Spokeswoman|Pastor|Bishop|Archbishop|Engineer|Sister|Judge|Senator|Sen\.|Rep\.|Ambassador|President|Prime Minister|Foreign Minister|Defence Minister|Defense Minister|Minister|Deputy|Governor|Mayor)\.?`;
const PERSON_ROLE_BEFORE = /\b(?:spokes(?:man|woman|person)|envoy|ambassador|analyst|researcher|director|commander|official|officer|minister|adviser|advisor|coordinator|co-ordinator|representative|chief|head|surgeon|doctor|nurse|paramedic|volunteer|resident|activist|lawyer|expert|fellow|professor|scholar|economist|mayor|governor|leader|founder|president|chairman|chairwoman|secretary|manager|colleague|brother|sister|father|mother|son|daughter|wife|husband|uncle|cousin|neighbour|neighbor|farmer|teacher|trader|driver|owner|shopkeeper|vendor|seller|worker|student|survivor|witness)\s+$/i;
const NAME_WORD = String.raw`[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?`;
const PERSON_NAME_RE = new RegExp(String.raw`(?<![\w'’-])(?:(${PERSON_TITLE})\s+)?(${NAME_WORD}(?:\s+(?:(?:al|el|bin|ibn|abu|abdel|abdul|van|von|de|da|di|le|la)[-\s])?${NAME_WORD}){1,3})(?![\w'’-])`, 'g');
/**
 * After a name: what shows it is a person's ("X, the ministry's spokesman", "X, who", "X, 34,", "X of
 * the …"). A speech verb alone is no evidence ("Saudi Arabia said"): speakers are the statement step's.
 */
const PERSON_AFTER = /^(?:,\s+(?:who|whose)\b|,\s+(?:a|an|the|his|her|its|their)\s+(?:[\w'’-]+\s+){0,6}?(?:spokes(?:man|woman|person)|envoy|ambassador|analyst|researcher|director|commander|official|officer|minister|adviser|advisor|coordinator|co-ordinator|representative|chief|head|surgeon|doctor|nurse|paramedic|volunteer|resident|activist|journalist|correspondent|reporter|lawyer|expert|fellow|professor|scholar|leader|founder|president|chairman|chairwoman|secretary|manager|colleague|brother|sister|father|mother|son|daughter|wife|husband|uncle|cousin|neighbour|neighbor|farmer|teacher|trader|driver|owner|shopkeeper|vendor|seller|worker|student|survivor|mother|man|woman|boy|girl)s?\b|,\s+(?:[\w'’-]+\s+){0,3}?(?:aged\s+)?\d{1,3}(?:,|-year-old)|\s+of\s+the\s+[A-Z])/;
const NOT_PERSON_WORD = /^(?:Dr|Mr|Mrs|Ms|Prof|Professor|Deputy|Head|Chief|Director|Spokesman|Spokeswoman|Spokesperson|Minister|President|Secretary|General|Commander|Colonel|Major|Captain|Lieutenant|Sergeant|Admiral|Brigadier|Sheikh|Imam|Ambassador|Envoy|Governor|Mayor|Judge|Senator|The|A|An|In|On|At|As|By|For|From|With|After|Before|Since|During|While|But|And|Or|If|When|Where|Who|Which|That|This|These|Those|It|Its|He|She|They|We|Our|Their|His|Her|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|However|Meanwhile|Separately|Later|Earlier|Both|Each|Every|Other|Asked|According|Syrian|Russian|Turkish|Iranian|American|British|French|European|Western|Arab|Kurdish|Islamic|Islamist|Jihadist|Northern|Southern|Eastern|Western|North|South|East|West|Central|Greater|Upper|Lower|New|Old|Saint|Mount|Jabal|Jebel|Lake|River|Kafr|Khan|Tell|Tal|Jisr|Maarat|Maaret|Deir|Ain|Bab|Ras|Umm)$/;
const ORG_PERSON_WORD = /^(?:Organi[sz]ation|Command|Committee|Coordination|Commission|Council|Society|Network|Office|Agency|Ministry|Department|Directorate|Authority|Administration|Centre|Center|Group|Front|Army|Forces|Brigade|Union|Coalition|Alliance|Observatory|Institute|Foundation|Association|Federation|Mission|Secretariat|Service|Services|Police|Court|Government|Parliament|Assembly|Board|Bureau|Team|Unit|Units|Corps|Media|News|Television|Radio|Channel|Watch|Press|Post|Times|Daily|Wire|Desk|Ledger|Dispatch|Hospital|Clinic|School|University|College|Market|Mosque|Camp|Street|Road|Highway|Square|Airport|Base|Province|Governorate|District|Countryside|Region|Plain|Valley|Hills?|Mountains?|Crossing|Bridge|Dam|Syria|Turkey|Russia|Iran|Israel|Lebanon|Iraq|Jordan|Europe|Idlib|Idleb|Hama|Aleppo|Latakia|Damascus|Moscow|Ankara|Geneva|Sochi|Astana|Washington|Security|Nations|Rights|Human|Civil|Defence|Defense|Foreign|Interior|Health|Humanitarian|Affairs|Relief|Crisis|Policy|Studies|Research|Program|Programme|Project|Initiative|Fund|Bank|Party|Movement|Operation|Operations|Room|Division|Regiment|Battalion|Squadron|Fleet|Navy|Air|Islam|Sham|Tahrir|Liberation|National|Free|Democratic|Republic|Kingdom|State|States|United|Union|Arab|Crescent|Red|Cross|Doctors|Medecins|Sans|Frontieres|Save|Children|Amnesty|International|Federal|Ltd|Inc|Company|Group)$/;

export interface PersonMention {
  start: number;
  end: number;
  name: string;
  slug: string;
  /** PERSON, or the kind of an organisation introduced by an appositive ("Sky Watch, a network of …"). */
  kind: ActorKind;
}

/** "Sky Watch, a network of plane spotters": an appositive that says the name is an organisation's. */
/** The head noun that ends an organisation's name. */
const ORG_HEAD_END = /\b(?:Cent(?:er|re)|Network|Council|Committee|Union|Organi[sz]ation|Society|Directorate|Coalition|Alliance|Association|Foundation|Institute|Observatory|Agency|Authority|Initiative|Collective|Platform)$/;
const ORG_APPOSITIVE = /^,\s+(?:a|an)\s+(?:[\w'-]+\s+){0,4}?(network|group|organi[sz]ation|NGO|charity|monitor|coalition|alliance|initiative|collective|platform|watchdog|association|society|foundation|institute|think tank|campaign)\b/;
const ORG_NAME_RE = new RegExp(String.raw`(?<![\w'’-])(${NAME_WORD}(?:\s+(?:(?:of|for|the|al|el)[-\s])?${NAME_WORD}){1,4})(?=,\s+an?\s)`, 'g');

/**
 * Named people in one sentence, with evidence that the name is a person's: a title or a role noun
 * before it ("spokeswoman Yelena Voronova", "Dr Faisal Omran"), or after it an appositive role, a
 * relative "who", an age or "of the <organisation>". Names the alias table or the gazetteer knows
 * are not people.
 */
export function findPersons(folded: string, start: number, end: number, mentions: Mention[]): PersonMention[] {
  const out: PersonMention[] = [];
  const seg = folded.slice(start, end);
  PERSON_NAME_RE.lastIndex = 0;
  for (let m = PERSON_NAME_RE.exec(seg); m; m = PERSON_NAME_RE.exec(seg)) {
    let name = m[2] ?? '';
    let s = start + m.index + m[0].length - name.length;
    let toks = name.split(/\s+/);
    // Drop leading words that cannot open a name ("When Selim Karaca…").
    while (toks.length > 2 && toks[0] && NOT_PERSON_WORD.test(toks[0])) {
      s += name.indexOf(toks[1] ?? '', toks[0].length);
      name = toks.slice(1).join(' ');
      toks = toks.slice(1);
    }
    const e = s + name.length;
    const bad = toks.map((t) => NOT_PERSON_WORD.test(t) || ORG_PERSON_WORD.test(t)).lastIndexOf(true);
    if (bad >= 0) {
      // "Turkish Foreign Minister Mevlut Cavusoglu": read on after the last word that is not a name's.
      if (bad < toks.length - 1) PERSON_NAME_RE.lastIndex = s - start + toks.slice(0, bad + 1).join(' ').length;
      continue;
    }
    // "Abu Rami", "Umm Ahmad": a parent's byname, not a full name.
    if (toks.length === 2 && /^(?:Abu|Umm|Um|Om)$/.test(toks[0] ?? '')) continue;
    if (mentions.some((x) => s < x.end && e > x.start)) continue;
    if (lookupPlace(name, null) || toks.some((t) => aliasTargets.has(aliasKey(t)))) continue;
    const before = folded.slice(Math.max(0, s - 40), s);
    const after = folded.slice(e, e + 80);
    const titled = !!m[1] || PERSON_ROLE_BEFORE.test(before);
    if (!titled && !PERSON_AFTER.test(after)) continue;
    out.push({ start: s, end: e, name, slug: slugify(name), kind: ActorKind.PERSON });
  }
  ORG_NAME_RE.lastIndex = 0;
  for (let m = ORG_NAME_RE.exec(seg); m; m = ORG_NAME_RE.exec(seg)) {
    // ("The Idlib Media Center, a network of …": the article opens the phrase, not the name)
    const lead = /^The\s+(?=\S+\s)/.exec(m[1] ?? '')?.[0].length ?? 0;
    const name = (m[1] ?? '').slice(lead);
    const s = start + m.index + lead;
    const e = s + name.length;
    const kindWord = ORG_APPOSITIVE.exec(folded.slice(e, e + 80))?.[1];
    if (!kindWord) continue;
    const toks = name.split(/\s+/);
    const named = ORG_HEAD_END.test(name);
    if (toks.some((t) => NOT_PERSON_WORD.test(t)) || mentions.some((x) => s < x.end && e > x.start && !(named && x.type === 'place')) || out.some((x) => s < x.end && e > x.start)) continue;
    // (a place in the name is part of it when the name ends in a body's head noun: "the Idlib Media Center, a network of …")
    if (lookupPlace(name, null) || (!named && toks.some((t) => aliasTargets.get(aliasKey(t))?.some((c) => c.type === 'place')))) continue;
    const armed = /\b(?:rebel|armed|militant|jihadist|insurgent|fighting|opposition|islamist|paramilitary)\b/i.test(folded.slice(e, e + 60));
    // ("a monitoring group", "a war monitor": a monitor)
    const monitor = kindWord === 'monitor' || kindWord === 'watchdog' || /^,\s+an?\s+(?:[\w'-]+\s+){0,2}?monitoring\b/.test(folded.slice(e, e + 60));
    out.push({ start: s, end: e, name, slug: slugify(name), kind: armed ? ActorKind.ARMED_GROUP : monitor ? ActorKind.MONITOR : ActorKind.NGO });
  }
  return out;
}
