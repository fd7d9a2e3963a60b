/**
 * Browser code of the playground page, served as /assets/playground.js. It lives in a string
 * so that `tsc` carries it into dist/ with the rest of the server (a loose .js file under
 * src/ would not be copied), and it is a separate script rather than inline so the page's
 * Content-Security-Policy can forbid inline scripts. Plain ES2017, no template literals.
 * Globals React, ReactDOM and GraphiQL come from the UMD builds loaded before it.
 */
export const PLAYGROUND_CLIENT_JS = String.raw`(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('playground-config').textContent);
  var params = new URLSearchParams(window.location.search);
  var props = {
    fetcher: GraphiQL.createFetcher({ url: new URL(config.endpoint, window.location.href).href }),
    defaultEditorToolsVisibility: true,
    // Headers may hold a bearer token one day: never write them to localStorage.
    shouldPersistHeaders: false,
    defaultTabs: config.tabs,
    defaultQuery: config.tabs.length > 0 ? config.tabs[0].query : undefined
  };
  // A shared link such as /graphql?query=... opens that query in its own tab.
  if (params.get('query')) {
    props.query = params.get('query');
    if (params.get('variables')) props.variables = params.get('variables');
  } else if (!hasStoredTabs() && config.tabs.length > 0 && config.tabs[0].variables) {
    // GraphiQL 4 fills the first tab's query editor from defaultTabs but not its variables
    // editor. Only on a first visit: with stored tabs, a variables prop would open a new tab.
    props.variables = config.tabs[0].variables;
  }
  function hasStoredTabs() {
    try {
      return Boolean(window.localStorage.getItem('graphiql:tabState'));
    } catch (e) {
      return false; // storage disabled: GraphiQL falls back to defaultTabs too
    }
  }
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, props));
})();
`;
