// The graph page (runs in the webview, bundled to dist/graphView.js with cytoscape). Draws what the
// host sends, and mirrors it as lists of buttons for the keyboard and screen readers. All text goes
// into the page with textContent; nothing is parsed as HTML.
import cytoscape from 'cytoscape';
import type { GraphData, GraphNode } from '../../../core/graph';
import type { EntityType } from '../../../core/types';
import type { EvidenceView, Expansion, GraphFilters, HostToPage, PageToHost } from '../protocol';
import { fromWire } from '../wire';

declare function acquireVsCodeApi(): { postMessage(message: PageToHost): void };

const vscode = acquireVsCodeApi();
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const TYPE_COLOR: Record<EntityType, string> = { PERSON: 'person', ORG: 'organization', PLACE: 'place' };
const TYPE_LABEL: Record<EntityType, string> = { PERSON: 'person', ORG: 'organization', PLACE: 'place' };

/** A contributed theme colour as cytoscape understands it (#rrggbb; the alpha of #rrggbbaa is dropped). */
function themeColor(name: string, fallback: string): string {
  // VS Code replaces only the first dot of a colour id: sourceAnnotator.person.overviewRuler is
  // --vscode-sourceAnnotator-person.overviewRuler.
  const value = getComputedStyle(document.documentElement).getPropertyValue(`--vscode-${name.replace('.', '-')}`).trim();
  const hex = /^#([0-9a-f]{6})([0-9a-f]{2})?$/i.exec(value);
  if (hex) return `#${hex[1]}`;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])[0-9a-f]?$/i.exec(value);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  return /^(rgb|hsl)a?\(/.test(value) ? value : fallback;
}

function styles(): cytoscape.StylesheetJson {
  const fg = themeColor('editor.foreground', '#888888');
  const bg = themeColor('editor.background', '#1e1e1e');
  const focus = themeColor('focusBorder', '#007fd4');
  const node = (type: EntityType) => themeColor(`sourceAnnotator.${TYPE_COLOR[type]}.overviewRuler`, { PERSON: '#3794ff', ORG: '#e0a02e', PLACE: '#89d185' }[type]);
  return [
    { selector: 'node', style: { label: 'data(name)', color: fg, 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3, 'text-outline-color': bg, 'text-outline-width': 2, width: 'data(size)', height: 'data(size)', 'border-width': 1, 'border-color': bg } },
    { selector: 'node[type = "PERSON"]', style: { 'background-color': node('PERSON'), shape: 'ellipse' } },
    { selector: 'node[type = "ORG"]', style: { 'background-color': node('ORG'), shape: 'round-rectangle' } },
    { selector: 'node[type = "PLACE"]', style: { 'background-color': node('PLACE'), shape: 'diamond' } },
    { selector: 'edge', style: { width: 'data(width)', 'line-color': fg, opacity: 0.35, 'curve-style': 'haystack' } },
    { selector: '.faded', style: { opacity: 0.12 } },
    { selector: 'edge.highlighted', style: { opacity: 0.9, 'line-color': focus } },
    { selector: 'node:selected, node.focused', style: { 'border-width': 3, 'border-color': focus } },
    { selector: 'edge:selected', style: { opacity: 1, 'line-color': focus, width: 'mapData(weight, 1, 20, 3, 10)' } },
  ];
}

let cy: cytoscape.Core | undefined;
let graph: GraphData | undefined;
let selectedNode: string | undefined;
/** A link picked from the list (keyboard) moves the focus on to its evidence when it arrives. */
let focusEvidence = false;
const nameOf = (id: string) => graph?.nodes.find((n) => n.id === id)?.name ?? id;

function status(text: string): void {
  $('status').textContent = text;
}

function button(label: string, title: string, onActivate: () => void, className = 'item'): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = className;
  b.textContent = label;
  b.title = title;
  b.addEventListener('click', onActivate);
  return b;
}

function listItem(child: HTMLElement): HTMLLIElement {
  const li = document.createElement('li');
  li.appendChild(child);
  return li;
}

function renderNodeList(): void {
  const list = $('nodes');
  list.replaceChildren();
  $('selectedTitle').textContent = `Entities (${graph?.nodes.length ?? 0} of ${graph?.totalNodes ?? 0})`;
  for (const n of graph?.nodes ?? []) {
    const b = button(`${n.name}`, `${TYPE_LABEL[n.type]} · ${n.mentions} mentions · link weight ${n.degree}`, () => selectNode(n.id, true), `item node-item type-${n.type.toLowerCase()}`);
    b.dataset.id = n.id;
    // "+" on an entity of the list expands its neighbourhood without leaving the list.
    b.addEventListener('keydown', (event) => {
      if (event.key !== '+') return;
      event.preventDefault();
      selectedNode = n.id;
      expand(n.id);
    });
    const meta = document.createElement('span');
    meta.className = 'meta';
    meta.textContent = ` ${TYPE_LABEL[n.type]} · ${n.mentions}`;
    b.appendChild(meta);
    if (n.id === selectedNode) b.setAttribute('aria-current', 'true');
    list.appendChild(listItem(b));
  }
}

