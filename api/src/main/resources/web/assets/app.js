// Groundwork's Ask page: streams an answer from /ask/stream, draws its evidence with Cytoscape.js, explores nodes through
// GraphQL, and runs background ingests. Everything it loads comes from this server.
'use strict';

const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#17becf', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22'];
const state = { cy: null, evidence: { nodes: [], edges: [] }, selected: null, boltUri: '' };
window.groundwork = state; // the browser tests read the drawn graph from here

const $ = id => document.getElementById(id);

function colourOf(label) {
  let h = 0;
  for (const c of label || '') h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return PALETTE[h % PALETTE.length];
}

function nameOf(node) {
  const p = node.properties || {};
  const v = p.name ?? p.title ?? p.summary ?? p.key ?? p.id ?? node.label ?? node.id;
  const s = String(v);
  return s.length > 40 ? s.slice(0, 37) + '...' : s;
}

async function graphql(query, variables, headers) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: Object.assign({ 'Content-Type': 'application/json', 'Accept': 'application/json' }, headers || {}),
    body: JSON.stringify({ query, variables: variables || {} }),
  });
  const body = await response.json();
  if (body.errors && body.errors.length) {
    throw new Error(body.errors.map(e => e.message).join('; '));
  }
  return body.data;
}

function setStatus(text) {
  $('status').textContent = text;
}

// ---- the graph ----

