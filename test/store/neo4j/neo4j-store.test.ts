/**
 * The Neo4j adapter against a fake driver that records what the adapter hands it: which session
 * mode and database, executeRead vs executeWrite, and every tx.run with its converted parameters.
 */
import neo4j, { isInt, Neo4jError } from 'neo4j-driver';
import type { Integer } from 'neo4j-driver';
import { createNeo4jStore, openNeo4jStore } from '../../../src/store/neo4j/neo4j-store';
import type { Neo4jDriverLike } from '../../../src/store/neo4j/neo4j-store';
import { StoreQueryError, StoreUnavailableError } from '../../../src/store/port';

interface RunCall {
  query: string;
  params: Record<string, unknown>;
}
interface UnitCall {
  kind: 'executeRead' | 'executeWrite';
  session: { defaultAccessMode?: string; database?: string };
  config: unknown;
  runs: RunCall[];
}

type Reply = { keys: string[]; rows: unknown[][]; updates?: Record<string, number> } | Error;

/** A fake driver: `reply` decides what each tx.run returns (or throws), by query text. */
function fakeDriver(reply: (query: string, attempt: number) => Reply = () => ({ keys: [], rows: [] })) {
  const units: UnitCall[] = [];
  let closed = false;
  let sessionsOpen = 0;
  let attempts = 0;
  const driver = {
    session(config: { defaultAccessMode?: string; database?: string } = {}) {
      sessionsOpen += 1;
      const runUnit = async (kind: UnitCall['kind'], work: (tx: unknown) => Promise<unknown>, txConfig: unknown) => {
        const unit: UnitCall = { kind, session: config, config: txConfig, runs: [] };
        units.push(unit);
        attempts += 1;
        const attempt = attempts;
        const tx = {
          run: (query: string, params: Record<string, unknown>) => {
            unit.runs.push({ query, params });
            const r = reply(query, attempt);
            if (r instanceof Error) return Promise.reject(r);
            return Promise.resolve({
              records: r.rows.map((fields) => new neo4j.types.Record(r.keys, fields)),
              summary: { counters: { updates: () => ({ nodesCreated: 0, ...r.updates }) } },
            });
          },
        };
        return work(tx);
      };
      return {
        executeRead: (work: (tx: unknown) => Promise<unknown>, txConfig?: unknown) => runUnit('executeRead', work, txConfig),
        executeWrite: (work: (tx: unknown) => Promise<unknown>, txConfig?: unknown) => runUnit('executeWrite', work, txConfig),
        close: () => {
          sessionsOpen -= 1;
          return Promise.resolve();
        },
      };
    },
    verifyConnectivity: () => Promise.resolve({}),
    getServerInfo: () => Promise.resolve({ address: 'fake:7687', agent: 'Neo4j/5.26.0', protocolVersion: 5.4 }),
    close: () => {
      closed = true;
      return Promise.resolve();
    },
  };
  return {
    driver: driver as unknown as Neo4jDriverLike,
    units,
    get closed() {
      return closed;
    },
    get sessionsOpen() {
      return sessionsOpen;
    },
  };
}

