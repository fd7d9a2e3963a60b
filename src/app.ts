/**
 * Bootstrap: config → store → (seed an empty store) → schema → HTTP server. No logic of its own.
 */
import 'reflect-metadata';
import type { Config } from './config';
import { buildGraphQLSchema, createContext } from './graph/schema';
import { formatSummary, seedPaths } from './seeder/seed';
import { createServer, installShutdownHandlers } from './server';
import { cypher } from './store/cypher';
import { openStore } from './store/open-store';
import { type Store, StoreUnavailableError } from './store/port';
import { terminalProgress } from './cli/progress';

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

async function articleCount(store: Store): Promise<number> {
  const { rows } = await store.read((tx) => tx.run<{ articles: number }>(cypher('seeder/count-articles')));
  return rows[0]?.articles ?? 0;
}

/** Seeds the store from `config.seedDir` when it holds no article yet. */
export async function seedIfEmpty(store: Store, config: Config): Promise<void> {
  if (!config.seedOnStart || (await articleCount(store)) > 0) return;
  log(`store is empty: seeding from ${config.seedDir}`);
  const summary = await seedPaths(store, [config.seedDir], {
    maxArticleBytes: config.maxArticleBytes,
    progress: terminalProgress(),
  });
  log(formatSummary(summary));
}

/** Starts the server; on an unreachable store prints one clear line and exits non-zero. */
export async function startFromConfig(config: Config): Promise<void> {
  let store: Store;
  try {
    store = await openStore(config);
    await store.verify();
  } catch (error) {
    if (error instanceof StoreUnavailableError) {
      log(`error: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  await seedIfEmpty(store, config);
  const schema = await buildGraphQLSchema();
  const server = createServer({
    schema,
    store,
    context: () => createContext(store),
    production: config.production,
    logger: console,
  });
  const { url } = await server.start(config.port, config.host);
  log(`store: ${store.kind} (${store.location})`);
  log(`GraphQL endpoint: ${url}/graphql`);
  log(`playground: ${url}/playground   explorer: ${url}/explorer`);
  installShutdownHandlers({ server, store, logger: console });
}
