import { getIntrospectionQuery } from 'graphql';
import { StoreUnavailableError } from '../../src/store/port';
import { FakeStore, SECRET_CYPHER } from './fixtures';
import { postGraphQL, referencedUrls, startTestServer, stopAll } from './harness';

afterEach(stopAll);

describe('POST /graphql', () => {
  it('answers a query', async () => {
    const { url } = await startTestServer();
    const { status, body } = await postGraphQL(url, 'query($n: String) { hello(name: $n) }', { n: 'Idlib' });
    expect(status).toBe(200);
    expect(body).toEqual({ data: { hello: 'hello Idlib' } });
  });

  it('hands the express request to the context factory', async () => {
    const { url } = await startTestServer({
      context: ({ req }) => ({ user: req.headers['x-user'] }),
    });
    const { body } = await postGraphQL(url, '{ whoami }', undefined, { 'x-user': 'analyst' });
    expect(body.data).toEqual({ whoami: 'analyst' });
  });

  it('serves GraphiQL its introspection query within the default limits', async () => {
    const { url } = await startTestServer();
    const { status, body } = await postGraphQL(url, getIntrospectionQuery());
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data).toHaveProperty('__schema');
  });

  it('keeps GET /graphql a GraphQL request for programs (with Apollo CSRF rules)', async () => {
    const { url } = await startTestServer();
    const plain = await fetch(`${url}/graphql?query=${encodeURIComponent('{ hello }')}`);
    expect(plain.status).toBe(400); // blocked as potential CSRF: Apollo's behaviour, kept
    expect(plain.headers.get('content-type')).toMatch(/json/);

    const preflighted = await fetch(`${url}/graphql?query=${encodeURIComponent('{ hello }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(preflighted.status).toBe(200);
    expect(await preflighted.json()).toEqual({ data: { hello: 'hello world' } });
  });

  it('answers a body that is not JSON with a 4xx, not a 500', async () => {
    const { url } = await startTestServer();
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{not json',
    });
    expect(response.status).toBe(400);
    expect(await response.text()).not.toMatch(/at .*\.js:\d+/);
  });

  it('says 404 in JSON for unknown paths', async () => {
    const { url } = await startTestServer();
    const response = await fetch(`${url}/nope`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'not found' });
  });
});

describe('playground', () => {
  it('serves an HTML page whose assets are all local and all served', async () => {
    const { url } = await startTestServer();
    const response = await fetch(`${url}/playground`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await response.text();

    // No absolute or protocol-relative URL at all: the page must work with no internet.
    expect(html).not.toMatch(/https?:\/\//i);
    const refs = referencedUrls(html);
    expect(refs.some((r) => r.includes('graphiql') && r.endsWith('.js'))).toBe(true);
    expect(refs.some((r) => r.endsWith('.css'))).toBe(true);
    expect(refs.some((r) => r.includes('react-dom'))).toBe(true);

    for (const ref of refs) {
      expect(ref.startsWith('/') && !ref.startsWith('//')).toBe(true);
      const asset = await fetch(new URL(ref, url));
      expect({ ref, status: asset.status }).toEqual({ ref, status: 200 });
      const type = asset.headers.get('content-type') ?? '';
      if (ref.endsWith('.js')) expect(type).toMatch(/^(application|text)\/javascript/);
      else if (ref.endsWith('.css')) expect(type).toMatch(/^text\/css/);
      expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(100);
    }
  });

  it('serves the same page for GET /graphql from a browser', async () => {
    const { url } = await startTestServer();
    const browserAccept = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
    const fromBrowser = await fetch(`${url}/graphql`, { headers: { accept: browserAccept } });
    expect(fromBrowser.status).toBe(200);
    expect(fromBrowser.headers.get('content-type')).toMatch(/^text\/html/);
    const playground = await (await fetch(`${url}/playground`)).text();
    expect(await fromBrowser.text()).toBe(playground);
  });

  it('preloads the example operations, one tab each, with their variables', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'examples-'));
    writeFileSync(
      join(dir, 'examples.graphql'),
      '# Who said hello </script><script>alert(1)</script>\nquery Hello($name: String) { hello(name: $name) }\n\nquery Nested { nested { value } }\n',
    );
    writeFileSync(join(dir, 'examples.variables.json'), JSON.stringify({ Hello: { name: 'Jabala' } }));
    const { url } = await startTestServer({ examplesPath: join(dir, 'examples.graphql') });
    const html = await (await fetch(`${url}/playground`)).text();

    // A comment in the examples must not be able to close the config <script> element.
    expect(html).not.toContain('<script>alert(1)');
    const json = /<script id="playground-config" type="application\/json">(.*?)<\/script>/s.exec(html)?.[1];
    expect(json).toBeDefined();
    const config = JSON.parse(json!) as { endpoint: string; tabs: Array<{ query: string; variables?: string }> };
    expect(config.endpoint).toBe('/graphql');
    expect(config.tabs).toHaveLength(2);
    expect(config.tabs[0]!.query).toContain('# Who said hello');
    expect(config.tabs[0]!.query).toContain('query Hello');
    expect(JSON.parse(config.tabs[0]!.variables!)).toEqual({ name: 'Jabala' });
    expect(config.tabs[1]!.query).toContain('query Nested');
    expect(config.tabs[1]!.variables).toBeUndefined();
  });
});

describe('explorer', () => {
  it('serves a page with local cytoscape and its script', async () => {
    const { url } = await startTestServer();
    const response = await fetch(`${url}/explorer`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).not.toMatch(/https?:\/\//i);
    const refs = referencedUrls(html).filter((r) => r.endsWith('.js'));
    expect(refs.some((r) => r.includes('cytoscape'))).toBe(true);
    for (const ref of refs) {
      const asset = await fetch(new URL(ref, url));
      expect(asset.status).toBe(200);
      expect(asset.headers.get('content-type')).toMatch(/javascript/);
    }
    const script = await (await fetch(new URL('/assets/explorer.js', url))).text();
    // The two queries the page depends on, as the brief names them.
    expect(script).toMatch(/graph\(center: \$center, depth: \$depth, limit: \$limit\)/);
    expect(script).toMatch(/search\(text: \$text\)/);
  });
});

describe('health', () => {
  it('/healthz says ok without touching the store', async () => {
    const store = new FakeStore();
    store.verifyError = new StoreUnavailableError('down');
    const { url } = await startTestServer({ store });
    const response = await fetch(`${url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('/readyz is 200 when the store verifies', async () => {
    const { url } = await startTestServer();
    const response = await fetch(`${url}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', store: 'embedded' });
  });

  it('/readyz is 503 with the reason when verify() throws', async () => {
    const store = new FakeStore();
    store.verifyError = new StoreUnavailableError('cannot open data/kg.grafeo: locked by another process');
    const { url } = await startTestServer({ store });
    const response = await fetch(`${url}/readyz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      status: 'unavailable',
      reason: 'cannot open data/kg.grafeo: locked by another process',
    });
  });

  it('/readyz hides the text of an unexpected error in production', async () => {
    const store = new FakeStore();
    store.verifyError = new Error(`boom in ${SECRET_CYPHER}`);
    const { url } = await startTestServer({ store });
    const response = await fetch(`${url}/readyz`);
    expect(response.status).toBe(503);
    expect(await response.text()).not.toContain('MATCH');
  });

  it('/readyz is 503 when verify() hangs', async () => {
    const store = new FakeStore();
    store.verifyDelayMs = 2_000;
    const { url } = await startTestServer({ store, readinessTimeoutMs: 100 });
    const started = Date.now();
    const response = await fetch(`${url}/readyz`);
    expect(response.status).toBe(503);
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(((await response.json()) as { reason: string }).reason).toMatch(/did not answer within 100 ms/);
  });
});

describe('error normalisation', () => {
  it('production: an unexpected error becomes INTERNAL_SERVER_ERROR with a generic message and is logged', async () => {
    const { url, logger } = await startTestServer({ production: true });
    const { status, body, text } = await postGraphQL(url, '{ hello boom }');
    expect(status).toBe(200); // partial data: the other field still resolves
    expect(body.data).toEqual({ hello: 'hello world', boom: null });
    expect(body.errors).toEqual([
      {
        message: 'Internal server error',
        locations: [{ line: 1, column: 9 }],
        path: ['boom'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
    ]);
    expect(text).not.toContain('MATCH');
    expect(text).not.toContain('stacktrace');
    expect(logger.lines.some(([level, meta]) => level === 'error' && String((meta as { err?: Error }).err?.message).includes('MATCH'))).toBe(true);
  });

  it('production: domain errors keep their code and message', async () => {
    const { url } = await startTestServer({ production: true });
    const { body } = await postGraphQL(url, '{ notFound }');
    expect(body.errors?.[0]).toMatchObject({
      message: 'No actor with id "actor:nobody"',
      extensions: { code: 'NOT_FOUND' },
    });
    expect(body.errors?.[0]?.extensions).not.toHaveProperty('stacktrace');
  });

  it('production: store errors keep their code but not their text', async () => {
    const { url } = await startTestServer({ production: true });
    const { body, text } = await postGraphQL(url, '{ storeDown storeQuery }');
    const codes = body.errors?.map((e) => e.extensions?.['code']).sort();
    expect(codes).toEqual(['STORE_QUERY_FAILED', 'STORE_UNAVAILABLE']);
    expect(text).not.toContain('db.internal');
    expect(text).not.toContain('MATCH');
  });

  it('production: client mistakes keep their codes', async () => {
    const { url } = await startTestServer({ production: true });
    const parse = await postGraphQL(url, '{ hello');
    expect(parse.status).toBe(400);
    expect(parse.body.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_PARSE_FAILED');
    const invalid = await postGraphQL(url, '{ nosuchfield }');
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    const badVariable = await postGraphQL(url, 'query($ms: Int!) { slow(ms: $ms) }', { ms: 'soon' });
    expect(badVariable.status).toBe(400);
    expect(badVariable.body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('development: the real message and a stack trace help the developer', async () => {
    const { url } = await startTestServer({ production: false });
    const { body } = await postGraphQL(url, '{ boom }');
    expect(body.errors?.[0]?.message).toContain('driver exploded');
    expect(body.errors?.[0]?.extensions?.['code']).toBe('INTERNAL_SERVER_ERROR');
    expect(body.errors?.[0]?.extensions?.['stacktrace']).toBeDefined();
  });
});

describe('query limits', () => {
  it('rejects an operation nested deeper than maxDepth, fragments included', async () => {
    const { url } = await startTestServer({ limits: { maxDepth: 3 } });
    const ok = await postGraphQL(url, '{ nested { child { value } } }');
    expect(ok.body.errors).toBeUndefined();
    const deep = await postGraphQL(
      url,
      'query { nested { ...F } } fragment F on Nested { child { child { value } } }',
    );
    expect(deep.status).toBe(400);
    expect(deep.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/depth 4 exceeds the maximum of 3/),
      extensions: { code: 'QUERY_TOO_DEEP' },
    });
    expect(deep.body.data).toBeUndefined();
  });

  it('rejects an operation costing more than maxComplexity, using field prices from the schema', async () => {
    const { url } = await startTestServer({ limits: { maxComplexity: 100 } });
    const cheap = await postGraphQL(url, '{ hello nested { value } }');
    expect(cheap.body.errors).toBeUndefined();
    const costly = await postGraphQL(url, '{ pricey }');
    expect(costly.status).toBe(400);
    expect(costly.body.errors?.[0]?.extensions?.['code']).toBe('QUERY_TOO_COMPLEX');
  });
});
