// Expansion on demand in the graph view: an entity's neighbourhood (GraphNeighbourhoodRequest) merged
// into the graph shown. Pure, so the merging is unit tested.
import type { GraphData } from '../../core/graph';

/** The graph shown with a neighbourhood added, and how many entities and links that added. */
export interface MergedGraph {
  readonly graph: GraphData;
  readonly addedNodes: number;
  readonly addedEdges: number;
}

/**
 * `shown` with the nodes and edges of `hood` it lacks (by id), after its own, in `hood`'s order
 * (strongest neighbour first). Nodes and edges already shown keep their figures; the totals and the
 * focus stay those of `shown` (the totals count the filtered corpus, not the view).
 */
export function mergeNeighbourhood(shown: GraphData, hood: GraphData): MergedGraph {
  const nodeIds = new Set(shown.nodes.map((n) => n.id));
  const edgeIds = new Set(shown.edges.map((e) => e.id));
  const nodes = hood.nodes.filter((n) => !nodeIds.has(n.id));
  for (const n of nodes) nodeIds.add(n.id);
  // An edge is drawn only between nodes on the page.
  const edges = hood.edges.filter((e) => !edgeIds.has(e.id) && nodeIds.has(e.source) && nodeIds.has(e.target));
  return {
    graph: { ...shown, nodes: [...shown.nodes, ...nodes], edges: [...shown.edges, ...edges] },
    addedNodes: nodes.length,
    addedEdges: edges.length,
  };
}
