/**
 * Browser code of the explorer page, served as /assets/explorer.js (kept in a string for the
 * same reasons as the playground's). It uses three public GraphQL fields, `search`, `graph`
 * and `node`, so it works with any store and shows exactly what API clients would see.
 * The global `cytoscape` comes from the UMD build loaded before it.
 *
 * Readability on a real neighbourhood (100+ nodes, 300+ edges) comes from: short labels (a
 * statement shows only its stance; the full text is on hover and in the side panel), colour
 * and shape per node type with a legend, edge labels only on hover or around the selection,
 * type filters (MENTIONS and REPORTED_IN hidden by default, except the centre's own links),
 * and a layout that is re-run on what is actually shown.
 */

/** The neighbourhood query; `truncated` says whether `limit` cut it short. */
export const EXPLORER_GRAPH_QUERY =
  'query ExplorerGraph($center: ID!, $depth: Int, $limit: Int) {' +
  ' graph(center: $center, depth: $depth, limit: $limit) {' +
  ' nodes { id label type } edges { id source target type } truncated } }';

/** The search box's query: actors and places only, since those make good centres. */
export const EXPLORER_SEARCH_QUERY =
  'query ExplorerSearch($text: String!) { search(text: $text) {' +
  ' __typename ... on Actor { id name } ... on Place { id name } } }';

/**
 * Details of the selected node for the side panel. `kind` is aliased per type because
 * fields of one response key must have the same enum type across fragments.
 */
export const EXPLORER_NODE_QUERY =
  'query ExplorerNode($id: ID!) { node(id: $id) { __typename id' +
  ' ... on Actor { name actorKind: kind aliases parent { id name } }' +
  ' ... on Place { name placeKind: kind aliases parentPlace: parent { id name } }' +
  ' ... on Incident { incidentKind: kind date summary }' +
  ' ... on Statement { stance text sentence statementDate: date killed injured children qualifier' +
  ' speaker { id name } targets { id name } incident { id }' +
  ' article { id title outlet publishedAt url } }' +
  ' ... on Article { title outlet publishedAt url language } } }';

