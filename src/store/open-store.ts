/**
 * Chooses the store from configuration: Neo4j when a Neo4j URI is configured, else the embedded
 * store (on a file in `dataDir`, or in memory). Configuration itself is read in src/config.ts.
 */
import { join } from 'node:path';
import { openEmbeddedStore } from './embedded/embedded-store';
import { openNeo4jStore } from './neo4j/neo4j-store';
import type { StoreLogger } from './neo4j/neo4j-store';
import type { Store } from './port';
import { applySchema } from './schema';

export interface OpenStoreConfig {
  /** Present (with a URI) when NEO4J_URI is set. */
  neo4j?: { uri: string; username?: string; password?: string; database?: string | undefined } | undefined;
  /** Folder of the embedded database; its file is `kg.grafeo` inside it. Default `./data`. */
  dataDir?: string;
  /** The embedded database file; overrides `dataDir`. */
  dataFile?: string;
  /** Embedded store in memory (tests). */
  inMemory?: boolean;
  logger?: StoreLogger;
}

/**
 * Opens the configured store, makes sure it answers and that the schema is in place.
 * Throws StoreUnavailableError (naming the URI or file, never a password) when it cannot.
 */
export async function openStore(config: OpenStoreConfig): Promise<Store> {
  if (config.neo4j?.uri) {
    const { uri, username, password, database } = config.neo4j;
    const store = await openNeo4jStore({
      uri,
      ...(username !== undefined && { username }),
      ...(password !== undefined && { password }),
      ...(database !== undefined && { database }),
      ...(config.logger !== undefined && { logger: config.logger }),
    });
    try {
      await store.verify();
      await applySchema(store);
    } catch (error) {
      await store.close().catch(() => undefined);
      throw error;
    }
    return store;
  }
  if (config.inMemory) return openEmbeddedStore({});
  // The embedded adapter applies its own schema (shared files plus Grafeo's MERGE-key indexes).
  return openEmbeddedStore({ path: config.dataFile ?? join(config.dataDir ?? 'data', 'kg.grafeo') });
}
