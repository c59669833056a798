// The corpus co-occurrence graph kept up to date one document at a time: each document's
// contribution is computed once per (resolved document, text) and added to running totals; a changed
// document subtracts its old contribution and adds its new one. `sync` does a bounded amount of work
// per call so an editor can spread a large first build over many turns of its event loop.
import type { Entity, EntityType, ResolvedDocument } from '../types';
import { DEFAULT_DOCUMENT_GRAPH_LIMITS, documentGraph, pairCounts, pairEvidence, pairKey, PAIR_SCALE, type CooccurrenceEvidence, type DocumentGraph, type DocumentGraphLimits } from './document';
import { segmentText } from './segments';

export interface GraphNode {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly mentions: number;
  readonly documents: number;
  /** Sum of the weights of the node's edges in this view. */
  readonly degree: number;
}

export interface GraphEdge {
  /** pairKey(source, target). */
  readonly id: string;
  readonly source: string;
  readonly target: string;
  /** sentences + paragraphs. */
  readonly weight: number;
  readonly sentences: number;
  readonly paragraphs: number;
  readonly documents: number;
}

export interface GraphData {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  /** Entities and edges that passed the filters before the node limit was applied. */
  readonly totalNodes: number;
  readonly totalEdges: number;
  /** The focus entity when it is in the graph. */
  readonly focus?: string;
}

export interface GraphQuery {
  /** Entity types to keep; all when absent. */
  readonly types?: readonly EntityType[];
  /** Edges lighter than this are left out (default 1). */
  readonly minWeight?: number;
  /** Most nodes returned (default 200): the best connected, after the focus and its neighbours. */
  readonly limit?: number;
  /** Most edges returned (default 4 × limit), heaviest first. */
  readonly edgeLimit?: number;
  /** Entity id to centre on: it and its neighbours come first. */
  readonly focus?: string;
  /** Only these documents count; the whole corpus when absent. */
  readonly documents?: (documentId: string) => boolean;
}

/** One supporting passage of an edge, with its text. */
export interface EvidenceItem extends CooccurrenceEvidence {
  readonly text: string;
}

interface Totals {
  readonly nodes: Map<string, { mentions: number; documents: number; type: EntityType }>;
  readonly edges: Map<string, { a: string; b: string; sentences: number; paragraphs: number; documents: number }>;
}

export interface GraphIndex {
  /**
   * Brings the graph in line with `documents` (the corpus's resolved documents, reading order),
   * recomputing at most `maxDocuments` changed documents in this call. Returns how many changed
   * documents remain; call again (with the same or a newer list) until it returns 0.
   */
  sync(documents: readonly ResolvedDocument[], entities: ReadonlyMap<string, Entity>, maxDocuments?: number): number;
  /** The graph over the synced documents, filtered and cut to the query's limits. */
  query(query?: GraphQuery): GraphData;
  /** Sentences (then paragraphs) where the two entities occur together, reading order, at most `limit`. */
  evidence(a: string, b: string, limit?: number, documents?: (documentId: string) => boolean): EvidenceItem[];
  /** Number of documents whose contribution is in the totals. */
  readonly size: number;
}

function emptyTotals(): Totals {
  return { nodes: new Map(), edges: new Map() };
}

function addTo(totals: Totals, g: DocumentGraph, sign: 1 | -1): void {
  for (const [id, m] of g.mentions) {
    const n = totals.nodes.get(id);
    if (n) {
      n.mentions += sign * m.count;
      n.documents += sign;
      n.type = m.type;
      if (n.documents <= 0) totals.nodes.delete(id);
    } else if (sign > 0) totals.nodes.set(id, { mentions: m.count, documents: 1, type: m.type });
  }
  for (const [key, packed] of g.pairs) {
    const sentences = Math.floor(packed / PAIR_SCALE);
    const paragraphs = packed % PAIR_SCALE;
    const e = totals.edges.get(key);
    if (e) {
      e.sentences += sign * sentences;
      e.paragraphs += sign * paragraphs;
      e.documents += sign;
      if (e.documents <= 0) totals.edges.delete(key);
    } else if (sign > 0) {
      const { a, b } = pairCounts(key, packed);
      totals.edges.set(key, { a, b, sentences, paragraphs, documents: 1 });
    }
  }
}

