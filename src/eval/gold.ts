/**
 * Reading gold sets from disk: `NAME.gold.json` files plus `entities.json`, with shape checks that name
 * the file and field at fault. Used by the evaluation runner only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { GoldArticle, GoldIncident, GoldStatement, RegistryFile } from './types';

export class GoldFormatError extends Error {
  constructor(file: string, field: string, expected: string) {
    super(`${file}: ${field}: expected ${expected}`);
    this.name = 'GoldFormatError';
  }
}

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(file: string, o: Obj, k: string, path: string): string {
  const v = o[k];
  if (typeof v !== 'string') throw new GoldFormatError(file, `${path}.${k}`, 'a string');
  return v;
}

function strOrNull(file: string, o: Obj, k: string, path: string): string | null {
  const v = o[k];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') throw new GoldFormatError(file, `${path}.${k}`, 'a string or null');
  return v;
}

function numOrNull(file: string, o: Obj, k: string, path: string): number | null {
  const v = o[k];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new GoldFormatError(file, `${path}.${k}`, 'a number or null');
  return v;
}

function strList(file: string, o: Obj, k: string, path: string): string[] {
  const v = o[k];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw new GoldFormatError(file, `${path}.${k}`, 'an array of strings');
  return v as string[];
}

function objList(file: string, o: Obj, k: string): Obj[] {
  const v = o[k];
  if (!Array.isArray(v) || !v.every(isObj)) throw new GoldFormatError(file, k, 'an array of objects');
  return v;
}

/** Checks and narrows a parsed gold file. `file` only labels error messages. */
export function parseGold(raw: unknown, file: string): GoldArticle {
  if (!isObj(raw)) throw new GoldFormatError(file, '(root)', 'an object');
  const a = raw['article'];
  if (!isObj(a)) throw new GoldFormatError(file, 'article', 'an object');
  const incidents: GoldIncident[] = objList(file, raw, 'incidents').map((i, n) => {
    const p = `incidents[${n}]`;
    return {
      key: str(file, i, 'key', p),
      kind: str(file, i, 'kind', p),
      date: strOrNull(file, i, 'date', p),
      places: strList(file, i, 'places', p),
      perpetratorAlleged: i['perpetratorAlleged'] === undefined ? [] : strList(file, i, 'perpetratorAlleged', p),
      sameAs: strOrNull(file, i, 'sameAs', p),
    };
  });
  const statements: GoldStatement[] = objList(file, raw, 'statements').map((s, n) => {
    const p = `statements[${n}]`;
    const about = s['about'];
    if (!isObj(about)) throw new GoldFormatError(file, `${p}.about`, 'an object');
    return {
      speaker: str(file, s, 'speaker', p),
      stance: str(file, s, 'stance', p),
      about: { incident: strOrNull(file, about, 'incident', `${p}.about`), actor: strOrNull(file, about, 'actor', `${p}.about`) },
      killed: numOrNull(file, s, 'killed', p),
      injured: numOrNull(file, s, 'injured', p),
      children: numOrNull(file, s, 'children', p),
      qualifier: strOrNull(file, s, 'qualifier', p),
      evidence: strOrNull(file, s, 'evidence', p),
      cue: strOrNull(file, s, 'cue', p),
    };
  });
  return {
    article: {
      id: typeof a['id'] === 'string' ? a['id'] : basename(file).replace(/\.gold\.json$/, ''),
      title: str(file, a, 'title', 'article'),
      outlet: strOrNull(file, a, 'outlet', 'article'),
      url: strOrNull(file, a, 'url', 'article'),
      publishedAt: strOrNull(file, a, 'publishedAt', 'article'),
    },
    actors: strList(file, raw, 'actors', '(root)'),
    places: strList(file, raw, 'places', '(root)'),
    incidents,
    statements,
  };
}

