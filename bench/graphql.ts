/**
 * GraphQL latency on a scaled-up graph: the contract operations of schema/examples.graphql, run
 * through Apollo's executeOperation against the embedded store loaded with generated articles.
 * Baseline in the same run: `{ __typename }`, which touches no store.
 */
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { Kind, parse, print, type OperationDefinitionNode } from 'graphql';
import { extractArticle } from '../src/extract';
import { buildGraphQLSchema, createContext } from '../src/graph/schema';
import { loadArticleFacts } from '../src/seeder/load';
import { PROJECT_ROOT } from '../src/store/cypher';
import { openEmbeddedStore } from '../src/store/embedded/embedded-store';
import { scaledCorpus } from './corpus';

const CONTRACT = ['WhoDenied', 'IncidentsAt', 'Search', 'Neighbourhood', 'Stats'];

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

function operations(): Array<{ name: string; query: string; variables: Record<string, unknown> }> {
  const source = readFileSync(join(PROJECT_ROOT, 'schema', 'examples.graphql'), 'utf8');
  const vars = JSON.parse(readFileSync(join(PROJECT_ROOT, 'schema', 'examples.variables.json'), 'utf8')) as Record<string, Record<string, unknown>>;
  const ops = parse(source).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return [
    { name: 'baseline: { __typename }', query: '{ __typename }', variables: {} },
    ...ops
      .filter((op) => op.name && CONTRACT.includes(op.name.value))
      .map((op) => ({ name: op.name!.value, query: print(op), variables: vars[op.name!.value] ?? {} })),
  ];
}

/** Median milliseconds per operation for graphs of each size; returns markdown table lines. */
export async function benchGraphql(sizes: number[], runs: number): Promise<string[]> {
  const make = scaledCorpus(PROJECT_ROOT);
  const schema = await buildGraphQLSchema();
  const ops = operations();
  const results = new Map<string, number[]>();
  const store = await openEmbeddedStore();
  const server = new ApolloServer({ schema });
  await server.start();
  let loaded = 0;
  const stats: string[] = [];
  try {
    for (const size of sizes) {
      while (loaded < size) {
        const a = make(loaded);
        await loadArticleFacts(store, extractArticle(a.text, a.meta));
        loaded++;
      }
      const counts = await server.executeOperation(
        { query: '{ stats { articles statements incidents relationships } }' },
        { contextValue: createContext(store) },
      );
      stats.push(JSON.stringify(counts.body.kind === 'single' ? counts.body.singleResult.data?.['stats'] : null));
      for (const op of ops) {
        const times: number[] = [];
        for (let r = 0; r < runs; r++) {
          const started = process.hrtime.bigint();
          const res = await server.executeOperation(
            { query: op.query, variables: op.variables },
            { contextValue: createContext(store) },
          );
          times.push(Number(process.hrtime.bigint() - started) / 1e6);
          if (res.body.kind === 'single' && res.body.singleResult.errors) {
            throw new Error(`${op.name}: ${JSON.stringify(res.body.singleResult.errors)}`);
          }
        }
        results.set(`${op.name}@${size}`, times);
      }
    }
  } finally {
    await server.stop();
    await store.close();
  }
  const out = [
    `GraphQL operations through executeOperation on the embedded store, median ms of ${runs} runs`,
    '',
    `| operation | ${sizes.map((s) => `${s} articles`).join(' | ')} |`,
    `|---|${sizes.map(() => '---:').join('|')}|`,
  ];
  for (const op of ops) {
    out.push(`| ${op.name} | ${sizes.map((s) => median(results.get(`${op.name}@${s}`) ?? []).toFixed(1)).join(' | ')} |`);
  }
  out.push('', ...sizes.map((s, i) => `graph at ${s} articles: ${stats[i] ?? ''}`));
  return out;
}
