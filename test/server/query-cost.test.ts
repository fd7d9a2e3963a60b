/**
 * Query cost on the real schema: every example operation is allowed, while fan-outs that would return
 * millions of objects are refused before any resolver runs.
 */
import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import { buildGraphQLSchema, createContext } from '../../src/graph/schema';
import { DEFAULT_QUERY_LIMITS, queryLimitsPlugin } from '../../src/server/query-limits.plugin';
import { openEmbeddedStore } from '../../src/store/embedded/embedded-store';
import type { Store } from '../../src/store/port';
import { readExamples } from '../graph/support/examples';

let server: ApolloServer;
let store: Store;

beforeAll(async () => {
  const schema = await buildGraphQLSchema();
  store = await openEmbeddedStore();
  server = new ApolloServer({ schema, plugins: [queryLimitsPlugin(schema, DEFAULT_QUERY_LIMITS)] });
  await server.start();
});

afterAll(async () => {
  await server.stop();
  await store.close();
});

async function errorCodes(query: string, variables: Record<string, unknown> = {}): Promise<unknown[]> {
  const response = await server.executeOperation({ query, variables }, { contextValue: createContext(store) });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return (response.body.singleResult.errors ?? []).map((e) => e.extensions?.['code']);
}

describe('query cost limits on the real schema', () => {
  it.each(readExamples().map((op) => [op.name, op] as const))('allows the example %s', async (_name, op) => {
    expect(await errorCodes(op.query, op.variables)).not.toContain('QUERY_TOO_COMPLEX');
  });

  it('refuses nested fan-outs, with or without explicit page sizes', async () => {
    expect(await errorCodes('{ statements(first: 500) { nodes { speaker { statements(first: 500) { speaker { statements(first: 500) { id } } } } } } }')).toEqual(['QUERY_TOO_COMPLEX']);
    expect(await errorCodes('{ statements(first: 500) { nodes { speaker { statements { speaker { statements { id } } } } } } }')).toEqual(['QUERY_TOO_COMPLEX']);
  });
});
