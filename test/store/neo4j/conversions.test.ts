import neo4j, { isInt, Neo4jError } from 'neo4j-driver';
import type { Integer } from 'neo4j-driver';
import {
  mapNeo4jError,
  recordToRow,
  redactUri,
  toNeo4jParams,
  toPlain,
  toWriteCounters,
} from '../../../src/store/neo4j/conversions';
import { StoreQueryError, StoreUnavailableError } from '../../../src/store/port';

const { types } = neo4j;

describe('values read from Neo4j become plain JS', () => {
  it('turns Integer into number, inside lists and maps too', () => {
    expect(toPlain(neo4j.int(42))).toBe(42);
    expect(toPlain(neo4j.int(-7))).toBe(-7);
    expect(toPlain([neo4j.int(1), 'a', null, [neo4j.int(2)]])).toEqual([1, 'a', null, [2]]);
    expect(toPlain({ killed: neo4j.int(37), nested: { injured: neo4j.int(12) } })).toEqual({
      killed: 37,
      nested: { injured: 12 },
    });
  });

  it('refuses an Integer a JS number cannot hold exactly, rather than losing digits', () => {
    expect(toPlain(neo4j.int(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => toPlain(neo4j.int('9007199254740993'))).toThrow(StoreQueryError);
    expect(() => toPlain(neo4j.int('9007199254740993'))).toThrow(/9007199254740993/);
    expect(() => toPlain(BigInt('-9007199254740993'))).toThrow(StoreQueryError);
    expect(toPlain(BigInt(5))).toBe(5);
  });

  it('keeps strings, floats, booleans; undefined and null become null', () => {
    expect(toPlain('Idlib')).toBe('Idlib');
    expect(toPlain(36.5)).toBe(36.5);
    expect(toPlain(true)).toBe(true);
    expect(toPlain(null)).toBeNull();
    expect(toPlain(undefined)).toBeNull();
  });

  it('prints temporal values as ISO-8601 strings', () => {
    expect(toPlain(new types.Date(neo4j.int(2019), neo4j.int(5), neo4j.int(7)))).toBe('2019-05-07');
    expect(toPlain(new types.DateTime(2019, 5, 7, 14, 30, 0, 0, 0))).toBe('2019-05-07T14:30:00Z');
    expect(toPlain(new types.DateTime(2019, 5, 7, 14, 30, 0, 0, 3 * 3600))).toBe('2019-05-07T14:30:00+03:00');
    expect(toPlain(new types.DateTime(2019, 5, 7, 14, 30, 0, 0, undefined, 'Asia/Damascus'))).toBe(
      '2019-05-07T14:30:00[Asia/Damascus]',
    );
    expect(toPlain(new types.LocalDateTime(2019, 5, 7, 9, 5, 3, 500000000))).toBe('2019-05-07T09:05:03.500000000');
    expect(toPlain(new types.LocalTime(9, 5, 3, 0))).toBe('09:05:03');
    expect(toPlain(new types.Time(9, 5, 3, 0, -2 * 3600))).toBe('09:05:03-02:00');
    expect(toPlain(new types.Duration(0, 3, 3600, 0))).toBe('P3DT1H');
    expect(toPlain({ at: [new types.Date(2019, 5, 7)] })).toEqual({ at: ['2019-05-07'] });
  });

  it('turns a Node into {id, labels, properties} with id from the id property, not the element id', () => {
    const node = new types.Node(
      neo4j.int(17),
      ['Actor'],
      { id: 'actor:sohr', name: 'SOHR', aliases: ['Syrian Observatory'], rank: neo4j.int(3) },
      '4:abc:17',
    );
    expect(toPlain(node)).toEqual({
      id: 'actor:sohr',
      labels: ['Actor'],
      properties: { id: 'actor:sohr', name: 'SOHR', aliases: ['Syrian Observatory'], rank: 3 },
    });
    expect(toPlain(new types.Node(neo4j.int(1), ['Place'], {}))).toEqual({
      id: null,
      labels: ['Place'],
      properties: {},
    });
  });

  it('turns a Relationship into {id, type, properties}', () => {
    const rel = new types.Relationship(neo4j.int(5), neo4j.int(1), neo4j.int(2), 'REPORTED_IN', {
      start: neo4j.int(10),
      end: neo4j.int(42),
    });
    expect(toPlain(rel)).toEqual({ id: null, type: 'REPORTED_IN', properties: { start: 10, end: 42 } });
  });

  it('turns a Path into its nodes and relationships, in order', () => {
    const a = new types.Node(neo4j.int(1), ['Actor'], { id: 'actor:a' });
    const s = new types.Node(neo4j.int(2), ['Statement'], { id: 'statement:s' });
    const i = new types.Node(neo4j.int(3), ['Incident'], { id: 'incident:i' });
    const made = new types.Relationship(neo4j.int(10), neo4j.int(1), neo4j.int(2), 'MADE', {});
    const about = new types.Relationship(neo4j.int(11), neo4j.int(2), neo4j.int(3), 'ABOUT', {});
    const path = new types.Path(a, i, [new types.PathSegment(a, made, s), new types.PathSegment(s, about, i)]);
    const plain = toPlain(path) as { nodes: Array<{ id: unknown }>; relationships: Array<{ type: string }> };
    expect(plain.nodes.map((n) => n.id)).toEqual(['actor:a', 'statement:s', 'incident:i']);
    expect(plain.relationships.map((r) => r.type)).toEqual(['MADE', 'ABOUT']);
  });

  it('turns a Point into {srid, x, y}', () => {
    expect(toPlain(new types.Point(neo4j.int(4326), 36.63, 35.93))).toEqual({ srid: 4326, x: 36.63, y: 35.93 });
  });

  it('turns a record into a row keyed by column, converting every field', () => {
    const record = new types.Record(['name', 'killed', 'when'], ['SOHR', neo4j.int(37), new types.Date(2019, 5, 7)]);
    expect(recordToRow(record)).toEqual({ name: 'SOHR', killed: 37, when: '2019-05-07' });
  });
});

describe('parameters sent to Neo4j', () => {
  it('sends integral numbers as Integer (LIMIT/SKIP reject floats) and keeps fractional ones', () => {
    const params = toNeo4jParams({ limit: 10, skip: 0, lat: 35.93, name: 'Idlib', flag: false, none: null });
    expect(isInt(params['limit'])).toBe(true);
    expect((params['limit'] as Integer).toNumber()).toBe(10);
    expect(isInt(params['skip'])).toBe(true);
    expect(params['lat']).toBe(35.93);
    expect(params['name']).toBe('Idlib');
    expect(params['flag']).toBe(false);
    expect(params['none']).toBeNull();
  });

  it('converts recursively inside arrays and objects (UNWIND $rows)', () => {
    const params = toNeo4jParams({
      rows: [{ id: 'statement:1', killed: 37, start: 120, qualifier: undefined, tags: [1, 2.5] }],
    });
    const row = (params['rows'] as Array<Record<string, unknown>>)[0]!;
    expect(isInt(row['killed'])).toBe(true);
    expect(isInt(row['start'])).toBe(true);
    expect(row['id']).toBe('statement:1');
    expect(row['qualifier']).toBeNull();
    const tags = row['tags'] as unknown[];
    expect(isInt(tags[0])).toBe(true);
    expect(tags[1]).toBe(2.5);
  });

  it('sends JS dates as ISO strings and leaves driver values alone', () => {
    const when = new Date('2019-05-07T10:00:00Z');
    const date = new types.Date(2019, 5, 7);
    const n = neo4j.int(3);
    const params = toNeo4jParams({ when, date, n });
    expect(params['when']).toBe('2019-05-07T10:00:00.000Z');
    expect(params['date']).toBe(date);
    expect(params['n']).toBe(n);
  });

  it('gives an empty object for no parameters', () => {
    expect(toNeo4jParams(undefined)).toEqual({});
  });
});

describe('counters', () => {
  it('takes the port counters from summary.counters.updates()', () => {
    const counters = {
      updates: () => ({
        nodesCreated: 2,
        nodesDeleted: 1,
        relationshipsCreated: 3,
        relationshipsDeleted: 4,
        propertiesSet: 9,
        labelsAdded: 2,
        labelsRemoved: 0,
        indexesAdded: 0,
        indexesRemoved: 0,
        constraintsAdded: 0,
        constraintsRemoved: 0,
      }),
    };
    expect(toWriteCounters(counters)).toEqual({
      nodesCreated: 2,
      nodesDeleted: 1,
      relationshipsCreated: 3,
      relationshipsDeleted: 4,
      propertiesSet: 9,
    });
  });
});

function neo4jError(message: string, code: string): Neo4jError {
  return new Neo4jError(message, code, '50N42', 'error: general processing exception');
}

describe('driver errors map to the port errors', () => {
  const location = 'neo4j://db.example:7687';

  it.each(['ServiceUnavailable', 'SessionExpired', 'Neo.ClientError.Security.Unauthorized',
    'Neo.ClientError.Database.DatabaseNotFound', 'Neo.TransientError.Transaction.DeadlockDetected'])(
    '%s → StoreUnavailableError naming the location',
    (code) => {
      const mapped = mapNeo4jError(neo4jError('it went wrong', code), location);
      expect(mapped).toBeInstanceOf(StoreUnavailableError);
      expect((mapped as Error).message).toContain(location);
      expect((mapped as Error).message).toContain(code);
      expect((mapped as StoreUnavailableError).code).toBe('STORE_UNAVAILABLE');
    },
  );

  it('does not repeat the server text of an auth failure', () => {
    const mapped = mapNeo4jError(
      neo4jError('The client is unauthorized due to authentication failure.', 'Neo.ClientError.Security.Unauthorized'),
      location,
    ) as Error;
    expect(mapped.message).toMatch(/authentication or authorization failed/);
  });

  it('Neo.ClientError.* → StoreQueryError without the Cypher text Neo4j appends', () => {
    const serverMessage =
      "Invalid input 'RETRUN': expected 'RETURN' (line 1, column 17 (offset: 16))\n" +
      '"MATCH (n:Actor) RETRUN n.secretProperty"\n' +
      '                 ^';
    const mapped = mapNeo4jError(neo4jError(serverMessage, 'Neo.ClientError.Statement.SyntaxError'), location);
    expect(mapped).toBeInstanceOf(StoreQueryError);
    const message = (mapped as Error).message;
    expect(message).toContain('Neo.ClientError.Statement.SyntaxError');
    expect(message).toContain("Invalid input 'RETRUN'");
    expect(message).not.toContain('MATCH');
    expect(message).not.toContain('secretProperty');
  });

  it('a constraint violation is a query error', () => {
    const mapped = mapNeo4jError(
      neo4jError('Node(1) already exists with label `Actor` and property `id` = \'actor:x\'',
        'Neo.ClientError.Schema.ConstraintValidationFailed'),
      location,
    );
    expect(mapped).toBeInstanceOf(StoreQueryError);
  });

  it("leaves a work function's own errors and already mapped errors unchanged", () => {
    const own = new TypeError('bad row');
    expect(mapNeo4jError(own, location)).toBe(own);
    const mapped = new StoreQueryError('x');
    expect(mapNeo4jError(mapped, location)).toBe(mapped);
  });
});

describe('redactUri', () => {
  it('drops credentials written into a URI', () => {
    expect(redactUri('neo4j+s://neo4j:hunter2@abc.databases.example:7687')).toBe(
      'neo4j+s://abc.databases.example:7687',
    );
    expect(redactUri('bolt://localhost:7687')).toBe('bolt://localhost:7687');
  });
});
