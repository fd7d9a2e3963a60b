/**
 * Behavioural cases: short invented texts, each exercising one way news copy tells a statement, an incident or
 * a toll, with the answer the annotation guidelines give (test/behaviour/*.json). A case passes when every
 * statement it lists is extracted from the clause its cue points into (speaker, stance and target), no
 * sentence it lists as a non-statement yields one, its incidents are exactly the extracted ones (kind, date,
 * places) and each figure it lists is carried by a statement of that speaker.
 *
 *   npm run cases [-- FILE...]           # every case file under test/behaviour by default
 *   npm run cases -- --quiet FILE...     # totals only: for the held-out cases, whose failures nobody reads
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleFacts } from '../domain/facts';
import { ActorKind } from '../domain/model';
import { parseRegistry } from './gold';
import { translitKey } from '../resolve/keys';
import { Registry, UNMAPPED } from './registry';
import { loadDefaultExtractor, REPO_ROOT } from './runner';

export interface BehaviourCase {
  id: string;
  construction: string;
  paragraphs: string[];
  publishedAt: string | null;
  /** `incident`, when given, is the index in `incidents` of the incident the statement is about (null: none). */
  statements?: Array<{ speaker: string; stance: string; target: string | null; cue: string; incident?: number | null }>;
  notStatements?: string[];
  incidents?: Array<{ kind: string; date: string | null; places: string[] }>;
  figures?: Array<{ speaker: string; killed: number | null; injured: number | null; children: number | null }>;
  /** Organisations the registry does not know, by the slug the case names them by: the name as written. */
  newActors?: Record<string, string>;
  /** Places the registry does not know (a village), by the slug the case names them by: the name as written. */
  newPlaces?: Record<string, string>;
}

export interface CaseResult {
  id: string;
  construction: string;
  problems: string[];
}

export interface CaseTotals {
  cases: number;
  passed: number;
  statements: { expected: number; found: number; targetsRight: number; withIncident: number; incidentsRight: number };
  nonStatementsExtracted: number;
  incidents: { expected: number; found: number };
  figures: { expected: number; found: number };
}

export const CASE_DIR = join(REPO_ROOT, 'test', 'behaviour');
const HEADLINE = 'Strike in north-west Syria kills civilians';

export function loadCases(file: string): BehaviourCase[] {
  return JSON.parse(readFileSync(file, 'utf8')) as BehaviourCase[];
}

export function caseFiles(dir: string = CASE_DIR): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f));
}

/** The registry the cases name actors and places by (the development corpus's). */
export function caseRegistry(): Registry {
  const file = join(REPO_ROOT, 'test', 'corpus', 'entities.json');
  return new Registry(parseRegistry(JSON.parse(readFileSync(file, 'utf8')), file));
}

function incidentKey(kind: string, date: string | null, places: string[]): string {
  return `${kind} ${date ?? 'undated'} ${[...new Set(places)].sort().join('+')}`;
}

type Extract = (text: string, meta: { publishedAt: string | null }) => ArticleFacts;

/** The article a case is run as: a neutral headline over its paragraphs. */
export function caseText(c: BehaviourCase): string {
  return [HEADLINE, '', ...c.paragraphs.flatMap((p) => [p, ''])].join('\n');
}

/**
 * The case's name for an extracted actor: the registry's id, else the slug the case gives an organisation it introduces
 * (`newActors`, matched by the name as written), else, for a body that is part of one the registry knows (the UN's
 * special envoy, a ministry's office), that body (the name the case writer had for it), else the extracted id's slug
 * (how the cases name people).
 */
export function caseActor(c: BehaviourCase, facts: ArticleFacts, registry: Registry): (id: string) => string {
  const bare = (name: string): string => name.toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();
  const introduced = Object.entries(c.newActors ?? {}).map(([slug, name]) => ({ slug, name: bare(name) }));
  const name = (id: string, depth: number): string => {
    const fact = facts.actors.find((a) => a.id === id);
    const r = registry.resolveActor(id, fact);
    if (!r.startsWith(UNMAPPED)) return r;
    const names = fact ? [fact.name, ...fact.aliases].map(bare) : [];
    const mine = introduced.find((x) => names.includes(x.name))?.slug;
    if (mine) return mine;
    if (fact?.partOf && fact.kind !== ActorKind.PERSON && depth < 4) {
      const parent = name(fact.partOf, depth + 1);
      if (registry.hasActor(parent)) return parent;
    }
    return r.slice(UNMAPPED.length);
  };
  return (id: string): string => name(id, 0);
}

