/**
 * The gold set's entity registry (`entities.json`) and the mapping of extracted ids onto it.
 *
 * The extractor's ids need not equal registry ids: an extracted actor or place is mapped through its
 * id slug, its name and its aliases, all compared after `normaliseName`. See docs/evaluation.md.
 */
import type { ActorFact, PlaceFact } from '../domain/facts';
import { translitKey } from '../resolve/keys';
import type { RegistryActor, RegistryFile, RegistryPlace } from './types';

/** How far apart an extracted place and a registry place spelled differently may be and still be one place. */
const NEAR_KM = 10;

function kmBetween(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 6371 * 2 * Math.asin(Math.sqrt(a));
}

/**
 * Case, punctuation and accent folding for name comparison: NFKD without combining marks, dotless ı
 * as i, apostrophes dropped ("Russia's" → "russias"), any other non-alphanumeric run as one space,
 * and a leading "the " removed ("The Kremlin" = "Kremlin").
 */
export function normaliseName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/['’‘`ʼ]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/** `actor:russian-mod` → `russian-mod`; an id without a prefix is returned unchanged. */
export function idSlug(id: string): string {
  const colon = id.indexOf(':');
  return colon >= 0 ? id.slice(colon + 1) : id;
}

/** Prefix marking an extracted entity that maps to no registry entry (it can never match gold). */
export const UNMAPPED = '?';

interface Entry {
  id: string;
  name: string;
  aliases: string[];
}

/** Name → ids lookup for one entity kind, in the order the levels are tried. */
class NameIndex {
  private readonly ids = new Set<string>();
  private readonly byName = new Map<string, string[]>();
  private readonly bySlugWords = new Map<string, string[]>();
  private readonly byAlias = new Map<string, string[]>();

  constructor(entries: readonly Entry[]) {
    for (const e of entries) {
      this.ids.add(e.id);
      push(this.byName, normaliseName(e.name), e.id);
      push(this.bySlugWords, normaliseName(e.id), e.id);
      for (const a of e.aliases) push(this.byAlias, normaliseName(a), e.id);
    }
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  /**
   * Registry id for an extracted entity, or `?<slug>` when nothing matches. Levels, first hit wins:
   * 1. the id slug is a registry id; 2. the name equals a registry name; 3. the slug or name equals a
   * registry id read as words; 4. the name, an alias or the slug read as words equals a registry name
   * or alias.
   * Several candidates at one level: prefer those in `context` (the gold article's own list, which
   * only disambiguates a genuinely shared alias such as "the ministry"), then the most alias hits,
   * then registry order.
   */
  resolve(id: string, fact: { name: string; aliases: string[] } | undefined, context: ReadonlySet<string>): string {
    const slug = idSlug(id);
    if (this.ids.has(slug)) return slug;
    const names = fact ? [fact.name] : [];
    const levels: string[][] = [
      names.flatMap((n) => this.byName.get(normaliseName(n)) ?? []),
      [slug, ...names].flatMap((n) => this.bySlugWords.get(normaliseName(n)) ?? []),
      [...names, ...(fact?.aliases ?? []), slug].flatMap((n) => {
        const k = normaliseName(n);
        return [...(this.byName.get(k) ?? []), ...(this.byAlias.get(k) ?? [])];
      }),
    ];
    for (const candidates of levels) {
      const picked = pick(candidates, context);
      if (picked) return picked;
    }
    return UNMAPPED + slug;
  }
}

function push(map: Map<string, string[]>, key: string, id: string): void {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (!list.includes(id)) list.push(id);
}

function pick(candidates: readonly string[], context: ReadonlySet<string>): string | undefined {
  if (candidates.length === 0) return undefined;
  const hits = new Map<string, number>();
  for (const c of candidates) hits.set(c, (hits.get(c) ?? 0) + 1);
  const distinct = [...hits.keys()];
  if (distinct.length === 1) return distinct[0];
  const inContext = distinct.filter((c) => context.has(c));
  const pool = inContext.length > 0 ? inContext : distinct;
  // Stable: Array.prototype.sort keeps first-seen (registry) order among equal hit counts.
  return [...pool].sort((a, b) => (hits.get(b) ?? 0) - (hits.get(a) ?? 0))[0];
}

/** A loaded registry: actor and place name indexes plus the actor partOf hierarchy. */
export class Registry {
  private readonly actorIndex: NameIndex;
  private readonly placeIndex: NameIndex;
  private readonly parent = new Map<string, string>();
  /** Registry places with coordinates and the transliteration keys of their name and aliases (for `resolvePlace`). */
  private readonly placeKeys: Array<{ place: RegistryPlace; keys: Set<string> }>;

  constructor(readonly file: RegistryFile) {
    this.actorIndex = new NameIndex(file.actors);
    this.placeIndex = new NameIndex(file.places);
    for (const a of file.actors) if (a.partOf) this.parent.set(a.id, a.partOf);
    this.placeKeys = file.places.filter((p) => p.lat != null && p.lon != null).map((place) => ({ place, keys: new Set([place.name, ...place.aliases].map(translitKey)) }));
  }

  hasActor(id: string): boolean {
    return this.actorIndex.has(id);
  }

  hasPlace(id: string): boolean {
    return this.placeIndex.has(id);
  }

  resolveActor(id: string, fact: Pick<ActorFact, 'name' | 'aliases'> | undefined, context: ReadonlySet<string> = new Set()): string {
    return this.actorIndex.resolve(id, fact, context);
  }

  /**
   * As for actors; then, for a place no name matches, the registry place within `NEAR_KM` (10) km whose name
   * or an alias shares a transliteration key with the extracted place's name or an alias ("Maarat Harma"
   * for "Maarrat Hurma"): the same village in another spelling. Both sides need coordinates.
   */
  resolvePlace(id: string, fact: Pick<PlaceFact, 'name' | 'aliases'> & Partial<Pick<PlaceFact, 'latitude' | 'longitude'>> | undefined, context: ReadonlySet<string> = new Set()): string {
    const byName = this.placeIndex.resolve(id, fact, context);
    if (!byName.startsWith(UNMAPPED) || !fact || fact.latitude == null || fact.longitude == null) return byName;
    const keys = new Set([fact.name, ...fact.aliases].map(translitKey).filter((k) => k.replace(/\s/g, '').length >= 4));
    const near = this.placeKeys.filter(
      ({ place: p, keys: theirs }) => kmBetween(p.lat!, p.lon!, fact.latitude!, fact.longitude!) <= NEAR_KM && [...theirs].some((k) => keys.has(k)),
    );
    return pick(near.map(({ place }) => place.id), context) ?? byName;
  }

  /** partOf chain above an actor, nearest first (cycle-safe). */
  ancestors(id: string): string[] {
    const out: string[] = [];
    let cur = this.parent.get(id);
    while (cur !== undefined && !out.includes(cur) && cur !== id) {
      out.push(cur);
      cur = this.parent.get(cur);
    }
    return out;
  }

  /** True when `ancestor` is reached from `id` by one or more partOf steps. */
  isAncestor(ancestor: string, id: string): boolean {
    return this.ancestors(id).includes(ancestor);
  }
}

export type { RegistryActor, RegistryPlace };
