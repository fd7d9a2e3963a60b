/** Writes the printed schema (SDL) to a file; `npm run schema:emit` calls it for schema/schema.graphql. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildGraphQLSchema } from './schema';

/** The schema as committed in schema/schema.graphql: sorted, so the file only changes when the API does. */
export async function printGraphQLSchema(): Promise<string> {
  const schema = await buildGraphQLSchema();
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

/** Writes the printed schema to `path` (folders created as needed). */
export async function emitSchema(path: string): Promise<void> {
  const text = await printGraphQLSchema();
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}
