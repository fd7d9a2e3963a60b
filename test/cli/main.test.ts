/**
 * The command line end to end, in-process: seeding twice into a data folder, running the committed
 * seed script on another, and the errors a user sees.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { PROJECT_ROOT } from '../../src/store/cypher';

async function run(args: string[], env: Record<string, string>) {
  let out = '';
  let err = '';
  const saved = { ...process.env };
  Object.assign(process.env, env);
  delete process.env.NEO4J_URI;
  const o = jest.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((out += String(s)), true));
  const e = jest.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((err += String(s)), true));
  try {
    return { code: await main(args), out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
    process.env = saved;
  }
}

const seedDir = join(PROJECT_ROOT, 'seed', 'articles');

describe('idlib-kg CLI', () => {
  it('seeds into the data folder; a second run creates nothing', async () => {
    const env = { KG_DATA_DIR: mkdtempSync(join(tmpdir(), 'kg-cli-')) };
    const first = await run(['seed', seedDir], env);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/^articles: 5 loaded, 0 failed \(of 5\)$/m);
    const created = Number(/^nodes: (\d+) created/m.exec(first.out)?.[1]);
    expect(created).toBeGreaterThan(50);
    const second = await run(['seed', seedDir], env);
    expect(second.out).toMatch(/^nodes: 0 created, \d+ matched$/m);
    expect(second.out).toMatch(/^relationships: 0 created, \d+ matched$/m);
  });

  it('runs a .cypher script on the configured store', async () => {
    const env = { KG_DATA_DIR: mkdtempSync(join(tmpdir(), 'kg-cli-')) };
    const result = await run(['run-cypher', join(PROJECT_ROOT, 'cypher', 'seed.cypher')], env);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/seed\.cypher: \d+ statements, [1-9]\d* nodes and [1-9]\d* relationships created/);
  });

  it('names a missing path, an unknown command and a bad setting in one line each', async () => {
    const env = { KG_DATA_DIR: mkdtempSync(join(tmpdir(), 'kg-cli-')) };
    expect(await run(['seed', '/no/such/articles'], env)).toMatchObject({ code: 1, err: 'error: /no/such/articles: no such file or folder\n' });
    expect(await run(['frobnicate'], env)).toMatchObject({ code: 1, err: expect.stringMatching(/^error: unknown command "frobnicate"/) });
    expect(await run(['run-cypher'], env)).toMatchObject({ code: 1, err: expect.stringMatching(/^error: run-cypher needs a \.cypher file/) });
    expect(await run(['seed'], { ...env, KG_MAX_ARTICLE_BYTES: 'lots' })).toMatchObject({
      code: 1,
      err: 'error: KG_MAX_ARTICLE_BYTES must be an integer from 1 to 1073741824, got "lots"\n',
    });
  });

  it('exits 2 and names the article when one fails', async () => {
    const env = { KG_DATA_DIR: mkdtempSync(join(tmpdir(), 'kg-cli-')), KG_MAX_ARTICLE_BYTES: '100' };
    const result = await run(['seed', seedDir], env);
    expect(result.code).toBe(2);
    expect(result.out).toMatch(/^failed: .*000_754e13c384a4316b\.txt: file is \d+ bytes, larger than the limit of 100/m);
  });
});