describe('Neo4j store adapter (fake driver)', () => {
  it('runs reads through executeRead in a READ session, converting params and rows', async () => {
    const fake = fakeDriver(() => ({
      keys: ['name', 'killed'],
      rows: [['SOHR', neo4j.int(37)]],
    }));
    const store = createNeo4jStore(fake.driver, { uri: 'neo4j://db:7687', database: 'claims' });
    const result = await store.read((tx) =>
      tx.run('MATCH (s:Statement) RETURN s.killed AS killed SKIP $skip LIMIT $limit', { skip: 0, limit: 5 }),
    );

    expect(result.rows).toEqual([{ name: 'SOHR', killed: 37 }]);
    expect(fake.units).toHaveLength(1);
    const unit = fake.units[0]!;
    expect(unit.kind).toBe('executeRead');
    expect(unit.session).toEqual({ defaultAccessMode: neo4j.session.READ, database: 'claims' });
    const params = unit.runs[0]!.params;
    expect(isInt(params['limit'])).toBe(true);
    expect((params['limit'] as Integer).toNumber()).toBe(5);
    expect(isInt(params['skip'])).toBe(true);
    expect(fake.sessionsOpen).toBe(0);
  });

  it('runs writes through executeWrite in a WRITE session and returns counters', async () => {
    const fake = fakeDriver(() => ({
      keys: [],
      rows: [],
      updates: { nodesCreated: 2, propertiesSet: 6, relationshipsCreated: 1 },
    }));
    const store = createNeo4jStore(fake.driver, { uri: 'bolt://db:7687' });
    const result = await store.write(async (tx) => {
      const a = await tx.run('UNWIND $rows AS row MERGE (a:Actor {id: row.id})', {
        rows: [{ id: 'actor:a', rank: 1 }, { id: 'actor:b', rank: 2.5 }],
      });
      return a.counters;
    });

    expect(result).toEqual({
      nodesCreated: 2,
      nodesDeleted: 0,
      relationshipsCreated: 1,
      relationshipsDeleted: 0,
      propertiesSet: 6,
    });
    const unit = fake.units[0]!;
    expect(unit.kind).toBe('executeWrite');
    expect(unit.session).toEqual({ defaultAccessMode: neo4j.session.WRITE });
    const rows = unit.runs[0]!.params['rows'] as Array<Record<string, unknown>>;
    expect(rows[0]!['id']).toBe('actor:a');
    expect(isInt(rows[0]!['rank'])).toBe(true);
    expect(rows[1]!['rank']).toBe(2.5);
  });

  it('passes a transaction timeout to the driver when configured', async () => {
    const fake = fakeDriver();
    const store = createNeo4jStore(fake.driver, { uri: 'bolt://db:7687', transactionTimeoutMs: 5000 });
    await store.read((tx) => tx.run('RETURN 1'));
    expect(fake.units[0]!.config).toEqual({ timeout: 5000 });
  });

  it('gives every retry attempt of a write a fresh transaction (the driver may call work again)', async () => {
    const fake = fakeDriver();
    // Simulate the driver's retry: call the work function twice, the first attempt failing midway.
    const driver = fake.driver as unknown as { session: (c: unknown) => Record<string, unknown> };
    const original = driver.session.bind(driver);
    driver.session = (c: unknown) => {
      const s = original(c) as { executeWrite: (w: (tx: unknown) => Promise<unknown>) => Promise<unknown> };
      return {
        ...s,
        executeWrite: async (work: (tx: unknown) => Promise<unknown>) => {
          const txs: unknown[] = [];
          const first = { run: () => Promise.reject(new Neo4jError('deadlock', 'Neo.TransientError.Transaction.DeadlockDetected', '50N42', 'x')) };
          txs.push(first);
          await work(first).catch(() => undefined);
          return s.executeWrite(work);
        },
      };
    };
    const store = createNeo4jStore(fake.driver, { uri: 'bolt://db:7687' });
    let calls = 0;
    const out = await store.write(async (tx) => {
      calls += 1;
      await tx.run("MERGE (a:Actor {id: 'actor:a'})");
      return calls;
    });
    expect(out).toBe(2);
    expect(fake.units.at(-1)!.runs).toHaveLength(1);
  });

  it('maps a rejected statement to StoreQueryError and leaves the Cypher out of the message', async () => {
    const fake = fakeDriver(
      () =>
        new Neo4jError(
          "Invalid input 'RETRUN' (line 1, column 10 (offset: 9))\n\"MATCH (n) RETRUN n\"\n          ^",
          'Neo.ClientError.Statement.SyntaxError',
          '42001',
          'error: syntax error',
        ),
    );
    const store = createNeo4jStore(fake.driver, { uri: 'bolt://db:7687' });
    const failure = store.read((tx) => tx.run('MATCH (n) RETRUN n'));
    await expect(failure).rejects.toBeInstanceOf(StoreQueryError);
    await expect(failure).rejects.toThrow(/SyntaxError/);
    await expect(failure).rejects.not.toThrow(/MATCH/);
    expect(fake.sessionsOpen).toBe(0);
  });

  it("lets a work function's own error through unchanged", async () => {
    const fake = fakeDriver();
    const store = createNeo4jStore(fake.driver, { uri: 'bolt://db:7687' });
    const own = new RangeError('row 3 has no id');
    await expect(store.write(() => Promise.reject(own))).rejects.toBe(own);
  });

  it('maps an unreachable server to StoreUnavailableError naming the URI, never the password', async () => {
    const fake = fakeDriver(() => new Neo4jError('Failed to connect to server', 'ServiceUnavailable', '08000', 'x'));
    const store = createNeo4jStore(fake.driver, { uri: 'neo4j://neo4j:hunter2@db.example:7687' });
    expect(store.location).toBe('neo4j://db.example:7687');
    const failure = store.read((tx) => tx.run('RETURN 1'));
    await expect(failure).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(failure).rejects.toThrow(/neo4j:\/\/db\.example:7687/);
    await expect(failure).rejects.not.toThrow(/hunter2/);
  });

  it('verify() asks the server for its info; close() closes the driver', async () => {
    const fake = fakeDriver();
    const store = createNeo4jStore(fake.driver, { uri: 'bolt://db:7687' });
    await expect(store.verify()).resolves.toBeUndefined();
    expect(store.kind).toBe('neo4j');
    await store.close();
    expect(fake.closed).toBe(true);
  });
});

describe('Neo4j store on an unreachable URI (real driver)', () => {
  it('verify() fails fast with StoreUnavailableError naming the URI and not the password', async () => {
    const store = await openNeo4jStore({
      uri: 'bolt://127.0.0.1:1',
      username: 'neo4j',
      password: 'not-the-real-one',
      connectionTimeoutMs: 2000,
      maxTransactionRetryTimeMs: 0,
    });
    const started = Date.now();
    try {
      const failure = store.verify();
      await expect(failure).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(failure).rejects.toThrow('bolt://127.0.0.1:1');
      await expect(failure).rejects.not.toThrow(/not-the-real-one/);
      const read = store.read((tx) => tx.run('RETURN 1 AS one'));
      await expect(read).rejects.toBeInstanceOf(StoreUnavailableError);
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      await store.close();
    }
  });

  it('a malformed URI is a StoreUnavailableError too', async () => {
    await expect(openNeo4jStore({ uri: 'http://nowhere:7474' })).rejects.toBeInstanceOf(StoreUnavailableError);
  });
});
