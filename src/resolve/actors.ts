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
  /** A state's body's portfolio ("foreign", "defence"). */
  office: string | null;
  aliases: string[];
  contextual: Set<string>;
  roles: string[];
}

interface RawActor {
  id: string;
  name: string;
  kind: string;
  partOf: string | null;
  /** The portfolio of a state's body ("foreign", "defence"), for the `offices` table. */
  office?: string;
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

interface Offices {
  titles: Record<string, string[]>;
  states: Record<string, { names: string[]; adjectives: string[] }>;
}

/** A state's body for a portfolio ("foreign", "defence") among `actors`, if there is one. */
function bodyFor(actors: readonly RawActor[], state: string, portfolio: string): RawActor | undefined {
  return actors.find((a) => a.partOf === state && a.office === portfolio);
}

/** What a state's ministry is called, by portfolio, when the table names none: "Qatar's Ministry of Foreign Affairs". */
const MINISTRY_NAME: Record<string, { slug: string; name: string; roles: string[] }> = {
  foreign: { slug: 'foreign-ministry', name: 'Ministry of Foreign Affairs', roles: ['ministry', 'foreign ministry'] },
  defence: { slug: 'defence-ministry', name: 'Ministry of Defence', roles: ['ministry', 'defence ministry', 'defense ministry'] },
};

/**
 * The table's actors, with a ministry for each portfolio of the `offices` table that a state listed there has no body for
 * ("Qatar's foreign ministry" is Qatar's ministry, part of Qatar, as the annotation guidelines treat ministries; not the state).
 * It takes the state's side, and for defence its military arm.
 */
export function withMinistries(offices: Offices | undefined, actors: readonly RawActor[]): RawActor[] {
  if (!offices) return [...actors];
  const out = [...actors];
  for (const [state, { names }] of Object.entries(offices.states)) {
    const entry = actors.find((a) => a.id === state);
    if (!entry) throw new Error(`actors.json: offices names an unknown state ${state}`);
    for (const portfolio of Object.keys(offices.titles)) {
      if (bodyFor(actors, state, portfolio)) continue;
      const kind = MINISTRY_NAME[portfolio];
      if (!kind) throw new Error(`actors.json: no ministry name for the ${portfolio} portfolio`);
      out.push({
        id: `${state}-${kind.slug}`,
        name: `${names[0] ?? entry.name}'s ${kind.name}`,
        kind: ActorKind.GOVERNMENT_BODY,
        partOf: state,
        office: portfolio,
        side: entry.side,
        ...(portfolio === 'defence' && entry.arm ? { arm: entry.arm } : {}),
        aliases: [],
        roles: kind.roles,
      });
    }
  }
  return out;
}

/** "secretary of state" → "Secretary of State": a title as written with capitals. */
function titleCase(title: string): string {
  return title.replace(/\b[a-z]+/g, (w) => (w === 'of' ? w : w.charAt(0).toUpperCase() + w.slice(1)));
}

/**
 * The `offices` table's aliases, by actor: each title of a portfolio after each of a state's names ("Britain's foreign
 * secretary") and adjectives ("the Turkish defence minister"), in lower and title case, for the state's body with that
 * portfolio (`withMinistries` gives every state one). An alias some actor already lists stays that actor's.
 */
export function officeAliases(offices: Offices, actors: readonly RawActor[]): Map<string, string[]> {
  const taken = new Set(actors.flatMap((a) => a.aliases));
  const out = new Map<string, string[]>();
  for (const [state, { names, adjectives }] of Object.entries(offices.states)) {
    if (!actors.some((a) => a.id === state)) throw new Error(`actors.json: offices names an unknown state ${state}`);
    for (const [portfolio, titles] of Object.entries(offices.titles)) {
      const body = bodyFor(actors, state, portfolio)?.id;
      if (!body) throw new Error(`actors.json: ${state} has no body for the ${portfolio} portfolio`);
      const forms = titles.flatMap((t) => [t, titleCase(t)]);
      const aliases = [...names.flatMap((n) => forms.map((t) => `${n}'s ${t}`)), ...adjectives.flatMap((a) => forms.map((t) => `${a} ${t}`))].filter((x) => !taken.has(x));
      out.set(body, [...(out.get(body) ?? []), ...aliases]);
    }
  }
  return out;
}

function load(): Map<string, ActorEntry> {
  const map = new Map<string, ActorEntry>();
  const data = actorData as { spellings?: Record<string, string[]>; offices?: Offices; actors: RawActor[] };
  const actors = withMinistries(data.offices, data.actors);
  const byOffice = data.offices ? officeAliases(data.offices, actors) : new Map<string, string[]>();
  for (const raw of actors) {
    if (!KINDS.has(raw.kind)) throw new Error(`actors.json: bad kind ${raw.kind} for ${raw.id}`);
    map.set(raw.id, {
      slug: raw.id,
      id: `actor:${raw.id}`,
      name: raw.name,
      kind: raw.kind as ActorKind,
      partOf: raw.partOf,
      side: (raw.side ?? 'neutral') as Side,
      arm: raw.arm ?? null,
      office: raw.office ?? null,
      aliases: withSpellings([...raw.aliases, ...(byOffice.get(raw.id) ?? [])], data.spellings ?? {}),
      contextual: new Set(withSpellings(raw.contextual ?? [], data.spellings ?? {})),
      roles: raw.roles ?? [],
    });
  }
  return map;
}

/** All known actors by slug. */
export const ACTORS: ReadonlyMap<string, ActorEntry> = load();

/** Each state's body by portfolio, keyed "state|portfolio". */
const OFFICE_BODIES = new Map([...ACTORS.values()].filter((a) => a.partOf && a.office).map((a) => [`${a.partOf}|${a.office}`, a.slug]));

/** A state's body for a portfolio ("foreign", "defence"); every state of the offices table has one. */
export function officeBody(state: string, portfolio: string): string | undefined {
  return OFFICE_BODIES.get(`${state}|${portfolio}`);
}

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
