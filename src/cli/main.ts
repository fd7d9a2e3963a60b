#!/usr/bin/env node
/**
 * The project's command line: `idlib-kg <command>` (also `npm run seed -- …`, `npm run kg -- …`).
 *
 *   seed [paths…]            seed articles (files or folders; default seed/articles) into the configured store
 *   run-cypher FILE          run a .cypher script (e.g. cypher/seed.cypher) on the configured store
 *   export-cypher [--out F]  rebuild cypher/seed.cypher from seed/articles (in memory; the store is untouched)
 *   serve                    start the GraphQL server (seeding an empty embedded store first)
 *   emit-schema [--out F]    print the GraphQL schema to schema/schema.graphql
 *   eval [args…]             score extraction against gold (see docs/evaluation.md)
 */
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type Config } from '../config';
import { splitStatements } from '../store/cypher';
import { openStore } from '../store/open-store';
import type { Store } from '../store/port';
import { seedPaths, formatSummary } from '../seeder/seed';
import { InputError } from '../seeder/sources';
import { buildSeedCypher } from '../seeder/seed-cypher-file';
import { terminalProgress } from './progress';

const USAGE = `usage: idlib-kg <command> [options]

commands:
  seed [paths…]             seed articles (files or folders; default: seed/articles)
  run-cypher FILE           run a .cypher script on the configured store
  export-cypher [--out F]   regenerate cypher/seed.cypher from seed/articles
  serve                     start the GraphQL server
  emit-schema [--out F]     write the GraphQL schema (default schema/schema.graphql)
  eval [--json] [--set DIR] score extraction against gold annotations

The store is Neo4j when NEO4J_URI is set, else the embedded store in KG_DATA_DIR (default ./data).`;

async function withStore<T>(config: Config, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(config);
  try {
    await store.verify();
    return await work(store);
  } finally {
    await store.close();
  }
}

async function seed(args: string[], config: Config): Promise<number> {
  const paths = args.length > 0 ? args : [config.seedDir];
  const summary = await withStore(config, (store) =>
    seedPaths(store, paths, { maxArticleBytes: config.maxArticleBytes, progress: terminalProgress() }),
  );
  process.stdout.write(`${formatSummary(summary)}\n`);
  return summary.articles.failed > 0 ? 2 : 0;
}

async function runCypher(args: string[], config: Config): Promise<number> {
  const file = args[0];
  if (!file) throw new UsageError('run-cypher needs a .cypher file');
  let script: string;
  try {
    script = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  }
  const statements = splitStatements(script);
  const started = Date.now();
  const totals = await withStore(config, async (store) => {
    let nodes = 0;
    let relationships = 0;
    // Schema and data cannot share a transaction on Neo4j: one statement, one transaction.
    for (const statement of statements) {
      const { counters } = await store.write((tx) => tx.run(statement));
      nodes += counters.nodesCreated;
      relationships += counters.relationshipsCreated;
    }
    return { nodes, relationships };
  });
  process.stdout.write(
    `${file}: ${statements.length} statements, ${totals.nodes} nodes and ${totals.relationships} relationships created, ` +
      `${((Date.now() - started) / 1000).toFixed(2)} s\n`,
  );
  return 0;
}

async function exportCypher(args: string[], config: Config): Promise<number> {
  const { values } = parseArgs({ args, options: { out: { type: 'string', default: 'cypher/seed.cypher' } } });
  const { text, summary } = await buildSeedCypher([config.seedDir], config.maxArticleBytes);
  writeFileSync(values.out, text);
  process.stdout.write(`wrote ${values.out} from ${summary.articles.loaded} articles\n`);
  if (summary.failures.length > 0) process.stdout.write(`${formatSummary(summary)}\n`);
  return summary.articles.failed > 0 ? 2 : 0;
}

async function emitSchemaCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { out: { type: 'string', default: 'schema/schema.graphql' } } });
  const { emitSchema } = await import('../graph/emit-schema');
  await emitSchema(values.out);
  process.stdout.write(`wrote ${values.out}\n`);
  return 0;
}

class UsageError extends Error {}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'seed':
        return await seed(rest, loadConfig());
      case 'run-cypher':
        return await runCypher(rest, loadConfig());
      case 'export-cypher':
        return await exportCypher(rest, loadConfig());
      case 'emit-schema':
        return await emitSchemaCommand(rest);
      case 'serve': {
        const { startFromConfig } = await import('../app');
        await startFromConfig(loadConfig());
        return -1; // keeps running until a signal
      }
      case 'eval': {
        const evalCli = await import('../eval/cli');
        return await evalCli.main(rest);
      }
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(`${USAGE}\n`);
        return command === undefined ? 1 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`error: ${error.message}\n\n${USAGE}\n`);
      return 1;
    }
    if (
      error instanceof ConfigError ||
      error instanceof InputError ||
      (error instanceof Error && 'code' in error && error.code === 'STORE_UNAVAILABLE')
    ) {
      process.stderr.write(`error: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      if (code >= 0) process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