function coordinate(e: Obj, k: 'lat' | 'lon'): number | null {
  const v = e[k];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

export function parseRegistry(raw: unknown, file: string): RegistryFile {
  if (!isObj(raw)) throw new GoldFormatError(file, '(root)', 'an object');
  const entries = (k: 'actors' | 'places') =>
    objList(file, raw, k).map((e, n) => {
      const p = `${k}[${n}]`;
      return {
        id: str(file, e, 'id', p),
        name: str(file, e, 'name', p),
        partOf: strOrNull(file, e, 'partOf', p),
        aliases: e['aliases'] === undefined ? [] : strList(file, e, 'aliases', p),
        contextualAliases: e['contextualAliases'] === undefined ? [] : strList(file, e, 'contextualAliases', p),
      };
    });
  const placeObjs = objList(file, raw, 'places');
  return {
    actors: entries('actors'),
    // Coordinates, where given, let the scorer match a place spelled differently (registry.ts, resolvePlace).
    places: entries('places').map(({ partOf: _partOf, ...rest }, n) => ({ ...rest, lat: coordinate(placeObjs[n]!, 'lat'), lon: coordinate(placeObjs[n]!, 'lon') })),
    globalIncidents: Array.isArray(raw['globalIncidents']) ? raw['globalIncidents'] : [],
  };
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8')) as unknown;
}

export interface GoldEntry {
  /** File stem: `NAME` of `NAME.gold.json`. */
  name: string;
  goldFile: string;
  gold: GoldArticle;
  /** Path of the article text, or null when none of the searched places has it. */
  textFile: string | null;
}

export interface LoadedSet {
  registry: RegistryFile;
  entries: GoldEntry[];
}

/**
 * Where `NAME.txt` is looked for, first hit wins: each of `textDirs` (from `--texts`), the gold folder
 * itself (the corpus layout), then a sibling `articles/` folder (`seed/gold` → `seed/articles`).
 */
export function textCandidates(goldDir: string, name: string, textDirs: readonly string[] = []): string[] {
  return [...textDirs, goldDir, join(dirname(goldDir), 'articles')].map((d) => join(d, `${name}.txt`));
}

/** Loads every `*.gold.json` in `goldDir` (sorted by name) and its `entities.json`. */
export function loadGoldSet(goldDir: string, textDirs: readonly string[] = []): LoadedSet {
  const regFile = join(goldDir, 'entities.json');
  if (!existsSync(regFile)) throw new Error(`${goldDir}: no entities.json registry`);
  const registry = parseRegistry(readJson(regFile), regFile);
  const names = readdirSync(goldDir)
    .filter((f) => f.endsWith('.gold.json'))
    .map((f) => f.slice(0, -'.gold.json'.length))
    .sort();
  if (names.length === 0) throw new Error(`${goldDir}: no *.gold.json files`);
  const entries = names.map((name) => {
    const goldFile = join(goldDir, `${name}.gold.json`);
    return {
      name,
      goldFile,
      gold: parseGold(readJson(goldFile), goldFile),
      textFile: textCandidates(goldDir, name, textDirs).find((f) => existsSync(f)) ?? null,
    };
  });
  return { registry, entries };
}

/**
 * Internal consistency of one gold file against its registry and text: problems as readable strings
 * (empty when consistent). A failing check points at a gold error to report, not to fix silently.
 */
export function checkGold(gold: GoldArticle, registry: RegistryFile, text: string | null): string[] {
  const problems: string[] = [];
  const actorIds = new Set(registry.actors.map((a) => a.id));
  const placeIds = new Set(registry.places.map((p) => p.id));
  const actors = new Set(gold.actors);
  const places = new Set(gold.places);
  for (const a of gold.actors) if (!actorIds.has(a)) problems.push(`actor ${a} is not in the registry`);
  for (const p of gold.places) if (!placeIds.has(p)) problems.push(`place ${p} is not in the registry`);
  const keys = new Set<string>();
  for (const i of gold.incidents) {
    if (keys.has(i.key)) problems.push(`incident key ${i.key} is used twice`);
    keys.add(i.key);
    for (const p of i.places) if (!places.has(p)) problems.push(`incident ${i.key}: place ${p} is not in the article's places`);
    for (const a of i.perpetratorAlleged) if (!actors.has(a)) problems.push(`incident ${i.key}: perpetrator ${a} is not in the article's actors`);
  }
  gold.statements.forEach((s, n) => {
    const at = `statement ${n} (${s.speaker} ${s.stance})`;
    if (!actors.has(s.speaker)) problems.push(`${at}: speaker is not in the article's actors`);
    if (s.about.actor !== null && !actors.has(s.about.actor)) problems.push(`${at}: about.actor ${s.about.actor} is not in the article's actors`);
    if (s.about.incident !== null && !keys.has(s.about.incident)) problems.push(`${at}: about.incident ${s.about.incident} is not an incident key`);
    if (text !== null && s.evidence && !text.includes(s.evidence)) problems.push(`${at}: evidence is not a substring of the text`);
  });
  return problems;
}
