/**
 * `runEval`: runs the real extraction pipeline over gold sets and scores it. Reading files and calling
 * the extractor happen here; scoring is delegated to the pure functions in score.ts.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { ArticleFacts, ArticleMeta } from '../domain/facts';
import { InMemoryIncidentIndex, resolveIncidentMerges } from '../resolve/incident-merge';
import { annotationAsFacts } from './agreement';
import { loadGoldSet, type LoadedSet } from './gold';
import { Registry } from './registry';
import { aggregate, failedArticle, scoreArticle } from './score';
import type { ArticleScore, SetTotals } from './types';

export type ExtractFn = (text: string, meta: ArticleMeta) => ArticleFacts | Promise<ArticleFacts>;

export interface EvalSetSpec {
  /** Label in reports and the key in `--json` output. */
  name: string;
  /** Folder with `NAME.gold.json` files and `entities.json`. */
  goldDir: string;
  /** Extra folders searched first for `NAME.txt` (see gold.ts `textCandidates`). */
  textDirs?: string[];
  /**
   * A second annotation of the same articles (`NAME.gold.json` + `entities.json`), scored in place of
   * the extractor's output: the two annotators' agreement (see agreement.ts).
   */
  againstDir?: string;
}

export interface EvalOptions {
  sets: EvalSetSpec[];
  /** Defaults to the project's `extractArticle`. */
  extract?: ExtractFn;
  /** Progress lines (the CLI sends them to stderr). */
  onProgress?: (line: string) => void;
}

export interface SetResult {
  name: string;
  goldDir: string;
  articles: ArticleScore[];
  totals: SetTotals;
}

export interface EvalResult {
  sets: SetResult[];
}

/** Repository root (src/eval → ../..), so the default sets work from any working directory. */
export const REPO_ROOT = resolve(__dirname, '..', '..');

/** `npm run eval` without `--set`: the seeds (texts in seed/articles) and the development corpus. */
export function defaultSets(root: string = REPO_ROOT): EvalSetSpec[] {
  return [
    { name: 'seeds', goldDir: resolve(root, 'seed', 'gold'), textDirs: [resolve(root, 'seed', 'articles')] },
    { name: 'corpus', goldDir: resolve(root, 'test', 'corpus') },
  ];
}

/** Name for `--set DIR`: the folder's name, or its parent's when the folder is called `gold`. */
export function setNameFor(dir: string): string {
  const abs = resolve(dir);
  const base = basename(abs);
  return base === 'gold' ? basename(dirname(abs)) || base : base;
}

export function loadDefaultExtractor(): ExtractFn {
  // Loaded lazily so that scoring code and its tests do not pull in the extraction pipeline.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require('../extract') as { extractArticle?: unknown };
  if (typeof mod.extractArticle !== 'function') throw new Error('src/extract does not export extractArticle');
  return mod.extractArticle as ExtractFn;
}

function message(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

export async function runEval(options: EvalOptions): Promise<EvalResult> {
  const extract = options.extract ?? loadDefaultExtractor();
  const progress = options.onProgress ?? (() => undefined);
  const sets: SetResult[] = [];
  for (const spec of options.sets) {
    const { registry: file, entries } = loadGoldSet(spec.goldDir, spec.textDirs ?? []);
    const registry = new Registry(file);
    const second: LoadedSet | null = spec.againstDir ? loadGoldSet(spec.againstDir) : null;
    const articles: ArticleScore[] = [];
    // As the seeder does against the graph: each article's incidents are resolved against the incidents
    // of the articles before it in the set, so cross-article merges are scored as they would be stored.
    const incidents = new InMemoryIncidentIndex();
    for (const [n, entry] of entries.entries()) {
      progress(`[${spec.name}] ${n + 1}/${entries.length} ${entry.name}`);
      if (entry.textFile === null) {
        articles.push(failedArticle(entry.name, entry.gold, `no text file ${entry.name}.txt found`));
        continue;
      }
      const text = readFileSync(entry.textFile, 'utf8');
      const { title, outlet, url, publishedAt } = entry.gold.article;
      let facts: ArticleFacts;
      if (second) {
        const other = second.entries.find((e) => e.name === entry.name);
        if (other) articles.push(scoreArticle(entry.gold, annotationAsFacts(other.gold, second.registry, text), registry, entry.name));
        else articles.push(failedArticle(entry.name, entry.gold, `no second annotation ${entry.name}.gold.json in ${spec.againstDir}`));
        continue;
      }
      try {
        facts = await resolveIncidentMerges(await extract(text, { title, outlet, url, publishedAt }), incidents.lookup);
        incidents.add(facts);
      } catch (e) {
        articles.push(failedArticle(entry.name, entry.gold, `extraction failed: ${message(e)}`));
        continue;
      }
      articles.push(scoreArticle(entry.gold, facts, registry, entry.name));
    }
    sets.push({ name: spec.name, goldDir: spec.goldDir, articles, totals: aggregate(articles) });
  }
  return { sets };
}
