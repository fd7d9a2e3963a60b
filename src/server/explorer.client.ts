/**
 * Browser code of the explorer page, served as /assets/explorer.js (kept in a string for the
 * same reasons as the playground's). It only uses two public GraphQL fields, `search` and
 * `graph`, so it works with any store and shows exactly what API clients would see.
 * The global `cytoscape` comes from the UMD build loaded before it.
 */
export const EXPLORER_CLIENT_JS = String.raw`(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('explorer-config').textContent);
  var statusEl = document.getElementById('status');
  var resultsEl = document.getElementById('results');
  var detailsEl = document.getElementById('details');
  var form = document.getElementById('search-form');
  var input = document.getElementById('search-text');
  var depthEl = document.getElementById('depth');
  var limitEl = document.getElementById('limit');

  var GRAPH_QUERY = 'query ExplorerGraph($center: ID!, $depth: Int, $limit: Int) {' +
    ' graph(center: $center, depth: $depth, limit: $limit) {' +
    ' nodes { id label type } edges { id source target type } } }';
  var SEARCH_QUERY = 'query ExplorerSearch($text: String!) { search(text: $text) {' +
    ' __typename ... on Actor { id name } ... on Place { id name } } }';

  var COLORS = {
    Actor: '#2b6cb0', Place: '#2f855a', Incident: '#c53030',
    Statement: '#6b46c1', Article: '#975a16'
  };

  var cy = cytoscape({
    container: document.getElementById('graph'),
    elements: [],
    wheelSensitivity: 0.3,
    // fit() on a small graph would zoom until labels are huge.
    maxZoom: 1.5,
    minZoom: 0.05,
    style: [
      { selector: 'node', style: {
        'label': 'data(label)', 'font-size': 10, 'text-wrap': 'ellipsis', 'text-max-width': 120,
        'text-valign': 'bottom', 'text-margin-y': 4, 'width': 18, 'height': 18,
        'background-color': function (n) { return COLORS[n.data('type')] || '#718096'; }
      } },
      { selector: 'node.center', style: { 'width': 28, 'height': 28, 'border-width': 3, 'border-color': '#1a202c' } },
      { selector: 'edge', style: {
        'width': 1.5, 'line-color': '#a0aec0', 'target-arrow-color': '#a0aec0',
        'target-arrow-shape': 'triangle', 'curve-style': 'bezier',
        'label': 'data(type)', 'font-size': 7, 'color': '#4a5568', 'text-rotation': 'autorotate'
      } }
    ]
  });
  // Handle for the browser test and for poking at the graph from the console.
  window.explorer = { cy: cy, load: load, search: search };

  function setStatus(text, isError) {
    statusEl.textContent = text;
    statusEl.className = isError ? 'error' : '';
  }

  function gql(query, variables) {
    return fetch(config.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept': 'application/json' },
      body: JSON.stringify({ query: query, variables: variables })
    }).then(function (response) {
      return response.json().catch(function () {
        throw new Error('HTTP ' + response.status + ' from ' + config.endpoint);
      });
    }).then(function (body) {
      if (body.errors && body.errors.length) {
        throw new Error(body.errors.map(function (e) { return e.message; }).join('; '));
      }
      return body.data;
    });
  }

  function intOrNull(el) {
    var n = parseInt(el.value, 10);
    return isNaN(n) ? null : n;
  }

  function load(center) {
    setStatus('Loading ' + center + ' ...');
    document.body.setAttribute('data-state', 'loading');
    var url = new URL(window.location.href);
    url.searchParams.set('center', center);
    window.history.replaceState(null, '', url.href);
    // An empty box means "server default": leave the variable out, since an explicit null
    // would override the argument's default value.
    var variables = { center: center };
    if (intOrNull(depthEl) !== null) variables.depth = intOrNull(depthEl);
    if (intOrNull(limitEl) !== null) variables.limit = intOrNull(limitEl);
    return gql(GRAPH_QUERY, variables)
      .then(function (data) {
        var graph = data && data.graph;
        if (!graph) {
          setStatus('Nothing found with id ' + center, true);
          document.body.setAttribute('data-state', 'empty');
          return;
        }
        var seen = {};
        var elements = [];
        graph.nodes.forEach(function (n) {
          if (seen[n.id]) return;
          seen[n.id] = true;
          elements.push({ group: 'nodes', data: { id: n.id, label: n.label || n.id, type: n.type },
            classes: n.id === center ? 'center' : '' });
        });
        var edgeCount = 0;
        graph.edges.forEach(function (e) {
          // cytoscape throws on an edge whose end is missing or whose id repeats: skip those.
          if (seen[e.id] || !seen[e.source] || !seen[e.target]) return;
          seen[e.id] = true;
          edgeCount += 1;
          elements.push({ group: 'edges', data: { id: e.id, source: e.source, target: e.target, type: e.type } });
        });
        cy.elements().remove();
        cy.add(elements);
        cy.layout({ name: 'cose', animate: false, fit: true, padding: 30, randomize: true }).run();
        setStatus(graph.nodes.length + ' nodes, ' + edgeCount + ' edges. Click a node to centre on it.');
        document.body.setAttribute('data-state', 'ready');
      })
      .catch(function (err) {
        setStatus(err.message, true);
        document.body.setAttribute('data-state', 'error');
      });
  }

  function search(text) {
    resultsEl.textContent = '';
    if (!text.trim()) return Promise.resolve([]);
    setStatus('Searching ...');
    return gql(SEARCH_QUERY, { text: text }).then(function (data) {
      var hits = ((data && data.search) || []).filter(function (h) { return h && h.id; });
      hits.forEach(function (hit) {
        var li = document.createElement('li');
        var button = document.createElement('button');
        button.type = 'button';
        button.textContent = hit.name + ' (' + hit.__typename + ')';
        button.addEventListener('click', function () { load(hit.id); });
        li.appendChild(button);
        resultsEl.appendChild(li);
      });
      setStatus(hits.length ? hits.length + ' match(es): pick one to centre the graph.' : 'No match for "' + text + '".', !hits.length);
      return hits;
    }).catch(function (err) {
      setStatus(err.message, true);
      return [];
    });
  }

  cy.on('tap', 'node', function (evt) { load(evt.target.id()); });
  cy.on('mouseover', 'node', function (evt) {
    var d = evt.target.data();
    detailsEl.textContent = d.type + ': ' + d.label + '  [' + d.id + ']';
  });
  form.addEventListener('submit', function (evt) {
    evt.preventDefault();
    search(input.value);
  });

  var initial = new URLSearchParams(window.location.search).get('center');
  if (initial) {
    load(initial);
  } else if (config.defaultSearch) {
    // Open on something rather than an empty canvas: the first hit of a default search.
    input.value = config.defaultSearch;
    search(config.defaultSearch).then(function (hits) { if (hits.length) load(hits[0].id); });
  }
})();
`;
