/**
 * The seeder's write queries (cypher/write) on every store: each query's effect, idempotency, and the
 * whole plan of one article in one transaction. Queries named here: write/upsert-article,
 * write/upsert-actors, write/link-actor-parents, write/upsert-places, write/link-place-parents,
 * write/upsert-incidents, write/link-incident-places, write/link-incident-perpetrators,
 * write/upsert-statements, write/link-statement-incidents, write/link-statement-targets,
 * write/link-mentions, write/link-contradictions; and seeder/count-articles,
 * seeder/find-incident-candidates.
 */
import { cypher } from '../../src/store/cypher';
import type { Store } from '../../src/store/port';
import { planArticle } from '../../src/seeder/plan';
import { loadArticleFacts } from '../../src/seeder/load';
import { articleA, articleB } from '../fixtures/sample-facts';
import { DatePrecision, IncidentKind } from '../../src/domain/model';
import { clearGraph, describeStoreContract } from './harness';

async function relationships(store: Store): Promise<string[]> {
  const { rows } = await store.read((tx) =>
    tx.run<{ s: string; t: string; e: string }>('MATCH (a)-[r]->(b) RETURN a.id AS s, type(r) AS t, b.id AS e'),
  );
  return rows.map((r) => `${r.s} ${r.t} ${r.e}`).sort();
}

/** Runs the plan of `facts` step by step, returning each step's counters by query name. */
async function runPlan(store: Store, facts = articleA) {
  const byQuery = new Map<string, { nodes: number; rels: number }>();
  await store.write(async (tx) => {
    for (const step of planArticle(facts)) {
      const { counters } = await tx.run(cypher(step.query), step.params);
      byQuery.set(step.query, { nodes: counters.nodesCreated, rels: counters.relationshipsCreated });
    }
  });
  return byQuery;
}