function renderEdgeList(nodeId: string | undefined): void {
  const list = $('edges');
  list.replaceChildren();
  const edges = (graph?.edges ?? []).filter((e) => !nodeId || e.source === nodeId || e.target === nodeId).slice(0, 100);
  $('edgesTitle').textContent = nodeId ? `Links of ${nameOf(nodeId)}` : 'Strongest links';
  for (const e of edges) {
    const label = nodeId ? nameOf(e.source === nodeId ? e.target : e.source) : `${nameOf(e.source)} — ${nameOf(e.target)}`;
    const b = button(`${label} (${e.weight})`, `${e.sentences} sentences, ${e.paragraphs} more paragraphs, ${e.documents} documents`, () => {
      focusEvidence = true;
      selectEdge(e.source, e.target);
    }, 'item edge-item');
    b.dataset.edge = e.id;
    list.appendChild(listItem(b));
  }
}

function selectNode(id: string, fromList: boolean): void {
  selectedNode = id;
  if (cy) {
    const node = cy.getElementById(id);
    const hood = node.closedNeighborhood();
    cy.elements().addClass('faded').removeClass('highlighted focused');
    hood.removeClass('faded');
    hood.edges().addClass('highlighted');
    node.addClass('focused');
    if (fromList) cy.animate({ fit: { eles: hood, padding: 40 } }, { duration: 200 });
  }
  renderNodeList();
  renderEdgeList(id);
  showExpandTarget();
  vscode.postMessage({ type: 'node', id });
  const first = $('edges').querySelector('button');
  if (fromList && first instanceof HTMLButtonElement) first.focus();
}

/** The entity "Expand" works on: the one selected, else the entity the graph is centred on. */
const expandTarget = () => selectedNode ?? graph?.focus;

function showExpandTarget(): void {
  const button = $<HTMLButtonElement>('more');
  const id = expandTarget();
  button.disabled = id === undefined;
  button.textContent = id === undefined ? 'Expand a neighbourhood' : `Expand the neighbourhood of ${nameOf(id)}`;
  button.title = id === undefined ? 'Select an entity first (Tab to it in the list below, then Enter)' : `Add the strongest links of ${nameOf(id)} that are not shown yet`;
}

function selectEdge(source: string, target: string): void {
  if (cy) {
    cy.elements().unselect();
    cy.edges().filter((e) => (e.data('source') === source && e.data('target') === target) || (e.data('source') === target && e.data('target') === source)).select();
  }
  $('evidenceTitle').textContent = `Evidence: ${nameOf(source)} — ${nameOf(target)} (loading…)`;
  vscode.postMessage({ type: 'edge', source, target });
}

function renderEvidence(title: string, items: readonly EvidenceView[]): void {
  $('evidenceTitle').textContent = `Evidence: ${title} (${items.length})`;
  $('evidenceHint').hidden = true;
  const list = $('evidence');
  list.replaceChildren();
  for (const item of items) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'item evidence-item';
    b.title = `Open ${item.document} at this ${item.scope}`;
    const where = document.createElement('span');
    where.className = 'where';
    where.textContent = `${item.document} · ${item.scope}`;
    const text = document.createElement('span');
    text.className = 'text';
    let at = 0;
    for (const m of item.marks) {
      if (m.start < at) continue;
      text.append(item.text.slice(at, m.start));
      const mark = document.createElement('mark');
      mark.textContent = item.text.slice(m.start, m.end);
      text.append(mark);
      at = m.end;
    }
    text.append(item.text.slice(at));
    b.append(where, text);
    b.addEventListener('click', () => vscode.postMessage({ type: 'open', index: item.index }));
    list.appendChild(listItem(b));
  }
  if (items.length === 0) list.appendChild(listItem(Object.assign(document.createElement('span'), { textContent: 'No passage in the chosen documents.' })));
  const first = list.querySelector('button');
  if (focusEvidence && first instanceof HTMLButtonElement) first.focus();
  focusEvidence = false;
}

