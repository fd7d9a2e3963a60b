/**
 * The server as a user runs it: a real process (`src/index.ts`), configured only by the environment.
 * It seeds an empty embedded store, answers GraphQL, and exits cleanly on SIGTERM; an unreachable
 * Neo4j gives one error line naming the URI and a non-zero exit.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/store/cypher';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function start(env: Record<string, string>): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const { NEO4J_URI: _ignored, ...inherited } = process.env;
  const child = spawn(process.execPath, ['-r', '@swc-node/register', join(PROJECT_ROOT, 'src', 'index.ts')], {
    cwd: PROJECT_ROOT,
    env: { ...inherited, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitFor(check: () => Promise<boolean>, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('server process', () => {
  it('seeds an empty embedded store, serves GraphQL, and exits 0 on SIGTERM', async () => {
    const port = await freePort();
    const server = start({ PORT: String(port), HOST: '127.0.0.1', KG_DATA_DIR: mkdtempSync(join(tmpdir(), 'kg-proc-')) });
    try {
      await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/readyz`)).ok, 60_000);
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ stats { articles statements } }' }),
      });
      const body = (await response.json()) as { data: { stats: { articles: number; statements: number } } };
      expect(body.data.stats.articles).toBe(5);
      expect(body.data.stats.statements).toBeGreaterThan(20);
      expect(server.output()).toMatch(/^articles: 5 loaded, 0 failed \(of 5\)$/m);
    } finally {
      server.child.kill('SIGTERM');
    }
    expect(await server.exited).toBe(0);
  }, 90_000);

  it('names an unreachable Neo4j in one line and exits non-zero', async () => {
    const server = start({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'hunter2' });
    const code = await server.exited;
    expect(code).not.toBe(0);
    const lines = server.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^error: .*bolt:\/\/127\.0\.0\.1:1/);
    expect(server.output()).not.toContain('hunter2');
  }, 60_000);
});
