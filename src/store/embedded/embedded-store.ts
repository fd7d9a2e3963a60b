/**
 * The embedded store: Grafeo (openCypher, ACID) in this process, on a single file or in memory.
 * One process per database file: Grafeo takes an exclusive lock, so a second process gets a clear
 * StoreUnavailableError instead of a corrupt file.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import * as grafeo from '@grafeo-db/js';
import type { GrafeoDB, QueryResult as GrafeoResult, Transaction } from '@grafeo-db/js';
import { cypher } from '../cypher';
import { applySchema } from '../schema';
import {
  type Params,
  type QueryResult,
  type Row,
  type Store,
  type Tx,
  type WriteCounters,
  StoreQueryError,
  StoreUnavailableError,
} from '../port';

export interface EmbeddedStoreOptions {
  /** Database file. Undefined: in memory (tests). */
  path?: string;
}

function toCounters(result: GrafeoResult): WriteCounters {
  const c = result.counters;
  return {
    nodesCreated: c.nodesCreated,
    nodesDeleted: c.nodesDeleted,
    relationshipsCreated: c.edgesCreated,
    relationshipsDeleted: c.edgesDeleted,
    propertiesSet: c.propertiesSet,
  };
}

/** Grafeo returns integers as numbers already; BigInt can appear for ids and is narrowed here. */
function toPlain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(toPlain);
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === 'object' && !Buffer.isBuffer(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toPlain(v);
    return out;
  }
  return value;
}

type Executor = Pick<Transaction, 'executeCypher'>;

function makeTx(executor: Executor): Tx {
  return {
    async run<T extends Row = Row>(statement: string, params: Params = {}): Promise<QueryResult<T>> {
      let result: GrafeoResult;
      try {
        result = await executor.executeCypher(statement, params);
      } catch (error) {
        // Grafeo quotes the statement in some messages; keep the first line so Cypher text stays server-side.
        const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
        throw new StoreQueryError(`embedded store rejected a statement: ${message}`, { cause: error });
      }
      return { rows: result.toArray().map((r) => toPlain(r) as T), counters: toCounters(result) };
    },
  };
}

class EmbeddedStore implements Store {
  readonly kind = 'embedded' as const;
  private closed = false;
  /** Grafeo serialises writers; queueing here keeps one write transaction at a time per process. */
  private writeQueue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: GrafeoDB,
    readonly location: string,
  ) {}

  async read<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    this.assertOpen();
    // Reads see committed state; running them on the database directly avoids holding a snapshot.
    return work(makeTx(this.db));
  }

  write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    this.assertOpen();
    const run = async (): Promise<T> => {
      const transaction = this.db.beginTransaction();
      try {
        const result = await work(makeTx(transaction));
        transaction.commit();
        return result;
      } catch (error) {
        if (transaction.isActive) transaction.rollback();
        throw error;
      }
    };
    const next = this.writeQueue.then(run, run);
    this.writeQueue = next.catch(() => undefined);
    return next;
  }

  async verify(): Promise<void> {
    this.assertOpen();
    await this.db.executeCypher(cypher('admin/ping'));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.writeQueue;
    this.closed = true;
    this.db.close();
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreUnavailableError(`embedded store at ${this.location} is closed`);
  }
}

/** Opens (creating if needed) the embedded database and applies the schema. */
export async function openEmbeddedStore(options: EmbeddedStoreOptions = {}): Promise<Store> {
  const { GrafeoDB: Db } = grafeo;
  let db: GrafeoDB;
  const location = options.path ?? 'memory';
  try {
    if (options.path) {
      mkdirSync(dirname(options.path), { recursive: true });
      db = Db.create(options.path);
    } else {
      db = Db.create();
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StoreUnavailableError(
      `cannot open the embedded store at ${location}: ${reason}` +
        (/lock/i.test(reason) ? ' (is another process, such as a running server, using it?)' : ''),
      { cause: error },
    );
  }
  const store = new EmbeddedStore(db, location);
  // Shared schema files plus Grafeo's MERGE-key indexes (schema/indexes-grafeo).
  await applySchema(store);
  return store;
}
