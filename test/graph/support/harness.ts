/**
 * Test harness for the GraphQL layer: an in-memory embedded store loaded with the hand-made fixtures,
 * an Apollo server over the real schema, and a helper that runs one operation through
 * `executeOperation` (no HTTP) and returns its data and errors.
 */
import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { graphFixtures } from '../../fixtures/graph-fixtures';
import { createContext, buildGraphQLSchema, type GraphContext } from '../../../src/graph/schema';
import { join } from 'node:path';
import { loadArticleFacts } from '../../../src/seeder/load';
import { formatSummary, seedPaths } from '../../../src/seeder/seed';
import { PROJECT_ROOT } from '../../../src/store/cypher';
import { openEmbeddedStore } from '../../../src/store/embedded/embedded-store';
import type { Params, QueryResult, Row, Store, Tx } from '../../../src/store/port';

/** An in-memory store holding the fixture graph. */
export async function openFixtureStore(): Promise<Store> {
  const store = await openEmbeddedStore({});
  for (const facts of graphFixtures()) await loadArticleFacts(store, facts);
  return store;
}

/** An in-memory store seeded by the real seeder from seed/articles/ (what `npm start` serves). */
export async function openSeededStore(): Promise<Store> {
  const store = await openEmbeddedStore({});
  const summary = await seedPaths(store, [join(PROJECT_ROOT, 'seed', 'articles')], { maxArticleBytes: 1024 * 1024 });
  if (summary.articles.loaded === 0 || summary.articles.failed > 0) {
    throw new Error(`seeding seed/articles failed:\n${formatSummary(summary)}`);
  }
  return store;
}

/** Wraps a store and records every statement run through it (to count round trips). */
export function recordingStore(inner: Store): { store: Store; calls: { cypher: string; params: Params | undefined }[] } {
  const calls: { cypher: string; params: Params | undefined }[] = [];
  const wrap = (tx: Tx): Tx => ({
    run: <T extends Row = Row>(cypher: string, params?: Params): Promise<QueryResult<T>> => {
      calls.push({ cypher, params });
      return tx.run<T>(cypher, params);
    },
  });
  const store: Store = {
    kind: inner.kind,
    location: inner.location,
    read: (work) => inner.read((tx) => work(wrap(tx))),
    write: (work) => inner.write((tx) => work(wrap(tx))),
    verify: () => inner.verify(),
    close: () => inner.close(),
  };
  return { store, calls };
}

export interface OperationResult {
  data: Record<string, unknown> | null | undefined;
  errors: readonly GraphQLFormattedError[] | undefined;
}

/** An Apollo server over the project schema, plus a runner bound to one store. */
export class GraphTestServer {
  private constructor(
    readonly server: ApolloServer<GraphContext>,
    readonly store: Store,
  ) {}

  static async start(store: Store): Promise<GraphTestServer> {
    const server = new ApolloServer<GraphContext>({ schema: await buildGraphQLSchema() });
    await server.start();
    return new GraphTestServer(server, store);
  }

  /** Runs one operation with a fresh per-request context. */
  async run(query: string, variables: Record<string, unknown> = {}, operationName?: string): Promise<OperationResult> {
    const response = await this.server.executeOperation(
      { query, variables, ...(operationName ? { operationName } : {}) },
      { contextValue: createContext(this.store) },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return { data: response.body.singleResult.data, errors: response.body.singleResult.errors };
  }

  /** Runs an operation and fails the test with the error messages if it returned any. */
  async data<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.run(query, variables);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
    return result.data as T;
  }

  async stop(): Promise<void> {
    await this.server.stop();
  }
}
