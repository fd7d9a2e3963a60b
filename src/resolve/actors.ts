/**
 * The actor alias table (data in `data/actors.json`), loaded once at module load.
 */
import { ActorKind } from '../domain/model';
import type { ActorFact } from '../domain/facts';
import actorData from './data/actors.json';

/** Which side of the conflict an actor is on; drives the party-accusation rule. */
export type Side = 'gov' | 'opp' | 'neutral';

export interface ActorEntry {
  slug: string;
  id: string;
  name: string;
  kind: ActorKind;
  partOf: string | null;
  side: Side;
  /** The actor's own military arm (for "its aircraft"), as a slug. */
  arm: string | null;
  aliases: string[];
  contextual: Set<string>;
  roles: string[];
}

interface RawActor {
  id: string;
  name: string;
  kind: string;
  partOf: string | null;
  side?: string;
  arm?: string;
  aliases: string[];
  contextual?: string[];
  roles?: string[];
}

const KINDS = new Set<string>(Object.values(ActorKind));

/** Each alias, then its copies with a word spelled another way (`spellings`: "Turkey's defence ministry" → "Türkiye's defence ministry"). */
export function withSpellings(aliases: readonly string[], spellings: Readonly<Record<string, readonly string[]>>): string[] {
  const out = [...aliases];
  for (const [word, others] of Object.entries(spellings)) {
    // (tested without the global flag, whose test() would carry lastIndex from one alias to the next; replaced with it)
    const has = new RegExp(String.raw`\b${word}\b`);
    const every = new RegExp(has.source, 'g');
    for (const alias of aliases) if (has.test(alias)) for (const other of others) out.push(alias.replace(every, other));
  }
  return [...new Set(out)];
}

function load(): Map<string, ActorEntry> {
  const map = new Map<string, ActorEntry>();
  const data = actorData as { spellings?: Record<string, string[]>; actors: RawActor[] };
  for (const raw of data.actors) {
    if (!KINDS.has(raw.kind)) throw new Error(`actors.json: bad kind ${raw.kind} for ${raw.id}`);
    map.set(raw.id, {
      slug: raw.id,
      id: `actor:${raw.id}`,
      name: raw.name,
      kind: raw.kind as ActorKind,
      partOf: raw.partOf,
      side: (raw.side ?? 'neutral') as Side,
      arm: raw.arm ?? null,
      aliases: withSpellings(raw.aliases, data.spellings ?? {}),
      contextual: new Set(withSpellings(raw.contextual ?? [], data.spellings ?? {})),
      roles: raw.roles ?? [],
    });
  }
  return map;
}

/** All known actors by slug. */
export const ACTORS: ReadonlyMap<string, ActorEntry> = load();

/** Looks up a known actor by slug. */
export function actorBySlug(slug: string): ActorEntry | undefined {
  return ACTORS.get(slug);
}

/** Top-level ancestor's side (a ministry inherits its state's side). */
export function sideOf(slug: string, people?: ReadonlyMap<string, ActorFact>): Side {
  let cur: string | null = slug;
  for (let i = 0; i < 6 && cur; i++) {
    const e = ACTORS.get(cur);
    if (e) return e.side;
    const p: ActorFact | undefined = people?.get(cur);
    cur = p?.partOf ? p.partOf.replace(/^actor:/, '') : null;
  }
  return 'neutral';
}

/** The chain of `partOf` ancestors of a known actor (nearest first), as slugs. */
export function ancestorsOf(slug: string): string[] {
  const out: string[] = [];
  let cur = ACTORS.get(slug)?.partOf ?? null;
  while (cur && !out.includes(cur)) {
    out.push(cur);
    cur = ACTORS.get(cur)?.partOf ?? null;
  }
  return out;
}

/** Actor fact for a known slug. */
export function actorFact(slug: string): ActorFact | null {
  const e = ACTORS.get(slug);
  if (!e) return null;
  return {
    id: e.id,
    name: e.name,
    kind: e.kind,
    aliases: e.aliases.filter((a) => !e.contextual.has(a)),
    partOf: e.partOf ? `actor:${e.partOf}` : null,
  };
}
