/**
 * The store port itself, on every store (see harness.ts): transactions, rollback, counters, schema,
 * and the promise that only plain JS values come out.
 */
import { applySchema, schemaFilesFor } from '../../src/store/schema';
import { StoreQueryError } from '../../src/store/port';
import { clearGraph, countNodes, describeStoreContract } from './harness';

describeStoreContract('store port basics', (getStore) => {
  beforeEach(async () => {
    await clearGraph(getStore());
  });

  it('answers verify() and says what it is', async () => {
    const store = getStore();
    await expect(store.verify()).resolves.toBeUndefined();
    expect(['embedded', 'neo4j']).toContain(store.kind);
    expect(store.location).not.toMatch(/password/i);
  });

  it('reads back what a write stored, as plain JS values', async () => {
    const store = getStore();
    await store.write((tx) =>
      tx.run(
        'CREATE (a:Actor {id: $id}) SET a.name = $name, a.aliases = $aliases, a.rank = $rank, ' +
          'a.score = $score, a.active = $active, a.note = $note',
        { id: 'actor:sohr', name: 'SOHR', aliases: ['Syrian Observatory', 'المرصد'], rank: 3, score: 0.75, active: true, note: null },
      ),
    );
    const { rows } = await store.read((tx) =>
      tx.run(
        'MATCH (a:Actor {id: $id}) RETURN a.id AS id, a.name AS name, a.aliases AS aliases, a.rank AS rank, ' +
          'a.score AS score, a.active AS active, a.note AS note, a.missing AS missing, ' +
          "{name: a.name, rank: a.rank} AS map, [a.rank, 'x', null] AS list",
        { id: 'actor:sohr' },
      ),
    );
    expect(rows).toEqual([
      {
        id: 'actor:sohr',
        name: 'SOHR',
        aliases: ['Syrian Observatory', 'المرصد'],
        rank: 3,
        score: 0.75,
        active: true,
        note: null,
        missing: null,
        map: { name: 'SOHR', rank: 3 },
        list: [3, 'x', null],
      },
    ]);
    expect(typeof rows[0]!['rank']).toBe('number');
  });

  it('returns counts as numbers and takes integer parameters in LIMIT and SKIP', async () => {
    const store = getStore();
    await store.write((tx) =>
      tx.run('UNWIND $ids AS id CREATE (a:Actor {id: id})', { ids: ['actor:a', 'actor:b', 'actor:c', 'actor:d'] }),
    );
    const count = await store.read((tx) => tx.run('MATCH (a:Actor) RETURN count(a) AS n'));
    expect(count.rows).toEqual([{ n: 4 }]);
    expect(typeof count.rows[0]!['n']).toBe('number');

    const page = await store.read((tx) =>
      tx.run('MATCH (a:Actor) RETURN a.id AS id ORDER BY id SKIP $skip LIMIT $limit', { skip: 1, limit: 2 }),
    );
    expect(page.rows).toEqual([{ id: 'actor:b' }, { id: 'actor:c' }]);
  });

  it('runs several statements in one write transaction, each seeing the ones before', async () => {
    const store = getStore();
    const found = await store.write(async (tx) => {
      await tx.run("CREATE (:Actor {id: 'actor:ministry'})");
      await tx.run("CREATE (:Actor {id: 'actor:state'})");
      await tx.run(
        "MATCH (m:Actor {id: 'actor:ministry'}), (s:Actor {id: 'actor:state'}) CREATE (m)-[:PART_OF]->(s)",
      );
      return (await tx.run("MATCH (:Actor {id: 'actor:ministry'})-[:PART_OF]->(s) RETURN s.id AS id")).rows;
    });
    expect(found).toEqual([{ id: 'actor:state' }]);
  });

  it('rolls back everything a write did when its work throws, and rethrows that very error', async () => {
    const store = getStore();
    const own = new Error('row 2 is invalid');
    await expect(
      store.write(async (tx) => {
        await tx.run("CREATE (:Actor {id: 'actor:ghost'})");
        await tx.run("CREATE (:Place {id: 'place:ghost'})");
        throw own;
      }),
    ).rejects.toBe(own);
    expect(await countNodes(store)).toBe(0);
  });

  it('rolls back a write whose statement fails in the database, with a StoreQueryError', async () => {
    const store = getStore();
    await store.write((tx) => tx.run("CREATE (:Actor {id: 'actor:taken'})"));
    const failure = store.write(async (tx) => {
      await tx.run("CREATE (:Actor {id: 'actor:new'})");
      // The uniqueness constraint from cypher/schema/constraints.cypher refuses a second node.
      await tx.run("CREATE (:Actor {id: 'actor:taken'})");
    });
    await expect(failure).rejects.toBeInstanceOf(StoreQueryError);
    const { rows } = await store.read((tx) => tx.run('MATCH (a:Actor) RETURN a.id AS id ORDER BY id'));
    expect(rows).toEqual([{ id: 'actor:taken' }]);
  });

  it('reports a statement the database cannot parse as a StoreQueryError', async () => {
    const store = getStore();
    await expect(store.read((tx) => tx.run('MATCH (a:Actor RETURN a'))).rejects.toBeInstanceOf(StoreQueryError);
  });

  it('counts what a write created, set and deleted', async () => {
    const store = getStore();
    const created = await store.write((tx) =>
      tx.run(
        "CREATE (a:Actor {id: 'actor:x', name: 'X'})-[:MADE]->(s:Statement {id: 'statement:x'}) SET s.stance = 'CLAIM'",
      ),
    );
    expect(created.counters).toMatchObject({ nodesCreated: 2, relationshipsCreated: 1, nodesDeleted: 0 });
    expect(created.counters.propertiesSet).toBeGreaterThanOrEqual(4);

    const merged = await store.write((tx) => tx.run("MERGE (a:Actor {id: 'actor:x'}) RETURN a.id AS id"));
    expect(merged.counters.nodesCreated).toBe(0);
    expect(merged.rows).toEqual([{ id: 'actor:x' }]);

    const deleted = await store.write((tx) => tx.run('MATCH (n) DETACH DELETE n'));
    expect(deleted.counters).toMatchObject({ nodesDeleted: 2, relationshipsDeleted: 1, nodesCreated: 0 });

    const read = await store.read((tx) => tx.run('MATCH (n) RETURN count(n) AS n'));
    expect(read.counters).toEqual({
      nodesCreated: 0,
      nodesDeleted: 0,
      relationshipsCreated: 0,
      relationshipsDeleted: 0,
      propertiesSet: 0,
    });
  });

  it('applies the schema again without error, and the id constraints hold', async () => {
    const store = getStore();
    const first = await applySchema(store);
    const second = await applySchema(store);
    expect(second).toEqual(first);
    expect(first.length).toBeGreaterThan(0);
    await store.write((tx) => tx.run("CREATE (:Statement {id: 'statement:1'})"));
    await expect(store.write((tx) => tx.run("CREATE (:Statement {id: 'statement:1'})"))).rejects.toBeInstanceOf(
      StoreQueryError,
    );
  });

  it('gives an empty list of rows for a read that matches nothing', async () => {
    const store = getStore();
    const { rows } = await store.read((tx) => tx.run("MATCH (a:Actor {id: 'actor:none'}) RETURN a.id AS id"));
    expect(rows).toEqual([]);
  });
});

describe('schema files per engine', () => {
  it('runs the Grafeo-only MERGE-key indexes on the embedded store only, constraints first', () => {
    const embedded = schemaFilesFor('embedded');
    const neo4j = schemaFilesFor('neo4j');
    expect(embedded).toEqual(expect.arrayContaining(['schema/constraints', 'schema/indexes', 'schema/indexes-grafeo']));
    expect(neo4j).toEqual(expect.arrayContaining(['schema/constraints', 'schema/indexes']));
    expect(neo4j.filter((name) => name.includes('grafeo'))).toEqual([]);
    expect(neo4j[0]).toBe('schema/constraints');
  });
});
