import { createServer as createHttpServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, dirname, resolve } from 'node:path';
import { ApolloServer } from '@apollo/server';
import type { BaseContext } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { Express, NextFunction, Request, RequestHandler, Response } from 'express';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Store } from '../store/port';
import { createFormatError } from './errors';
import { loadPlaygroundTabs } from './examples';
import { createHealthRouter } from './health';
import type { Logger } from './logger';
import { createPagesRouter } from './pages';
import type { QueryLimits } from './query-limits.plugin';
import { DEFAULT_QUERY_LIMITS, queryLimitsPlugin } from './query-limits.plugin';

/**
 * Builds the per-request GraphQL context. Receives the express request so that auth
 * (a bearer token for a future `ingestArticle`) can be added without changing this module;
 * a factory that takes no arguments fits too.
 */
export type ContextFactory = (args: { req: Request }) => object | Promise<object>;

export interface CreateServerOptions {
  schema: GraphQLSchema;
  context: ContextFactory;
  /** Only used by `/readyz`; closing it is the shutdown handler's job, not the server's. */
  store: Store;
  /** Default: console. Unexpected errors are logged here with their stack. */
  logger?: Logger;
  /**
   * Example operations for the playground's tabs. Default: `schema/examples.graphql` under the
   * working directory. Read once, at start-up; a missing file is not an error.
   */
  examplesPath?: string;
  /** Default: `examples.variables.json` next to the examples file. */
  examplesVariablesPath?: string;
  /**
   * Hide unexpected error messages and stack traces. Default false; src/config.ts sets it from NODE_ENV
   * (the bootstrap passes it).
   */
  production?: boolean;
  limits?: Partial<QueryLimits>;
  /** Largest accepted request body (express.json syntax). Leaves room for an article's text. */
  bodyLimit?: string;
  /** How long in-flight requests may run once shutdown starts before their sockets are cut. */
  stopGracePeriodMillis?: number;
  /** What the explorer searches for when opened without `?center=`. */
  explorerDefaultSearch?: string;
  /** `/readyz` gives up on `store.verify()` after this long (default 3000 ms). */
  readinessTimeoutMs?: number;
}

export interface GraphServer {
  /** The express app, for tests or to mount more routes before `start`. */
  readonly app: Express;
  readonly httpServer: Server;
  readonly apollo: ApolloServer<BaseContext>;
  /**
   * Starts Apollo (schema checks, plugins), then listens; port 0 picks a free port.
   * Resolves with the base URL (no trailing slash). Call once.
   */
  start(port: number, host?: string): Promise<{ url: string }>;
  /**
   * Stops accepting connections, lets in-flight requests finish (up to the grace period),
   * then stops Apollo. Idempotent. Does not close the store.
   */
  stop(): Promise<void>;
  /** True from the moment `stop` is called: `/readyz` answers 503 from then on. */
  readonly draining: boolean;
}

export const GRAPHQL_PATH = '/graphql';

/**
 * Creates Apollo and the express app; nothing listens and Apollo is not started until
 * `start`. Synchronous so the bootstrap reads as config → store → schema → server.
 *
 * Routes: POST/GET /graphql, GET /playground, GET /explorer, GET /healthz, GET /readyz,
 * GET /assets/** (the pages' scripts and styles, all local).
 */