function initGraph() {
  state.cy = cytoscape({
    container: $('graph'),
    elements: [],
    style: [
      { selector: 'node', style: { 'background-color': 'data(colour)', 'label': 'data(name)', 'font-size': 10,
          'text-wrap': 'ellipsis', 'text-max-width': 120, 'color': '#222' } },
      { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#000' } },
      { selector: 'node.cited', style: { 'border-width': 2, 'border-color': '#444' } },
      { selector: 'edge', style: { 'width': 2, 'line-color': '#888', 'target-arrow-color': '#888', 'target-arrow-shape': 'triangle',
          'curve-style': 'bezier', 'label': 'data(label)', 'font-size': 8, 'text-rotation': 'autorotate', 'line-style': 'solid' } },
      { selector: 'edge[?predicted]', style: { 'line-style': 'dashed', 'line-color': '#d62728', 'target-arrow-color': '#d62728' } },
    ],
    layout: { name: 'grid' },
  });
  state.cy.on('tap', 'node', evt => selectNode(evt.target.id()));
}

function nodeElement(n) {
  return { group: 'nodes', data: { id: n.id, name: nameOf(n), label: n.label, colour: colourOf(n.label), node: n } };
}

function edgeElement(e) {
  const probability = e.predicted && e.score != null ? ' ' + Number(e.score).toFixed(2) : '';
  return { group: 'edges', data: { id: 'e:' + e.id, source: e.source, target: e.target, predicted: !!e.predicted,
      label: e.type + probability, edge: e } };
}

function draw(subgraph, replace) {
  const cy = state.cy;
  if (replace) {
    cy.elements().remove();
    state.evidence = { nodes: [], edges: [] };
  }
  const added = [];
  for (const n of subgraph.nodes) {
    if (cy.getElementById(n.id).empty()) {
      added.push(nodeElement(n));
      state.evidence.nodes.push(n);
    }
  }
  for (const e of subgraph.edges) {
    if (cy.getElementById('e:' + e.id).empty()) {
      added.push(edgeElement(e));
      state.evidence.edges.push(e);
    }
  }
  cy.add(added);
  cy.layout({ name: 'cose', animate: false, randomize: false, nodeDimensionsIncludeLabels: true }).run();
  cy.fit(undefined, 20);
  $('graph').setAttribute('aria-label', 'Evidence graph: ' + plural(cy.nodes().length, 'node') + ' and '
      + plural(cy.edges().length, 'edge') + '. The list below names every node.');
  renderNodeList();
}

function plural(n, word) {
  return n + ' ' + word + (n === 1 ? '' : 's');
}

function renderNodeList() {
  const list = $('node-list');
  list.replaceChildren();
  state.cy.nodes().forEach(node => {
    const li = document.createElement('li');
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'node-button';
    b.dataset.id = node.id();
    b.textContent = node.data('name') + ' (' + node.data('label') + ')';
    b.style.borderLeftColor = node.data('colour');
    b.addEventListener('click', () => selectNode(node.id()));
    li.appendChild(b);
    list.appendChild(li);
  });
}

function selectNode(id) {
  const node = state.cy.getElementById(id);
  if (node.empty()) return;
  state.cy.nodes().unselect();
  node.select();
  state.selected = id;
  const n = node.data('node');
  $('details-empty').hidden = true;
  $('details-heading').textContent = node.data('name') + ' (' + (n.labels || [n.label]).join(', ') + ')';
  const dl = $('details-props');
  dl.replaceChildren();
  for (const [k, v] of Object.entries(n.properties || {})) {
    const dt = document.createElement('dt');
    dt.textContent = k;
    const dd = document.createElement('dd');
    dd.textContent = typeof v === 'object' ? JSON.stringify(v) : String(v);
    dl.append(dt, dd);
  }
  $('expand').disabled = !/^\d+:/.test(id); // only stored nodes (element ids) have neighbours to fetch
}

const SUBGRAPH = `query($seeds: [ID!]!) { subgraph(seeds: $seeds, hops: 1, limit: 25) {
  nodes { id label labels properties } edges { id type source target predicted score } } }`;
const NODE = 'query($id: ID!) { node(id: $id) { id label labels properties } }';

async function expandSelected() {
  if (!state.selected) return;
  setStatus('Expanding ...');
  try {
    const id = state.selected;
    const [sub, one] = await Promise.all([graphql(SUBGRAPH, { seeds: [id] }), graphql(NODE, { id })]);
    state.cy.getElementById(id).data('node', one.node);
    const before = state.cy.nodes().length;
    draw(sub.subgraph, false);
    selectNode(id);
    setStatus('Expanded: ' + plural(state.cy.nodes().length - before, 'new node') + '.');
  } catch (e) {
    setStatus('Expanding failed: ' + e.message);
  }
}

// ---- Cypher for Neo4j Browser ----

const BROWSER_CYPHER = 'query($ids: [ID!]!) { evidenceCypher(ids: $ids) }';

async function prepareCypher() {
  const ids = state.evidence.nodes.map(n => n.id).filter(id => /^\d+:/.test(id));
  if (!ids.length) {
    $('copy-cypher').disabled = true;
    return;
  }
  try {
    const data = await graphql(BROWSER_CYPHER, { ids });
    const stats = await graphql('{ stats { boltUri } }');
    $('cypher-text').value = '// Connect Neo4j Browser to ' + stats.stats.boltUri + '\n' + data.evidenceCypher;
    $('cypher-text').hidden = false;
    $('copy-cypher').disabled = false;
  } catch (e) {
    $('copy-status').textContent = 'No Cypher: ' + e.message;
  }
}

async function copyCypher() {
  const text = $('cypher-text').value;
  try {
    await navigator.clipboard.writeText(text);
    $('copy-status').textContent = 'Copied: paste it into Neo4j Browser.';
  } catch (e) {
    $('cypher-text').select();
    $('copy-status').textContent = 'Select and copy the text below (the clipboard is not available here).';
  }
}

// ---- asking ----

let source = null;

function resetAnswer() {
  $('answer').textContent = '';
  $('citations').replaceChildren();
  $('explanations').replaceChildren();
  $('copy-cypher').disabled = true;
  $('cypher-text').hidden = true;
  $('copy-status').textContent = '';
}

function ask(question, domain) {
  if (source) source.close();
  resetAnswer();
  setStatus('Asking ...');
  const url = '/ask/stream?question=' + encodeURIComponent(question) + (domain ? '&domain=' + encodeURIComponent(domain) : '');
  source = new EventSource(url);
  let streamed = '';
  source.addEventListener('token', ev => {
    streamed += JSON.parse(ev.data);
    $('answer').textContent = streamed;
  });
  source.addEventListener('answer', ev => {
    source.close();
    const a = JSON.parse(ev.data);
    showAnswer(a);
  });
  source.addEventListener('error', ev => {
    source.close();
    if (ev.data) {
      const e = JSON.parse(ev.data);
      setStatus('No answer: ' + e.message + ' (' + e.code + ')');
    } else {
      setStatus('The answer stream broke off.');
    }
  });
}

function showAnswer(a) {
  $('answer').textContent = a.text;
  const chips = $('citations');
  a.citations.forEach((c, i) => {
    const li = document.createElement('li');
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'chip';
    b.dataset.node = c.nodeId;
    b.textContent = '[' + (i + 1) + '] ' + (c.snippet.length > 32 ? c.snippet.slice(0, 29) + '...' : c.snippet);
    b.title = c.snippet;
    b.setAttribute('aria-label', 'Citation ' + (i + 1) + ': ' + c.label + ', ' + c.snippet);
    b.addEventListener('click', () => selectNode(c.nodeId));
    li.appendChild(b);
    chips.appendChild(li);
  });
  draw(a.evidence, true);
  state.cy.nodes().forEach(n => {
    if (a.citations.some(c => c.nodeId === n.id())) n.addClass('cited');
  });
  const domains = a.routing && a.routing.domains ? a.routing.domains.join(', ') : '';
  setStatus('Answered' + (domains ? ' from ' + domains : '') + ' with ' + plural(a.citations.length, 'citation') + ' and '
      + plural(a.evidence.nodes.length, 'evidence node') + '.');
  prepareCypher();
}

/**
 * An entity key as words: a ConceptNet key by its term (/c/en/wiener_dog/n is "wiener dog"), a URI by its local name
 * (http://example.org/ns#WorksFor is "WorksFor"), anything else as it is with '_' as spaces.
 */
function readable(key) {
  const concept = /^\/c\/[a-z]+\/([^/]+)/.exec(key);
  if (concept) return concept[1].replace(/_/g, ' ');
  const local = /^[a-z][a-z0-9+.-]*:.*[/#]([^/#]+)$/i.exec(key);
  return (local ? decodeURIComponent(local[1]) : key).replace(/_/g, ' ');
}

/** A relation id in words, as the answers phrase them: AtLocation is "at location", WORKS_FOR "works for". */
function relationWords(type) {
  return readable(type.replace(/^\/r\//, '')).replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' ').toLowerCase().trim();
}

const COMPLEX = `query($q: QueryInput!) { complexQuery(query: $q, k: 10) { type calibrated
  answers { entity score explanation { head relation tail observed score negated } } } }`;

async function askComplex(text) {
  if (source) source.close();
  resetAnswer();
  let tree;
  try {
    tree = JSON.parse(text);
  } catch (e) {
    setStatus('The query tree is not JSON: ' + e.message);
    return;
  }
  setStatus('Answering the complex query ...');
  try {
    const r = (await graphql(COMPLEX, { q: tree })).complexQuery;
    $('answer').textContent = r.answers.length
        ? 'Best answer: ' + readable(r.answers[0].entity) + ' (' + r.type + ' query, score ' + r.answers[0].score.toFixed(2) + ').'
        : 'No answer for this ' + r.type + ' query.';
    const list = $('explanations');
    const nodes = new Map();
    const edges = [];
    r.answers.forEach((ans, i) => {
      const li = document.createElement('li');
      const path = ans.explanation.map(e => (e.negated ? 'not ' : '') + readable(e.head) + ' —' + relationWords(e.relation)
          + '→ ' + readable(e.tail) + (e.observed ? ' (observed)' : ' (predicted ' + e.score.toFixed(2) + ')')).join('; ');
      li.textContent = readable(ans.entity) + ' (score ' + ans.score.toFixed(2) + '): ' + path;
      li.title = ans.entity; // the key itself, for whoever wants to query it
      list.appendChild(li);
      ans.explanation.forEach((e, j) => {
        for (const name of [e.head, e.tail]) {
          nodes.set(name, { id: 'entity:' + name, label: 'Entity', properties: { name: readable(name), key: name } });
        }
        edges.push({ id: i + ':' + j + ':' + e.head + ':' + e.relation + ':' + e.tail, type: e.relation,
            source: 'entity:' + e.head, target: 'entity:' + e.tail, predicted: !e.observed, score: e.score });
      });
    });
    const unique = new Map(edges.map(e => [e.source + '|' + e.type + '|' + e.target, e]));
    draw({ nodes: [...nodes.values()], edges: [...unique.values()] }, true);
    setStatus('Answered the complex query: ' + plural(r.answers.length, 'answer') + '.');
  } catch (e) {
    setStatus('No answer: ' + e.message);
  }
}

// ---- training curves of the served model ----

async function showTraining() {
  const r = await fetch('/model/history');
  if (!r.ok) return; // no model served, or one without a history: the placeholder says so
  const history = await r.json();
  const box = $('training');
  const caption = document.createElement('p');
  const epochs = history.epochs;
  const last = epochs[epochs.length - 1];
  const validated = epochs.filter(e => e.valid_mrr != null);
  caption.textContent = history.model + ': ' + plural(epochs.length, 'epoch') + (last ? ', final loss ' + last.loss.toFixed(4) : '')
      + (validated.length ? ', last valid MRR ' + validated[validated.length - 1].valid_mrr.toFixed(4) : '')
      + '. Blue: loss; red: valid MRR (each scaled to its own range).';
  box.replaceChildren(caption, trainingChart(epochs));
}

function trainingChart(epochs) {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 420 160');
  svg.setAttribute('width', '420');
  svg.setAttribute('height', '160');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', 'Loss and valid MRR by epoch');
  const frame = document.createElementNS(ns, 'rect');
  for (const [k, v] of Object.entries({ x: 5, y: 5, width: 410, height: 150, fill: 'none', stroke: '#bbb' })) frame.setAttribute(k, v);
  svg.appendChild(frame);
  const n = Math.max(epochs.length ? epochs[epochs.length - 1].epoch - epochs[0].epoch : 1, 1);
  const line = (key, colour) => {
    const pts = epochs.filter(e => e[key] != null);
    if (!pts.length) return;
    const values = pts.map(e => e[key]);
    const min = Math.min(...values);
    const span = (Math.max(...values) - min) || 1;
    const p = document.createElementNS(ns, 'polyline');
    p.setAttribute('points', pts.map(e => (10 + 400 * (e.epoch - epochs[0].epoch) / n) + ',' + (150 - 140 * (e[key] - min) / span)).join(' '));
    p.setAttribute('fill', 'none');
    p.setAttribute('stroke', colour);
    p.setAttribute('stroke-width', '2');
    p.setAttribute('class', 'curve-' + key);
    svg.appendChild(p);
  };
  line('loss', '#1f77b4');
  line('valid_mrr', '#d62728');
  return svg;
}

// ---- tabs ----

function selectTab(tab) {
  for (const t of document.querySelectorAll('[role=tab]')) {
    const on = t === tab;
    t.setAttribute('aria-selected', String(on));
    t.tabIndex = on ? 0 : -1;
    $(t.getAttribute('aria-controls')).hidden = !on;
  }
  tab.focus();
}

function initTabs() {
  const tabs = [...document.querySelectorAll('[role=tab]')];
  tabs.forEach((t, i) => {
    t.addEventListener('click', () => selectTab(t));
    t.addEventListener('keydown', ev => {
      if (ev.key === 'ArrowRight' || ev.key === 'ArrowLeft') {
        const next = tabs[(i + (ev.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length];
        selectTab(next);
        ev.preventDefault();
      }
    });
  });
}

// ---- ingest ----

function subscribe(query, variables, onNext, onDone) {
  const ws = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/graphql-ws',
      'graphql-transport-ws');
  ws.onopen = () => ws.send(JSON.stringify({ type: 'connection_init', payload: {} }));
  ws.onmessage = ev => {
    const m = JSON.parse(ev.data);
    if (m.type === 'connection_ack') {
      ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query, variables } }));
    } else if (m.type === 'next') {
      onNext(m.payload.data);
    } else if (m.type === 'error' || m.type === 'complete') {
      ws.close();
      onDone(m.type === 'error' ? m.payload : null);
    } else if (m.type === 'ping') {
      ws.send(JSON.stringify({ type: 'pong' }));
    }
  };
  return ws;
}

const FORMATS = { tickets: ['jira', 'github', 'csv'], sports: ['worldcup', 'openfootball', 'statsbomb'],
  commonsense: ['cn100k', 'conceptnet', 'rdf'], triples: ['tsv'] };

function showFormats() {
  const select = $('ingest-format');
  select.replaceChildren(...FORMATS[$('ingest-kind').value].map(f => new Option(f, f)));
}

const INGEST = 'mutation($s: IngestSourceInput!) { ingest(source: $s) { id status } }';
const PROGRESS = `subscription($id: ID!) { ingestProgress(id: $id) { id status run errors
  progress { processed total unit detail records } } }`;

async function startIngest() {
  const key = $('api-key').value;
  const progress = $('ingest-progress');
  progress.value = 0;
  progress.removeAttribute('max');
  $('ingest-state').textContent = 'Starting ...';
  try {
    const job = (await graphql(INGEST, { s: { kind: $('ingest-kind').value, format: $('ingest-format').value,
        path: $('ingest-path').value } },
        key ? { 'X-API-Key': key } : {})).ingest;
    subscribe(PROGRESS, { id: job.id }, data => {
      const j = data.ingestProgress;
      const p = j.progress;
      if (j.status === 'SUCCEEDED') {
        progress.max = 1;
        progress.value = 1;
      } else if (p.total != null && p.total > 0) {
        // The source's size is known: the bar has an end.
        progress.max = p.total;
        progress.value = p.processed;
      }
      const percent = progress.hasAttribute('max') ? Math.round(100 * progress.value / progress.max) : null;
      $('ingest-state').textContent = j.status + (percent != null ? ' ' + percent + '%' : '') + ': '
          + p.processed + (p.total != null ? ' of ' + p.total : '') + ' ' + p.unit + (p.detail ? ' (' + p.detail + ')' : '')
          + (j.status === 'SUCCEEDED' ? ', run ' + j.run : '') + (j.status === 'FAILED' ? ': ' + j.errors[0] : '');
    }, err => {
      if (err) $('ingest-state').textContent = 'Progress failed: ' + JSON.stringify(err);
      showRuns();
    });
  } catch (e) {
    $('ingest-state').textContent = 'Ingest refused: ' + e.message;
  }
}

const RUNS = '{ ingestRuns { id kind status startedAt records created sources } }';
const UNDO = 'mutation($id: ID!) { undoIngestRun(id: $id) { runId nodesDeleted relationshipsDeleted } }';
let undoing = null;

async function showRuns() {
  const body = $('runs');
  try {
    const runs = (await graphql(RUNS)).ingestRuns;
    body.replaceChildren(...runs.map(r => {
      const tr = document.createElement('tr');
      tr.dataset.run = r.id;
      for (const v of [r.id, r.kind, r.status, r.startedAt, r.records, r.created, r.sources.join(', ')]) {
        const td = document.createElement('td');
        td.textContent = String(v);
        tr.appendChild(td);
      }
      const td = document.createElement('td');
      if (r.status !== 'UNDONE' && r.status !== 'RUNNING') {
        const b = document.createElement('button');
        b.type = 'button';
        b.className = 'undo';
        b.textContent = 'Undo';
        b.setAttribute('aria-label', 'Undo run ' + r.id);
        b.addEventListener('click', () => askUndo(r));
        td.appendChild(b);
      }
      tr.appendChild(td);
      return tr;
    }));
  } catch (e) {
    $('undo-state').textContent = 'The runs could not be listed: ' + e.message;
  }
}

function askUndo(run) {
  undoing = run;
  $('undo-question').textContent = 'Undo run ' + run.id + ' (' + run.kind + ')? This deletes the ' + run.created
      + (run.created === 1 ? ' node or relationship' : ' nodes and relationships') + ' it created.';
  $('undo-confirm').hidden = false;
  $('undo-yes').focus();
}

async function undoConfirmed() {
  $('undo-confirm').hidden = true;
  const key = $('api-key').value;
  try {
    const u = (await graphql(UNDO, { id: undoing.id }, key ? { 'X-API-Key': key } : {})).undoIngestRun;
    $('undo-state').textContent = 'Undid ' + u.runId + ': removed ' + plural(u.nodesDeleted, 'node') + ' and '
        + plural(u.relationshipsDeleted, 'relationship') + '.';
  } catch (e) {
    $('undo-state').textContent = 'Undo refused: ' + e.message;
  }
  undoing = null;
  showRuns();
}

// ---- start ----

document.addEventListener('DOMContentLoaded', () => {
  initGraph();
  initTabs();
  $('complex').addEventListener('change', () => {
    $('complex-box').hidden = !$('complex').checked;
    $('question').required = !$('complex').checked;
  });
  $('ask-form').addEventListener('submit', ev => {
    ev.preventDefault();
    if ($('complex').checked) {
      askComplex($('complex-json').value);
    } else {
      const q = $('question').value.trim();
      if (q) ask(q, $('domain').value);
    }
  });
  $('expand').addEventListener('click', expandSelected);
  $('copy-cypher').addEventListener('click', copyCypher);
  showTraining().catch(() => {});
  $('runs-refresh').addEventListener('click', showRuns);
  $('undo-yes').addEventListener('click', undoConfirmed);
  $('undo-no').addEventListener('click', () => {
    $('undo-confirm').hidden = true;
    undoing = null;
    $('undo-state').textContent = 'Undo cancelled.';
  });
  $('tab-ingest').addEventListener('click', showRuns);
  $('ingest-kind').addEventListener('change', showFormats);
  showFormats();
  $('ingest-form').addEventListener('submit', ev => {
    ev.preventDefault();
    startIngest();
  });
});