/** Creates an empty graph index. `limits` bound the pairs and evidence each document contributes. */
export function createGraphIndex(limits: DocumentGraphLimits = DEFAULT_DOCUMENT_GRAPH_LIMITS): GraphIndex {
  // Per document only its counts are kept (packed numbers under shared pair keys); evidence is
  // recomputed from the document when a reader asks for an edge, so 10,000 documents stay small.
  const perDocument = new Map<string, { document: ResolvedDocument; graph: DocumentGraph }>();
  const keys = new Map<string, string>();
  const intern = (key: string) => {
    const shared = keys.get(key);
    if (shared !== undefined) return shared;
    keys.set(key, key);
    return key;
  };
  const totals = emptyTotals();
  let order: readonly ResolvedDocument[] = [];
  let entities: ReadonlyMap<string, Entity> = new Map();
  let pending: ResolvedDocument[] = [];
  let pendingFor: readonly ResolvedDocument[] | undefined;

  const plan = (documents: readonly ResolvedDocument[]) => {
    const present = new Set<string>();
    pending = [];
    for (const d of documents) {
      present.add(d.id);
      if (perDocument.get(d.id)?.document !== d) pending.push(d);
    }
    for (const [id, entry] of perDocument) {
      if (present.has(id)) continue;
      addTo(totals, entry.graph, -1);
      perDocument.delete(id);
    }
    pendingFor = documents;
  };

  const filteredTotals = (documents: (id: string) => boolean): Totals => {
    const t = emptyTotals();
    for (const [id, entry] of perDocument) if (documents(id)) addTo(t, entry.graph, 1);
    return t;
  };

  return {
    get size() {
      return perDocument.size;
    },
    sync(documents, nextEntities, maxDocuments = Infinity) {
      entities = nextEntities;
      order = documents;
      if (pendingFor !== documents) plan(documents);
      let done = 0;
      while (pending.length > 0 && done < maxDocuments) {
        const d = pending.pop() as ResolvedDocument;
        const old = perDocument.get(d.id);
        if (old) addTo(totals, old.graph, -1);
        const graph = documentGraph(d, segmentText(d.text), limits, intern);
        addTo(totals, graph, 1);
        perDocument.set(d.id, { document: d, graph });
        done++;
      }
      return pending.length;
    },
    query(query = {}) {
      const t = query.documents ? filteredTotals(query.documents) : totals;
      const types = query.types ? new Set(query.types) : undefined;
      const minWeight = Math.max(1, query.minWeight ?? 1);
      const limit = Math.max(1, query.limit ?? 200);
      const keepNode = (id: string) => {
        const n = t.nodes.get(id);
        return n !== undefined && (!types || types.has(n.type));
      };
      const degree = new Map<string, number>();
      const passing: { key: string; e: Totals['edges'] extends Map<string, infer V> ? V : never; weight: number }[] = [];
      for (const [key, e] of t.edges) {
        const weight = e.sentences + e.paragraphs;
        if (weight < minWeight || !keepNode(e.a) || !keepNode(e.b)) continue;
        passing.push({ key, e, weight });
        degree.set(e.a, (degree.get(e.a) ?? 0) + weight);
        degree.set(e.b, (degree.get(e.b) ?? 0) + weight);
      }
      const candidates: string[] = [];
      for (const id of t.nodes.keys()) if (keepNode(id)) candidates.push(id);
      const nameOf = (id: string) => entities.get(id)?.name ?? id;
      const rank = (x: string, y: string) => (degree.get(y) ?? 0) - (degree.get(x) ?? 0)
        || (t.nodes.get(y)?.mentions ?? 0) - (t.nodes.get(x)?.mentions ?? 0)
        || (nameOf(x) < nameOf(y) ? -1 : nameOf(x) > nameOf(y) ? 1 : 0);
      const chosen: string[] = [];
      const focus = query.focus && keepNode(query.focus) ? query.focus : undefined;
      if (focus) {
        const neighbours = new Map<string, number>();
        for (const { e, weight } of passing) {
          if (e.a === focus) neighbours.set(e.b, weight);
          else if (e.b === focus) neighbours.set(e.a, weight);
        }
        chosen.push(focus, ...[...neighbours.keys()].sort((x, y) => (neighbours.get(y) as number) - (neighbours.get(x) as number) || rank(x, y)));
      }
      const inChosen = new Set(chosen);
      const rest = candidates.filter((id) => !inChosen.has(id) && (degree.get(id) ?? 0) > 0).sort(rank);
      for (const id of rest) chosen.push(id);
      // Entities with no edge only fill a graph that has room (they show mention counts but no links).
      if (chosen.length < limit) for (const id of candidates.filter((c) => !inChosen.has(c) && !degree.has(c)).sort(rank)) chosen.push(id);
      const picked = chosen.slice(0, limit);
      const inGraph = new Set(picked);
      const edgeLimit = Math.max(0, query.edgeLimit ?? limit * 4);
      const edges = passing
        .filter(({ e }) => inGraph.has(e.a) && inGraph.has(e.b))
        .sort((x, y) => Number(y.e.a === focus || y.e.b === focus) - Number(x.e.a === focus || x.e.b === focus) || y.weight - x.weight || (x.key < y.key ? -1 : 1))
        .slice(0, edgeLimit)
        .map(({ key, e, weight }): GraphEdge => ({ id: key, source: e.a, target: e.b, weight, sentences: e.sentences, paragraphs: e.paragraphs, documents: e.documents }));
      const viewDegree = new Map<string, number>();
      for (const e of edges) {
        viewDegree.set(e.source, (viewDegree.get(e.source) ?? 0) + e.weight);
        viewDegree.set(e.target, (viewDegree.get(e.target) ?? 0) + e.weight);
      }
      const nodes = picked.map((id): GraphNode => {
        const n = t.nodes.get(id) as NonNullable<ReturnType<typeof t.nodes.get>>;
        return { id, name: nameOf(id), type: entities.get(id)?.type ?? n.type, mentions: n.mentions, documents: n.documents, degree: viewDegree.get(id) ?? 0 };
      });
      return { nodes, edges, totalNodes: candidates.length, totalEdges: passing.length, focus };
    },
    evidence(a, b, limit = 50, documents) {
      const key = pairKey(a, b);
      const sentences: EvidenceItem[] = [];
      const paragraphs: EvidenceItem[] = [];
      // Documents in reading order until `limit` passages are found; sentences are listed first.
      for (const d of order) {
        if (sentences.length + paragraphs.length >= limit) break;
        if (documents && !documents(d.id)) continue;
        const entry = perDocument.get(d.id);
        if (!entry || entry.document !== d || !entry.graph.pairs.has(key)) continue;
        for (const ev of pairEvidence(d, segmentText(d.text), a, b, limit, limits)) {
          (ev.scope === 'sentence' ? sentences : paragraphs).push({ ...ev, text: d.text.slice(ev.start, ev.end) });
        }
      }
      return [...sentences, ...paragraphs].slice(0, limit);
    },
  };
}

/** The whole graph of a corpus in one call (the CLI's use). */
export function corpusGraph(documents: readonly ResolvedDocument[], entities: ReadonlyMap<string, Entity>, query?: GraphQuery): { graph: GraphData; index: GraphIndex } {
  const index = createGraphIndex();
  index.sync(documents, entities);
  return { graph: index.query(query), index };
}
