import type { ApolloServerPlugin, BaseContext, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import type {
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLSchema,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import { GraphQLError, Kind } from 'graphql';
import { type ComplexityEstimator, fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { ServerErrorCode } from './errors';

export interface QueryLimits {
  /** Deepest allowed field nesting, `{ a { b } }` being 2. Introspection fields are not counted. */
  maxDepth: number;
  /**
   * Highest allowed cost. Each field costs 1, and a field that takes a page size (`first`) or a
   * `limit` costs that many times what is selected under it (see listSizeEstimator), so cost follows
   * the number of objects a response can hold. The schema can still price a field itself through
   * `extensions.complexity` (type-graphql's `@Field({ complexity })`).
   */
  maxComplexity: number;
}

/**
 * 20,000 lets every operation in schema/examples.graphql through (IncidentsAt, 20 incidents with up to
 * 100 statements each, costs about 14,000) and stops fan-outs such as 500 statements × each speaker's
 * 500 statements × … before any resolver runs.
 */
export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 10, maxComplexity: 20_000 };

/** Page size assumed for a list whose `first` is left out (the resolvers' own default for nested lists). */
const UNSTATED_LIST_SIZE = 100;

/**
 * A field with a `first` or `limit` argument returns up to that many objects, each costing what is
 * selected under it; when the client leaves the argument out, the schema default or
 * UNSTATED_LIST_SIZE is assumed.
 */
export function listSizeEstimator(): ComplexityEstimator {
  return ({ field, args, childComplexity }) => {
    const sizeArg = field.args.find((a) => a.name === 'first' || a.name === 'limit');
    if (!sizeArg) return undefined;
    const given: unknown = args[sizeArg.name];
    const size = typeof given === 'number' ? given : UNSTATED_LIST_SIZE;
    return 1 + Math.max(1, size) * Math.max(1, childComplexity);
  };
}

/**
 * Rejects over-deep or over-costly operations before any resolver runs. Done in
 * didResolveOperation rather than as a validation rule because only there are the request's
 * variables known (complexity depends on `limit: $n`), and because Apollo caches validation
 * per document text, which would hide a variable-dependent cost.
 */
export function queryLimitsPlugin(schema: GraphQLSchema, limits: QueryLimits): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation: (requestContext) =>
          // A throw inside the executor becomes the rejection Apollo turns into an error response.
          new Promise<void>((resolve) => {
            enforceQueryLimits(schema, limits, requestContext);
            resolve();
          }),
      });
    },
  };
}

type OperationContext = Pick<
  GraphQLRequestContextDidResolveOperation<BaseContext>,
  'document' | 'operation' | 'operationName' | 'request'
>;

/** Throws a client error (code QUERY_TOO_DEEP, QUERY_TOO_COMPLEX or BAD_USER_INPUT) when the operation is over a limit. */
function enforceQueryLimits(
  schema: GraphQLSchema,
  limits: QueryLimits,
  { document, operation, operationName, request }: OperationContext,
): void {
  // Apollo has already rejected a request whose operation it could not pick.
  if (!operation) return;
  const depth = operationDepth(document, operation);
  if (depth > limits.maxDepth) {
    throw limitError(
      ServerErrorCode.QUERY_TOO_DEEP,
      `Query depth ${depth} exceeds the maximum of ${limits.maxDepth}; ask for fewer nested levels.`,
    );
  }

  let cost: number;
  try {
    cost = getComplexity({
      schema,
      query: document,
      variables: request.variables ?? {},
      ...(operationName ? { operationName } : {}),
      estimators: [fieldExtensionsEstimator(), listSizeEstimator(), simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch (err) {
    // getComplexity re-coerces variables; Apollo reports bad ones itself with more detail,
    // so a failure here is passed on as the client's input problem, not a server fault.
    throw new GraphQLError(err instanceof Error ? err.message : String(err), {
      extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
    });
  }
  if (cost > limits.maxComplexity) {
    throw limitError(
      ServerErrorCode.QUERY_TOO_COMPLEX,
      `Query cost ${cost} exceeds the maximum of ${limits.maxComplexity}; ask for fewer fields or smaller limits.`,
    );
  }
}

function limitError(code: ServerErrorCode, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}

/** Depth of the operation that will run, following fragment spreads (validation already ruled out cycles). */
export function operationDepth(document: DocumentNode, operation: OperationDefinitionNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  }

  const depthOf = (selectionSet: SelectionSetNode, seen: ReadonlySet<string>): number => {
    let max = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        // Introspection (GraphiQL's schema fetch nests `ofType` ~9 deep) is bounded by the schema itself.
        if (selection.name.value.startsWith('__')) continue;
        const below = selection.selectionSet ? depthOf(selection.selectionSet, seen) : 0;
        max = Math.max(max, 1 + below);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        max = Math.max(max, depthOf(selection.selectionSet, seen));
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || seen.has(name)) continue;
        max = Math.max(max, depthOf(fragment.selectionSet, new Set([...seen, name])));
      }
    }
    return max;
  };

  return depthOf(operation.selectionSet, new Set());
}
