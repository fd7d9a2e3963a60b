/**
 * The store port: the only way the rest of the code talks to a graph database.
 * Two adapters implement it: `embedded` (Grafeo, the default) and `neo4j` (neo4j-driver).
 * Cypher text comes from files under cypher/ (see cypher.ts); values only as parameters.
 */

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

export interface WriteCounters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

export interface QueryResult<T extends Row = Row> {
  /** Plain JS values only: numbers (never neo4j Integer), strings, booleans, null, arrays, objects. */
  rows: T[];
  counters: WriteCounters;
}

/** Runs statements inside one transaction. */
export interface Tx {
  run<T extends Row = Row>(cypher: string, params?: Params): Promise<QueryResult<T>>;
}

export type StoreKind = 'embedded' | 'neo4j';

export interface Store {
  readonly kind: StoreKind;
  /** Where the data lives, for messages: a Neo4j URI, a file path or "memory". Never a password. */
  readonly location: string;
  /** Runs `work` in a read transaction (retried on transient errors for Neo4j). */
  read<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /** Runs `work` in one write transaction: all of it commits or none of it does. */
  write<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /** Throws StoreUnavailableError when the database cannot be reached. */
  verify(): Promise<void>;
  close(): Promise<void>;
}

export const emptyCounters = (): WriteCounters => ({
  nodesCreated: 0,
  nodesDeleted: 0,
  relationshipsCreated: 0,
  relationshipsDeleted: 0,
  propertiesSet: 0,
});

export function addCounters(a: WriteCounters, b: WriteCounters): WriteCounters {
  return {
    nodesCreated: a.nodesCreated + b.nodesCreated,
    nodesDeleted: a.nodesDeleted + b.nodesDeleted,
    relationshipsCreated: a.relationshipsCreated + b.relationshipsCreated,
    relationshipsDeleted: a.relationshipsDeleted + b.relationshipsDeleted,
    propertiesSet: a.propertiesSet + b.propertiesSet,
  };
}

/** The database could not be reached or opened. Its message names the location. */
export class StoreUnavailableError extends Error {
  readonly code = 'STORE_UNAVAILABLE';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}

/** A statement failed in the database (syntax, constraint, type). Cypher text stays server-side. */
export class StoreQueryError extends Error {
  readonly code = 'STORE_QUERY_FAILED';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreQueryError';
  }
}
