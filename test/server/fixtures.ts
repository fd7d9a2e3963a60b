import { EventEmitter } from 'node:events';
import type { GraphQLFieldResolver } from 'graphql';
import { GraphQLError, buildSchema } from 'graphql';
import type { Params, QueryResult, Row, Store, Tx } from '../../src/store/port';
import { StoreQueryError, StoreUnavailableError, emptyCounters } from '../../src/store/port';

/** A Store that holds nothing: enough for the server, which only calls verify() and close(). */
export class FakeStore implements Store {
  readonly kind = 'embedded' as const;
  readonly location = 'memory';
  verifyError: Error | undefined;
  verifyDelayMs = 0;
  closed = 0;
  readonly events: string[];

  constructor(events: string[] = []) {
    this.events = events;
  }

  private readonly tx: Tx = {
    run: <T extends Row = Row>(_cypher: string, _params?: Params): Promise<QueryResult<T>> =>
      Promise.resolve({ rows: [], counters: emptyCounters() }),
  };

  async read<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return work(this.tx);
  }

  async write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return work(this.tx);
  }

  async verify(): Promise<void> {
    // unref: a probe the server gave up on must not keep Jest alive.
    if (this.verifyDelayMs > 0) await new Promise((r) => setTimeout(r, this.verifyDelayMs).unref());
    if (this.verifyError) throw this.verifyError;
  }

  close(): Promise<void> {
    this.closed += 1;
    this.events.push('store.close');
    return Promise.resolve();
  }
}

const SDL = /* GraphQL */ `
  type Query {
    hello(name: String): String
    whoami: String
    boom: String
    notFound: String
    storeDown: String
    storeQuery: String
    nested: Nested
    slow(ms: Int!): String
    pricey: [String!]!
    search(text: String!): [SearchHit!]!
    graph(center: ID!, depth: Int, limit: Int): Graph
    node(id: ID!): Node
  }
  type Nested { value: String, child: Nested }
  union SearchHit = Actor | Place
  # Node types carry the fields the explorer's side panel asks for (see explorer.client.ts).
  interface Node { id: ID! }
  type Actor implements Node { id: ID!, name: String!, kind: String, aliases: [String!], parent: Actor }
  type Place implements Node { id: ID!, name: String!, kind: String, aliases: [String!], parent: Place }
  type Incident implements Node { id: ID!, kind: String, date: String, summary: String }
  type Article implements Node {
    id: ID!, title: String, outlet: String, publishedAt: String, url: String, language: String
  }
  type Statement implements Node {
    id: ID!, stance: String, text: String, sentence: String, date: String, killed: Int, injured: Int
    children: Int, qualifier: String, speaker: Actor, targets: [Actor!], incident: Incident, article: Article
  }
  type Graph { nodes: [GraphNode!]!, edges: [GraphEdge!]!, truncated: Boolean }
  type GraphNode { id: ID!, label: String!, type: String! }
  type GraphEdge { id: ID!, source: ID!, target: ID!, type: String! }
`;

/** Cypher-looking text a leak test can search for in responses. */
export const SECRET_CYPHER = 'MATCH (a:Actor {password: $secret}) RETURN a';

/** A little star graph per centre, like the real `graph` query returns. */
export function starGraph(center: string, spokes = 4) {
  const nodes = [{ id: center, label: `Centre ${center}`, type: 'Place' }];
  const edges: Array<{ id: string; source: string; target: string; type: string }> = [];
  for (let i = 0; i < spokes; i++) {
    const id = `${center}/n${i}`;
    nodes.push({ id, label: `Node ${i}`, type: i % 2 === 0 ? 'Actor' : 'Incident' });
    edges.push({ id: `${center}/e${i}`, source: id, target: center, type: 'MENTIONS' });
  }
  return { nodes, edges };
}

/** What `node(id)` returns for the star graph's ids: the centre is a Place, spokes alternate Actor / Incident. */
export function starNode(id: string) {
  const spoke = /\/n(\d+)$/.exec(id);
  if (!spoke) return { __typename: 'Place', id, name: `Centre ${id}`, kind: 'CITY', aliases: [], parent: null };
  const i = Number(spoke[1]);
  return i % 2 === 0
    ? { __typename: 'Actor', id, name: `Node ${i}`, kind: 'MONITOR', aliases: [`Alias ${i}`], parent: null }
    : { __typename: 'Incident', id, kind: 'AIRSTRIKE', date: '2019-06-10', summary: `Summary of node ${i}` };
}

/**
 * Announces when a `slow` resolver has started, so a test can act while a request is surely in
 * flight instead of sleeping and hoping (a loaded CI machine may not have parsed it yet).
 */
export const resolverEvents = new EventEmitter();

/** The tiny schema the server tests run against, so they do not depend on src/graph. */
export function buildTestSchema() {
  const schema = buildSchema(SDL);
  const fields = schema.getQueryType()!.getFields();
  const resolvers: Record<string, GraphQLFieldResolver<unknown, { user?: string }, any>> = {
    hello: (_root, args: { name?: string }) => `hello ${args.name ?? 'world'}`,
    whoami: (_root, _args, ctx) => ctx.user ?? null,
    boom: () => {
      throw new Error(`driver exploded running ${SECRET_CYPHER}`);
    },
    notFound: () => {
      throw new GraphQLError('No actor with id "actor:nobody"', { extensions: { code: 'NOT_FOUND' } });
    },
    storeDown: () => {
      throw new StoreUnavailableError('cannot reach neo4j://db.internal:7687');
    },
    storeQuery: () => {
      throw new StoreQueryError(`syntax error in ${SECRET_CYPHER}`);
    },
    nested: () => ({ value: 'x', child: { value: 'y', child: { value: 'z', child: null } } }),
    slow: async (_root, args: { ms: number }) => {
      resolverEvents.emit('slow-started');
      await new Promise((r) => setTimeout(r, args.ms));
      return `slept ${args.ms}`;
    },
    pricey: () => ['a'],
    search: (_root, args: { text: string }) =>
      [
        { __typename: 'Place', id: 'place:idlib', name: 'Idlib' },
        { __typename: 'Actor', id: 'actor:sohr', name: 'Syrian Observatory for Human Rights' },
      ].filter((hit) => hit.name.toLowerCase().includes(args.text.toLowerCase())),
    graph: (_root, args: { center: string }) => starGraph(args.center),
    node: (_root, args: { id: string }) => starNode(args.id),
  };
  for (const [name, resolve] of Object.entries(resolvers)) {
    const field = fields[name];
    if (!field) throw new Error(`test schema has no field ${name}`);
    field.resolve = resolve;
  }
  // Priced like a costly list field would be through type-graphql's `complexity` option.
  fields['pricey']!.extensions = { complexity: 500 };
  return schema;
}

/** Collects log calls so tests can check what was logged server-side. */
export function recordingLogger() {
  const lines: unknown[][] = [];
  return {
    lines,
    info: (...args: unknown[]) => void lines.push(['info', ...args]),
    warn: (...args: unknown[]) => void lines.push(['warn', ...args]),
    error: (...args: unknown[]) => void lines.push(['error', ...args]),
  };
}
