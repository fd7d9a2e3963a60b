/**
 * Every cypher/read query, run by name on every store of the contract suite (the embedded store
 * always, Neo4j when NEO4J_URI is set) over the fixture graph, with the rows it must return.
 * Written in the contract suite's style so it can live in test/contract/.
 */
import { IDS, graphFixtures } from '../fixtures/graph-fixtures';
import { articleA } from '../fixtures/sample-facts';
import { cypher } from '../../src/store/cypher';
import type { Params, Row, Store } from '../../src/store/port';
import { loadArticleFacts } from '../../src/seeder/load';
import { clearGraph, describeStoreContract } from './harness';

const A = IDS.actors;
const P = IDS.places;
const I = IDS.incidents;

const NO_STATEMENT_FILTER = { stances: null, speaker: null, incident: null, article: null, targets: null, withFigures: null, text: null };
const NO_INCIDENT_FILTER = { placeIds: null, kinds: null, dateFrom: null, dateTo: null, perpetrator: null, speaker: null, article: null };
const NO_SELECTION = { articleIds: [], actorIds: [], placeIds: [], incidentIds: [], statementIds: [] };

describeStoreContract('GraphQL read queries', (getStore) => {
  let store: Store;
  const run = async (name: string, params: Params = {}): Promise<Row[]> =>
    (await store.read((tx) => tx.run(cypher(name), params))).rows;
  const ids = (rows: Row[], column = 'node') => rows.map((r) => (r[column] as { id: string }).id);
  const keyed = (rows: Row[]) => rows.map((r) => [r['key'], (r['node'] as { id: string }).id]);

  beforeAll(async () => {
    store = getStore();
    await clearGraph(store);
    for (const facts of graphFixtures()) await loadArticleFacts(store, facts);
  });

  it('finds nodes by ids, per label', async () => {
    expect(keyed(await run('read/find-actors-by-ids', { ids: [A.russia, 'actor:nobody'] }))).toEqual([[A.russia, A.russia]]);
    expect(ids(await run('read/find-places-by-ids', { ids: [P.idlib] }))).toEqual([P.idlib]);
    expect(ids(await run('read/find-incidents-by-ids', { ids: [I.jisr, I.jabala] })).sort()).toEqual([I.jabala, I.jisr].sort());
    expect(ids(await run('read/find-articles-by-ids', { ids: [IDS.articles.reuters] }))).toEqual([IDS.articles.reuters]);
    const [statement] = await run('read/find-statements-by-ids', { ids: ['statement:0000000000000001'] });
    expect(statement?.['node']).toMatchObject({ stance: 'CLAIM', killed: 37, children: 12, qualifier: 'AT_LEAST' });
  });

  it('follows a statement to its speaker, incident, targets, evidence and contradictions', async () => {
    const s1 = 'statement:0000000000000001';
    const s2 = 'statement:0000000000000002';
    expect(keyed(await run('read/find-statement-speakers', { ids: [s1, s2] }))).toEqual([[s1, A.sohr], [s2, A.russianMod]]);
    expect(keyed(await run('read/find-statement-incidents', { ids: [s2] }))).toEqual([[s2, I.jisr]]);
    expect(keyed(await run('read/find-statement-targets', { ids: [s2] }))).toEqual([[s2, A.russia]]);
    const [evidence] = await run('read/find-statement-evidence', { ids: [s1] });
    expect(evidence).toMatchObject({ key: s1, node: { id: IDS.articles.sohr } });
    expect(Number(evidence?.['end']) - Number(evidence?.['start'])).toBe(String(evidence?.['sentence']).length);
    // s1 (SOHR 37) is contradicted by the ministry's denial and by the Civil Defence's 42.
    expect(ids(await run('read/find-statement-contradictions', { ids: [s1] })).sort()).toEqual(
      ['statement:0000000000000002', 'statement:0000000000000005'].sort(),
    );
  });

  it('follows an actor to statements, targeting statements, hierarchy, incidents and articles', async () => {
    expect(ids(await run('read/find-actor-statements', { ids: [A.sohr], stance: null, limit: 10 }))).toHaveLength(2);
    expect(ids(await run('read/find-actor-statements', { ids: [A.sohr], stance: null, limit: 1 }))).toHaveLength(1);
    expect(ids(await run('read/find-actor-statements', { ids: [A.sohr], stance: 'DENIAL', limit: 10 }))).toEqual([]);
    const targeting = await run('read/find-actor-targeting-statements', { ids: [A.russia], stance: null, limit: 10 });
    expect(targeting.map((r) => (r['node'] as { stance: string }).stance).sort()).toEqual(['ACCUSATION', 'CRITICISM', 'DENIAL']);
    expect(keyed(await run('read/find-actor-parents', { ids: [A.russianMod, A.russia] }))).toEqual([[A.russianMod, A.russia]]);
    expect(ids(await run('read/find-actor-children', { ids: [A.russia] }))).toEqual([A.russianMilitary, A.russianMod]);
    expect(ids(await run('read/find-actor-incidents', { ids: [A.russianMilitary], limit: 10 }))).toEqual([I.jabala, I.jisr]);
    expect(ids(await run('read/find-actor-articles', { ids: [A.sohr] })).sort()).toEqual(
      [IDS.articles.sohr, IDS.articles.civilDefence].sort(),
    );
  });

  it('follows a place to its parent, children, incidents (transitively) and articles', async () => {
    expect(keyed(await run('read/find-place-parents', { ids: [P.jisr] }))).toEqual([[P.jisr, P.idlib]]);
    expect(ids(await run('read/find-place-children', { ids: [P.syria] }))).toEqual([P.hama, P.idlib]);
    expect(ids(await run('read/find-place-incidents', { ids: [P.syria], contained: true, limit: 10 }))).toEqual([I.jabala, I.jisr]);
    expect(ids(await run('read/find-place-incidents', { ids: [P.idlib], contained: false, limit: 10 }))).toEqual([]);
    expect(ids(await run('read/find-place-incidents', { ids: [P.jabala], contained: false, limit: 10 }))).toEqual([I.jabala]);
    expect(ids(await run('read/find-place-articles', { ids: [P.kafrBattikh] }))).toEqual([IDS.articles.reuters]);
    const names = await run('read/list-place-names');
    expect(names.find((r) => r['id'] === P.idlib)).toMatchObject({ name: 'Idlib province', aliases: expect.arrayContaining(['Idleb']) });
  });

  it('follows an incident to places, statements, figures, perpetrators and articles', async () => {
    expect(ids(await run('read/find-incident-places', { ids: [I.jisr] }))).toEqual([P.jisr]);
    expect(ids(await run('read/find-incident-statements', { ids: [I.jisr], stance: null, limit: 10 }))).toHaveLength(4);
    expect(ids(await run('read/find-incident-statements', { ids: [I.jisr], stance: 'DENIAL', limit: 10 }))).toEqual([
      'statement:0000000000000002',
    ]);
    const figures = await run('read/find-incident-figures', { ids: [I.jisr], limit: 10 });
    expect(figures.map((r) => [r['speakerId'], (r['node'] as { killed: number }).killed])).toEqual([
      [A.civilDefence, 42],
      [A.sohr, 37],
      [A.rami, 37],
    ]);
    expect(ids(await run('read/find-incident-perpetrators', { ids: [I.jabala] }))).toEqual([A.russianMilitary]);
    expect(ids(await run('read/find-incident-articles', { ids: [I.jabala] })).sort()).toEqual(
      [IDS.articles.civilDefence, IDS.articles.reuters].sort(),
    );
  });

  it('follows an article to statements (text order), incidents and mentions', async () => {
    const statements = await run('read/find-article-statements', { ids: [IDS.articles.sohr], stance: null, limit: 10 });
    expect(ids(statements)).toEqual(['statement:0000000000000001', 'statement:0000000000000002', 'statement:0000000000000003', 'statement:0000000000000004']);
    expect(ids(await run('read/find-article-incidents', { ids: [IDS.articles.civilDefence] }))).toEqual([I.jabala, I.jisr]);
    const mentions = await run('read/find-article-mentions', { ids: [IDS.articles.reuters] });
    expect(mentions.map((r) => [(r['labels'] as string[])[0], (r['node'] as { id: string }).id])).toContainEqual(['Place', P.jabala]);
  });

  it('pages and counts statements with every filter', async () => {
    const page = await run('read/find-statements', { ...NO_STATEMENT_FILTER, sort: 'KILLED_DESC', skip: 0, limit: 2 });
    expect(page.map((r) => (r['node'] as { killed: number }).killed)).toEqual([42, 37]);
    const count = async (filter: Params) =>
      (await run('read/count-statements', { ...NO_STATEMENT_FILTER, ...filter }))[0]?.['total'];
    expect(await count({})).toBe(8);
    expect(await count({ stances: ['DENIAL'] })).toBe(2);
    expect(await count({ speaker: A.sohr })).toBe(2);
    expect(await count({ incident: I.jabala })).toBe(3);
    expect(await count({ article: IDS.articles.reuters })).toBe(2);
    expect(await count({ targets: [A.russia, A.turkey] })).toBe(3);
    expect(await count({ withFigures: true })).toBe(4);
    expect(await count({ text: 'moscow' })).toBe(1);
  });

  it('pages and counts incidents, actors, places, articles and contradictions', async () => {
    const incidents = await run('read/find-incidents', { ...NO_INCIDENT_FILTER, placeIds: [P.idlib], sort: 'DATE_ASC', skip: 0, limit: 10 });
    expect(ids(incidents)).toEqual([I.jisr, I.jabala]);
    expect((await run('read/count-incidents', { ...NO_INCIDENT_FILTER, dateFrom: '2018-01-01', speaker: A.russia }))[0]?.['total']).toBe(1);
    const actors = await run('read/find-actors', { kinds: ['STATE'], name: null, partOf: null, sort: 'NAME', skip: 0, limit: 10 });
    expect(ids(actors)).toEqual([A.russia, A.turkey]);
    expect((await run('read/count-actors', { kinds: null, name: 'kremlin', partOf: null }))[0]?.['total']).toBe(1);
    const places = await run('read/find-places', { kinds: null, ids: null, within: P.idlib, sort: 'NAME', skip: 1, limit: 2 });
    expect(ids(places)).toEqual([P.jisr, P.kafrBattikh]);
    expect((await run('read/count-places', { kinds: ['PROVINCE'], ids: null, within: null }))[0]?.['total']).toBe(2);
    const articles = await run('read/find-articles', { outlet: null, title: null, publishedFrom: null, publishedTo: null, sort: 'PUBLISHED_DESC', skip: 0, limit: 10 });
    expect(ids(articles)).toEqual([IDS.articles.civilDefence, IDS.articles.sohr, IDS.articles.reuters]);
    expect((await run('read/count-articles', { outlet: 'reuters', title: null, publishedFrom: null, publishedTo: null }))[0]?.['total']).toBe(1);
    const pairs = await run('read/find-contradictions', { incident: I.jabala, actor: null, skip: 0, limit: 10 });
    expect(pairs).toEqual([{ statementId: 'statement:0000000000000007', contradictsId: 'statement:0000000000000006' }]);
    expect((await run('read/count-contradictions', { incident: null, actor: A.civilDefence }))[0]?.['total']).toBe(3);
  });

  it('searches names, aliases, summaries, statement text and titles', async () => {
    const hits = await run('read/search-nodes', { text: 'idl', limit: 10 });
    const labels = new Set(hits.map((r) => r['label']));
    expect(labels).toEqual(new Set(['Place', 'Incident', 'Statement', 'Article']));
    expect((await run('read/search-nodes', { text: 'kremlin', limit: 10 })).map((r) => r['label'])).toEqual(['Actor']);
  });

  it('expands neighbourhoods and lists the edges among a node set, for the graph view', async () => {
    const hop = await run('read/expand-neighbours', { ...NO_SELECTION, placeIds: [P.jabala], limit: 100 });
    expect(hop.map((r) => r['id']).sort()).toEqual([P.idlib, I.jabala, IDS.articles.civilDefence, IDS.articles.reuters].sort());
    expect(hop.find((r) => r['id'] === P.idlib)?.['labels']).toEqual(['Place']);
    const edges = await run('read/find-edges-among', {
      ...NO_SELECTION,
      placeIds: [P.jabala, P.idlib],
      incidentIds: [I.jabala],
      ids: [P.jabala, P.idlib, I.jabala],
    });
    expect(edges).toEqual([
      { source: I.jabala, type: 'OCCURRED_IN', target: P.jabala },
      { source: P.jabala, type: 'LOCATED_IN', target: P.idlib },
    ]);
  });

  it('counts the graph for stats', async () => {
    const [row] = await run('read/count-graph');
    expect(row).toMatchObject({ articles: 3, actors: 8, places: 7, incidents: 2, statements: 8, contradictions: 6 });
    expect(Number(row?.['relationships'])).toBeGreaterThan(30);
  });
});

describeStoreContract('read queries: newest first puts unknown dates last', (getStore) => {
  it('lists a place’s dated incidents before undated ones', async () => {
    const store = getStore();
    await clearGraph(store);
    const base = articleA.incidents[0]!;
    const incident = (id: string, date: string | null) => ({ ...base, id, date, summary: id });
    await loadArticleFacts(store, {
      ...articleA,
      statements: [],
      incidents: [incident('incident:u1', null), incident('incident:d1', '2019-06-10'), incident('incident:u2', null), incident('incident:d2', '2019-07-01')],
    });
    const { rows } = await store.read((tx) =>
      tx.run(cypher('read/find-place-incidents'), { ids: [base.placeIds[0]], contained: false, limit: 10 }),
    );
    expect(rows.map((r) => (r['node'] as { id: string }).id)).toEqual(['incident:d2', 'incident:d1', 'incident:u1', 'incident:u2']);
  });
});