function draw(data: GraphData, expansion?: Expansion): void {
  graph = data;
  const maxMentions = Math.max(1, ...data.nodes.map((n: GraphNode) => n.mentions));
  const elements: cytoscape.ElementDefinition[] = [
    ...data.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, name: n.name, type: n.type, size: 14 + 36 * Math.sqrt(n.mentions / maxMentions) } })),
    ...data.edges.map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target, weight: e.weight, width: Math.min(10, 1 + Math.log2(e.weight) * 1.5) } })),
  ];
  cy?.destroy();
  cy = cytoscape({
    container: $('cy'),
    elements,
    style: styles(),
    layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 70, padding: 30 } as cytoscape.LayoutOptions,
    minZoom: 0.1,
    maxZoom: 4,
    wheelSensitivity: 0.3,
  });
  cy.on('tap', 'node', (event) => selectNode(event.target.id(), false));
  cy.on('tap', 'edge', (event) => selectEdge(event.target.data('source'), event.target.data('target')));
  cy.on('dbltap', 'node', (event) => vscode.postMessage({ type: 'quotes', id: event.target.id() }));
  cy.on('tap', (event) => {
    if (event.target === cy) {
      selectedNode = undefined;
      cy?.elements().removeClass('faded highlighted focused');
      renderNodeList();
      renderEdgeList(undefined);
    }
  });
  const keep = expansion?.id ?? (selectedNode && data.nodes.some((n) => n.id === selectedNode) ? selectedNode : undefined);
  selectedNode = undefined;
  renderNodeList();
  // After an expansion the expanded entity stays selected (its new links are lit); otherwise the focus.
  if (keep) selectNode(keep, false);
  else if (data.focus) selectNode(data.focus, false);
  else renderEdgeList(undefined);
  showExpandTarget();
}

function readFilters(): GraphFilters {
  const types = Array.from(document.querySelectorAll<HTMLInputElement>('input[name="type"]:checked')).map((i) => i.value as EntityType);
  const minWeight = Math.max(1, Number($<HTMLInputElement>('minWeight').value) || 1);
  const scope = $<HTMLSelectElement>('scope').value as GraphFilters['scope'];
  const limit = Math.max(1, Math.floor(Number($<HTMLInputElement>('limit').value)) || 200);
  return { types, minWeight, scope, limit };
}

function showFilters(filters: GraphFilters): void {
  for (const input of Array.from(document.querySelectorAll<HTMLInputElement>('input[name="type"]'))) input.checked = filters.types.includes(input.value as EntityType);
  $<HTMLInputElement>('minWeight').value = String(filters.minWeight);
  $<HTMLSelectElement>('scope').value = filters.scope;
  $<HTMLInputElement>('limit').value = String(filters.limit);
}

$('filters').addEventListener('change', () => {
  status('Updating…');
  vscode.postMessage({ type: 'filters', filters: readFilters() });
});
$('filters').addEventListener('submit', (event) => event.preventDefault());
function expand(id: string): void {
  status(`Expanding the neighbourhood of ${nameOf(id)}…`);
  vscode.postMessage({ type: 'more', id });
}

$('more').addEventListener('click', () => {
  const id = expandTarget();
  if (id !== undefined) expand(id);
});

window.addEventListener('message', (event: MessageEvent<HostToPage>) => {
  const m = event.data;
  if (m.type === 'graph') {
    showFilters(m.filters);
    const data = fromWire(m.graph);
    draw(data, m.expansion);
    const added = m.expansion
      ? ` · ${nameOf(m.expansion.id)} expanded: ${m.expansion.addedNodes === 0 && m.expansion.addedEdges === 0 ? 'nothing more to show' : `${m.expansion.addedNodes} entities and ${m.expansion.addedEdges} links added`}`
      : '';
    status(`${data.nodes.length} of ${data.totalNodes} entities, ${data.edges.length} of ${data.totalEdges} links · ${m.scopeLabel}${data.focus ? ` · centred on ${nameOf(data.focus)}` : ''}${added}`);
  } else if (m.type === 'evidence') renderEvidence(m.title, m.items);
  else if (m.type === 'select') selectNode(m.id, true);
});

// The panel is resized with the editor group: keep the drawing filling it.
let resizeTimer: number | undefined;
new ResizeObserver(() => {
  if (resizeTimer !== undefined) clearTimeout(resizeTimer);
  resizeTimer = window.setTimeout(() => {
    if (!cy) return;
    cy.resize();
    const focused = selectedNode ? cy.getElementById(selectedNode).closedNeighborhood() : undefined;
    cy.fit(focused, 30);
  }, 150);
}).observe($('cy'));

// Theme switches change the CSS variables and the body class; redraw the colours.
new MutationObserver(() => cy?.style(styles())).observe(document.body, { attributes: true, attributeFilter: ['class'] });

// Read-only hook for the UI check (test/e2e/ui.mjs): where each edge is drawn, in pixels of the
// canvas, so the test can click an edge on the drawing the way a person would.
(window as unknown as { sourceAnnotatorGraph: unknown }).sourceAnnotatorGraph = {
  edges: () => cy?.edges().map((e) => ({ id: e.id(), weight: e.data('weight') as number, at: e.renderedMidpoint() })) ?? [],
};

vscode.postMessage({ type: 'ready' });
