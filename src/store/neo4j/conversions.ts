/**
 * Every conversion between neo4j-driver values and the plain values of the store port, in one place.
 *
 * Out of the database: Integer → number (throws beyond ±2^53, where a number would silently lose
 * digits), temporal values → ISO-8601 strings, Node/Relationship/Path → plain objects, lists and maps
 * recursively. Into the database: integral numbers → Integer (Cypher's LIMIT/SKIP reject a float,
 * and JavaScript has no integer type to tell them apart), recursively.
 * Driver errors are mapped to the port's errors here too, so the adapter maps them once.
 */
import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPoint,
  isRelationship,
  isTime,
  isUnboundRelationship,
  isUUID,
  isVector,
  Neo4jError,
} from 'neo4j-driver';
import type { Integer, QueryStatistics, Record as Neo4jRecord } from 'neo4j-driver';
import { StoreQueryError, StoreUnavailableError } from '../port';
import type { Params, Row, WriteCounters } from '../port';

/** A node as the port hands it out: `id` is the node's own `id` property (never Neo4j's element id). */
export interface PlainNode {
  id: unknown;
  labels: string[];
  properties: Record<string, unknown>;
}

/** A relationship as the port hands it out; `id` is its `id` property when it has one, else null. */
export interface PlainRelationship {
  id: unknown;
  type: string;
  properties: Record<string, unknown>;
}

export interface PlainPath {
  nodes: PlainNode[];
  relationships: PlainRelationship[];
}

function integerToNumber(value: Integer): number {
  if (!value.inSafeRange()) {
    throw new StoreQueryError(
      `integer ${value.toString()} from the database is outside JavaScript's safe range (±2^53)`,
    );
  }
  return value.toNumber();
}

function bigintToNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new StoreQueryError(
      `integer ${value.toString()} from the database is outside JavaScript's safe range (±2^53)`,
    );
  }
  return Number(value);
}

function propertiesToPlain(properties: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(properties)) out[key] = toPlain(v);
  return out;
}

/** Converts one value read from neo4j-driver into plain JSON-like JS. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'string':
    case 'boolean':
    case 'number':
      return value;
    case 'bigint':
      return bigintToNumber(value);
    case 'symbol':
    case 'function':
      return String(value);
    case 'object':
      break;
  }
  if (isInt(value)) return integerToNumber(value);
  if (Array.isArray(value)) return value.map(toPlain);
  // Temporal values print themselves in ISO-8601 (Duration as P…T…S), which both stores can compare.
  if (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isTime(value) ||
    isLocalTime(value) ||
    isDuration(value)
  ) {
    return value.toString();
  }
  if (isNode(value)) {
    const properties = propertiesToPlain(value.properties);
    const node: PlainNode = { id: properties['id'] ?? null, labels: [...value.labels], properties };
    return node;
  }
  if (isRelationship(value) || isUnboundRelationship(value)) {
    const properties = propertiesToPlain(value.properties);
    const rel: PlainRelationship = { id: properties['id'] ?? null, type: value.type, properties };
    return rel;
  }
  if (isPath(value)) {
    const path: PlainPath = {
      nodes: [toPlain(value.start) as PlainNode],
      relationships: [],
    };
    for (const segment of value.segments) {
      path.relationships.push(toPlain(segment.relationship) as PlainRelationship);
      path.nodes.push(toPlain(segment.end) as PlainNode);
    }
    return path;
  }
  if (isPoint(value)) {
    const point: Record<string, number> = {
      srid: toPlain(value.srid) as number,
      x: value.x,
      y: value.y,
    };
    if (value.z !== undefined) point['z'] = value.z;
    return point;
  }
  if (isUUID(value)) return value.toString();
  if (isVector(value)) return Array.from(value.asTypedArray() as ArrayLike<number | bigint>, toPlain);
  if (value instanceof Date) return value.toISOString();
  if (ArrayBuffer.isView(value)) return value; // byte arrays stay bytes
  // A map (plain object) returned by Cypher: convert its values.
  return propertiesToPlain(value as Record<string, unknown>);
}

/** A driver record → a plain row keyed by the RETURN column names. */
export function recordToRow<T extends Row = Row>(record: Neo4jRecord): T {
  const row: Row = {};
  for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
  return row as T;
}

