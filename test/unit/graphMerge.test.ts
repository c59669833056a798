import * as assert from 'node:assert/strict';
import type { GraphData, GraphEdge, GraphNode } from '../../src/core/graph';
import { edgeId } from '../../src/core/graph/document';
import { mergeNeighbourhood } from '../../src/editor/graph/mergeGraph';
import { fromWire, graphMessages, joinWireParts, toWire, type WireAssembly } from '../../src/editor/graph/wire';

const node = (id: string, mentions = 1): GraphNode => ({ id, name: id, type: 'PERSON', mentions, documents: 1, degree: 1 });
const edge = (a: string, b: string, weight = 1): GraphEdge => ({ id: `${a}|${b}`, source: a, target: b, weight, sentences: weight, paragraphs: 0, documents: 1 });

describe('graph view: a neighbourhood merged into the graph shown', () => {
  const shown: GraphData = { nodes: [node('a', 9), node('b')], edges: [edge('a', 'b', 4)], totalNodes: 30, totalEdges: 60, focus: 'a' };

  it('adds the neighbours and links it lacks, after the ones shown, strongest first', () => {
    const hood: GraphData = { nodes: [node('b', 5), node('d'), node('c')], edges: [edge('b', 'd', 7), edge('b', 'c', 2), edge('a', 'b', 9)], totalNodes: 3, totalEdges: 3, focus: 'b' };
    const merged = mergeNeighbourhood(shown, hood);
    assert.deepEqual(merged.graph.nodes.map((n) => n.id), ['a', 'b', 'd', 'c']);
    assert.deepEqual(merged.graph.edges.map((e) => e.id), ['a|b', 'b|d', 'b|c']);
    assert.equal(merged.addedNodes, 2);
    assert.equal(merged.addedEdges, 2);
    assert.equal(merged.graph.nodes[1].mentions, 1, 'a node already shown keeps its figures');
    assert.equal(merged.graph.edges[0].weight, 4, 'an edge already shown keeps its weight');
    assert.equal(merged.graph.focus, 'a', 'the focus stays the view\'s');
    assert.equal(merged.graph.totalNodes, 30);
  });

  it('adds nothing when the neighbourhood is all shown or empty, and never an edge to a node off the page', () => {
    assert.equal(mergeNeighbourhood(shown, { nodes: [node('a'), node('b')], edges: [edge('a', 'b')], totalNodes: 2, totalEdges: 1 }).addedNodes, 0);
    const empty = mergeNeighbourhood(shown, { nodes: [], edges: [], totalNodes: 0, totalEdges: 0 });
    assert.deepEqual(empty.graph, shown);
    const dangling = mergeNeighbourhood(shown, { nodes: [node('b')], edges: [edge('b', 'zz')], totalNodes: 1, totalEdges: 1 });
    assert.equal(dangling.addedEdges, 0);
  });
});

describe('graph view: the wire form the host posts to the page', () => {
  it('round-trips a graph, edge ids included, and is much smaller than the object form', () => {
    const nodes: GraphNode[] = Array.from({ length: 40 }, (_, i) => ({ ...node(`PERSON:Person Number ${i}`, i + 1), type: i % 3 === 0 ? 'ORG' : 'PERSON' }));
    const edges: GraphEdge[] = [];
    for (let i = 0; i < 40; i++) for (let j = i + 1; j < 40; j += 7) edges.push({ ...edge(nodes[i].id, nodes[j].id, 1 + ((i + j) % 5)), id: edgeId(nodes[i].id, nodes[j].id) });
    const graph: GraphData = { nodes, edges, totalNodes: 90, totalEdges: 400, focus: nodes[3].id };
    const wire = toWire(graph);
    assert.deepEqual(fromWire(wire), graph);
    assert.ok(JSON.stringify(wire).length * 2.5 < JSON.stringify(graph).length, `${JSON.stringify(wire).length} vs ${JSON.stringify(graph).length} characters`);
    assert.deepEqual(fromWire(toWire({ nodes: [], edges: [], totalNodes: 0, totalEdges: 0 })), { nodes: [], edges: [], totalNodes: 0, totalEdges: 0 });
  });

  it('leaves out an edge whose ends are not both among the nodes', () => {
    const graph: GraphData = { nodes: [node('a')], edges: [edge('a', 'b')], totalNodes: 2, totalEdges: 1 };
    assert.deepEqual(fromWire(toWire(graph)).edges, []);
  });
});

describe('graph view: a large graph posted in parts', () => {
  const nodes: GraphNode[] = Array.from({ length: 25 }, (_, i) => node(`n${i}`, 30 - i));
  const edges: GraphEdge[] = [];
  for (let i = 0; i < 25; i++) for (let j = i + 1; j < 25; j += 3) edges.push({ ...edge(nodes[i].id, nodes[j].id, 1 + (i % 4)), id: edgeId(nodes[i].id, nodes[j].id) });
  const graph: GraphData = { nodes, edges, totalNodes: 80, totalEdges: 300, focus: 'n2' };

  /** Feeds parts in order and returns the graph drawn at the end (and how many parts finished one). */
  const receive = (parts: readonly { part: ReturnType<typeof graphMessages>[number]; sequence: number; pending: number }[]) => {
    let assembly: WireAssembly | undefined;
    const drawn: GraphData[] = [];
    for (const { part, sequence, pending } of parts) {
      const r = joinWireParts(assembly, part, sequence, pending);
      assembly = r.assembly;
      if (r.graph) drawn.push(fromWire(r.graph));
    }
    return drawn;
  };
  const posted = (g: GraphData, rows: number, sequence: number) => graphMessages(g, rows).map((part, i, all) => ({ part, sequence, pending: all.length - 1 - i }));

  it('splits into parts of at most the row budget, nodes first, and the parts join back to the same graph', () => {
    const parts = graphMessages(graph, 10);
    assert.ok(parts.length > 1);
    for (const p of parts) assert.ok(p.nodes.length + p.edges.length <= 10);
    assert.deepEqual(parts.flatMap((p) => p.nodes), toWire(graph).nodes);
    assert.deepEqual(parts.flatMap((p) => p.edges), toWire(graph).edges);
    assert.equal(parts.length, Math.ceil((nodes.length + edges.length) / 10));
    assert.deepEqual(receive(posted(graph, 10, 1)), [graph]);
    assert.equal(graphMessages(graph).length, 1, 'a graph of the default size goes in one message');
    assert.equal(graphMessages({ nodes: [], edges: [], totalNodes: 0, totalEdges: 0 }).length, 1, 'an empty graph is still one message');
  });

  it('a newer graph started before the older one is complete replaces it; late parts of the older are dropped', () => {
    const older = posted(graph, 7, 1);
    const smaller: GraphData = { ...graph, nodes: nodes.slice(0, 4), edges: edges.filter((e) => ['n0', 'n1', 'n2', 'n3'].includes(e.source) && ['n0', 'n1', 'n2', 'n3'].includes(e.target)) };
    const newer = posted(smaller, 7, 2);
    assert.deepEqual(receive([older[0], older[1], ...newer, older[2], older[older.length - 1]]), [smaller]);
    assert.deepEqual(receive([...newer, ...newer.slice(-1)]), [smaller], 'a repeated last part does not draw twice');
  });
});
