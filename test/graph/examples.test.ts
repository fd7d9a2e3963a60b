/**
 * Runs EVERY operation of schema/examples.graphql (with schema/examples.variables.json) against the
 * graph the real seeder builds from seed/articles/, through Apollo's executeOperation, and checks each
 * returns meaningful data. When an id in the variables file goes stale (the seeder's id scheme or an
 * article changed), the operation fails with NOT_FOUND: update examples.variables.json.
 */
import type { Store } from '../../src/store/port';
import { readExamples } from './support/examples';
import { GraphTestServer, openSeededStore } from './support/harness';

type Check = (data: any, variables: Record<string, unknown>) => void;

const nonEmpty = (list: unknown[]) => expect(list.length).toBeGreaterThan(0);

const CHECKS: Record<string, Check> = {
  WhoDenied: (d) => {
    expect(d.statements.totalCount).toBeGreaterThan(0);
    expect(d.statements.nodes.every((n: any) => n.stance === 'DENIAL')).toBe(true);
    const ministry = d.statements.nodes.find((n: any) => n.speaker?.id === 'actor:russian-mod');
    expect(ministry).toBeDefined();
    expect(ministry.text.length).toBeGreaterThan(0);
  },
  IncidentsAt: (d) => {
    const places: string[] = d.incidents.nodes.flatMap((n: any) => n.places.map((p: any) => p.name));
    expect(places.some((p) => /jisr/i.test(p))).toBe(true);
    expect(places.some((p) => /jabala/i.test(p))).toBe(true);
    expect(d.incidents.totalCount).toBeGreaterThanOrEqual(2);
  },
  Search: (d) => {
    nonEmpty(d.search);
    expect(d.search.some((h: any) => h.__typename === 'Place' && /idl/i.test(h.name))).toBe(true);
  },
  Neighbourhood: (d, v) => {
    const ids = new Set(d.graph.nodes.map((n: any) => n.id));
    expect(ids.has(v['id'])).toBe(true);
    expect(ids.size).toBeGreaterThan(1);
    nonEmpty(d.graph.edges);
    for (const e of d.graph.edges) {
      expect(ids.has(e.source)).toBe(true);
      expect(ids.has(e.target)).toBe(true);
    }
    for (const n of d.graph.nodes) expect(n.label).not.toBe('');
  },
  Stats: (d) => {
    for (const [key, value] of Object.entries(d.stats)) {
      if (!((value as number) > 0)) throw new Error(`stats.${key} is ${String(value)}, expected > 0`);
    }
  },
  ActorStatements: (d, v) => {
    expect(d.actor.id).toBe(v['id']);
    expect(d.actor.statements.length + d.actor.targetedBy.length + d.actor.children.length).toBeGreaterThan(0);
  },
  IncidentFigures: (d, v) => {
    expect(d.incident.id).toBe(v['id']);
    nonEmpty(d.incident.places);
    nonEmpty(d.incident.figures);
    for (const f of d.incident.figures) {
      expect(f.source.id).toMatch(/^actor:/);
      expect(f.statement.id).toMatch(/^statement:/);
    }
    nonEmpty(d.incident.articles);
  },
  Contradictions: (d) => {
    expect(d.contradictions.totalCount).toBeGreaterThan(0);
    for (const c of d.contradictions.nodes) {
      expect(['DENIAL', 'DIFFERENT_FIGURES']).toContain(c.kind);
      expect(c.statement.speaker.name).not.toBe(c.contradicts.speaker.name);
    }
  },
  PlaceHierarchy: (d) => {
    expect(d.place.parent).not.toBeNull();
    nonEmpty(d.place.children);
    nonEmpty(d.place.incidents);
  },
  StatementsPage: (d, v) => {
    expect(d.statements.edges).toHaveLength(Number(v['first']));
    expect(d.statements.pageInfo.hasNextPage).toBe(true);
    expect(d.statements.pageInfo.endCursor).toBe(d.statements.edges[d.statements.edges.length - 1].cursor);
  },
  ArticleEvidence: (d) => {
    nonEmpty(d.articles.nodes);
    const evidence = d.articles.nodes.flatMap((a: any) => a.statements.map((s: any) => s.evidence));
    nonEmpty(evidence);
    for (const e of evidence) {
      expect(e.end - e.start).toBe(e.sentence.length);
    }
  },
  TargetedAt: (d, v) => {
    expect(d.statements.totalCount).toBeGreaterThan(0);
    void v;
  },
  NodeById: (d, v) => {
    expect(d.node).toMatchObject({ id: v['id'], __typename: 'Actor' });
  },
};

const examples = readExamples();
let store: Store;
let api: GraphTestServer;

beforeAll(async () => {
  store = await openSeededStore();
  api = await GraphTestServer.start(store);
});

afterAll(async () => {
  await api.stop();
  await store.close();
});

test('every example operation has a check and the variables file names no unknown operation', () => {
  const names = examples.map((e) => e.name);
  expect(names.slice(0, 5)).toEqual(['WhoDenied', 'IncidentsAt', 'Search', 'Neighbourhood', 'Stats']);
  expect(names.filter((n) => !CHECKS[n])).toEqual([]);
  expect(new Set(names).size).toBe(names.length);
});

test.each(examples.map((e) => [e.name, e] as const))('example %s runs without errors and returns data', async (_name, example) => {
  const result = await api.run(example.query, example.variables, example.name);
  expect(result.errors).toBeUndefined();
  expect(result.data).toBeTruthy();
  CHECKS[example.name]!(result.data, example.variables);
});