/**
 * One parameter value → what the driver should send. Integral numbers become Integer so that
 * `LIMIT $n` works and ids stay integers; JS Dates become ISO strings (the graph stores dates as
 * strings on both engines); `undefined` becomes null.
 */
export function toNeo4jValue(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number') return Number.isInteger(value) ? neo4j.int(value) : value;
  if (typeof value === 'bigint') return neo4j.int(value.toString());
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toNeo4jValue);
  if (value instanceof Date) return value.toISOString();
  if (isInt(value) || ArrayBuffer.isView(value)) return value;
  // Driver value types (temporal, spatial…) pass as they are; only plain objects are maps.
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) out[key] = toNeo4jValue(v);
  return out;
}

/** Query parameters → driver parameters (see {@link toNeo4jValue}). */
export function toNeo4jParams(params: Params | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!params) return out;
  for (const [key, v] of Object.entries(params)) out[key] = toNeo4jValue(v);
  return out;
}

/** `summary.counters` → the port's counters. */
export function toWriteCounters(counters: Pick<QueryStatistics, 'updates'>): WriteCounters {
  const u = counters.updates();
  return {
    nodesCreated: u.nodesCreated ?? 0,
    nodesDeleted: u.nodesDeleted ?? 0,
    relationshipsCreated: u.relationshipsCreated ?? 0,
    relationshipsDeleted: u.relationshipsDeleted ?? 0,
    propertiesSet: u.propertiesSet ?? 0,
  };
}

/** `neo4j://user:secret@host:7687` → `neo4j://host:7687`: a location fit for messages and logs. */
export function redactUri(uri: string): string {
  return uri.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]*@/i, '$1');
}

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.ClientError.Database.DatabaseUnavailable',
  'Neo.ClientError.General.DatabaseUnavailable',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

function isUnavailableCode(code: string): boolean {
  return (
    UNAVAILABLE_CODES.has(code) ||
    code.startsWith('Neo.ClientError.Security.') ||
    // Transient errors reach us only after the driver's own retries ran out.
    code.startsWith('Neo.TransientError.')
  );
}

/** The first line of a server message: Neo4j appends the offending Cypher and a caret below it. */
function firstLine(message: string): string {
  const line = message.split('\n', 1)[0] ?? '';
  return line.trim();
}

/**
 * Maps a neo4j-driver error to the port's errors, once, for the whole adapter. Errors that did not
 * come from the driver (a work function's own errors) are returned unchanged.
 * `location` names the database in messages; it never contains a password.
 */
export function mapNeo4jError(error: unknown, location: string): unknown {
  if (error instanceof StoreUnavailableError || error instanceof StoreQueryError) return error;
  if (!(error instanceof Neo4jError)) return error;
  const code = error.code ?? '';
  if (isUnavailableCode(code)) {
    const why = code.startsWith('Neo.ClientError.Security.')
      ? 'authentication or authorization failed'
      : firstLine(error.message) || code;
    return new StoreUnavailableError(`Neo4j at ${location} is unavailable (${code}): ${why}`, {
      cause: error,
    });
  }
  if (code.startsWith('Neo.ClientError.') || code.startsWith('Neo.DatabaseError.')) {
    return new StoreQueryError(`Neo4j rejected a statement (${code}): ${firstLine(error.message)}`, {
      cause: error,
    });
  }
  // Protocol errors and the like: the connection, not the statement, is at fault.
  return new StoreUnavailableError(
    `Neo4j at ${location} failed (${code || 'unknown'}): ${firstLine(error.message)}`,
    { cause: error },
  );
}
