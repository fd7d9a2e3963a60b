/**
 * schema/schema.graphql is committed so reviewers see API changes in diffs and clients can codegen
 * without running the server. This fails when the file no longer matches the code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printGraphQLSchema } from '../../src/graph/emit-schema';
import { PROJECT_ROOT } from '../../src/store/cypher';

const FILE = join(PROJECT_ROOT, 'schema', 'schema.graphql');

test('schema/schema.graphql matches the schema built from the code', async () => {
  const expected = await printGraphQLSchema();
  const committed = readFileSync(FILE, 'utf8');
  if (committed !== expected) {
    throw new Error(
      'schema/schema.graphql is stale: the GraphQL schema built from src/graph differs from the committed file.\n' +
        'Regenerate it with `npm run schema:emit` and commit the result.',
    );
  }
});

test('the schema keeps the contract entry points', async () => {
  const sdl = await printGraphQLSchema();
  for (const field of [
    'statements(',
    'incidents(',
    'search(first: Int! = 20, text: String!): [SearchResult!]!',
    'graph(center: ID!, depth: Int! = 1, limit: Int! = 100): GraphView!',
    'stats: Stats!',
    'node(id: ID!): Node',
    'union SearchResult = Actor | Article | Incident | Place | Statement',
  ]) {
    expect(sdl).toContain(field);
  }
});
