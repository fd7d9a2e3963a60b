/**
 * The seeder: article files → extraction → one write transaction per article.
 * An article that fails leaves nothing of itself behind; the run goes on and the summary names it.
 */
import { relative } from 'node:path';
import { extractArticle } from '../extract';
import type { ArticleFacts } from '../domain/facts';
import type { Store } from '../store/port';
import { loadArticleFacts } from './load';
import { InputError, findArticleFiles, readArticle } from './sources';

export interface SeedFailure {
  path: string;
  reason: string;
}

export interface SeedSummary {
  articles: { seen: number; loaded: number; failed: number };
  nodes: { created: number; matched: number };
  relationships: { created: number; matched: number };
  failures: SeedFailure[];
  millis: number;
}

export interface SeedProgress {
  start(total: number): void;
  tick(path: string, ok: boolean): void;
  stop(): void;
}

export interface SeedOptions {
  maxArticleBytes: number;
  progress?: SeedProgress;
  /** Called with each article's facts after it was written (used by the Cypher exporter). */
  onArticle?: (facts: ArticleFacts) => void;
}

function reasonOf(error: unknown): string {
  if (error instanceof InputError) return error.reason;
  if (error instanceof Error) {
    const reason = (error as Error & { reason?: unknown }).reason;
    return typeof reason === 'string' ? reason : error.message;
  }
  return String(error);
}

/** Reads and extracts an article; throws InputError or ExtractionError for bad input. */
export function extractFile(path: string, maxArticleBytes: number): ArticleFacts {
  const source = readArticle(path, maxArticleBytes);
  return extractArticle(source.text, source.meta);
}

/** Seeds every article under `paths` (files or folders). Never throws for a bad article. */
export async function seedPaths(store: Store, paths: string[], options: SeedOptions): Promise<SeedSummary> {
  const started = Date.now();
  const files = findArticleFiles(paths);
  const summary: SeedSummary = {
    articles: { seen: files.length, loaded: 0, failed: 0 },
    nodes: { created: 0, matched: 0 },
    relationships: { created: 0, matched: 0 },
    failures: [],
    millis: 0,
  };
  options.progress?.start(files.length);
  try {
    for (const file of files) {
      const shown = relative(process.cwd(), file) || file;
      try {
        const facts = extractFile(file, options.maxArticleBytes);
        const result = await loadArticleFacts(store, facts);
        const { nodesCreated, relationshipsCreated } = result.counters;
        summary.articles.loaded++;
        summary.nodes.created += nodesCreated;
        summary.nodes.matched += Math.max(0, result.plannedNodes - nodesCreated);
        summary.relationships.created += relationshipsCreated;
        summary.relationships.matched += Math.max(0, result.plannedRelationships - relationshipsCreated);
        options.onArticle?.(result.facts);
        options.progress?.tick(shown, true);
      } catch (error) {
        summary.articles.failed++;
        summary.failures.push({ path: shown, reason: reasonOf(error) });
        options.progress?.tick(shown, false);
      }
    }
  } finally {
    options.progress?.stop();
  }
  summary.millis = Date.now() - started;
  return summary;
}

/** A plain, human-readable summary of a seeding run. */
export function formatSummary(summary: SeedSummary): string {
  const lines = [
    `articles: ${summary.articles.loaded} loaded, ${summary.articles.failed} failed (of ${summary.articles.seen})`,
    `nodes: ${summary.nodes.created} created, ${summary.nodes.matched} matched`,
    `relationships: ${summary.relationships.created} created, ${summary.relationships.matched} matched`,
    `time: ${(summary.millis / 1000).toFixed(2)} s`,
  ];
  for (const failure of summary.failures) lines.push(`failed: ${failure.path}: ${failure.reason}`);
  return lines.join('\n');
}
