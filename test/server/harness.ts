import type { CreateServerOptions, GraphServer } from '../../src/server';
import { createServer } from '../../src/server';
import { buildTestSchema, FakeStore, recordingLogger } from './fixtures';

export interface Running {
  url: string;
  server: GraphServer;
  store: FakeStore;
  logger: ReturnType<typeof recordingLogger>;
}

const running: GraphServer[] = [];

/** Starts a server on an ephemeral port with the test schema; stopped by {@link stopAll}. */
export async function startTestServer(overrides: Partial<CreateServerOptions> = {}): Promise<Running> {
  const store = (overrides.store as FakeStore | undefined) ?? new FakeStore();
  const logger = recordingLogger();
  const server = createServer({
    schema: buildTestSchema(),
    context: () => ({}),
    store,
    logger,
    // No examples unless a test asks: keeps the tests independent of schema/examples.graphql.
    examplesPath: '/nonexistent/examples.graphql',
    production: true,
    ...overrides,
  });
  running.push(server);
  const { url } = await server.start(0, '127.0.0.1');
  return { url, server, store, logger };
}

export async function stopAll(): Promise<void> {
  await Promise.all(running.splice(0).map((s) => s.stop()));
}

export interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; path?: unknown; extensions?: Record<string, unknown> }>;
}

export async function postGraphQL(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: GraphQLBody; text: string }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as GraphQLBody, text };
}

/** Every src/href attribute value in an HTML page. */
export function referencedUrls(html: string): string[] {
  return [...html.matchAll(/\b(?:src|href)\s*=\s*["']([^"']+)["']/gi)].map((m) => m[1]!);
}
