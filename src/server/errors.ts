import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import { StoreQueryError, StoreUnavailableError } from '../store/port';
import type { Logger } from './logger';

/**
 * Public error codes this server puts in `extensions.code`, on top of Apollo's own
 * (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED, BAD_USER_INPUT, BAD_REQUEST…).
 * Clients may branch on these; renaming one is a breaking change.
 */
export enum ServerErrorCode {
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
  STORE_UNAVAILABLE = 'STORE_UNAVAILABLE',
  STORE_QUERY_FAILED = 'STORE_QUERY_FAILED',
  QUERY_TOO_DEEP = 'QUERY_TOO_DEEP',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
}

/** Shown instead of the real message of an unexpected error in production. */
export const GENERIC_INTERNAL_MESSAGE = 'Internal server error';
const GENERIC_STORE_UNAVAILABLE_MESSAGE = 'The database is unavailable; try again later.';
const GENERIC_STORE_QUERY_MESSAGE = 'The database could not answer this request.';

/**
 * Codes produced by Apollo's own request pipeline (parsing, validation, variable coercion).
 * Their messages are about the client's document, never about server internals.
 */
const PIPELINE_CODES = new Set<string>([
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApolloServerErrorCode.BAD_USER_INPUT,
  ApolloServerErrorCode.BAD_REQUEST,
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
]);

export interface FormatErrorOptions {
  /** Hide messages of unexpected errors and never send stack traces. */
  production: boolean;
  logger: Logger;
}

/**
 * Builds Apollo's `formatError`. The rule: an error is passed through only when someone
 * raised it on purpose for the client (a GraphQLError carrying a code, or a pipeline error);
 * store errors keep their code but, in production, lose their message, which may quote
 * Cypher or a host name; anything else becomes INTERNAL_SERVER_ERROR and is logged here,
 * once, with its stack, because the client will not see it.
 */
export function createFormatError(options: FormatErrorOptions) {
  const { production, logger } = options;

  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.['code'];
    if (typeof code === 'string' && PIPELINE_CODES.has(code)) return withoutStack(formatted, production);

    const original = unwrapResolverError(error);

    if (original instanceof StoreUnavailableError || original instanceof StoreQueryError) {
      logger.error({ err: original, path: formatted.path }, 'store error while resolving');
      const generic =
        original instanceof StoreUnavailableError
          ? GENERIC_STORE_UNAVAILABLE_MESSAGE
          : GENERIC_STORE_QUERY_MESSAGE;
      return rebuild(formatted, production ? generic : original.message, original.code, production);
    }

    if (original instanceof GraphQLError && isDeliberateCode(original.extensions['code'])) {
      return withoutStack(formatted, production);
    }

    logger.error({ err: original, path: formatted.path }, 'unexpected error while resolving');
    return rebuild(
      formatted,
      production ? GENERIC_INTERNAL_MESSAGE : formatted.message,
      ServerErrorCode.INTERNAL_SERVER_ERROR,
      production,
    );
  };
}

/** The code Apollo gives errors nobody coded on purpose; a string, to compare with codes read from errors. */
const INTERNAL_CODE: string = ServerErrorCode.INTERNAL_SERVER_ERROR;

function isDeliberateCode(code: unknown): code is string {
  return typeof code === 'string' && code !== '' && code !== INTERNAL_CODE;
}

/** Keeps only message, locations, path and code: other extensions may carry internals. */
function rebuild(
  formatted: GraphQLFormattedError,
  message: string,
  code: string,
  production: boolean,
): GraphQLFormattedError {
  const stacktrace = production ? undefined : formatted.extensions?.['stacktrace'];
  return {
    message,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code, ...(stacktrace ? { stacktrace } : {}) },
  };
}

function withoutStack(formatted: GraphQLFormattedError, production: boolean): GraphQLFormattedError {
  if (!production || !formatted.extensions || !('stacktrace' in formatted.extensions)) return formatted;
  const { stacktrace: _dropped, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}
