/**
 * Behaviour of the GraphQL API a client would notice beyond the contract operations: validation
 * errors and their codes, NOT_FOUND, cursor pagination, traversals both ways, and a bounded number
 * of store round trips per request (no N+1).
 */
import { IDS } from '../fixtures/graph-fixtures';
import type { Store } from '../../src/store/port';
import { GraphTestServer, openFixtureStore, recordingStore } from './support/harness';

let store: Store;
let api: GraphTestServer;

beforeAll(async () => {
  store = await openFixtureStore();
  api = await GraphTestServer.start(store);
});

afterAll(async () => {
  await api.stop();
  await store.close();
});

describe('input validation', () => {
  test.each([0, 501, -3])('first: %p is BAD_USER_INPUT naming the field, the range and the value', async (first) => {
    const result = await api.run('query($first: Int) { statements(first: $first) { totalCount } }', { first });
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toBe(`first: expected an integer between 1 and 500, got ${first}`);
  });

  test.each(['not-a-cursor', Buffer.from('o:-1').toString('base64'), Buffer.from('12').toString('base64')])(
    'after: %p (not one of our cursors) is BAD_USER_INPUT',
    async (after) => {
      const result = await api.run('query($after: String) { incidents(after: $after) { totalCount } }', { after });
      expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(/^after: expected a cursor/);
    },
  );

  test('graph depth and limit are range-checked', async () => {
    const deep = await api.run(`{ graph(center: "${IDS.places.idlib}", depth: 4) { nodes { id } } }`);
    expect(deep.errors?.[0]).toMatchObject({ message: 'depth: expected an integer between 1 and 3, got 4', extensions: { code: 'BAD_USER_INPUT' } });
    const wide = await api.run(`{ graph(center: "${IDS.places.idlib}", limit: 1001) { nodes { id } } }`);
    expect(wide.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  test('a malformed date bound is BAD_USER_INPUT', async () => {
    const result = await api.run('{ incidents(filter: { dateFrom: "25/09/2017" }) { totalCount } }');
    expect(result.errors?.[0]).toMatchObject({
      message: 'filter.dateFrom: expected a date YYYY-MM-DD (or YYYY-MM, YYYY), got "25/09/2017"',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  test('blank search text is BAD_USER_INPUT', async () => {
    const result = await api.run('{ search(text: "  ") { __typename } }');
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});

describe('not found', () => {
  test('graph around an unknown centre is NOT_FOUND', async () => {
    const result = await api.run('{ graph(center: "actor:nobody") { nodes { id } } }');
    expect(result.errors?.[0]).toMatchObject({ message: 'node "actor:nobody" not found', extensions: { code: 'NOT_FOUND' } });
    const unprefixed = await api.run('{ graph(center: "nobody") { nodes { id } } }');
    expect(unprefixed.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });

  test.each(['actor', 'place', 'incident', 'statement', 'article'])('%s(id) with an unknown id is NOT_FOUND', async (field) => {
    const result = await api.run(`{ ${field}(id: "${field}:nobody") { id } }`);
    expect(result.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    expect(result.data?.[field]).toBeNull();
  });

  test('node(id) resolves any label and is null for an unknown id', async () => {
    const data = await api.data<{ a: unknown; p: unknown; none: unknown }>(
      `{ a: node(id: "${IDS.actors.sohr}") { __typename id } p: node(id: "${IDS.places.jabala}") { __typename ... on Place { name } } none: node(id: "actor:nobody") { id } }`,
    );
    expect(data).toEqual({ a: { __typename: 'Actor', id: IDS.actors.sohr }, p: { __typename: 'Place', name: 'Jabala' }, none: null });
  });
});

describe('pagination', () => {
  const PAGE = `query($after: String) { statements(first: 3, after: $after, sort: ID) {
    totalCount nodes { id } edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
  interface Page {
    statements: {
      totalCount: number;
      nodes: { id: string }[];
      edges: { cursor: string; node: { id: string } }[];
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    };
  }

  test('walking endCursor visits every statement once, in order, and totalCount stays the same', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: Page = await api.data<Page>(PAGE, { after });
      pages++;
      expect(page.statements.totalCount).toBe(8);
      expect(page.statements.edges.map((e) => e.node.id)).toEqual(page.statements.nodes.map((n) => n.id));
      expect(page.statements.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...page.statements.nodes.map((n) => n.id));
      if (!page.statements.pageInfo.hasNextPage) break;
      after = page.statements.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toHaveLength(8);
    expect([...seen].sort()).toEqual(seen);
    expect(new Set(seen).size).toBe(8);
  });

  test('an empty page has null cursors and no next page', async () => {
    const data = await api.data<Page>(`{ statements(filter: { text: "no such words" }) { totalCount nodes { id } edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`);
    expect(data.statements).toEqual({
      totalCount: 0,
      nodes: [],
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    });
  });
});

describe('traversals', () => {
  test('an actor: its statements, statements targeting it, parent and children', async () => {
    const data = await api.data<{ actor: Record<string, unknown> }>(`{ actor(id: "${IDS.actors.russia}") {
      name parent { id } children { id } statements { stance } targetedBy(stance: CRITICISM) { speaker { name } } incidents { id } } }`);
    expect(data.actor).toEqual({
      name: 'Russia',
      parent: null,
      children: [{ id: IDS.actors.russianMilitary }, { id: IDS.actors.russianMod }],
      statements: [{ stance: 'DENIAL' }],
      targetedBy: [{ speaker: { name: 'Turkey' } }],
      incidents: [],
    });
  });

  test("an incident's figures per source, claims, denials, perpetrators and articles", async () => {
    const data = await api.data<{ incident: Record<string, unknown> }>(`{ incident(id: "${IDS.incidents.jisr}") {
      figures { source { id name kind } killed injured children qualifier statement { id } }
      claims { speaker { id } } denials { speaker { id } } perpetrators { id } articles { outlet } } }`);
    expect(data.incident['figures']).toEqual([
      { source: { id: IDS.actors.civilDefence, name: 'Syrian Civil Defence', kind: 'RESCUE_SERVICE' }, killed: 42, injured: 60, children: null, qualifier: 'EXACT', statement: { id: 'statement:0000000000000005' } },
      { source: { id: IDS.actors.sohr, name: 'Syrian Observatory for Human Rights', kind: 'MONITOR' }, killed: 37, injured: null, children: 12, qualifier: 'AT_LEAST', statement: { id: 'statement:0000000000000001' } },
      { source: { id: IDS.actors.rami, name: 'Rami Abdel Rahman', kind: 'PERSON' }, killed: 37, injured: null, children: 12, qualifier: 'EXACT', statement: { id: 'statement:0000000000000003' } },
    ]);
    expect(data.incident['claims']).toHaveLength(3);
    expect(data.incident['denials']).toEqual([{ speaker: { id: IDS.actors.russianMod } }]);
    expect(data.incident['perpetrators']).toEqual([{ id: IDS.actors.russianMilitary }]);
    expect((data.incident['articles'] as { outlet: string }[]).map((a) => a.outlet).sort()).toEqual(['Al Jazeera', 'The National']);
  });

  test('a place: parent chain, children, and incidents with or without contained places', async () => {
    const data = await api.data<{ place: Record<string, unknown> }>(`{ place(id: "${IDS.places.idlib}") {
      parent { name parent { id } } children { name } all: incidents { id } own: incidents(includeContained: false) { id } } }`);
    expect(data.place).toEqual({
      parent: { name: 'Syria', parent: null },
      children: [{ name: 'Jabala' }, { name: 'Jisr al-Shughur' }, { name: 'Kafr Battikh' }, { name: 'Khan Sheikhun' }],
      all: [{ id: IDS.incidents.jabala }, { id: IDS.incidents.jisr }],
      own: [],
    });
  });

  test('a statement: evidence offsets, targets and contradictions; contradictions list their kind', async () => {
    const data = await api.data<{ statement: Record<string, unknown>; contradictions: { totalCount: number; nodes: { kind: string }[] } }>(`{
      statement(id: "statement:0000000000000002") { evidence { sentence start end article { id } } targets { id } contradictions { id } }
      contradictions(first: 10) { totalCount nodes { kind } } }`);
    const evidence = data.statement['evidence'] as { sentence: string; start: number; end: number; article: { id: string } };
    expect(evidence.end - evidence.start).toBe(evidence.sentence.length);
    expect(evidence.article.id).toBe(IDS.articles.sohr);
    expect(data.statement['targets']).toEqual([{ id: IDS.actors.russia }]);
    expect((data.statement['contradictions'] as unknown[]).length).toBe(3);
    expect(data.contradictions.totalCount).toBe(6);
    expect(new Set(data.contradictions.nodes.map((n) => n.kind))).toEqual(new Set(['DENIAL', 'DIFFERENT_FIGURES']));
  });

  test('filters combine: statements by speaker and stance; incidents by kind, date and perpetrator; actors and places', async () => {
    const data = await api.data<Record<string, { totalCount: number; nodes: { id: string }[] }>>(`{
      s: statements(filter: { speaker: "${IDS.actors.sohr}", withFigures: true }) { totalCount nodes { id } }
      i: incidents(filter: { kind: AIRSTRIKE, dateFrom: "2018-01-01", perpetrator: "${IDS.actors.russianMilitary}" }) { totalCount nodes { id } }
      a: actors(filter: { name: "ministry" }) { totalCount nodes { id } }
      p: places(filter: { within: "${IDS.places.syria}", kind: VILLAGE }) { totalCount nodes { id } }
      q: places(filter: { name: "Kfar Battikh" }) { totalCount nodes { id } } }`);
    expect(data['s']?.totalCount).toBe(2);
    expect(data['i']?.nodes).toEqual([{ id: IDS.incidents.jabala }]);
    expect(data['a']?.nodes).toEqual([{ id: IDS.actors.russianMod }]);
    expect(data['p']?.nodes.map((n) => n.id)).toEqual([IDS.places.jabala, IDS.places.kafrBattikh]);
    expect(data['q']?.nodes).toEqual([{ id: IDS.places.kafrBattikh }]);
  });

  test('graph limit caps the nodes, says it truncated, and keeps edges inside the returned set', async () => {
    const data = await api.data<{ graph: { nodes: { id: string; depth: number }[]; edges: { source: string; target: string }[]; truncated: boolean } }>(
      `{ graph(center: "${IDS.places.idlib}", depth: 3, limit: 5) { nodes { id depth } edges { source target } truncated } }`,
    );
    expect(data.graph.nodes).toHaveLength(5);
    expect(data.graph.truncated).toBe(true);
    expect(data.graph.nodes[0]).toEqual({ id: IDS.places.idlib, depth: 0 });
    const ids = new Set(data.graph.nodes.map((n) => n.id));
    for (const e of data.graph.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
  });
});

describe('store round trips', () => {
  test('a deep query costs one round trip per level, whatever the number of parents (no N+1)', async () => {
    const { store: recorded, calls } = recordingStore(store);
    const server = await GraphTestServer.start(recorded);
    try {
      const result = await server.run(`{ incidents(first: 50) { nodes {
        places { name parent { name } }
        statements { speaker { name parent { name } } targets { name } article { title } evidence { start } } } } }`);
      expect(result.errors).toBeUndefined();
      // page + places + parents + statements + speakers + speaker parents + targets + evidence (article and evidence share one loader)
      expect(calls.length).toBeLessThanOrEqual(8);
      const statementsCalls = calls.filter((c) => c.cypher.includes('<-[:ABOUT]-(s:Statement)'));
      expect(statementsCalls).toHaveLength(1);
      expect((statementsCalls[0]?.params?.['ids'] as string[]).length).toBe(2);
    } finally {
      await server.stop();
    }
  });

  test('totalCount costs a count query only when selected', async () => {
    const { store: recorded, calls } = recordingStore(store);
    const server = await GraphTestServer.start(recorded);
    try {
      await server.run('{ statements(first: 2) { nodes { id } } }');
      expect(calls).toHaveLength(1);
      await server.run('{ statements(first: 2) { totalCount } }');
      expect(calls).toHaveLength(3);
    } finally {
      await server.stop();
    }
  });
});
