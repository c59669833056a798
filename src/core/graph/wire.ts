// The graph in a compact form for messages: rows of values instead of objects with named fields, and
// edges that name their ends by position in the node list (an edge's id is derived, not sent). The
// language server answers the graph view in this form and the extension host posts it to the page:
// both sides parse or serialise each message in one piece on their thread, and at 200 entities and
// 800 links the object form was about five times larger. Pure, so the round trip is unit tested.
import type { EntityType } from '../types';
import { edgeId } from './document';
import type { GraphData, GraphEdge, GraphNode } from './graphIndex';

/** [id, name, type, mentions, documents, degree] */
export type WireNode = readonly [string, string, EntityType, number, number, number];
/** [source index, target index, weight, sentences, paragraphs, documents] */
export type WireEdge = readonly [number, number, number, number, number, number];

/** GraphData with its nodes and edges as rows. */
export type WireGraph = Omit<GraphData, 'nodes' | 'edges'> & { readonly nodes: readonly WireNode[]; readonly edges: readonly WireEdge[] };

/** The wire form of a graph. An edge whose ends are not both among the nodes is left out (it cannot be drawn). */
export function toWire(graph: GraphData): WireGraph {
  const at = new Map(graph.nodes.map((n, i) => [n.id, i]));
  const edges: WireEdge[] = [];
  for (const e of graph.edges) {
    const s = at.get(e.source);
    const t = at.get(e.target);
    if (s !== undefined && t !== undefined) edges.push([s, t, e.weight, e.sentences, e.paragraphs, e.documents]);
  }
  return {
    nodes: graph.nodes.map((n) => [n.id, n.name, n.type, n.mentions, n.documents, n.degree]),
    edges,
    totalNodes: graph.totalNodes,
    totalEdges: graph.totalEdges,
    ...(graph.focus !== undefined ? { focus: graph.focus } : {}),
  };
}

/** The graph again, edge ids included (edgeId of the two ends). */
export function fromWire(wire: WireGraph): GraphData {
  const nodes: GraphNode[] = wire.nodes.map(([id, name, type, mentions, documents, degree]) => ({ id, name, type, mentions, documents, degree }));
  const edges: GraphEdge[] = wire.edges.map(([s, t, weight, sentences, paragraphs, documents]) => {
    const source = nodes[s].id;
    const target = nodes[t].id;
    return { id: edgeId(source, target), source, target, weight, sentences, paragraphs, documents };
  });
  return { nodes, edges, totalNodes: wire.totalNodes, totalEdges: wire.totalEdges, ...(wire.focus !== undefined ? { focus: wire.focus } : {}) };
}

