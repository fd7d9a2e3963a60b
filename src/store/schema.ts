/**
 * Schema application shared by both adapters. Every statement under cypher/schema/ is
 * `IF NOT EXISTS`, so applying the schema again is a no-op. A file whose name carries an engine
 * (`indexes-grafeo.cypher`) runs on that engine only: on Neo4j a plain index on a constrained key
 * would clash with the constraint's own index.
 */
import { cypher, listCypherFiles, splitStatements } from './cypher';
import type { Store, StoreKind } from './port';

/** Engine names that may appear in a schema file name, and the store kind each belongs to. */
const ENGINE_OF_NAME: Record<string, StoreKind> = { grafeo: 'embedded', neo4j: 'neo4j' };

/** The engine a Cypher file is reserved for, from its name (`schema/indexes-grafeo` → embedded). */
export function engineOfCypherFile(name: string): StoreKind | undefined {
  const base = name.split('/').pop() ?? name;
  for (const [word, kind] of Object.entries(ENGINE_OF_NAME)) {
    if (base.split(/[-_.]/).includes(word)) return kind;
  }
  return undefined;
}

/** The schema files (relative names, e.g. `schema/constraints`) to run on an engine, in order. */
export function schemaFilesFor(engine: StoreKind): string[] {
  return listCypherFiles()
    .filter((name) => name.startsWith('schema/'))
    .filter((name) => {
      const only = engineOfCypherFile(name);
      return only === undefined || only === engine;
    })
    // Constraints first: on Neo4j they create the id indexes the other statements rely on.
    .sort((a, b) => Number(!a.includes('constraint')) - Number(!b.includes('constraint')) || a.localeCompare(b));
}

/**
 * Applies cypher/schema/ to a store, one statement per write transaction (Neo4j does not allow
 * schema changes and data changes in one transaction). Returns the statements it ran.
 */
export async function applySchema(store: Store, engine: StoreKind = store.kind): Promise<string[]> {
  const ran: string[] = [];
  for (const file of schemaFilesFor(engine)) {
    for (const statement of splitStatements(cypher(file))) {
      await store.write((tx) => tx.run(statement));
      ran.push(statement);
    }
  }
  return ran;
}