export function createServer(options: CreateServerOptions): GraphServer {
  // console by default: a forgotten logger must not make unexpected errors vanish.
  const logger = options.logger ?? console;
  const production = options.production ?? false;
  const limits: QueryLimits = { ...DEFAULT_QUERY_LIMITS, ...options.limits };

  const app = express();
  // Nothing in responses needs to say which framework answered.
  app.disable('x-powered-by');
  const httpServer = createHttpServer(app);
  let draining = false;
  let graphqlHandler: RequestHandler | undefined;

  const apollo = new ApolloServer<BaseContext>({
    schema: options.schema,
    // The playground needs introspection, and the schema is public anyway (committed in schema/).
    introspection: true,
    includeStacktraceInErrorResponses: !production,
    formatError: createFormatError({ production, logger }),
    plugins: [
      // Apollo's default landing page loads from a CDN: blank offline, so ours replaces it.
      ApolloServerPluginLandingPageDisabled(),
      // Closes the listening socket and waits for in-flight requests before Apollo stops.
      ApolloServerPluginDrainHttpServer({
        httpServer,
        stopGracePeriodMillis: options.stopGracePeriodMillis ?? 10_000,
      }),
      queryLimitsPlugin(options.schema, limits),
    ],
  });

  const examplesPath = options.examplesPath ?? resolve('schema', 'examples.graphql');
  const variablesPath =
    options.examplesVariablesPath ?? join(dirname(examplesPath), 'examples.variables.json');
  const tabs = loadPlaygroundTabs(examplesPath, variablesPath, logger);
  const pages = createPagesRouter({
    endpoint: GRAPHQL_PATH,
    tabs,
    ...(options.explorerDefaultSearch !== undefined
      ? { explorerDefaultSearch: options.explorerDefaultSearch }
      : {}),
  });

  app.use(
    createHealthRouter({
      store: options.store,
      logger,
      production,
      isDraining: () => draining,
      ...(options.readinessTimeoutMs !== undefined ? { verifyTimeoutMs: options.readinessTimeoutMs } : {}),
    }),
  );
  app.use(pages.router);

  // A person who opens the endpoint in a browser gets the playground; programs (fetch,
  // curl, Apollo clients) do not prefer HTML and reach Apollo unchanged.
  app.get(GRAPHQL_PATH, (req: Request, res: Response, next: NextFunction) => {
    if (req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html') {
      pages.sendPlayground(res);
      return;
    }
    next();
  });

  app.use(
    GRAPHQL_PATH,
    express.json({ limit: options.bodyLimit ?? '1mb' }),
    // body-parser 2 leaves req.body unset for GET and non-JSON bodies, and the integration
    // answers 500 to that; an explicit undefined lets Apollo reply with its own 400 instead.
    (req: Request, _res: Response, next: NextFunction) => {
      if (!('body' in req)) (req as { body?: unknown }).body = undefined;
      next();
    },
    // expressMiddleware may only be built once Apollo has started, which `start` does.
    (req: Request, res: Response, next: NextFunction) => {
      if (!graphqlHandler) {
        res.status(503).json({ error: 'GraphQL is not started yet' });
        return undefined;
      }
      // Returned so express 5 routes a rejection to the error handler below.
      return graphqlHandler(req, res, next);
    },
  );

  app.use((_req: Request, res: Response) => {
    res.status(404).json({ error: 'not found' });
  });
  // express's default handler prints the stack in development and HTML always; callers of a
  // JSON API get JSON, and the details go to the log.
  app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const status = httpStatusOf(err);
    if (status >= 500) logger.error({ err }, 'unhandled error in HTTP layer');
    if (res.headersSent) {
      res.end();
      return;
    }
    res.status(status).json({
      error: status >= 500 && production ? 'internal server error' : errorMessage(err),
    });
  });

  // Once shutdown starts, ask keep-alive clients to reconnect elsewhere.
  httpServer.on('request', (_req, res) => {
    if (draining) res.setHeader('Connection', 'close');
  });

  let started = false;
  let stopping: Promise<void> | undefined;
  return {
    app,
    httpServer,
    apollo,
    get draining() {
      return draining;
    },
    async start(port: number, host?: string) {
      if (started) throw new Error('server already started');
      started = true;
      await apollo.start();
      graphqlHandler = expressMiddleware(apollo, {
        context: ({ req }) => Promise.resolve(options.context({ req })),
      });
      return new Promise<{ url: string }>((resolveStart, rejectStart) => {
        const onError = (err: Error): void => rejectStart(err);
        httpServer.once('error', onError);
        httpServer.listen(port, host, () => {
          httpServer.off('error', onError);
          const address = httpServer.address() as AddressInfo;
          const shownHost =
            address.family === 'IPv6' ? `[${address.address}]` : address.address;
          const url = `http://${shownHost === '0.0.0.0' || shownHost === '[::]' ? 'localhost' : shownHost}:${address.port}`;
          logger.info({ url }, 'server listening');
          resolveStart({ url });
        });
      });
    },
    stop() {
      draining = true;
      // apollo.stop() runs the drain plugin first (close the port, finish in-flight work).
      // Never started: there is no port to close and Apollo refuses to stop what did not start.
      stopping ??= started ? apollo.stop() : Promise.resolve();
      return stopping;
    },
  };
}

function httpStatusOf(err: unknown): number {
  if (typeof err === 'object' && err !== null) {
    const status = (err as { status?: unknown; statusCode?: unknown }).status ?? (err as { statusCode?: unknown }).statusCode;
    if (typeof status === 'number' && status >= 400 && status < 600) return status;
  }
  return 500;
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