export const EXPLORER_CLIENT_JS = String.raw`(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('explorer-config').textContent);
  var statusEl = document.getElementById('status');
  var resultsEl = document.getElementById('results');
  var resultsBox = document.getElementById('results-box');
  var detailsEl = document.getElementById('details');
  var legendEl = document.getElementById('legend');
  var edgeFiltersEl = document.getElementById('edge-filters');
  var hideUnlinkedEl = document.getElementById('hide-unlinked');
  var layoutEl = document.getElementById('layout');
  var fitEl = document.getElementById('fit');
  var tooltipEl = document.getElementById('tooltip');
  var graphEl = document.getElementById('graph');
  var form = document.getElementById('search-form');
  var input = document.getElementById('search-text');
  var depthEl = document.getElementById('depth');
  var limitEl = document.getElementById('limit');

  var GRAPH_QUERY = ${JSON.stringify(EXPLORER_GRAPH_QUERY)};
  var SEARCH_QUERY = ${JSON.stringify(EXPLORER_SEARCH_QUERY)};
  var NODE_QUERY = ${JSON.stringify(EXPLORER_NODE_QUERY)};

  // One table for the canvas style and the legend, so they cannot disagree.
  var NODE_TYPES = [
    { type: 'Actor', color: '#2b6cb0', shape: 'ellipse', size: 22, hint: 'state, army, monitor, person' },
    { type: 'Place', color: '#2f855a', shape: 'round-triangle', size: 24, hint: 'country, province, town, facility' },
    { type: 'Incident', color: '#c53030', shape: 'star', size: 26, hint: 'air strike, shelling' },
    { type: 'Statement', color: '#6b46c1', shape: 'round-rectangle', size: 14, hint: 'claim, denial, accusation...; label = stance' },
    { type: 'Article', color: '#975a16', shape: 'rectangle', size: 16, hint: 'news article' }
  ];
  var OTHER_TYPE = { type: 'Other', color: '#718096', shape: 'ellipse', size: 16, hint: '' };
  var TYPE_BY_NAME = {};
  NODE_TYPES.forEach(function (t) { TYPE_BY_NAME[t.type] = t; });
  function typeInfo(type) { return TYPE_BY_NAME[type] || OTHER_TYPE; }

  // They link nearly every article to every actor and statement: noise at depth 2.
  var DEFAULT_HIDDEN_EDGES = ['MENTIONS', 'REPORTED_IN'];
  var hiddenEdgeTypes = {};
  DEFAULT_HIDDEN_EDGES.forEach(function (t) { hiddenEdgeTypes[t] = true; });
  var hiddenNodeTypes = {};

  // Inner to outer rings of the concentric layout, within one hop count.
  var RING_ORDER = ['Place', 'Incident', 'Article', 'Actor', 'Statement'];
  var LABEL_MAX = 22;
  var FIT_MAX_ZOOM = 1.3;
  var state = { center: null, truncated: false, loadedNodes: 0, loadedEdges: 0, selected: null, detailsToken: 0 };

  var cy = cytoscape({
    container: graphEl,
    elements: [],
    wheelSensitivity: 0.3,
    // fit() on a small graph would zoom until labels are huge.
    maxZoom: 2,
    minZoom: 0.05,
    boxSelectionEnabled: false,
    selectionType: 'single',
    style: [
      { selector: 'node', style: {
        'label': 'data(short)', 'font-size': 11, 'color': '#1a202c',
        'text-valign': 'bottom', 'text-margin-y': 3, 'text-wrap': 'none',
        'text-background-color': '#ffffff', 'text-background-opacity': 0.8,
        'text-background-padding': 1, 'text-background-shape': 'round-rectangle',
        'width': 'data(size)', 'height': 'data(size)', 'shape': 'data(shape)',
        'background-color': 'data(color)', 'border-width': 1, 'border-color': '#ffffff'
      } },
      { selector: 'node[type = "Statement"]', style: { 'font-size': 9, 'color': '#44337a' } },
      { selector: 'node.center', style: {
        'width': 38, 'height': 38, 'border-width': 4, 'border-color': '#1a202c',
        'font-size': 13, 'font-weight': 'bold', 'z-index': 20
      } },
      { selector: 'node:selected', style: {
        'border-width': 4, 'border-color': '#dd6b20', 'z-index': 30, 'font-weight': 'bold'
      } },
      { selector: 'edge', style: {
        'width': 1.2, 'line-color': '#a0aec0', 'target-arrow-color': '#a0aec0',
        'target-arrow-shape': 'triangle', 'arrow-scale': 0.7, 'curve-style': 'bezier',
        'font-size': 8, 'color': '#2d3748', 'text-rotation': 'autorotate',
        'text-background-color': '#ffffff', 'text-background-opacity': 0.9, 'text-background-padding': 1
      } },
      { selector: 'edge[type = "CONTRADICTS"]', style: {
        'line-color': '#fc8181', 'target-arrow-color': '#fc8181', 'line-style': 'dashed'
      } },
      { selector: 'edge[type = "LOCATED_IN"], edge[type = "PART_OF"]', style: { 'line-style': 'dotted' } },
      { selector: 'edge.labelled', style: { 'label': 'data(type)', 'z-index': 25 } },
      { selector: 'edge.near', style: { 'width': 2.2, 'line-color': '#4a5568', 'target-arrow-color': '#4a5568' } },
      { selector: 'edge.near[type = "CONTRADICTS"]', style: { 'line-color': '#e53e3e', 'target-arrow-color': '#e53e3e' } },
      { selector: '.faded', style: { 'opacity': 0.15, 'text-opacity': 0.3 } },
      { selector: '.filtered', style: { 'display': 'none' } }
    ]
  });
  // Handle for the browser test and for poking at the graph from the console.
  window.explorer = { cy: cy, load: load, search: search, select: selectNode, applyFilters: applyFilters };

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

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        if (k === 'text') node.textContent = attrs[k];
        else if (k === 'className') node.className = attrs[k];
        else node.setAttribute(k, attrs[k]);
      });
    }
    (children || []).forEach(function (c) { if (c) node.appendChild(c); });
    return node;
  }

  /** A small SVG of a node type's shape and colour, for the legend and the panel. */
  function swatch(type) {
    var info = typeInfo(type);
    var NS = 'http://www.w3.org/2000/svg';
    var svg = document.createElementNS(NS, 'svg');
    svg.setAttribute('width', '14');
    svg.setAttribute('height', '14');
    svg.setAttribute('viewBox', '0 0 14 14');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('class', 'swatch');
    var shape;
    if (info.shape === 'round-triangle') {
      shape = document.createElementNS(NS, 'polygon');
      shape.setAttribute('points', '7,1 13,13 1,13');
      shape.setAttribute('stroke-linejoin', 'round');
      shape.setAttribute('stroke', info.color);
      shape.setAttribute('stroke-width', '1.5');
    } else if (info.shape === 'star') {
      shape = document.createElementNS(NS, 'polygon');
      var pts = [];
      for (var i = 0; i < 10; i++) {
        var r = i % 2 === 0 ? 6.5 : 2.8;
        var a = Math.PI / 5 * i - Math.PI / 2;
        pts.push((7 + r * Math.cos(a)).toFixed(2) + ',' + (7.5 + r * Math.sin(a)).toFixed(2));
      }
      shape.setAttribute('points', pts.join(' '));
    } else if (info.shape === 'round-rectangle' || info.shape === 'rectangle') {
      shape = document.createElementNS(NS, 'rect');
      shape.setAttribute('x', '2'); shape.setAttribute('y', '2');
      shape.setAttribute('width', '10'); shape.setAttribute('height', '10');
      if (info.shape === 'round-rectangle') shape.setAttribute('rx', '3');
    } else {
      shape = document.createElementNS(NS, 'circle');
      shape.setAttribute('cx', '7'); shape.setAttribute('cy', '7'); shape.setAttribute('r', '6');
    }
    shape.setAttribute('fill', info.color);
    svg.appendChild(shape);
    return svg;
  }

  function titleCase(word) {
    return word.charAt(0) + word.slice(1).toLowerCase().replace(/_/g, ' ');
  }

  /** What the canvas shows under a node: a statement's stance, otherwise a shortened label. */
  function shortLabel(type, label) {
    if (type === 'Statement') {
      var m = /^([A-Z_]+):/.exec(label);
      if (m) return titleCase(m[1]);
    }
    var text = label;
    // "Armed opposition (generic: rebels, ...)" reads better as "Armed opposition".
    if (text.length > LABEL_MAX && / \(/.test(text) && text.indexOf(' (') >= 3) {
      text = text.slice(0, text.indexOf(' ('));
    }
    if (text.length <= LABEL_MAX) return text;
    var cut = text.slice(0, LABEL_MAX - 1);
    var space = cut.lastIndexOf(' ');
    if (space > LABEL_MAX / 2) cut = cut.slice(0, space);
    return cut.replace(/[\s,;:.\-]+$/, '') + '\u2026';
  }

  /** Hops from the centre over every loaded edge, ignoring direction. */
  function hopsFrom(center, nodes, edges) {
    var adjacent = {};
    nodes.forEach(function (n) { adjacent[n.id] = []; });
    edges.forEach(function (e) {
      if (adjacent[e.source] && adjacent[e.target]) {
        adjacent[e.source].push(e.target);
        adjacent[e.target].push(e.source);
      }
    });
    var hops = {};
    if (!adjacent[center]) return hops;
    hops[center] = 0;
    var queue = [center];
    while (queue.length) {
      var id = queue.shift();
      adjacent[id].forEach(function (next) {
        if (hops[next] === undefined) { hops[next] = hops[id] + 1; queue.push(next); }
      });
    }
    return hops;
  }

  function load(center) {
    setStatus('Loading ' + center + ' ...');
    document.body.setAttribute('data-state', 'loading');
    hideTooltip();
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
        var nodes = [];
        graph.nodes.forEach(function (n) {
          if (seen[n.id]) return;
          seen[n.id] = true;
          nodes.push(n);
        });
        var edges = [];
        graph.edges.forEach(function (e) {
          // cytoscape throws on an edge whose end is missing or whose id repeats: skip those.
          if (seen[e.id] || !seen[e.source] || !seen[e.target]) return;
          seen[e.id] = true;
          edges.push(e);
        });
        var hops = hopsFrom(center, nodes, edges);
        var elements = [];
        nodes.forEach(function (n) {
          var info = typeInfo(n.type);
          var label = n.label || n.id;
          elements.push({ group: 'nodes', data: {
            id: n.id, label: label, short: shortLabel(n.type, label), type: n.type,
            color: info.color, shape: info.shape, size: info.size,
            hops: hops[n.id] === undefined ? 99 : hops[n.id]
          }, classes: n.id === center ? 'center' : '' });
        });
        edges.forEach(function (e) {
          elements.push({ group: 'edges', data: { id: e.id, source: e.source, target: e.target, type: e.type } });
        });
        state.center = center;
        state.truncated = Boolean(graph.truncated);
        state.loadedNodes = nodes.length;
        state.loadedEdges = edges.length;
        state.selected = null;
        cy.elements().remove();
        cy.add(elements);
        buildFilters();
        applyFilters();
        document.body.setAttribute('data-state', 'ready');
        // The panel starts on the centre; nothing is highlighted until a click.
        showDetails(center);
      })
      .catch(function (err) {
        setStatus(err.message, true);
        document.body.setAttribute('data-state', 'error');
      });
  }

  function checkbox(checked, onChange, labelChildren, title) {
    var box = el('input', { type: 'checkbox' });
    box.checked = checked;
    box.addEventListener('change', function () { onChange(box.checked); });
    var label = el('label', { className: 'filter' + (checked ? '' : ' off') }, [box].concat(labelChildren));
    box.addEventListener('change', function () { label.className = 'filter' + (box.checked ? '' : ' off'); });
    if (title) label.title = title;
    return label;
  }

  /** The legend doubles as the node-type filter; edge types get a row of their own. */
  function buildFilters() {
    var nodeCounts = {};
    cy.nodes().forEach(function (n) { nodeCounts[n.data('type')] = (nodeCounts[n.data('type')] || 0) + 1; });
    legendEl.textContent = '';
    legendEl.appendChild(el('span', { className: 'row-title', text: 'Nodes' }));
    var types = NODE_TYPES.map(function (t) { return t.type; });
    Object.keys(nodeCounts).sort().forEach(function (t) { if (types.indexOf(t) < 0) types.push(t); });
    types.forEach(function (type) {
      var entry = checkbox(!hiddenNodeTypes[type], function (on) {
        if (on) delete hiddenNodeTypes[type]; else hiddenNodeTypes[type] = true;
        applyFilters();
      }, [swatch(type), el('span', { text: type }), el('span', { className: 'count', text: String(nodeCounts[type] || 0) })],
      (typeInfo(type).hint ? typeInfo(type).hint + '. ' : '') + 'Untick to hide.');
      entry.setAttribute('data-type', type);
      legendEl.appendChild(entry);
    });

    var edgeCounts = {};
    cy.edges().forEach(function (e) { edgeCounts[e.data('type')] = (edgeCounts[e.data('type')] || 0) + 1; });
    edgeFiltersEl.textContent = '';
    edgeFiltersEl.appendChild(el('span', { className: 'row-title', text: 'Links',
      title: 'Relationship types. The centre\u2019s own links are always shown.' }));
    var edgeTypes = Object.keys(edgeCounts).sort(function (a, b) { return edgeCounts[b] - edgeCounts[a] || (a < b ? -1 : 1); });
    if (!edgeTypes.length) edgeFiltersEl.appendChild(el('span', { className: 'muted', text: 'none' }));
    edgeTypes.forEach(function (type) {
      var entry = checkbox(!hiddenEdgeTypes[type], function (on) {
        if (on) delete hiddenEdgeTypes[type]; else hiddenEdgeTypes[type] = true;
        applyFilters();
      }, [el('span', { className: 'edge-swatch edge-' + type.toLowerCase() }), el('span', { text: type }),
        el('span', { className: 'count', text: String(edgeCounts[type]) })]);
      entry.setAttribute('data-type', type);
      edgeFiltersEl.appendChild(entry);
    });
  }

  /** Hides filtered types (never the centre or its own links), then lays out what is left. */
  function applyFilters() {
    cy.batch(function () {
      cy.elements().removeClass('filtered');
      cy.nodes().forEach(function (n) {
        if (!n.hasClass('center') && hiddenNodeTypes[n.data('type')]) n.addClass('filtered');
      });
      cy.edges().forEach(function (e) {
        var touchesCenter = e.data('source') === state.center || e.data('target') === state.center;
        var endHidden = e.source().hasClass('filtered') || e.target().hasClass('filtered');
        if (endHidden || (hiddenEdgeTypes[e.data('type')] && !touchesCenter)) e.addClass('filtered');
      });
      if (hideUnlinkedEl.checked) {
        cy.nodes().forEach(function (n) {
          if (n.hasClass('center') || n.hasClass('filtered')) return;
          if (n.connectedEdges().filter(function (e) { return !e.hasClass('filtered'); }).length === 0) n.addClass('filtered');
        });
      }
    });
    if (state.selected && cy.$id(state.selected).hasClass('filtered')) clearSelection();
    runLayout();
    var shownNodes = cy.nodes().not('.filtered').length;
    var shownEdges = cy.edges().not('.filtered').length;
    var text = 'Showing ' + shownNodes + ' of ' + state.loadedNodes + ' nodes, ' + shownEdges + ' of ' +
      state.loadedEdges + ' links.';
    if (state.truncated) text += ' Limit reached: raise "limit" to load more.';
    setStatus(text, false);
    highlightSelection();
  }

  function runLayout() {
    // The toolbar above may have changed height since the last layout.
    cy.resize();
    var shown = cy.elements().not('.filtered');
    if (!shown.length) return;
    var options;
    if (layoutEl.value === 'concentric') {
      options = {
        // One ring per (hops, type): a single ring of 100 nodes at depth 2 would be huge.
        name: 'concentric', animate: false, fit: false, avoidOverlap: true, minNodeSpacing: 6,
        concentric: function (n) { return 1000 - n.data('hops') * 10 - RING_ORDER.indexOf(n.data('type')); },
        levelWidth: function () { return 1; },
        sort: function (a, b) { return a.data('short') < b.data('short') ? -1 : 1; }
      };
    } else {
      options = {
        // Tuned on the seeded graph (about 110 nodes shown at depth 2): spread enough to read
        // at fit-to-view zoom without flinging small components to the corners.
        name: 'cose', animate: false, fit: false, randomize: true, nodeDimensionsIncludeLabels: false,
        idealEdgeLength: function () { return 60; }, nodeRepulsion: function () { return 12000; },
        nodeOverlap: 20, gravity: 1, componentSpacing: 40, numIter: 2500
      };
    }
    shown.layout(options).run();
    fitView();
  }

  function fitView() {
    var shown = cy.elements().not('.filtered');
    if (!shown.length) return;
    cy.fit(shown, 30);
    // A handful of nodes would otherwise be blown up to the maximum zoom.
    if (cy.zoom() > FIT_MAX_ZOOM) { cy.zoom(FIT_MAX_ZOOM); cy.center(shown); }
  }

  // --- selection, highlight and tooltip -------------------------------------------------

  function selectNode(id) {
    var node = cy.$id(id);
    if (!node.length || node.hasClass('filtered')) return false;
    cy.$(':selected').unselect();
    node.select();
    state.selected = id;
    highlightSelection();
    showDetails(id);
    return true;
  }

  function clearSelection() {
    cy.$(':selected').unselect();
    state.selected = null;
    highlightSelection();
  }

  /** Fades everything but the selected node's neighbourhood and labels its links. */
  function highlightSelection() {
    cy.batch(function () {
      cy.elements().removeClass('faded near');
      cy.edges().removeClass('labelled');
      if (!state.selected) return;
      var node = cy.$id(state.selected);
      if (!node.length) return;
      var around = node.closedNeighborhood().not('.filtered');
      cy.elements().not(around).addClass('faded');
      node.connectedEdges().not('.filtered').addClass('labelled near');
    });
  }

  function showTooltip(target, lines) {
    tooltipEl.textContent = '';
    lines.forEach(function (line, i) { tooltipEl.appendChild(el('div', { className: i === 0 ? 'tip-main' : 'tip-sub', text: line })); });
    var p = target.isEdge() ? target.renderedMidpoint() : target.renderedPosition();
    var box = graphEl.getBoundingClientRect();
    tooltipEl.hidden = false;
    var left = Math.min(Math.max(4, p.x + 14), box.width - tooltipEl.offsetWidth - 4);
    var top = p.y + 14;
    if (top + tooltipEl.offsetHeight > box.height - 4) top = p.y - tooltipEl.offsetHeight - 14;
    tooltipEl.style.left = left + 'px';
    tooltipEl.style.top = Math.max(4, top) + 'px';
  }

  function hideTooltip() { tooltipEl.hidden = true; }

  cy.on('mouseover', 'node', function (evt) {
    var d = evt.target.data();
    graphEl.style.cursor = 'pointer';
    showTooltip(evt.target, [d.label, d.type + ' \u00b7 ' + d.id + ' \u00b7 click: details, double-click: centre here']);
  });
  cy.on('mouseout', 'node', function () { graphEl.style.cursor = ''; hideTooltip(); });
  cy.on('mouseover', 'edge', function (evt) {
    var e = evt.target;
    e.addClass('labelled');
    showTooltip(e, [e.source().data('short') + ' \u2192 ' + e.data('type') + ' \u2192 ' + e.target().data('short')]);
  });
  cy.on('mouseout', 'edge', function (evt) {
    var e = evt.target;
    var nearSelection = state.selected && (e.data('source') === state.selected || e.data('target') === state.selected);
    if (!nearSelection) e.removeClass('labelled');
    hideTooltip();
  });
  cy.on('tap', 'node', function (evt) { selectNode(evt.target.id()); });
  cy.on('dbltap', 'node', function (evt) { load(evt.target.id()); });
  cy.on('tap', function (evt) {
    if (evt.target === cy) { clearSelection(); if (state.center) showDetails(state.center); }
  });
  cy.on('pan zoom', hideTooltip);

  // --- side panel -------------------------------------------------------------------------

  /** A button for a related node: selects it when drawn, otherwise centres the graph on it. */
  function nodeLink(id, text) {
    var drawn = cy.$id(id).length && !cy.$id(id).hasClass('filtered');
    var button = el('button', { type: 'button', className: 'link', text: text || id,
      title: drawn ? 'Select ' + id : 'Centre the graph on ' + id });
    button.addEventListener('click', function () { if (!selectNode(id)) load(id); });
    return button;
  }

  function addRow(dl, term, value) {
    if (value === null || value === undefined || value === '') return;
    dl.appendChild(el('dt', { text: term }));
    var dd = el('dd');
    if (typeof value === 'string' || typeof value === 'number') dd.textContent = String(value);
    else dd.appendChild(value);
    dl.appendChild(dd);
  }

  function figures(s) {
    var parts = [];
    if (s.killed !== null && s.killed !== undefined) parts.push(s.killed + ' killed');
    if (s.injured !== null && s.injured !== undefined) parts.push(s.injured + ' injured');
    if (s.children !== null && s.children !== undefined) parts.push(s.children + ' children among the killed');
    if (!parts.length) return '';
    return (s.qualifier && s.qualifier !== 'EXACT' ? titleCase(s.qualifier) + ' ' : '') + parts.join(', ');
  }

  function linkList(items) {
    if (!items || !items.length) return null;
    var span = el('span', { className: 'links' });
    items.forEach(function (a) { span.appendChild(nodeLink(a.id, a.name)); });
    return span;
  }

  function showDetails(id) {
    var node = cy.$id(id);
    if (!node.length) return;
    var d = node.data();
    var token = ++state.detailsToken;
    detailsEl.textContent = '';
    var heading = el('h2', {}, [swatch(d.type), el('span', { text: d.label })]);
    detailsEl.appendChild(heading);
    var actions = el('div', { className: 'actions' });
    var centre = el('button', { type: 'button', id: 'centre-here', text: id === state.center ? 'This is the centre' : 'Centre here' });
    centre.disabled = id === state.center;
    centre.addEventListener('click', function () { load(id); });
    actions.appendChild(centre);
    if (state.selected) {
      var clear = el('button', { type: 'button', text: 'Clear selection' });
      clear.addEventListener('click', function () { clearSelection(); showDetails(state.center); });
      actions.appendChild(clear);
    }
    detailsEl.appendChild(actions);
    var dl = el('dl');
    addRow(dl, 'id', el('code', { text: id }));
    addRow(dl, 'type', d.type);
    if (d.hops < 99) addRow(dl, 'hops from centre', d.hops);
    detailsEl.appendChild(dl);
    var more = el('div', { className: 'more muted', text: 'Loading details ...' });
    detailsEl.appendChild(more);
    detailsEl.appendChild(neighbourList(node));
    detailsEl.setAttribute('data-node', id);

    gql(NODE_QUERY, { id: id }).then(function (data) {
      if (token !== state.detailsToken) return;
      var n = data && data.node;
      more.textContent = '';
      more.className = 'more';
      if (!n) { more.className = 'more muted'; more.textContent = 'No further details.'; return; }
      more.hidden = true;
      var extra = document.createDocumentFragment();
      switch (n.__typename) {
        case 'Statement':
          addRow(extra, 'stance', titleCase(n.stance));
          addRow(extra, 'speaker', n.speaker ? nodeLink(n.speaker.id, n.speaker.name) : 'unknown');
          addRow(extra, 'text', el('blockquote', { text: n.text }));
          if (n.sentence && n.sentence !== n.text) addRow(extra, 'sentence', el('blockquote', { className: 'sentence', text: n.sentence }));
          addRow(extra, 'figures', figures(n));
          addRow(extra, 'targets', linkList(n.targets));
          addRow(extra, 'date', n.statementDate);
          if (n.incident) addRow(extra, 'incident', nodeLink(n.incident.id, cy.$id(n.incident.id).data('label')));
          if (n.article) addRow(extra, 'article', nodeLink(n.article.id, n.article.title));
          if (n.article) addRow(extra, 'source', [n.article.outlet, n.article.publishedAt].filter(Boolean).join(', '));
          break;
        case 'Actor':
          addRow(extra, 'name', n.name);
          addRow(extra, 'kind', n.actorKind && titleCase(n.actorKind));
          addRow(extra, 'also called', (n.aliases || []).join('; '));
          if (n.parent) addRow(extra, 'part of', nodeLink(n.parent.id, n.parent.name));
          break;
        case 'Place':
          addRow(extra, 'name', n.name);
          addRow(extra, 'kind', n.placeKind && titleCase(n.placeKind));
          addRow(extra, 'also called', (n.aliases || []).join('; '));
          if (n.parentPlace) addRow(extra, 'located in', nodeLink(n.parentPlace.id, n.parentPlace.name));
          break;
        case 'Incident':
          addRow(extra, 'kind', n.incidentKind && titleCase(n.incidentKind));
          addRow(extra, 'date', n.date || 'undated');
          addRow(extra, 'summary', n.summary);
          break;
        case 'Article':
          addRow(extra, 'title', n.title);
          addRow(extra, 'outlet', n.outlet);
          addRow(extra, 'published', n.publishedAt);
          addRow(extra, 'language', n.language);
          if (n.url) addRow(extra, 'url', el('a', { href: n.url, target: '_blank', rel: 'noopener noreferrer', text: n.url }));
          break;
      }
      // Fetched rows first, in the same grid as id / type.
      dl.insertBefore(extra, dl.firstChild);
    }).catch(function (err) {
      if (token !== state.detailsToken) return;
      more.className = 'more muted';
      more.textContent = 'More details unavailable: ' + err.message;
    });
  }

  /** Every loaded link of the node, grouped by type: the canvas made navigable by keyboard. */
  function neighbourList(node) {
    var box = el('div', { className: 'neighbours' });
    var groups = {};
    node.connectedEdges().forEach(function (e) {
      var outgoing = e.data('source') === node.id();
      var other = outgoing ? e.target() : e.source();
      var key = (outgoing ? '' : '\u2190 ') + e.data('type') + (outgoing ? ' \u2192' : '');
      (groups[key] = groups[key] || []).push(other);
    });
    var keys = Object.keys(groups).sort();
    if (!keys.length) return box;
    box.appendChild(el('h3', { text: 'Links (' + node.connectedEdges().length + ')' }));
    keys.forEach(function (key) {
      var list = groups[key];
      var details = el('details', {}, [el('summary', { text: key + ' (' + list.length + ')' })]);
      if (list.length <= 8) details.open = true;
      var ul = el('ul');
      list.forEach(function (other) {
        var b = nodeLink(other.id(), other.data('label'));
        b.insertBefore(swatch(other.data('type')), b.firstChild);
        if (other.hasClass('filtered')) b.className += ' hidden-node';
        ul.appendChild(el('li', {}, [b]));
      });
      details.appendChild(ul);
      box.appendChild(details);
    });
    return box;
  }

  // --- search and controls ----------------------------------------------------------------

  function search(text) {
    resultsEl.textContent = '';
    if (!text.trim()) { resultsBox.hidden = true; return Promise.resolve([]); }
    setStatus('Searching ...');
    return gql(SEARCH_QUERY, { text: text }).then(function (data) {
      var hits = ((data && data.search) || []).filter(function (h) { return h && h.id; });
      hits.forEach(function (hit) {
        var button = el('button', { type: 'button' }, [swatch(hit.__typename), el('span', { text: hit.name + ' (' + hit.__typename + ')' })]);
        button.addEventListener('click', function () { load(hit.id); });
        resultsEl.appendChild(el('li', {}, [button]));
      });
      resultsBox.hidden = !hits.length;
      setStatus(hits.length ? hits.length + ' match(es): pick one to centre the graph.' : 'No match for "' + text + '".', !hits.length);
      return hits;
    }).catch(function (err) {
      setStatus(err.message, true);
      return [];
    });
  }

  form.addEventListener('submit', function (evt) {
    evt.preventDefault();
    search(input.value);
  });
  // Changing depth or limit reloads the current centre.
  [depthEl, limitEl].forEach(function (box) {
    box.addEventListener('change', function () { if (state.center) load(state.center); });
  });
  hideUnlinkedEl.addEventListener('change', applyFilters);
  layoutEl.addEventListener('change', function () { runLayout(); highlightSelection(); });
  fitEl.addEventListener('click', fitView);
  document.addEventListener('keydown', function (evt) {
    if (evt.key === 'Escape' && state.selected) { clearSelection(); showDetails(state.center); }
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
