/**
 * The explorer's GraphQL operations, checked without a browser: they must be valid against
 * the real API (schema/schema.graphql) and against the tiny schema the browser test serves,
 * so a renamed field fails here with a message rather than as an empty side panel.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import {
  EXPLORER_GRAPH_QUERY,
  EXPLORER_NODE_QUERY,
  EXPLORER_SEARCH_QUERY,
} from '../../src/server/explorer.client';
import { ASSET_ROUTES } from '../../src/server/pages';
import { buildTestSchema } from './fixtures';
import { startTestServer, stopAll } from './harness';

const OPERATIONS = {
  graph: EXPLORER_GRAPH_QUERY,
  search: EXPLORER_SEARCH_QUERY,
  node: EXPLORER_NODE_QUERY,
};

afterAll(() => stopAll());

describe('explorer operations', () => {
  const realSchema = buildSchema(readFileSync(join(__dirname, '../../schema/schema.graphql'), 'utf8'));
  const testSchema = buildTestSchema();

  it.each(Object.entries(OPERATIONS))('%s is valid against the real schema', (_name, query) => {
    expect(validate(realSchema, parse(query)).map((e) => e.message)).toEqual([]);
  });

  it.each(Object.entries(OPERATIONS))('%s is valid against the browser test schema', (_name, query) => {
    expect(validate(testSchema, parse(query)).map((e) => e.message)).toEqual([]);
  });

  it('the served script embeds exactly these operations', async () => {
    const { url } = await startTestServer();
    const script = await (await fetch(new URL(ASSET_ROUTES.explorerJs, url))).text();
    for (const query of Object.values(OPERATIONS)) expect(script).toContain(JSON.stringify(query));
  });

  it('the page has the legend, filters and side panel the script fills in', async () => {
    const { url } = await startTestServer();
    const response = await fetch(`${url}/explorer`);
    const html = await response.text();
    for (const id of ['legend', 'edge-filters', 'details', 'results', 'graph', 'tooltip', 'layout', 'hide-unlinked']) {
      expect(html).toContain(`id="${id}"`);
    }
    // Still no inline script: config travels as inert JSON and the CSP forbids the rest.
    const scriptTags = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scriptTags.length).toBeGreaterThan(0);
    for (const tag of scriptTags) expect(tag).toMatch(/ src="\/assets\/| type="application\/json"/);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
  });
});
