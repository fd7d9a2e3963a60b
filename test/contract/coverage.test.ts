/**
 * Every query the code can run must be executed by the contract suite, on both stores: each
 * cypher/write and cypher/read file must be named (`write/upsert-actors`, `read/find-actors`, …) in
 * some test/contract/*.contract.test.ts. This fails as soon as a query is added without a test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listCypherFiles } from '../../src/store/cypher';

const CONTRACT_DIR = __dirname;
const COVERED_FOLDERS = ['write/', 'read/'];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `read/find-actors` is named by `'read/find-actors'` or `read/find-actors.cypher`, not by `read/find-actors-by-ids`. */
export function mentions(source: string, name: string): boolean {
  return new RegExp(`(?:^|[^\\w/-]|cypher/)${escapeRegExp(name)}(?:\\.cypher)?(?![\\w-])`).test(source);
}

describe('contract coverage of cypher/write and cypher/read', () => {
  it('recognises a name only as a whole name', () => {
    expect(mentions("cypher('read/find-actors')", 'read/find-actors')).toBe(true);
    expect(mentions('// runs cypher/read/find-actors.cypher', 'read/find-actors')).toBe(true);
    expect(mentions("cypher('read/find-actors-by-ids')", 'read/find-actors')).toBe(false);
    expect(mentions("cypher('read/find-actors-by-ids')", 'read/find-actors-by-ids')).toBe(true);
    expect(mentions("cypher('xread/find-actors')", 'read/find-actors')).toBe(false);
    expect(mentions("cypher('other/read/find-actors')", 'read/find-actors')).toBe(false);
  });

  it('names every write and read query in a contract test', () => {
    const testFiles = readdirSync(CONTRACT_DIR).filter((f) => f.endsWith('.contract.test.ts')).sort();
    const sources = testFiles.map((f) => readFileSync(join(CONTRACT_DIR, f), 'utf8'));
    const queries = listCypherFiles().filter((name) => COVERED_FOLDERS.some((folder) => name.startsWith(folder)));
    expect(queries.length).toBeGreaterThan(0);

    const missing = queries.filter((name) => !sources.some((source) => mentions(source, name)));
    if (missing.length > 0) {
      throw new Error(
        `${missing.length} of ${queries.length} queries are not run by the contract suite ` +
          `(name each in a test/contract/*.contract.test.ts, e.g. cypher('${missing[0]}')):\n` +
          missing.map((name) => `  cypher/${name}.cypher`).join('\n') +
          `\ncontract test files searched: ${testFiles.join(', ') || '(none)'}`,
      );
    }
  });
});
