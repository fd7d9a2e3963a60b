import { existsSync, readFileSync } from 'node:fs';
import type { DefinitionNode, DocumentNode, FragmentDefinitionNode, OperationDefinitionNode } from 'graphql';
import { Kind, parse, visit } from 'graphql';
import type { Logger } from './logger';

/** One GraphiQL tab: the same shape as GraphiQL's `TabDefinition`. */
export interface PlaygroundTab {
  query: string;
  variables?: string;
}

/** Shown when there is no examples file, so a first-time user still has something to run. */
export const FALLBACK_TAB: PlaygroundTab = {
  query: '# Write a query here, or open the schema docs on the left.\n{\n  __typename\n}\n',
};

/**
 * Reads the example operations once, at start-up, and turns each operation into a tab with
 * the fragments it uses and the comment lines written above it. A missing or broken file
 * must not stop the server: the playground then opens with a fallback tab and we log why.
 *
 * Variables file: either `{ "<operationName>": { ...variables } }`, or one flat object whose
 * keys are handed to every operation that declares a variable of that name.
 */
export function loadPlaygroundTabs(
  examplesPath: string | undefined,
  variablesPath: string | undefined,
  logger: Logger,
): PlaygroundTab[] {
  if (!examplesPath || !existsSync(examplesPath)) return [FALLBACK_TAB];
  const source = readFileSync(examplesPath, 'utf8');

  let variables: Record<string, unknown> = {};
  if (variablesPath && existsSync(variablesPath)) {
    try {
      const parsed: unknown = JSON.parse(readFileSync(variablesPath, 'utf8'));
      if (isPlainObject(parsed)) variables = parsed;
      else logger.warn({ variablesPath }, 'example variables file is not a JSON object; ignored');
    } catch (err) {
      logger.warn({ err, variablesPath }, 'example variables file is not valid JSON; ignored');
    }
  }

  try {
    return tabsFromSource(source, variables);
  } catch (err) {
    // Still show the text: a syntax error is easier to fix when you can see it in the editor.
    logger.warn({ err, examplesPath }, 'examples file does not parse; showing it as one tab');
    return [{ query: source }];
  }
}

/** Pure part of {@link loadPlaygroundTabs}, exported for tests. */
export function tabsFromSource(source: string, variables: Record<string, unknown>): PlaygroundTab[] {
  const document = parse(source);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  }

  const tabs: PlaygroundTab[] = [];
  document.definitions.forEach((def, index) => {
    if (def.kind !== Kind.OPERATION_DEFINITION) return;
    const used = fragmentsUsedBy(def, fragments);
    const text = [withLeadingComments(source, document, index), ...used.map((f) => sliceOf(source, f))].join('\n\n');
    const vars = variablesFor(def, variables);
    tabs.push({ query: `${text}\n`, ...(vars ? { variables: JSON.stringify(vars, null, 2) } : {}) });
  });
  return tabs.length > 0 ? tabs : [FALLBACK_TAB];
}

function fragmentsUsedBy(
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
): FragmentDefinitionNode[] {
  const found = new Map<string, FragmentDefinitionNode>();
  const queue: DefinitionNode[] = [operation];
  while (queue.length > 0) {
    const node = queue.shift();
    if (!node) break;
    visit(node, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        const fragment = fragments.get(name);
        if (fragment && !found.has(name)) {
          found.set(name, fragment);
          queue.push(fragment);
        }
      },
    });
  }
  return [...found.values()];
}

/** The definition's text plus the `#` comment block right above it (graphql drops comments from the AST). */
function withLeadingComments(source: string, document: DocumentNode, index: number): string {
  const def = document.definitions[index];
  if (!def?.loc) return '';
  const previousEnd = index > 0 ? (document.definitions[index - 1]?.loc?.end ?? 0) : 0;
  const between = source.slice(previousEnd, def.loc.start).split('\n');
  const comments: string[] = [];
  for (let i = between.length - 1; i >= 0; i--) {
    const line = (between[i] ?? '').trim();
    if (line.startsWith('#')) comments.unshift(line);
    else if (line !== '' || comments.length > 0) break;
  }
  return [...comments, sliceOf(source, def)].join('\n');
}

function sliceOf(source: string, node: DefinitionNode): string {
  return node.loc ? source.slice(node.loc.start, node.loc.end) : '';
}

function variablesFor(
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): Record<string, unknown> | undefined {
  const declared = (operation.variableDefinitions ?? []).map((v) => v.variable.name.value);
  if (declared.length === 0) return undefined;
  const byName = operation.name ? variables[operation.name.value] : undefined;
  const pool = isPlainObject(byName) ? byName : variables;
  const picked: Record<string, unknown> = {};
  for (const name of declared) if (name in pool) picked[name] = pool[name];
  return Object.keys(picked).length > 0 ? picked : undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
