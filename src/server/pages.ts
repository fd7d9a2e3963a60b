import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Request, Response, Router } from 'express';
import express from 'express';
import { EXPLORER_CLIENT_JS } from './explorer.client';
import type { PlaygroundTab } from './examples';
import { PLAYGROUND_CLIENT_JS } from './playground.client';

/**
 * The playground and explorer pages. Everything they load comes from this server: the
 * vendor builds straight out of node_modules, our own scripts from strings. Apollo's
 * landing page pulls its app from a CDN and is blank without internet; this one is not.
 */

/** A file from an installed package, located through Node's resolver so hoisting or workspaces do not matter. */
interface VendorAsset {
  route: string;
  file: string;
}

/** Resolves a file inside a package even when the package's `exports` hides its package.json. */
function packageFile(specifier: string, relative: string): string {
  return join(dirname(require.resolve(specifier)), relative);
}

/** Public URLs of every script and stylesheet the pages use. */
export const ASSET_ROUTES = {
  react: '/assets/vendor/react.production.min.js',
  reactDom: '/assets/vendor/react-dom.production.min.js',
  graphiqlJs: '/assets/vendor/graphiql.umd.js',
  graphiqlCss: '/assets/vendor/graphiql.css',
  cytoscape: '/assets/vendor/cytoscape.min.js',
  playgroundJs: '/assets/playground.js',
  explorerJs: '/assets/explorer.js',
} as const;

function vendorAssets(): VendorAsset[] {
  const assets: VendorAsset[] = [
    { route: ASSET_ROUTES.react, file: packageFile('react/package.json', 'umd/react.production.min.js') },
    {
      route: ASSET_ROUTES.reactDom,
      file: packageFile('react-dom/package.json', 'umd/react-dom.production.min.js'),
    },
    { route: ASSET_ROUTES.graphiqlJs, file: packageFile('graphiql/package.json', 'dist/index.umd.js') },
    { route: ASSET_ROUTES.graphiqlCss, file: require.resolve('graphiql/style.css') },
    { route: ASSET_ROUTES.cytoscape, file: require.resolve('cytoscape/dist/cytoscape.min.js') },
  ];
  // Fail at start-up with the file's name, not later with a blank page in someone's browser.
  for (const asset of assets) {
    if (!existsSync(asset.file)) {
      throw new Error(`Playground asset ${asset.file} is missing; reinstall dependencies (npm ci).`);
    }
  }
  return assets;
}

/**
 * Scripts only from this origin, no inline scripts (config travels as inert JSON), and
 * connections only back to this server: the pages cannot leak a query anywhere else.
 * Styles may be inline because GraphiQL and cytoscape set style attributes.
 */
export const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export interface PagesOptions {
  /** Path of the GraphQL endpoint as the browser should call it. */
  endpoint: string;
  tabs: PlaygroundTab[];
  /** What the explorer searches for when opened without `?center=`. */
  explorerDefaultSearch?: string;
}

export function createPagesRouter(options: PagesOptions): { router: Router; sendPlayground: (res: Response) => void } {
  const router = express.Router();
  const assetHeaders = (res: Response): void => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'public, max-age=3600');
  };

  for (const asset of vendorAssets()) {
    router.get(asset.route, (_req: Request, res: Response) => {
      assetHeaders(res);
      // sendFile picks Content-Type from the extension and handles ETag / If-None-Match.
      res.sendFile(asset.file);
    });
  }
  const inlineScripts: Array<[string, string]> = [
    [ASSET_ROUTES.playgroundJs, PLAYGROUND_CLIENT_JS],
    [ASSET_ROUTES.explorerJs, EXPLORER_CLIENT_JS],
  ];
  for (const [route, body] of inlineScripts) {
    router.get(route, (_req: Request, res: Response) => {
      assetHeaders(res);
      res.type('application/javascript').send(body);
    });
  }

  const playgroundHtml = renderPlaygroundHtml(options.endpoint, options.tabs);
  const explorerHtml = renderExplorerHtml(options.endpoint, options.explorerDefaultSearch ?? 'Idlib');
  const sendHtml = (res: Response, html: string): void => {
    res.setHeader('Content-Security-Policy', PAGE_CSP);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(html);
  };
  const sendPlayground = (res: Response): void => sendHtml(res, playgroundHtml);

  // Browsers ask for it on every page; a 404 there is noise in every console.
  router.get('/favicon.ico', (_req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'public, max-age=86400');
    res.status(204).end();
  });
  router.get('/playground', (_req: Request, res: Response) => sendPlayground(res));
  router.get('/explorer', (_req: Request, res: Response) => sendHtml(res, explorerHtml));

  return { router, sendPlayground };
}

