/**
 * The Neo4j adapter of the store port. Deliberately thin: one driver, one session per unit of work,
 * `executeRead`/`executeWrite` (which route to readers/writers on a cluster and retry transient
 * errors), and the conversions of conversions.ts. Nothing here knows about the graph model.
 */
import neo4j from 'neo4j-driver';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { StoreUnavailableError } from '../port';
import type { Params, QueryResult, Row, Store, Tx } from '../port';
import { mapNeo4jError, recordToRow, redactUri, toNeo4jParams, toWriteCounters } from './conversions';

/** The few logger methods the adapter uses; pino's logger fits. */
export interface StoreLogger {
  debug(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
}

export interface Neo4jStoreOptions {
  /** `neo4j://` (routing: clusters, Aura) or `bolt://` (one server), with `+s`/`+ssc` for TLS. */
  uri: string;
  username?: string;
  password?: string;
  /** Database name; the server's default database when unset. */
  database?: string;
  logger?: StoreLogger;
  /** How long to wait for a TCP connection (driver default 30 s). */
  connectionTimeoutMs?: number;
  /** How long `read`/`write` keep retrying transient errors (driver default 30 s). */
  maxTransactionRetryTimeMs?: number;
  /** Server-side timeout of each transaction; unset leaves the server's setting. */
  transactionTimeoutMs?: number;
}

/** What the adapter needs of a driver: a narrow slice, so tests can hand in a fake. */
export type Neo4jDriverLike = Pick<Driver, 'session' | 'verifyConnectivity' | 'getServerInfo' | 'close'>;

/**
 * Opens a store on Neo4j. Creating the driver does not connect: call `verify()` to find out
 * whether the server answers (the server's bootstrap does so before it listens).
 */
export function openNeo4jStore(options: Neo4jStoreOptions): Promise<Store> {
  const location = redactUri(options.uri);
  let driver: Driver;
  try {
    const auth =
      options.username !== undefined
        ? neo4j.auth.basic(options.username, options.password ?? '')
        : undefined;
    driver = neo4j.driver(options.uri, auth, {
      ...(options.connectionTimeoutMs !== undefined && { connectionTimeout: options.connectionTimeoutMs }),
      ...(options.maxTransactionRetryTimeMs !== undefined && {
        maxTransactionRetryTime: options.maxTransactionRetryTimeMs,
      }),
      userAgent: 'idlib-claims-kg',
    });
  } catch (error) {
    // A malformed URI: the driver throws before any I/O. Its message may quote the URI as given.
    let reason = error instanceof Error ? error.message : String(error);
    reason = reason.split(options.uri).join(location);
    if (options.password) reason = reason.split(options.password).join('***');
    return Promise.reject(new StoreUnavailableError(`cannot open Neo4j at ${location}: ${reason}`));
  }
  return Promise.resolve(createNeo4jStore(driver, options));
}

/** Wraps an existing driver (or a test double) as a Store. The store owns it: `close()` closes it. */
export function createNeo4jStore(
  driver: Neo4jDriverLike,
  options: Pick<Neo4jStoreOptions, 'uri' | 'database' | 'logger' | 'transactionTimeoutMs'>,
): Store {
  const location = redactUri(options.uri);
  const database = options.database;
  const txConfig =
    options.transactionTimeoutMs !== undefined ? { timeout: options.transactionTimeoutMs } : undefined;
  const where = database ? `${location} (database ${database})` : location;

  const wrapTx = (tx: ManagedTransaction): Tx => ({
    async run<T extends Row = Row>(cypher: string, params?: Params): Promise<QueryResult<T>> {
      const result = await tx.run(cypher, toNeo4jParams(params));
      return {
        rows: result.records.map((record) => recordToRow<T>(record)),
        counters: toWriteCounters(result.summary.counters),
      };
    },
  });

  async function inSession<T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>): Promise<T> {
    const session = driver.session({
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      ...(database !== undefined && { database }),
    });
    let attempt = 0;
    try {
      // The driver may call this function again after a transient error (deadlock, leader switch):
      // each call gets a fresh Tx wrapper, so nothing of a failed attempt is carried over, and the
      // work itself only runs statements (our writes are MERGE upserts, idempotent).
      const unit = (tx: ManagedTransaction): Promise<T> => {
        attempt += 1;
        if (attempt > 1) options.logger?.debug({ store: where, attempt, mode }, 'retrying Neo4j transaction');
        return work(wrapTx(tx));
      };
      return mode === 'READ'
        ? await session.executeRead(unit, txConfig)
        : await session.executeWrite(unit, txConfig);
    } catch (error) {
      const mapped = mapNeo4jError(error, where);
      if (mapped !== error) options.logger?.warn({ store: where, err: mapped }, 'Neo4j transaction failed');
      throw mapped;
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  return {
    kind: 'neo4j',
    location,
    read: (work) => inSession('READ', work),
    write: (work) => inSession('WRITE', work),
    async verify() {
      try {
        const info = await driver.getServerInfo(database !== undefined ? { database } : {});
        options.logger?.debug({ store: where, agent: info.agent, protocol: info.protocolVersion }, 'Neo4j reachable');
      } catch (error) {
        const mapped = mapNeo4jError(error, where);
        if (mapped instanceof StoreUnavailableError) throw mapped;
        throw new StoreUnavailableError(
          `Neo4j at ${where} is unavailable: ${error instanceof Error ? error.message.split('\n', 1)[0] : String(error)}`,
          { cause: error },
        );
      }
    },
    close: () => driver.close(),
  };
}

