import { openEmbeddedStore } from '../../src/store/embedded/embedded-store';
import type { Store } from '../../src/store/port';
import { loadArticleFacts } from '../../src/seeder/load';
import { renderSeedCypher } from '../../src/seeder/export-cypher';
import { splitStatements } from '../../src/store/cypher';
import { articleA, articleB } from '../fixtures/sample-facts';

async function snapshot(store: Store) {
  return store.read(async (tx) => {
    const nodes = await tx.run<{ id: string; labels: string[] }>(
      'MATCH (n) RETURN n.id AS id, labels(n) AS labels ORDER BY id',
    );
    const rels = await tx.run<{ s: string; t: string; e: string }>(
      'MATCH (a)-[r]->(b) RETURN a.id AS s, type(r) AS t, b.id AS e ORDER BY s, t, e',
    );
    const statements = await tx.run('MATCH (s:Statement) RETURN s.id AS id, s.killed AS killed, s.text AS text ORDER BY id');
    const incidents = await tx.run('MATCH (i:Incident) RETURN i.id AS id, i.summary AS summary ORDER BY id');
    return { nodes: nodes.rows, rels: rels.rows, statements: statements.rows, incidents: incidents.rows };
  });
}

describe('loadArticleFacts', () => {
  let store: Store;
  beforeEach(async () => {
    store = await openEmbeddedStore();
  });
  afterEach(async () => store.close());

  it('writes nodes and relationships of the graph model', async () => {
    const result = await loadArticleFacts(store, articleA);
    expect(result.counters.nodesCreated).toBe(1 + 3 + 3 + 1 + 2);
    const snap = await snapshot(store);
    expect(snap.rels).toEqual(
      expect.arrayContaining([
        { s: 'actor:sohr', t: 'MADE', e: 'statement:a1' },
        { s: 'statement:a1', t: 'ABOUT', e: 'incident:2017-09-25:jisr-al-shughur:airstrike' },
        { s: 'statement:a2', t: 'TARGETS', e: 'actor:russia' },
        { s: 'statement:a1', t: 'REPORTED_IN', e: 'article:aaaaaaaaaaaaaaaa' },
        { s: 'place:jisr-al-shughur', t: 'LOCATED_IN', e: 'place:idlib-province' },
        { s: 'actor:russian-mod', t: 'PART_OF', e: 'actor:russia' },
        { s: 'article:aaaaaaaaaaaaaaaa', t: 'REPORTS', e: 'incident:2017-09-25:jisr-al-shughur:airstrike' },
        { s: 'incident:2017-09-25:jisr-al-shughur:airstrike', t: 'ATTRIBUTED_TO', e: 'actor:russia' },
        { s: 'article:aaaaaaaaaaaaaaaa', t: 'MENTIONS', e: 'place:idlib-province' },
        // the ministry's denial contradicts the monitor's claim on the same incident
        { s: 'statement:a2', t: 'CONTRADICTS', e: 'statement:a1' },
      ]),
    );
  });

  it('is idempotent: loading twice changes no count and no id', async () => {
    await loadArticleFacts(store, articleA);
    await loadArticleFacts(store, articleB);
    const first = await snapshot(store);
    const again = await loadArticleFacts(store, articleA);
    await loadArticleFacts(store, articleB);
    expect(again.counters.nodesCreated).toBe(0);
    expect(again.counters.relationshipsCreated).toBe(0);
    expect(await snapshot(store)).toEqual(first);
  });

  it('merges one incident across articles and keeps each source figure; different tolls contradict', async () => {
    await loadArticleFacts(store, articleA);
    await loadArticleFacts(store, articleB);
    const snap = await snapshot(store);
    expect(snap.incidents).toEqual([{ id: 'incident:2017-09-25:jisr-al-shughur:airstrike', summary: 'Air strikes on Jisr al-Shughur' }]);
    expect(snap.statements.map((s) => s.killed)).toEqual([37, null, 42]);
    // two sources, two different tolls for one incident
    expect(snap.rels).toContainEqual({ s: 'statement:b1', t: 'CONTRADICTS', e: 'statement:a1' });
  });

  it('rolls back the whole article when one write fails', async () => {
    // A store whose transactions fail on the statement upsert, after the article, actors and places were written.
    const failing: Store = {
      ...store,
      kind: store.kind,
      location: store.location,
      read: (work) => store.read(work),
      write: (work) =>
        store.write((tx) =>
          work({
            run: (query, params) =>
              query.includes('MERGE (s:Statement') ? Promise.reject(new Error('disk full')) : tx.run(query, params),
          }),
        ),
      verify: () => store.verify(),
      close: () => store.close(),
    };
    await expect(loadArticleFacts(failing, articleA)).rejects.toThrow('disk full');
    const snap = await snapshot(store);
    expect(snap.nodes).toEqual([]);
  });
});

describe('renderSeedCypher', () => {
  it('rebuilds exactly the graph the loader builds', async () => {
    const seeded = await openEmbeddedStore();
    const rebuilt = await openEmbeddedStore();
    try {
      await loadArticleFacts(seeded, articleA);
      await loadArticleFacts(seeded, articleB);
      const script = renderSeedCypher([articleA, articleB]);
      for (const statement of splitStatements(script)) await rebuilt.write((tx) => tx.run(statement));
      expect(await snapshot(rebuilt)).toEqual(await snapshot(seeded));
      // running the script a second time is a no-op
      for (const statement of splitStatements(script)) {
        const { counters } = await rebuilt.write((tx) => tx.run(statement));
        expect(counters.nodesCreated + counters.relationshipsCreated).toBe(0);
      }
    } finally {
      await seeded.close();
      await rebuilt.close();
    }
  });
});
