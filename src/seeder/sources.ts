/**
 * Finds and reads article files for the seeder: `NAME.txt` with an optional sidecar `NAME.meta.json`
 * ({title, outlet, url, publishedAt}). Bad input is refused with a reason a person can act on.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import type { ArticleMeta } from '../domain/facts';

export interface ArticleSource {
  /** Path as given (or found under a folder). */
  path: string;
  text: string;
  meta: ArticleMeta;
}

export class InputError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'InputError';
  }
}

// Folders hold other files too (READMEs, gold annotations, sidecars): only plain-text files are articles.
const ARTICLE_EXTENSIONS = new Set(['.txt', '.text']);

/** Expands files and folders (recursively) into article file paths, sorted, without duplicates. */
export function findArticleFiles(paths: string[]): string[] {
  const found = new Set<string>();
  const visit = (path: string, explicit: boolean): void => {
    if (!existsSync(path)) throw new InputError(path, 'no such file or folder');
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path).sort()) {
        if (entry.startsWith('.')) continue;
        visit(join(path, entry), false);
      }
    } else if (explicit || ARTICLE_EXTENSIONS.has(extname(path).toLowerCase())) {
      found.add(resolve(path));
    }
  };
  for (const path of paths) visit(path, true);
  return [...found].sort();
}

export function sidecarPath(articlePath: string): string {
  const ext = extname(articlePath);
  return join(articlePath.slice(0, articlePath.length - basename(articlePath).length), `${basename(articlePath, ext)}.meta.json`);
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function readMeta(path: string): ArticleMeta {
  const file = sidecarPath(path);
  if (!existsSync(file)) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new InputError(file, `sidecar is not valid JSON (${(error as Error).message})`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new InputError(file, 'sidecar must be a JSON object with title, outlet, url, publishedAt');
  }
  const meta = parsed as Record<string, unknown>;
  const out: ArticleMeta = {};
  for (const key of ['title', 'outlet', 'url', 'publishedAt', 'language'] as const) {
    const value = meta[key];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') throw new InputError(file, `"${key}" must be a string or null, got ${typeof value}`);
    out[key] = value;
  }
  if (out.publishedAt && !/^\d{4}-\d{2}-\d{2}(T.*)?$/.test(out.publishedAt)) {
    throw new InputError(file, `"publishedAt" must be an ISO date like 2019-06-10, got "${out.publishedAt}"`);
  }
  return out;
}

/** Reads one article, refusing empty, non-UTF-8 or oversized files. */
export function readArticle(path: string, maxBytes: number): ArticleSource {
  const size = statSync(path).size;
  if (size === 0) throw new InputError(path, 'file is empty');
  if (size > maxBytes) {
    throw new InputError(path, `file is ${size} bytes, larger than the limit of ${maxBytes} (set KG_MAX_ARTICLE_BYTES)`);
  }
  const bytes = readFileSync(path);
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new InputError(path, 'file is not valid UTF-8 text');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new InputError(path, 'file has no text (only whitespace)');
  return { path, text, meta: readMeta(path) };
}
