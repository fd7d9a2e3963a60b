/**
 * The five operations the API promises (schema/examples.graphql's first five), on the fixture graph.
 */
import { IDS } from '../fixtures/graph-fixtures';
import type { Store } from '../../src/store/port';
import { GraphTestServer, openFixtureStore } from './support/harness';

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

const WHO_DENIED = `query WhoDenied { statements(filter: { stance: DENIAL }, first: 50) { totalCount nodes { id stance text speaker { id name kind } incident { id date places { name } } article { title outlet } } } }`;
const INCIDENTS_AT = `query IncidentsAt($place: String!) { incidents(filter: { place: $place }, first: 20) { totalCount nodes { id kind date places { name latitude longitude } statements { stance speaker { name } killed injured children qualifier } } } }`;
const SEARCH = `query Search($text: String!) { search(text: $text) { __typename ... on Actor { id name } ... on Place { id name } } }`;
const NEIGHBOURHOOD = `query Neighbourhood($id: ID!) { graph(center: $id, depth: 2, limit: 300) { nodes { id label type } edges { id source target type } } }`;
const STATS = `query Stats { stats { articles actors places incidents statements relationships } }`;

interface StatementNode {
  id: string;
  stance: string;
  text: string;
  speaker: { id: string; name: string; kind: string } | null;
  incident: { id: string; date: string | null; places: { name: string }[] } | null;
  article: { title: string; outlet: string | null } | null;
}

test('WhoDenied lists both denials with speaker, incident, place and article', async () => {
  const data = await api.data<{ statements: { totalCount: number; nodes: StatementNode[] } }>(WHO_DENIED);
  expect(data.statements.totalCount).toBe(2);
  const mod = data.statements.nodes.find((n) => n.speaker?.id === IDS.actors.russianMod);
  expect(mod).toMatchObject({
    stance: 'DENIAL',
    text: 'denied it was behind civilian deaths',
    speaker: { name: 'Russian Ministry of Defence', kind: 'GOVERNMENT_BODY' },
    incident: { id: IDS.incidents.jisr, date: '2017-09-25', places: [{ name: 'Jisr al-Shughur' }] },
    article: { outlet: 'The National' },
  });
  expect(data.statements.nodes.every((n) => n.stance === 'DENIAL')).toBe(true);
});

interface IncidentsAtData {
  incidents: {
    totalCount: number;
    nodes: {
      id: string;
      places: { name: string; latitude: number | null }[];
      statements: { stance: string; speaker: { name: string }; killed: number | null; children: number | null; qualifier: string | null }[];
    }[];
  };
}

test.each(['Idleb', 'idlib', 'IDLIB PROVINCE', 'place:idlib-province', 'Idlib Governorate'])(
  'IncidentsAt(%p) finds the strikes at Jisr al-Shughur and Jabala inside the province',
  async (place) => {
    const data = await api.data<IncidentsAtData>(INCIDENTS_AT, { place });
    expect(data.incidents.totalCount).toBe(2);
    const places = data.incidents.nodes.flatMap((n) => n.places.map((p) => p.name)).sort();
    expect(places).toEqual(['Jabala', 'Jisr al-Shughur']);
    const jisr = data.incidents.nodes.find((n) => n.id === IDS.incidents.jisr)!;
    expect(jisr.places[0]?.latitude).toBeCloseTo(35.81);
    expect(jisr.statements).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ stance: 'CLAIM', killed: 37, children: 12, qualifier: 'AT_LEAST', speaker: { name: 'Syrian Observatory for Human Rights' } }),
        expect.objectContaining({ stance: 'DENIAL', speaker: { name: 'Russian Ministry of Defence' } }),
      ]),
    );
  },
);

test.each([
  ['Jisr ash-Shughur', [IDS.incidents.jisr]],
  ['jisr al shughur', [IDS.incidents.jisr]],
  ['Jabala', [IDS.incidents.jabala]],
  ['Syria', [IDS.incidents.jabala, IDS.incidents.jisr]],
  ['Hama', []],
  ['Atlantis', []],
])('IncidentsAt(%p) matches spellings and containment', async (place, expected) => {
  const data = await api.data<IncidentsAtData>(INCIDENTS_AT, { place });
  expect(data.incidents.nodes.map((n) => n.id).sort()).toEqual([...expected].sort());
});

test('Search finds actors and places by name or alias, typed by __typename', async () => {
  const data = await api.data<{ search: { __typename: string; id?: string; name?: string }[] }>(SEARCH, { text: 'moscow' });
  expect(data.search).toContainEqual({ __typename: 'Actor', id: IDS.actors.russia, name: 'Russia' });
  const idleb = await api.data<{ search: { __typename: string; id?: string }[] }>(SEARCH, { text: 'Idleb' });
  expect(idleb.search).toContainEqual({ __typename: 'Place', id: IDS.places.idlib, name: 'Idlib province' });
});

test('Search matches a place by a spelling that is not a substring of any alias', async () => {
  const data = await api.data<{ search: { __typename: string; id?: string }[] }>(SEARCH, { text: 'Khan Shaikhoun' });
  expect(data.search.map((h) => h.id)).toContain(IDS.places.khanSheikhun);
});

test('Neighbourhood returns nodes within two hops and only edges between returned nodes', async () => {
  const data = await api.data<{
    graph: { nodes: { id: string; label: string; type: string }[]; edges: { id: string; source: string; target: string; type: string }[] };
  }>(NEIGHBOURHOOD, { id: IDS.places.idlib });
  const ids = new Set(data.graph.nodes.map((n) => n.id));
  expect(ids.has(IDS.places.idlib)).toBe(true);
  // one hop: the sub-places; two hops: the incidents in them.
  expect(ids.has(IDS.places.jabala)).toBe(true);
  expect(ids.has(IDS.incidents.jisr)).toBe(true);
  for (const e of data.graph.edges) {
    expect(ids.has(e.source)).toBe(true);
    expect(ids.has(e.target)).toBe(true);
    expect(e.id).toBe(`${e.source}-${e.type}-${e.target}`);
  }
  expect(data.graph.edges).toContainEqual({
    id: `${IDS.places.jabala}-LOCATED_IN-${IDS.places.idlib}`,
    source: IDS.places.jabala,
    target: IDS.places.idlib,
    type: 'LOCATED_IN',
  });
  expect(new Set(data.graph.edges.map((e) => e.id)).size).toBe(data.graph.edges.length);
  const idlib = data.graph.nodes.find((n) => n.id === IDS.places.idlib);
  expect(idlib).toEqual({ id: IDS.places.idlib, label: 'Idlib province', type: 'Place' });
});

test('Stats counts every label and the relationships', async () => {
  const data = await api.data<{ stats: Record<string, number> }>(STATS);
  expect(data.stats).toEqual({ articles: 3, actors: 8, places: 7, incidents: 2, statements: 8, relationships: expect.any(Number) });
  expect(data.stats['relationships']).toBeGreaterThan(30);
});
