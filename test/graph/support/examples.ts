/** Reads schema/examples.graphql and its variables, one entry per named operation. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, print, type OperationDefinitionNode } from 'graphql';
import { PROJECT_ROOT } from '../../../src/store/cypher';

export interface ExampleOperation {
  name: string;
  /** The operation alone, printed. */
  query: string;
  variables: Record<string, unknown>;
}

export function readExamples(): ExampleOperation[] {
  const source = readFileSync(join(PROJECT_ROOT, 'schema', 'examples.graphql'), 'utf8');
  const variables = JSON.parse(readFileSync(join(PROJECT_ROOT, 'schema', 'examples.variables.json'), 'utf8')) as Record<
    string,
    Record<string, unknown>
  >;
  const ops = parse(source).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return ops.map((op) => {
    if (!op.name) throw new Error('every operation in schema/examples.graphql needs a name');
    return { name: op.name.value, query: print(op), variables: variables[op.name.value] ?? {} };
  });
}