/** JSON that is safe inside a <script> element: no `</script>` or `<!--` can close it early. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

function renderPlaygroundHtml(endpoint: string, tabs: PlaygroundTab[]): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Idlib claims graph: GraphQL playground</title>
<link rel="stylesheet" href="${ASSET_ROUTES.graphiqlCss}">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">Loading the playground...</div>
<script id="playground-config" type="application/json">${jsonForScript({ endpoint, tabs })}</script>
<script src="${ASSET_ROUTES.react}"></script>
<script src="${ASSET_ROUTES.reactDom}"></script>
<script src="${ASSET_ROUTES.graphiqlJs}"></script>
<script src="${ASSET_ROUTES.playgroundJs}"></script>
</body>
</html>
`;
}

function renderExplorerHtml(endpoint: string, defaultSearch: string): string {
  // Colours of the edge swatches match the canvas style in explorer.client.ts.
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Idlib claims graph: explorer</title>
<style>
  html, body { height: 100%; margin: 0; font: 14px/1.4 system-ui, sans-serif; color: #1a202c; }
  body { display: flex; flex-direction: column; }
  header { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; padding: 8px 12px; border-bottom: 1px solid #e2e8f0; }
  header h1 { font-size: 16px; margin: 0; }
  header form { display: flex; gap: 6px; align-items: center; }
  header input[type=number] { width: 4em; }
  #status { color: #4a5568; }
  #status.error { color: #c53030; }
  #toolbar { display: flex; flex-direction: column; gap: 2px; padding: 4px 12px; border-bottom: 1px solid #e2e8f0; font-size: 12px; background: #f7fafc; }
  .filter-row { display: flex; flex-wrap: wrap; gap: 4px 12px; align-items: center; }
  .row-title { font-weight: 600; min-width: 3.5em; color: #4a5568; }
  label.filter { display: inline-flex; align-items: center; gap: 4px; cursor: pointer; white-space: nowrap; }
  label.filter.off { color: #a0aec0; }
  label.filter.off .swatch, label.filter.off .edge-swatch { opacity: 0.35; }
  .count { color: #718096; font-variant-numeric: tabular-nums; }
  .count::before { content: "("; } .count::after { content: ")"; }
  .edge-swatch { display: inline-block; width: 18px; border-top: 2px solid #a0aec0; vertical-align: middle; }
  .edge-swatch.edge-contradicts { border-top: 2px dashed #fc8181; }
  .edge-swatch.edge-located_in, .edge-swatch.edge-part_of { border-top-style: dotted; }
  .view-controls { margin-left: auto; display: inline-flex; gap: 10px; align-items: center; }
  main { flex: 1; display: flex; min-height: 0; }
  aside { width: 320px; flex: none; overflow: auto; border-right: 1px solid #e2e8f0; padding: 8px 10px; font-size: 13px; }
  aside h2 { font-size: 15px; margin: 4px 0 6px; display: flex; gap: 6px; align-items: baseline; overflow-wrap: anywhere; }
  aside h3 { font-size: 13px; margin: 10px 0 4px; color: #4a5568; }
  aside ul { list-style: none; padding: 0; margin: 0; }
  #results-box { margin-bottom: 10px; padding-bottom: 8px; border-bottom: 1px solid #e2e8f0; }
  #results li button { width: 100%; text-align: left; margin: 2px 0; cursor: pointer; display: flex; gap: 6px; align-items: center; }
  #details dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 8px; margin: 6px 0; }
  #details dt { color: #718096; }
  #details dd { margin: 0; overflow-wrap: anywhere; }
  #details blockquote { margin: 0; padding: 2px 6px; border-left: 3px solid #b794f4; background: #faf5ff; }
  #details blockquote.sentence { border-left-color: #cbd5e0; background: #f7fafc; color: #4a5568; }
  #details .actions { display: flex; gap: 6px; margin: 4px 0; }
  #details .links { display: flex; flex-wrap: wrap; gap: 2px 8px; }
  #details summary { cursor: pointer; color: #2d3748; }
  button.link { background: none; border: none; padding: 0; color: #2b6cb0; cursor: pointer; text-align: left; font: inherit; display: inline-flex; gap: 4px; align-items: center; }
  button.link:hover { text-decoration: underline; }
  button.link.hidden-node { color: #a0aec0; }
  .neighbours li { margin: 1px 0 1px 12px; }
  .muted { color: #718096; }
  .swatch { flex: none; }
  #graph-wrap { flex: 1; min-width: 0; position: relative; }
  #graph { position: absolute; inset: 0; }
  #tooltip { position: absolute; z-index: 10; max-width: 360px; pointer-events: none; background: #1a202c; color: #fff; padding: 4px 8px; border-radius: 4px; font-size: 12px; box-shadow: 0 2px 6px rgba(0,0,0,.25); }
  #tooltip .tip-sub { color: #cbd5e0; font-size: 11px; }
  footer { padding: 4px 12px; border-top: 1px solid #e2e8f0; font-size: 12px; min-height: 1.4em; color: #4a5568; }
</style>
</head>
<body data-state="idle">
<header>
  <h1>Explorer</h1>
  <form id="search-form">
    <input id="search-text" type="search" placeholder="Actor or place, e.g. Idlib" aria-label="Search actors and places">
    <label>depth <input id="depth" type="number" min="1" max="3" value="2"></label>
    <label>limit <input id="limit" type="number" min="1" max="500" value="150"></label>
    <button type="submit">Search</button>
  </form>
  <span id="status" role="status"></span>
  <a href="/playground">GraphQL playground</a>
</header>
<div id="toolbar">
  <div class="filter-row">
    <div class="filter-row" id="legend" role="group" aria-label="Node types: legend and filter"></div>
    <span class="view-controls">
      <label class="filter" title="Hide nodes whose every link is filtered out"><input id="hide-unlinked" type="checkbox" checked> hide unlinked nodes</label>
      <label>layout <select id="layout"><option value="cose">force-directed</option><option value="concentric">rings by hops from centre</option></select></label>
      <button id="fit" type="button">Fit to view</button>
    </span>
  </div>
  <div class="filter-row" id="edge-filters" role="group" aria-label="Relationship types to show"></div>
</div>
<main>
  <aside>
    <section id="results-box" hidden><h3>Search results</h3><ul id="results"></ul></section>
    <section id="details" aria-live="polite"><p class="muted">Click a node to see its details here.</p></section>
  </aside>
  <div id="graph-wrap"><div id="graph"></div><div id="tooltip" hidden></div></div>
</main>
<footer id="hint">Click a node for its details; double-click it (or use “Centre here”) to centre the graph on it. Hover for full labels; scroll to zoom, drag to pan, Esc clears the selection.</footer>
<script id="explorer-config" type="application/json">${jsonForScript({ endpoint, defaultSearch })}</script>
<script src="${ASSET_ROUTES.cytoscape}"></script>
<script src="${ASSET_ROUTES.explorerJs}"></script>
</body>
</html>
`;
}
