// The graph as the host posts it to the page: the core's wire form (core/graph/wire.ts), in parts when
// large, joined again on the page. Pure, so the parts and their joining are unit tested.
import type { GraphData } from '../../core/graph';
import { toWire, type WireEdge, type WireGraph, type WireNode } from '../../core/graph/wire';

export { fromWire, toWire, type WireEdge, type WireGraph, type WireNode } from '../../core/graph/wire';

/**
 * Rows (nodes plus edges) in one graph message at most. A message is JSON-serialised in one piece on
 * the extension host's thread (and compressed on a remote connection); 5,000 entities with their links
 * in one message held the host for tens of milliseconds (npm run bench:views), so a large graph goes
 * in parts of this size, one per turn of the event loop.
 */
export const WIRE_PART_ROWS = 3000;

/**
 * The wire form of a graph in parts of at most `rows` rows: nodes first, then edges, in order. Every
 * part carries the totals and focus; an edge names its ends by position in the whole node list, so
 * the parts only need joining in order (joinWireParts). Always at least one part.
 */
export function graphMessages(graph: GraphData, rows: number = WIRE_PART_ROWS): WireGraph[] {
  const whole = toWire(graph);
  const size = Math.max(1, Math.floor(rows));
  const { nodes, edges, ...rest } = whole;
  const parts: WireGraph[] = [];
  for (let n = 0, e = 0; parts.length === 0 || n < nodes.length || e < edges.length;) {
    const partNodes = nodes.slice(n, n + size);
    n += partNodes.length;
    const partEdges = edges.slice(e, e + size - partNodes.length);
    e += partEdges.length;
    parts.push({ ...rest, nodes: partNodes, edges: partEdges });
  }
  return parts;
}

/** The page's graph being received: the parts of the newest sequence so far, and whether it is complete. */
export interface WireAssembly {
  readonly sequence: number;
  readonly nodes: WireNode[];
  readonly edges: WireEdge[];
  readonly complete: boolean;
}

/**
 * Adds one part (of `sequence`, with `pending` parts still to come) to the graph being received. A part
 * of a newer sequence starts over; a part of an older or already completed sequence is dropped
 * (`stale`). The part with `pending` 0 completes its sequence: `graph` is then the whole wire graph.
 */
export function joinWireParts(assembly: WireAssembly | undefined, part: WireGraph, sequence: number, pending: number): { assembly: WireAssembly; graph?: WireGraph; stale?: true } {
  if (assembly && (sequence < assembly.sequence || (sequence === assembly.sequence && assembly.complete))) return { assembly, stale: true };
  const into = assembly && assembly.sequence === sequence ? assembly : { sequence, nodes: [], edges: [], complete: false };
  for (const n of part.nodes) into.nodes.push(n);
  for (const e of part.edges) into.edges.push(e);
  if (pending > 0) return { assembly: into };
  return { assembly: { ...into, complete: true }, graph: { ...part, nodes: into.nodes, edges: into.edges } };
}