/** Runs one case; `problems` is empty when it passes. */
export function runCase(c: BehaviourCase, extract: Extract, registry: Registry, totals?: CaseTotals): CaseResult {
  const text = caseText(c);
  const problems: string[] = [];
  let facts: ArticleFacts;
  try {
    facts = extract(text, { publishedAt: c.publishedAt });
  } catch (e) {
    return { id: c.id, construction: c.construction, problems: [`extraction failed: ${e instanceof Error ? e.message : String(e)}`] };
  }
  // An actor the registry does not know is compared by its slug (the cases name such people by theirs), or by
  // the name as written of an organisation the case introduces.
  const actor = caseActor(c, facts, registry);
  // A place the registry does not know is compared by its slug, or by the transliteration key of the name the
  // case gives it ("Kafer Lata" for "Kafr Lata").
  const key = (name: string): string => translitKey(name).replace(/\s+/g, '');
  const newPlaces = Object.entries(c.newPlaces ?? {}).map(([slug, name]) => ({ slug, key: key(name) }));
  const place = (id: string): string => {
    const fact = facts.places.find((p) => p.id === id);
    const r = registry.resolvePlace(id, fact);
    if (!r.startsWith(UNMAPPED)) return r;
    const keys = fact ? [fact.name, ...fact.aliases].map(key) : [];
    return newPlaces.find((x) => keys.includes(x.key))?.slug ?? r.slice(UNMAPPED.length);
  };
  const about = (id: string | null): string => {
    const i = id === null ? undefined : facts.incidents.find((x) => x.id === id);
    return i ? incidentKey(i.kind, i.date, i.placeIds.map(place)) : id === null ? 'none' : '?';
  };
  const covering = (cue: string) => {
    const at = text.indexOf(cue);
    return at < 0 ? [] : facts.statements.filter((s) => s.start <= at + 1 && s.end >= at);
  };
  for (const e of c.statements ?? []) {
    if (totals) totals.statements.expected++;
    const hits = covering(e.cue).filter((s) => actor(s.speakerId) === e.speaker && String(s.stance) === e.stance);
    if (hits.length === 0) {
      problems.push(`no ${e.speaker} ${e.stance} at «${e.cue}»`);
      continue;
    }
    if (totals) totals.statements.found++;
    const targetRight = e.target === null ? hits.some((h) => h.targetIds.length === 0) : hits.some((h) => h.targetIds.map(actor).includes(e.target!));
    if (targetRight) {
      if (totals) totals.statements.targetsRight++;
    } else problems.push(`${e.speaker} ${e.stance} at «${e.cue}»: target ${e.target ?? 'none'} wanted, got ${[...new Set(hits.flatMap((h) => h.targetIds.map(actor)))].join(', ') || 'none'}`);
    if (e.incident !== undefined) {
      // The incident a statement is about, compared by what it is (kind, day, places), not by its id.
      const inc = e.incident === null ? null : c.incidents?.[e.incident];
      const want = inc ? incidentKey(inc.kind, inc.date, inc.places) : 'none';
      if (totals) totals.statements.withIncident++;
      if (hits.some((h) => about(h.incidentId) === want)) {
        if (totals) totals.statements.incidentsRight++;
      } else problems.push(`${e.speaker} ${e.stance} at «${e.cue}»: about ${want} wanted, got ${[...new Set(hits.map((h) => about(h.incidentId)))].join(', ')}`);
    }
  }
  for (const cue of c.notStatements ?? []) {
    const got = covering(cue);
    if (got.length > 0) {
      if (totals) totals.nonStatementsExtracted++;
      problems.push(`a statement at «${cue}», which is none`);
    }
  }
  if (c.incidents) {
    const want = c.incidents.map((i) => incidentKey(i.kind, i.date, i.places)).sort();
    const got = facts.incidents.map((i) => incidentKey(i.kind, i.date, i.placeIds.map(place))).sort();
    if (totals) {
      const left = [...got];
      totals.incidents.expected += want.length;
      for (const w of want) {
        const k = left.indexOf(w);
        if (k < 0) continue;
        left.splice(k, 1);
        totals.incidents.found++;
      }
    }
    if (want.join('|') !== got.join('|')) problems.push(`incidents [${want.join(' | ')}] wanted, got [${got.join(' | ')}]`);
  }
  for (const fig of c.figures ?? []) {
    if (totals) totals.figures.expected++;
    const mine = facts.statements.filter((s) => actor(s.speakerId) === fig.speaker);
    const ok = (['killed', 'injured', 'children'] as const).every((k) => fig[k] === null || mine.some((s) => s[k] === fig[k]));
    if (ok) {
      if (totals) totals.figures.found++;
    } else problems.push(`${fig.speaker}: killed ${fig.killed ?? '-'} injured ${fig.injured ?? '-'} children ${fig.children ?? '-'} wanted`);
  }
  if (totals) {
    totals.cases++;
    if (problems.length === 0) totals.passed++;
  }
  return { id: c.id, construction: c.construction, problems };
}

export function emptyTotals(): CaseTotals {
  return { cases: 0, passed: 0, statements: { expected: 0, found: 0, targetsRight: 0, withIncident: 0, incidentsRight: 0 }, nonStatementsExtracted: 0, incidents: { expected: 0, found: 0 }, figures: { expected: 0, found: 0 } };
}

if (require.main === module) {
  const extractArticle = loadDefaultExtractor() as Extract;
  const registry = caseRegistry();
  const args = process.argv.slice(2);
  const quiet = args.includes('--quiet');
  const named = args.filter((a) => a !== '--quiet');
  const files = named.length > 0 ? named : caseFiles();
  const lines: string[] = ['| file | cases passed | statements found | targets right | incident of a statement right | non-statements extracted | incidents found | figures found |', '|---|---|---|---|---|---|---|---|'];
  const failures: string[] = [];
  for (const file of files) {
    const totals = emptyTotals();
    for (const c of loadCases(file)) {
      const r = runCase(c, extractArticle, registry, totals);
      if (r.problems.length > 0) failures.push(`- ${r.id} (${r.construction}): ${r.problems.join('; ')}`);
    }
    const frac = (a: number, b: number): string => (b === 0 ? '-' : `${a}/${b}`);
    lines.push(`| ${file.split(/[/\\]/).pop()} | ${frac(totals.passed, totals.cases)} | ${frac(totals.statements.found, totals.statements.expected)} | ${frac(totals.statements.targetsRight, totals.statements.found)} | ${frac(totals.statements.incidentsRight, totals.statements.withIncident)} | ${totals.nonStatementsExtracted} | ${frac(totals.incidents.found, totals.incidents.expected)} | ${frac(totals.figures.found, totals.figures.expected)} |`);
  }
  process.stdout.write(`${lines.join('\n')}\n${quiet ? '' : `\nFailing cases:\n${failures.join('\n') || '(none)'}\n`}`);
}