describeStoreContract('seeder write queries', (getStore) => {
  beforeEach(async () => clearGraph(getStore()));

  it('each write query creates what it should, once', async () => {
    const store = getStore();
    const first = await runPlan(store);
    expect(Object.fromEntries(first)).toEqual({
      'write/upsert-article': { nodes: 1, rels: 0 },
      'write/upsert-actors': { nodes: 3, rels: 0 },
      'write/link-actor-parents': { nodes: 0, rels: 1 },
      'write/upsert-places': { nodes: 3, rels: 0 },
      'write/link-place-parents': { nodes: 0, rels: 2 },
      'write/upsert-incidents': { nodes: 1, rels: 1 },
      'write/link-incident-places': { nodes: 0, rels: 1 },
      'write/link-incident-perpetrators': { nodes: 0, rels: 1 },
      'write/upsert-statements': { nodes: 2, rels: 4 },
      'write/link-statement-incidents': { nodes: 0, rels: 2 },
      'write/link-statement-targets': { nodes: 0, rels: 2 },
      'write/link-mentions': { nodes: 0, rels: 5 },
      'write/link-contradictions': { nodes: 0, rels: 1 },
    });
    const again = await runPlan(store);
    for (const [query, created] of again) expect([query, created]).toEqual([query, { nodes: 0, rels: 0 }]);
  });

  it('stores properties as given, nulls included', async () => {
    const store = getStore();
    await loadArticleFacts(store, articleA);
    const { rows } = await store.read((tx) =>
      tx.run(
        'MATCH (p:Place {id: $id}) RETURN p.name AS name, p.aliases AS aliases, p.latitude AS lat, p.geonamesId AS gid',
        { id: 'place:jisr-al-shughur' },
      ),
    );
    expect(rows).toEqual([{ name: 'Jisr al-Shughur', aliases: ['Jisr Al Shughur', 'Jisr ash Shughur'], lat: 35.81, gid: 169388 }]);
    const statement = await store.read((tx) =>
      tx.run(
        'MATCH (s:Statement {id: $id})-[r:REPORTED_IN]->(a:Article) RETURN s.killed AS killed, s.injured AS injured, ' +
          's.children AS children, s.qualifier AS qualifier, r.start AS start, r.end AS end, a.publishedAt AS published',
        { id: 'statement:a1' },
      ),
    );
    expect(statement.rows).toEqual([
      { killed: 37, injured: null, children: 12, qualifier: 'AT_LEAST', start: 0, end: 61, published: '2017-09-26' },
    ]);
  });

  it('merges a second article onto the same incident and links contradicting sources', async () => {
    const store = getStore();
    await loadArticleFacts(store, articleA);
    await loadArticleFacts(store, articleB);
    const rels = await relationships(store);
    expect(rels.filter((r) => r.includes(' REPORTS '))).toEqual([
      'article:aaaaaaaaaaaaaaaa REPORTS incident:2017-09-25:jisr-al-shughur:airstrike',
      'article:bbbbbbbbbbbbbbbb REPORTS incident:2017-09-25:jisr-al-shughur:airstrike',
    ]);
    expect(rels.filter((r) => r.includes(' CONTRADICTS '))).toEqual([
      'statement:a2 CONTRADICTS statement:a1',
      'statement:b1 CONTRADICTS statement:a1',
      'statement:b1 CONTRADICTS statement:a2',
    ]);
  });

  it('counts articles for the start-up seeding check', async () => {
    const store = getStore();
    const count = async () =>
      (await store.read((tx) => tx.run<{ articles: number }>(cypher('seeder/count-articles')))).rows[0]?.articles;
    expect(await count()).toBe(0);
    await loadArticleFacts(store, articleA);
    expect(await count()).toBe(1);
  });

  it('finds incidents a new report could be, and never erases a known date', async () => {
    const store = getStore();
    await loadArticleFacts(store, articleA);
    const find = async (placeIds: string[], kinds: string[], articleId = articleB.article.id) =>
      (await store.read((tx) => tx.run(cypher('seeder/find-incident-candidates'), { placeIds, kinds, articleId }))).rows;
    const expected = {
      id: 'incident:2017-09-25:jisr-al-shughur:airstrike',
      kind: 'AIRSTRIKE',
      date: '2017-09-25',
      placeIds: ['place:jisr-al-shughur'],
      reportedHere: false,
    };
    expect(await find(['place:jisr-al-shughur'], ['AIRSTRIKE'], articleA.article.id)).toEqual([{ ...expected, reportedHere: true }]);
    expect(await find(['place:jisr-al-shughur', 'place:idlib-province'], ['AIRSTRIKE', 'SHELLING'])).toEqual([expected]);
    expect(await find(['place:jisr-al-shughur'], ['SHELLING'])).toEqual([]);
    expect(await find(['place:idlib-province'], ['AIRSTRIKE'])).toEqual([]);

    const undated = { ...articleB, incidents: articleB.incidents.map((i) => ({ ...i, date: null, datePrecision: DatePrecision.UNKNOWN })) };
    await loadArticleFacts(store, undated);
    expect(await find(['place:jisr-al-shughur'], ['AIRSTRIKE'])).toEqual([{ ...expected, reportedHere: true }]);
    const { rows } = await store.read((tx) => tx.run('MATCH (i:Incident) RETURN i.datePrecision AS precision'));
    expect(rows).toEqual([{ precision: 'DAY' }]);
  });

  it('re-seeding an undated report merged into an incident stays on it after more incidents arrive there', async () => {
    // Regression: the undated report of B merges into A's strike (the only one at Jabala then); after
    // C adds a second strike there, re-seeding B must not create a new incident node.
    const store = getStore();
    const at = (id: string, date: string | null) => ({
      id,
      kind: IncidentKind.AIRSTRIKE,
      date,
      datePrecision: date ? DatePrecision.DAY : DatePrecision.UNKNOWN,
      placeIds: ['place:jisr-al-shughur'],
      perpetratorIds: [],
      summary: id,
    });
    const article = (key: string, incident: ReturnType<typeof at>) => ({
      ...articleB,
      article: { ...articleB.article, id: `article:${key}` },
      incidents: [incident],
      statements: articleB.statements.map((s) => ({ ...s, id: `statement:${key}`, incidentId: incident.id })),
    });
    const a = article('a', at('incident:2019-06-10:jisr-al-shughur:airstrike', '2019-06-10'));
    const b = article('b', at('incident:bbbb:jisr-al-shughur:airstrike', null));
    const c = article('c', at('incident:2019-06-20:jisr-al-shughur:airstrike', '2019-06-20'));
    for (const facts of [a, b, c]) await loadArticleFacts(store, facts);
    const before = await relationships(store);
    for (const facts of [a, b, c]) {
      const again = await loadArticleFacts(store, facts);
      expect([facts.article.id, again.counters.nodesCreated, again.counters.relationshipsCreated]).toEqual([facts.article.id, 0, 0]);
    }
    expect(await relationships(store)).toEqual(before);
    expect(before).toContain('statement:b ABOUT incident:2019-06-10:jisr-al-shughur:airstrike');
  });
});
