/**
 * Loads Cypher statements from the cypher/ folder. Every statement the code runs lives there, so the
 * lint test (Neo4j's own parser) and the contract suite see exactly what production runs.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

function findProjectRoot(start: string): string {
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'cypher'))) return dir;
    const parent = join(dir, '..');
    if (parent === dir) throw new Error(`cannot find the project's cypher/ folder above ${start}`);
    dir = parent;
  }
}

export const PROJECT_ROOT = findProjectRoot(__dirname);
export const CYPHER_DIR = join(PROJECT_ROOT, 'cypher');

const cache = new Map<string, string>();

/** The text of `cypher/<name>.cypher`, e.g. `cypher('write/upsert-actors')`. Comments (`//`) kept. */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    const file = join(CYPHER_DIR, `${name}.cypher`);
    if (!existsSync(file)) throw new Error(`no Cypher file ${relative(PROJECT_ROOT, file)}`);
    text = readFileSync(file, 'utf8').trim();
    cache.set(name, text);
  }
  return text;
}

/**
 * Splits a Cypher script into statements on `;` at the end of a line, outside strings and comments.
 * Used for cypher/schema/*.cypher and for running a whole `.cypher` file (e.g. seed.cypher).
 */
export function splitStatements(script: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quote: string | null = null;
  for (let i = 0; i < script.length; i++) {
    const ch = script[i]!;
    const next = script[i + 1];
    if (quote) {
      cur += ch;
      if (ch === '\\') {
        cur += next ?? '';
        i++;
      } else if (ch === quote) quote = null;
      continue;
    }
    if (ch === '/' && next === '/') {
      const nl = script.indexOf('\n', i);
      i = nl === -1 ? script.length : nl - 1;
      continue;
    }
    if (ch === "'" || ch === '"' || ch === '`') quote = ch;
    if (ch === ';') {
      if (cur.trim()) out.push(cur.trim());
      cur = '';
      continue;
    }
    cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

/** Every `.cypher` file under cypher/ (relative names without extension), for lint and contract tests. */
export function listCypherFiles(dir = CYPHER_DIR, base = ''): string[] {
  const names: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const full = join(dir, entry);
    const rel = base ? `${base}/${entry}` : entry;
    if (statSync(full).isDirectory()) names.push(...listCypherFiles(full, rel));
    else if (entry.endsWith('.cypher')) names.push(rel.replace(/\.cypher$/, ''));
  }
  return names;
}
