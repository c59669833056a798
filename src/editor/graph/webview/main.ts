// The graph page (runs in the webview, bundled to dist/graphView.js with cytoscape). Draws what the
// host sends, and mirrors it as lists of buttons for the keyboard and screen readers. All text goes
// into the page with textContent; nothing is parsed as HTML.
import cytoscape from 'cytoscape';
import type { GraphData, GraphNode } from '../../../core/graph';
import type { EntityType } from '../../../core/types';
import type { EvidenceView, Expansion, GraphFilters, HostToPage, PageToHost } from '../protocol';
import { fromWire, joinWireParts, type WireAssembly } from '../wire';
import { keepDrawnLabels, placeLabelsAt, type LabelCandidate } from './labels';

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
    { selector: 'node', style: { label: 'data(name)', color: fg, 'font-family': LABEL_FONT_FAMILY, 'font-size': labelFont, 'text-valign': 'bottom', 'text-margin-y': labelMargin, 'text-outline-color': bg, 'text-outline-width': 2, width: 'data(size)', height: 'data(size)', 'border-width': 1, 'border-color': bg } },
    // The collision pass (labels.ts) hides the labels that would overlap a more important one; pointing at a node shows its label.
    { selector: 'node.unlabelled', style: { label: '' } },
    // A labelled node is drawn above the others, so no body hides a label allowed over it.
    { selector: 'node[name]', style: { 'z-index': 2 } },
    { selector: 'node.unlabelled', style: { 'z-index': 1 } },
    { selector: 'node.label-top', style: { 'text-valign': 'top', 'text-margin-y': -labelMargin } },
    { selector: 'node.label-right', style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-y': 0, 'text-margin-x': labelMargin } },
    { selector: 'node.label-left', style: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-y': 0, 'text-margin-x': -labelMargin } },
    { selector: 'node.hovered', style: { label: 'data(name)', 'z-index': 10 } },
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

const LABEL_FONT_PX = 11;
const LABEL_MARGIN_PX = 3;
/** The smallest label size on screen, in pixels, at any zoom. */
const MIN_SCREEN_FONT_PX = 10;
/** Classes for a label's other places, in the order relabel() offers them to placeLabelsAt. */
const LABEL_PLACES = ['label-top', 'label-right', 'label-left'] as const;
const MAX_SCREEN_FONT_PX = 13;
/** The label font size in model units now set on the drawing. */
let labelFont = LABEL_FONT_PX;
/** The gap between a node and its label in model units (3 pixels on screen when zoomed out). */
let labelMargin = LABEL_MARGIN_PX;
const LABEL_FONT_FAMILY = getComputedStyle(document.body).getPropertyValue('--vscode-font-family').trim() || 'sans-serif';

let cy: cytoscape.Core | undefined;
/** The link whose evidence the panel shows (or is loading); the evidence box never describes another. */
let selectedEdge: { source: string; target: string } | undefined;
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
  clearEvidence();
  if (cy) {
    cy.edges().unselect();
    const node = cy.getElementById(id);
    const hood = node.closedNeighborhood();
    cy.elements().addClass('faded').removeClass('highlighted focused');
    hood.removeClass('faded');
    hood.edges().addClass('highlighted');
    node.addClass('focused');
    if (fromList) cy.animate({ fit: { eles: hood, padding: 40 } }, { duration: 200, complete: scheduleRelabel });
    scheduleRelabel();
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
  // A link of the selected entity keeps that entity selected; any other link becomes the selection
  // on its own, with its two ends lit, so the lists and the evidence box describe the same thing.
  if (selectedNode !== source && selectedNode !== target) {
    selectedNode = undefined;
    renderNodeList();
    renderEdgeList(undefined);
    showExpandTarget();
  }
  selectedEdge = { source, target };
  if (cy) {
    cy.elements().unselect();
    const edge = cy.edges().filter((e) => (e.data('source') === source && e.data('target') === target) || (e.data('source') === target && e.data('target') === source));
    edge.select();
    if (!selectedNode) {
      cy.elements().removeClass('faded highlighted focused');
      edge.connectedNodes().addClass('focused');
    }
    scheduleRelabel();
  }
  $('evidenceHint').hidden = true;
  $('evidence').replaceChildren();
  $('evidenceTitle').textContent = `Evidence: ${nameOf(source)} — ${nameOf(target)} (loading…)`;
  vscode.postMessage({ type: 'edge', source, target });
}

function renderEvidence(source: string, target: string, title: string, items: readonly EvidenceView[]): void {
  // An answer for a link that is no longer the selection (the reader clicked on) is dropped.
  if (!selectedEdge || selectedEdge.source !== source || selectedEdge.target !== target) return;
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
    where.textContent = `${item.document} · ${item.scope}${item.repeats ? ` · ${item.repeats} times in the document` : ''}`;
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

const measure = document.createElement('canvas').getContext('2d');
const labelWidths = new Map<string, number>();
/** Width of a label at the base font size, in model pixels (cached per name). */
function labelWidth(name: string): number {
  let w = labelWidths.get(name);
  if (w === undefined) {
    if (measure) measure.font = `${LABEL_FONT_PX}px ${LABEL_FONT_FAMILY}`;
    w = measure ? measure.measureText(name).width : name.length * LABEL_FONT_PX * 0.6;
    labelWidths.set(name, w);
  }
  return w;
}

/** Shows the labels placeLabelsAt picks for the drawing as it is now, each in its place: selection first, then its neighbours, then by mentions. */
function relabel(): void {
  if (!cy) return;
  const zoom = cy.zoom();
  // Labels keep a readable size on screen at any zoom (cytoscape scales them with the drawing): the
  // model font grows as the zoom shrinks, and shrinks as it grows, to stay between 10 and 13 pixels.
  const modelFont = Math.min(Math.max(LABEL_FONT_PX, MIN_SCREEN_FONT_PX / zoom), MAX_SCREEN_FONT_PX / zoom);
  // The margin follows the zoom too: below zoom 1 it grows in model units to stay 3 pixels on screen.
  const modelMargin = LABEL_MARGIN_PX / Math.min(1, zoom);
  if (Math.abs(modelFont - labelFont) > 0.05 || Math.abs(modelMargin - labelMargin) > 0.05) {
    labelFont = modelFont;
    labelMargin = modelMargin;
    cy.style(styles());
  }
  const font = labelFont * zoom;
  const hood = selectedNode ? cy.getElementById(selectedNode).closedNeighborhood().nodes() : undefined;
  const inHood = new Set(hood?.map((n) => n.id()) ?? []);
  const ends = new Set(selectedEdge ? [selectedEdge.source, selectedEdge.target] : []);
  // With nothing selected, the five most mentioned entities are the ones a reader looks for first.
  const leading = new Set(selectedNode ? [] : [...(graph?.nodes ?? [])].sort((a, b) => b.mentions - a.mentions).slice(0, 5).map((n) => n.id));
  const mentions = new Map((graph?.nodes ?? []).map((g) => [g.id, g.mentions]));
  const candidates: LabelCandidate[] = [];
  const bodies: Omit<LabelCandidate, 'priority'>[] = [];
  cy.nodes().forEach((n) => {
    const id = n.id();
    const p = n.renderedPosition();
    const width = labelWidth(n.data('name') as string) * (font / LABEL_FONT_PX) + 8;
    const height = font * 1.25 + 4;
    const m = mentions.get(id) ?? 0;
    // Only the selection, the ends of the chosen link, the focus and the leading entities may cover another node's body.
    const priority = id === selectedNode || ends.has(id) ? 3e9 + m : id === graph?.focus ? 2e9 : leading.has(id) ? 1.5e9 + m : inHood.has(id) ? 1e9 + m : selectedNode ? m - 1e9 : m;
    const w = n.renderedWidth();
    const h = n.renderedHeight();
    bodies.push({ id, x: p.x - w / 2, y: p.y - h / 2, width: w, height: h });
    const margin = LABEL_MARGIN_PX * Math.max(1, zoom);
    // Below the node (cytoscape's place for it), else above, right or left of it (LABEL_PLACES).
    candidates.push({ id, x: p.x - width / 2, y: p.y + h / 2 + margin - 2, width, height, priority, alternatives: [
      { x: p.x - width / 2, y: p.y - h / 2 - margin - height + 2 },
      { x: p.x + w / 2 + margin, y: p.y - height / 2 },
      { x: p.x - w / 2 - margin - width, y: p.y - height / 2 },
    ] });
  });
  const container = $('cy');
  const shown = placeLabelsAt(candidates, { canvasWidth: container.clientWidth, canvasHeight: container.clientHeight, gap: 4, obstacles: bodies, overObstaclesFrom: 1.5e9 });
  cy.batch(() => cy?.nodes().forEach((n) => {
    const at = shown.get(n.id());
    n.removeClass(['unlabelled', ...LABEL_PLACES]);
    if (at === undefined) n.addClass('unlabelled');
    else if (at > 0) n.addClass(LABEL_PLACES[at - 1]);
  }));
  // The boxes above are estimates (text measured in our own canvas, cytoscape's margins and rounding):
  // check the labels as cytoscape now draws them, most important first, and hide any that crosses the
  // canvas edge or meets one kept before it, so what the reader sees keeps the rule by construction.
  const priority = new Map(candidates.map((c) => [c.id, c.priority]));
  const drawn = shownLabelBoxes(cy).map((d) => ({ ...d, priority: priority.get(d.id) ?? 0 }));
  const kept = keepDrawnLabels(drawn, { canvasWidth: container.clientWidth, canvasHeight: container.clientHeight });
  const hide = drawn.filter((d) => !kept.has(d.id));
  if (hide.length > 0) cy.batch(() => { for (const d of hide) cy?.getElementById(d.id).addClass('unlabelled'); });
}

/** Each labelled node's label box as cytoscape draws it, in canvas pixels. */
function shownLabelBoxes(graphView: cytoscape.Core): { id: string; x: number; y: number; width: number; height: number }[] {
  const boxes: { id: string; x: number; y: number; width: number; height: number }[] = [];
  graphView.nodes().forEach((n) => {
    if (n.hasClass('unlabelled') || !n.data('name')) return;
    const b = n.renderedBoundingBox({ includeNodes: false, includeLabels: true, includeEdges: false });
    boxes.push({ id: n.id(), x: b.x1, y: b.y1, width: b.w, height: b.h });
  });
  return boxes;
}

let relabelFrame: number | undefined;
function scheduleRelabel(): void {
  if (relabelFrame !== undefined) return;
  relabelFrame = requestAnimationFrame(() => {
    relabelFrame = undefined;
    relabel();
  });
}

/** The evidence box with no link chosen: it says what to do, for the selection there is. */
function clearEvidence(): void {
  selectedEdge = undefined;
  $('evidence').replaceChildren();
  $('evidenceTitle').textContent = 'Evidence';
  const hint = $('evidenceHint');
  hint.hidden = false;
  hint.textContent = selectedNode
    ? `Pick one of the links of ${nameOf(selectedNode)} (in the drawing or below) to read the sentences that support it.`
    : 'Click a link in the drawing, or pick one below, to read the sentences that support it.';
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
    layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 12000, idealEdgeLength: () => 80, padding: 30 } as cytoscape.LayoutOptions,
    minZoom: 0.1,
    maxZoom: 4,
    wheelSensitivity: 0.3,
  });
  cy.on('tap', 'node', (event) => selectNode(event.target.id(), false));
  cy.on('tap', 'edge', (event) => selectEdge(event.target.data('source'), event.target.data('target')));
  cy.on('mouseover', 'node', (event) => event.target.addClass('hovered'));
  cy.on('mouseout', 'node', (event) => event.target.removeClass('hovered'));
  cy.on('viewport', scheduleRelabel);
  cy.on('dbltap', 'node', (event) => vscode.postMessage({ type: 'quotes', id: event.target.id() }));
  cy.on('tap', (event) => {
    if (event.target === cy) {
      selectedNode = undefined;
      cy?.elements().removeClass('faded highlighted focused').unselect();
      clearEvidence();
      renderNodeList();
      renderEdgeList(undefined);
      showExpandTarget();
      scheduleRelabel();
    }
  });
  const keep = expansion?.id ?? (selectedNode && data.nodes.some((n) => n.id === selectedNode) ? selectedNode : undefined);
  const was = selectedEdge;
  const edge = was && data.edges.some((e) => (e.source === was.source && e.target === was.target) || (e.source === was.target && e.target === was.source)) ? was : undefined;
  selectedNode = undefined;
  renderNodeList();
  // After an expansion the expanded entity stays selected (its new links are lit); otherwise the focus.
  if (keep) selectNode(keep, false);
  else if (data.focus) selectNode(data.focus, false);
  else {
    clearEvidence();
    renderEdgeList(undefined);
  }
  showExpandTarget();
  // A link still drawn stays chosen, its evidence asked again (the filters may have changed its documents); a link gone leaves the box empty.
  if (edge) selectEdge(edge.source, edge.target);
  relabel();
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
// The host opens a folder dialog; the graph of that folder's documents comes back as a 'graph' message.
$('pickFolder').addEventListener('click', () => vscode.postMessage({ type: 'pickFolder' }));
function expand(id: string): void {
  status(`Expanding the neighbourhood of ${nameOf(id)}…`);
  vscode.postMessage({ type: 'more', id });
}

$('more').addEventListener('click', () => {
  const id = expandTarget();
  if (id !== undefined) expand(id);
});

/** The graph being received in parts. */
let receiving: WireAssembly | undefined;

window.addEventListener('message', (event: MessageEvent<HostToPage>) => {
  const m = event.data;
  if (m.type === 'graph') {
    // A large graph comes in parts (wire.ts): drawn once the last part is in.
    const joined = joinWireParts(receiving, m.graph, m.sequence ?? 0, m.pending);
    receiving = joined.assembly;
    if (joined.stale) return;
    if (!joined.graph) {
      status(`Loading the graph… ${receiving.nodes.length} entities and ${receiving.edges.length} links so far`);
      return;
    }
    showFilters(m.filters);
    const data = fromWire(joined.graph);
    draw(data, m.expansion);
    const added = m.expansion
      ? ` · ${nameOf(m.expansion.id)} expanded: ${m.expansion.addedNodes === 0 && m.expansion.addedEdges === 0 ? 'nothing more to show' : `${m.expansion.addedNodes} entities and ${m.expansion.addedEdges} links added`}`
      : '';
    status(`${data.nodes.length} of ${data.totalNodes} entities, ${data.edges.length} of ${data.totalEdges} links · ${m.scopeLabel}${data.focus ? ` · centred on ${nameOf(data.focus)}` : ''}${added}`);
  } else if (m.type === 'evidence') renderEvidence(m.source, m.target, m.title, m.items);
  else if (m.type === 'select') selectNode(m.id, true);
});

// The panel is resized with the editor group: keep the drawing filling it.
let resizeTimer: number | undefined;
new ResizeObserver(() => {
  if (resizeTimer !== undefined) clearTimeout(resizeTimer);
  // Labels are checked against the new size at once (a narrower canvas may cut some); the fit waits
  // for the resizing to settle.
  if (cy) {
    cy.resize();
    scheduleRelabel();
  }
  resizeTimer = window.setTimeout(() => {
    if (!cy) return;
    cy.resize();
    const focused = selectedNode ? cy.getElementById(selectedNode).closedNeighborhood() : undefined;
    cy.fit(focused, 30);
    relabel();
  }, 150);
}).observe($('cy'));

// Theme switches change the CSS variables and the body class; redraw the colours.
new MutationObserver(() => {
  labelWidths.clear();
  cy?.style(styles());
  scheduleRelabel();
}).observe(document.body, { attributes: true, attributeFilter: ['class'] });

// Read-only hook for the UI check (test/e2e/ui.mjs): where each edge is drawn, in pixels of the
// canvas, so the test can click an edge on the drawing the way a person would.
(window as unknown as { sourceAnnotatorGraph: unknown }).sourceAnnotatorGraph = {
  edges: () => cy?.edges().map((e) => ({ id: e.id(), weight: e.data('weight') as number, at: e.renderedMidpoint() })) ?? [],
  /** Each node's label (shown or hidden by the collision pass) and its drawn box in canvas pixels. */
  labels: () => cy?.nodes().map((n) => ({ id: n.id(), name: n.data('name') as string, shown: !n.hasClass('unlabelled') && n.data('name') !== '', box: n.renderedBoundingBox({ includeNodes: false, includeLabels: true, includeEdges: false }) })) ?? [],
  canvas: () => ({ width: $('cy').clientWidth, height: $('cy').clientHeight }),
};

vscode.postMessage({ type: 'ready' });
