/** Public surface of the HTTP layer; src/index.ts wires it (see createServer's TSDoc). */
export { createServer, GRAPHQL_PATH } from './create-server';
export type { ContextFactory, CreateServerOptions, GraphServer } from './create-server';
export { installShutdownHandlers } from './shutdown';
export type { ShutdownHandle, ShutdownOptions, SignalSource, Stoppable } from './shutdown';
export { ServerErrorCode, createFormatError } from './errors';
export { DEFAULT_QUERY_LIMITS, queryLimitsPlugin } from './query-limits.plugin';
export type { QueryLimits } from './query-limits.plugin';
export { silentLogger } from './logger';
export type { Logger } from './logger';
