/**
 * The playground and explorer in a real browser: Debian's chromium driven by playwright-core
 * (`npx playwright install` cannot download here). Skips, saying why, when chromium or
 * playwright-core is missing, so `npm test` stays green on machines without a browser.
 * Screenshots land in /tmp (playground.png, explorer.png) for a human to look at.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestServer, stopAll } from '../server/harness';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// The few playwright-core calls used here, typed locally so this file compiles (and the
// test can skip) before playwright-core is installed.
interface Page {
  goto(url: string): Promise<unknown>;
  waitForSelector(selector: string, options?: { timeout?: number }): Promise<unknown>;
  evaluate<T>(expression: string): Promise<T>;
  click(selector: string): Promise<void>;
  fill(selector: string, value: string): Promise<void>;
  screenshot(options: { path: string; fullPage?: boolean }): Promise<unknown>;
  url(): string;
  mouse: { click(x: number, y: number): Promise<void>; dblclick(x: number, y: number): Promise<void> };
  on(event: 'request', listener: (request: { url(): string }) => void): void;
  on(event: 'console', listener: (message: { type(): string; text(): string }) => void): void;
  on(event: 'pageerror', listener: (error: Error) => void): void;
  close(): Promise<void>;
}
interface BrowserContext {
  newPage(): Promise<Page>;
  close(): Promise<void>;
}
interface PlaywrightCore {
  chromium: {
    launchPersistentContext(
      userDataDir: string,
      options: { executablePath: string; headless: boolean; args: string[]; viewport?: { width: number; height: number } },
    ): Promise<BrowserContext>;
  };
}

/**
 * Polls an expression from Node. Playwright's own waitForFunction evaluates its predicate
 * with eval inside the page, which the pages' CSP (rightly) forbids; page.evaluate goes
 * through the DevTools protocol and is not subject to it.
 */
async function waitUntil(page: Page, expression: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await page.evaluate<boolean>(`Boolean(${expression})`).catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for: ${expression}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function loadPlaywright(): PlaywrightCore | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('playwright-core') as PlaywrightCore;
  } catch {
    return undefined;
  }
}

const playwright = loadPlaywright();
const skipReason = !existsSync(CHROMIUM)
  ? `${CHROMIUM} is absent (apt-get install -y chromium)`
  : !playwright
    ? 'playwright-core is not installed (npm i -D playwright-core)'
    : undefined;

