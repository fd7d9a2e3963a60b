/**
 * The store contract suite: the same tests run against every store the project supports.
 *
 * - embedded (Grafeo) in memory: always, a fresh store per suite;
 * - Neo4j: when NEO4J_URI is set (NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE as for the server).
 *   The graph is cleared (cypher/admin/clear-graph.cypher) before each suite. Because that deletes
 *   data, the suite only clears a database that is empty or that it marked as its scratch database
 *   earlier; set NEO4J_CONTRACT_CLEAR=yes to let it take over a database holding other data.
 *   Suites from parallel Jest workers take turns on the one database through a lock file.
 *
 * Usage:
 *   describeStoreContract('actors', (getStore) => {
 *     it('upserts', async () => { const store = getStore(); … });
 *   });
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEmbeddedStore } from '../../src/store/embedded/embedded-store';
import { cypher } from '../../src/store/cypher';
import { openNeo4jStore } from '../../src/store/neo4j/neo4j-store';
import type { Store, StoreKind } from '../../src/store/port';
import { applySchema } from '../../src/store/schema';

const LOCK_WAIT_MS = 10 * 60_000;

export interface StoreTarget {
  kind: StoreKind;
  /** Shown in test names: `embedded (memory)` or the Neo4j URI (never a password). */
  label: string;
  /** Opens a store with the schema applied and an empty graph. */
  open(): Promise<Store>;
  /** Releases what `open` took (the store itself is closed by the harness). */
  release?(): void;
}

/** Deletes every node and relationship; the schema stays. */
export async function clearGraph(store: Store): Promise<void> {
  await store.write((tx) => tx.run(cypher('admin/clear-graph')));
}

/** Number of nodes in the graph. */
export async function countNodes(store: Store): Promise<number> {
  const { rows } = await store.read((tx) => tx.run<{ nodes: number }>(cypher('admin/count-nodes')));
  return rows[0]?.nodes ?? 0;
}

const embeddedTarget: StoreTarget = {
  kind: 'embedded',
  label: 'embedded (memory)',
  open: () => openEmbeddedStore({}),
};

/** Serialises Neo4j suites across Jest workers: they share one database. */
class CrossProcessLock {
  private readonly dir: string;
  private held = false;
  constructor(name: string) {
    this.dir = join(tmpdir(), `${name}.lock`);
  }

  async acquire(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        mkdirSync(this.dir);
        writeFileSync(join(this.dir, 'pid'), String(process.pid));
        this.held = true;
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        if (this.ownerIsGone()) {
          rmSync(this.dir, { recursive: true, force: true });
          continue;
        }
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${this.dir}`, { cause: error });
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }

  release(): void {
    if (this.held) rmSync(this.dir, { recursive: true, force: true });
    this.held = false;
  }

  private ownerIsGone(): boolean {
    let pid: number;
    try {
      pid = Number(readFileSync(join(this.dir, 'pid'), 'utf8'));
    } catch {
      // Just created by another process that has not written its pid yet, or half-removed.
      return false;
    }
    if (!Number.isInteger(pid) || pid <= 0) return false;
    try {
      process.kill(pid, 0);
      return false;
    } catch {
      return true;
    }
  }
}

function neo4jTarget(env: NodeJS.ProcessEnv): StoreTarget | undefined {
  const uri = env['NEO4J_URI']?.trim();
  if (!uri) return undefined;
  const database = env['NEO4J_DATABASE']?.trim() || undefined;
  const lock = new CrossProcessLock(`idlib-kg-contract-${Buffer.from(`${uri}|${database ?? ''}`).toString('hex').slice(0, 40)}`);
  let store: Store | undefined;
  return {
    kind: 'neo4j',
    label: database ? `${uri} (${database})` : uri,
    async open() {
      await lock.acquire(LOCK_WAIT_MS);
      try {
        store = await openNeo4jStore({
          uri,
          username: env['NEO4J_USERNAME'] ?? 'neo4j',
          password: env['NEO4J_PASSWORD'] ?? '',
          ...(database !== undefined && { database }),
          connectionTimeoutMs: 10_000,
        });
        await store.verify();
        await applySchema(store);
        const { rows } = await store.read((tx) =>
          tx.run<{ marked: number }>(cypher('admin/is-contract-database-neo4j')),
        );
        const marked = (rows[0]?.marked ?? 0) > 0;
        if (!marked && (await countNodes(store)) > 0 && env['NEO4J_CONTRACT_CLEAR'] !== 'yes') {
          throw new Error(
            `the contract suite clears the graph, and ${store.location} holds data it did not create. ` +
              'Point NEO4J_URI/NEO4J_DATABASE at a scratch database, or set NEO4J_CONTRACT_CLEAR=yes to clear it.',
          );
        }
        await store.write((tx) => tx.run(cypher('admin/mark-contract-database-neo4j')));
        await clearGraph(store);
        return store;
      } catch (error) {
        await store?.close().catch(() => undefined);
        lock.release();
        throw error;
      }
    },
    release: () => lock.release(),
  };
}

/** The stores the contract suite runs on in this process: embedded always, Neo4j when configured. */
export function contractTargets(env: NodeJS.ProcessEnv = process.env): StoreTarget[] {
  const neo4j = neo4jTarget(env);
  return neo4j ? [embeddedTarget, neo4j] : [embeddedTarget];
}

/**
 * Declares `fn`'s tests once per store target, each in its own `describe` with a fresh, empty,
 * schema-applied store. Tests share the store within a suite: clear it (clearGraph) or use
 * distinct ids when a test needs an empty graph.
 */
export function describeStoreContract(title: string, fn: (getStore: () => Store) => void): void {
  for (const target of contractTargets()) {
    describe(`${title} [${target.kind}: ${target.label}]`, () => {
      let store: Store | undefined;
      // Long enough to wait for the Neo4j lock while another worker's suite runs.
      beforeAll(async () => {
        store = await target.open();
      }, LOCK_WAIT_MS + 60_000);
      afterAll(async () => {
        try {
          await store?.close();
        } finally {
          store = undefined;
          target.release?.();
        }
      });
      fn(() => {
        if (!store) throw new Error('getStore() is only available inside tests and hooks, after the store opened');
        return store;
      });
    });
  }
}
