/**
 * The GraphQL schema (type-graphql) and the per-request context. The HTTP server imports exactly
 * these two: `buildGraphQLSchema()` once at start-up, `createContext(store)` per request.
 */
import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { ActorResolver } from './actor/actor.resolver';
import { ArticleResolver } from './article/article.resolver';
import { NodeResolver } from './common/node.resolver';
import { GraphViewResolver } from './graph-view/graph-view.resolver';
import { CasualtyFigureResolver, IncidentResolver } from './incident/incident.resolver';
import { PlaceResolver } from './place/place.resolver';
import { SearchResolver } from './search/search.resolver';
import { ContradictionResolver, EvidenceResolver, StatementResolver } from './statement/statement.resolver';
import { StatsResolver } from './stats/stats.resolver';

export { createContext, type GraphContext } from './context';
export { ErrorCode } from './common/errors';

/** Every resolver class of the API. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const RESOLVERS: NonEmptyArray<Function> = [
  NodeResolver,
  ArticleResolver,
  ActorResolver,
  PlaceResolver,
  IncidentResolver,
  CasualtyFigureResolver,
  StatementResolver,
  EvidenceResolver,
  ContradictionResolver,
  SearchResolver,
  GraphViewResolver,
  StatsResolver,
];

let built: Promise<GraphQLSchema> | undefined;

/**
 * Builds the executable schema. Cached: type-graphql keeps its metadata globally, so building once
 * per process is both cheaper and safer.
 */
export function buildGraphQLSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: RESOLVERS,
    // Inputs are validated by hand (messages name field, expectation and value); no class-validator.
    validate: false,
  });
  return built;
}