if (skipReason) {
  // Said once on stderr as well: Jest's summary alone only counts skipped tests.
  process.stderr.write(`\nbrowser tests skipped: ${skipReason}\n`);
  describe('playground and explorer in a browser', () => {
    it.skip(`SKIPPED: ${skipReason}`, () => undefined);
  });
} else {
  describe('playground and explorer in a browser', () => {
    jest.setTimeout(90_000);
    let context: BrowserContext;
    let userDataDir: string;
    let url: string;
    let origin: string;

    beforeAll(async () => {
      const examplesDir = mkdtempSync(join(tmpdir(), 'browser-examples-'));
      writeFileSync(join(examplesDir, 'examples.graphql'), '# Say hello\nquery Hello($name: String) {\n  hello(name: $name)\n}\n');
      writeFileSync(join(examplesDir, 'examples.variables.json'), JSON.stringify({ name: 'Idlib' }));
      ({ url } = await startTestServer({
        examplesPath: join(examplesDir, 'examples.graphql'),
        explorerDefaultSearch: 'Idlib',
      }));
      origin = new URL(url).origin;
      userDataDir = mkdtempSync(join(tmpdir(), 'chromium-profile-'));
      context = await playwright!.chromium.launchPersistentContext(userDataDir, {
        executablePath: CHROMIUM,
        headless: true,
        args: CHROMIUM_ARGS,
        viewport: { width: 1280, height: 800 },
      });
    });

    afterAll(async () => {
      await context?.close();
      await stopAll();
      if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    });

    /** Opens a page that records every request and every console error or uncaught exception. */
    async function openPage() {
      const page = await context.newPage();
      const requests: string[] = [];
      const problems: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      return { page, requests, problems };
    }

    function foreign(requests: string[]): string[] {
      return requests.filter((r) => !r.startsWith(`${origin}/`) && !r.startsWith('data:'));
    }

    it('GraphiQL renders from local assets, opens the examples and runs a query', async () => {
      const { page, requests, problems } = await openPage();
      await page.goto(`${url}/playground`);
      await page.waitForSelector('.graphiql-container .graphiql-query-editor .CodeMirror', { timeout: 30_000 });
      // The example file's operation is the first tab's query.
      await waitUntil(
        page,
        "document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.getValue().includes('query Hello')",
      );
      // ...and its variables from examples.variables.json.
      await waitUntil(
        page,
        "document.querySelector('.graphiql-editor-tool .CodeMirror').CodeMirror.getValue().includes('Idlib')",
      );
      await page.click('.graphiql-execute-button');
      await waitUntil(
        page,
        "document.querySelector('.graphiql-response .CodeMirror')?.CodeMirror?.getValue().includes('hello Idlib')",
      );
      await page.screenshot({ path: '/tmp/playground.png' });
      expect(foreign(requests)).toEqual([]);
      // A CSP violation (an inline script, a CDN) would show up here as a console error.
      expect(problems).toEqual([]);
      await page.close();
    });

    it('GET /graphql from the browser shows the playground too', async () => {
      const { page } = await openPage();
      await page.goto(`${url}/graphql`);
      await page.waitForSelector('.graphiql-container .CodeMirror', { timeout: 30_000 });
      await page.close();
    });

    it('the explorer draws the graph with a legend, selects on click and recentres on double-click', async () => {
      const { page, requests, problems } = await openPage();
      await page.goto(`${url}/explorer`);
      await page.waitForSelector('body[data-state="ready"]', { timeout: 30_000 });
      expect(await page.evaluate<number>('window.explorer.cy.nodes().length')).toBe(5);
      expect(await page.evaluate<number>('window.explorer.cy.edges().length')).toBe(4);
      expect(await page.evaluate<string>("window.explorer.cy.$('node.center').id()")).toBe('place:idlib');
      // MENTIONS is hidden by default, but never the centre's own links: all four spokes are drawn.
      expect(await page.evaluate<number>("window.explorer.cy.elements(':visible').length")).toBe(9);
      expect(
        await page.evaluate<boolean>(
          "document.querySelector('#edge-filters label[data-type=\"MENTIONS\"] input').checked",
        ),
      ).toBe(false);
      // The search hit list is clickable too.
      expect(await page.evaluate<number>("document.querySelectorAll('#results button').length")).toBe(1);
      // The legend names every node type with its count and shape.
      const legend = await page.evaluate<string[]>(
        "[...document.querySelectorAll('#legend label.filter')].map((l) => l.dataset.type + ' ' + l.querySelector('.count').textContent)",
      );
      expect(legend).toEqual(['Actor 2', 'Place 1', 'Incident 2', 'Statement 0', 'Article 0']);
      expect(await page.evaluate<number>("document.querySelectorAll('#legend svg.swatch').length")).toBe(5);
      // The side panel opens on the centre, with what node(id) says about it.
      await waitUntil(page, "document.querySelector('#details').textContent.includes('City')");
      expect(await page.evaluate<string>("document.getElementById('details').dataset.node")).toBe('place:idlib');
      await page.screenshot({ path: '/tmp/explorer.png' });

      const pointOf = (id: string) =>
        page.evaluate<{ x: number; y: number }>(
          `(() => { const p = window.explorer.cy.$id(${JSON.stringify(id)}).renderedPosition();
            const box = document.getElementById('graph').getBoundingClientRect();
            return { x: box.left + p.x, y: box.top + p.y }; })()`,
        );

      // A click selects a spoke where cytoscape drew it: details in the panel, same centre.
      const target = 'place:idlib/n0';
      let point = await pointOf(target);
      await page.mouse.click(point.x, point.y);
      await waitUntil(page, `document.getElementById('details').dataset.node === ${JSON.stringify(target)}`);
      await waitUntil(page, "document.querySelector('#details').textContent.includes('Monitor')");
      expect(await page.evaluate<string[]>("window.explorer.cy.$(':selected').map((n) => n.id())")).toEqual([target]);
      expect(await page.evaluate<string>("window.explorer.cy.$('node.center').id()")).toBe('place:idlib');
      expect(await page.evaluate<string>("document.querySelector('#details').textContent")).toContain('Alias 0');
      // ...and its "Centre here" button reloads the graph around it.
      await page.click('#centre-here');
      await waitUntil(
        page,
        `window.explorer.cy.$('node.center').id() === ${JSON.stringify(target)} && document.body.dataset.state === 'ready'`,
      );
      expect(new URL(page.url()).searchParams.get('center')).toBe(target);
      expect(await page.evaluate<number>('window.explorer.cy.nodes().length')).toBe(5);

      // A double-click recentres directly.
      const next = `${target}/n1`;
      point = await pointOf(next);
      await page.mouse.dblclick(point.x, point.y);
      await waitUntil(
        page,
        `window.explorer.cy.$('node.center').id() === ${JSON.stringify(next)} && document.body.dataset.state === 'ready'`,
      );
      expect(new URL(page.url()).searchParams.get('center')).toBe(next);

      // Unticking a node type in the legend hides those nodes (never the centre), ticking brings them back.
      // Let the side panel settle on the new centre first, and click the whole label (what a user aims
      // at) rather than the 13-pixel box, so a late reflow cannot make the click miss.
      await waitUntil(
        page,
        `document.getElementById('details').dataset.node === ${JSON.stringify(next)} &&
          !document.getElementById('details').textContent.includes('Loading details')`,
      );
      const visible = "window.explorer.cy.nodes(':visible').length";
      await page.click('#legend label[data-type="Actor"]');
      await waitUntil(page, `${visible} === 3`, 5_000);
      expect(await page.evaluate<boolean>('document.querySelector(\'#legend label[data-type="Actor"] input\').checked')).toBe(false);
      await page.click('#legend label[data-type="Actor"]');
      await waitUntil(page, `${visible} === 5`, 5_000);
      expect(foreign(requests)).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    });
  });
}
