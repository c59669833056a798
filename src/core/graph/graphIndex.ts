// The corpus co-occurrence graph kept up to date one document at a time. Each document version's
// co-occurrences (pairs of its mention clusters, with evidence offsets) are computed once and kept
// (local.ts); running totals hold every node's mentions, documents and degree and every edge's
// counts, with an adjacency map per node. A changed document subtracts its old contribution and adds
// its new one; a document whose text is unchanged but whose entities were renamed or merged by
// resolution only relabels its clusters. The top entities, a neighbourhood and an edge's evidence
// are read from these tables without a pass over the corpus's text.
import type { Entity, EntityType, ResolvedDocument } from '../types';
import { edgeId, evidenceAt, pairKey, type CooccurrenceEvidence } from './document';
import { clusterIds, DEFAULT_DOCUMENT_GRAPH_LIMITS, findPair, localCooccurrence, sameVersion, type DocumentGraphLimits, type LocalCooccurrence } from './local';
import { segmentText } from './segments';
import { planDocumentSync, runInSlices, runToEnd, syncInSlices, type SliceOptions, type Sliced } from '../util/slices';

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
  /** edgeId(source, target): printable, the two ids sorted and joined by "|" (see document.ts). */
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


/** The corpus as the graph index reads it: a resolved snapshot. */
export interface GraphCorpus {
  readonly documents: readonly ResolvedDocument[];
  readonly entities: ReadonlyMap<string, Entity>;
}

/** Sizes of the index, for status lines and benches. */
export interface GraphIndexStats {
  readonly documents: number;
  readonly nodes: number;
  readonly edges: number;
  /** Changed documents (and removals) not yet applied for the last list passed to a sync. */
  readonly pending: number;
}

export interface GraphIndex {
  /**
   * Brings the graph in line with `documents` (the corpus's resolved documents, reading order),
   * applying at most `maxDocuments` changed or removed documents in this call. Returns how many
   * remain; call again (with the same or a newer list) until it returns 0. The first call with a
   * new list compares it with the synced documents (object identity), linear in the list.
   */
  sync(documents: readonly ResolvedDocument[], entities: ReadonlyMap<string, Entity>, maxDocuments?: number): number;
  /** Like `sync`, but stops once about `budgetMs` milliseconds have passed (at least one document is applied). */
  syncFor(documents: readonly ResolvedDocument[], entities: ReadonlyMap<string, Entity>, budgetMs: number): number;
  /**
   * Syncs to `corpus()` in time slices (`options.sliceMs`, default 10 ms), reading the newest
   * corpus at each slice, and resolves when the index matches the corpus of the last slice.
   */
  syncInSlices(corpus: () => GraphCorpus, options?: SliceOptions): Promise<void>;
  /** The graph over the synced documents, filtered and cut to the query's limits. */
  query(query?: GraphQuery): GraphData;
  /**
   * `query` as sliced work. Only a `documents` filter needs a pass over the synced documents (their
   * stored contributions are summed in pieces of a few hundred documents); `types` and `minWeight`
   * need a pass over the edges; the plain and focused views read the running totals.
   */
  querySliced(query?: GraphQuery): Sliced<GraphData>;
  /** `query` run in time slices (see querySliced). */
  queryAsync(query?: GraphQuery, options?: SliceOptions): Promise<GraphData>;
  /**
   * Expansion on demand: the entity, its `limit` (default 50) strongest neighbours that pass the
   * query's types and minimum weight, and the edges among them. Reads the entity's adjacency only.
   * Empty when the entity is not in the graph.
   */
  neighbourhood(entityId: string, query?: Omit<GraphQuery, 'focus' | 'documents'>): GraphData;
  /**
   * Sentences, then paragraphs, where the two entities occur together, each list in reading order,
   * at most `limit` (default 50) in all. Read from the offsets stored per document; no text is split.
   */
  evidence(a: string, b: string, limit?: number, documents?: (documentId: string) => boolean): EvidenceItem[];
  /** Number of documents whose contribution is in the totals. */
  readonly size: number;
  stats(): GraphIndexStats;
}

interface NodeTotals {
  readonly id: string;
  /** Type of the first mention that created the node; the entity's own type wins when known. */
  readonly type: EntityType;
  mentions: number;
  documents: number;
  /** Sum of the weights of the node's edges. */
  degree: number;
  /** By neighbour id; both ends share one EdgeTotals. */
  readonly edges: Map<string, EdgeTotals>;
}

interface EdgeTotals {
  /** pairKey(a.id, b.id); a.id < b.id. */
  readonly key: string;
  readonly a: NodeTotals;
  readonly b: NodeTotals;
  sentences: number;
  paragraphs: number;
  documents: number;
}

/** One synced document: its resolved version, its stored co-occurrences, and its clusters' entity ids now. */
interface DocumentRecord {
  readonly document: ResolvedDocument;
  readonly local: LocalCooccurrence;
  readonly ids: readonly string[];
}

interface Totals {
  readonly nodes: Map<string, NodeTotals>;
  edgeCount: number;
}

function emptyTotals(): Totals {
  return { nodes: new Map(), edgeCount: 0 };
}

/** Adds (sign 1) or subtracts (sign -1) one document's contribution. Linear in its clusters and pairs. */
function addTo(totals: Totals, record: DocumentRecord, sign: 1 | -1, typeOf: (id: string) => EntityType | undefined): void {
  const { local, ids } = record;
  const nodes: NodeTotals[] = new Array(ids.length);
  for (let c = 0; c < ids.length; c++) {
    const id = ids[c];
    let node = totals.nodes.get(id);
    if (!node) {
      node = { id, type: typeOf(id) ?? local.clusterTypes[c], mentions: 0, documents: 0, degree: 0, edges: new Map() };
      totals.nodes.set(id, node);
    }
    node.mentions += sign * local.clusterMentions[c];
    node.documents += sign;
    nodes[c] = node;
  }
  for (let p = 0; p < local.pairA.length; p++) {
    const x = nodes[local.pairA[p]];
    const y = nodes[local.pairB[p]];
    let edge = x.edges.get(y.id);
    if (!edge) {
      const [a, b] = x.id < y.id ? [x, y] : [y, x];
      edge = { key: pairKey(a.id, b.id), a, b, sentences: 0, paragraphs: 0, documents: 0 };
      x.edges.set(y.id, edge);
      y.edges.set(x.id, edge);
      totals.edgeCount++;
    }
    const s = local.pairSentences[p];
    const q = local.pairParagraphs[p];
    edge.sentences += sign * s;
    edge.paragraphs += sign * q;
    edge.documents += sign;
    x.degree += sign * (s + q);
    y.degree += sign * (s + q);
    if (edge.documents <= 0) {
      x.edges.delete(y.id);
      y.edges.delete(x.id);
      totals.edgeCount--;
    }
  }
  for (const node of nodes) if (node.documents <= 0) totals.nodes.delete(node.id);
}

const weightOf = (e: EdgeTotals) => e.sentences + e.paragraphs;

/**
 * The `k` smallest items by `compare`, sorted, from one pass: a sorted buffer that only admits items
 * better than its worst. Linear in the items when k is small.
 */
function smallest<T>(items: Iterable<T>, k: number, compare: (x: T, y: T) => number): T[] {
  const out: T[] = [];
  if (k <= 0) return out;
  for (const item of items) {
    if (out.length === k && compare(item, out[k - 1]) >= 0) continue;
    let lo = 0;
    let hi = out.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compare(out[mid], item) <= 0) lo = mid + 1;
      else hi = mid;
    }
    out.splice(lo, 0, item);
    if (out.length > k) out.pop();
  }
  return out;
}

interface QueryContext {
  readonly totals: Totals;
  readonly entities: ReadonlyMap<string, Entity>;
}

/** The query answered from totals. Passes over the edges only when types or a minimum weight filter them. */
function* answer(ctx: QueryContext, query: GraphQuery): Sliced<GraphData> {
  const { totals, entities } = ctx;
  const typeOf = (n: NodeTotals) => entities.get(n.id)?.type ?? n.type;
  const types = query.types ? new Set(query.types) : undefined;
  const minWeight = Math.max(1, query.minWeight ?? 1);
  const limit = Math.max(1, query.limit ?? 200);
  const keep = (n: NodeTotals) => !types || types.has(typeOf(n));
  const passes = (e: EdgeTotals) => weightOf(e) >= minWeight && keep(e.a) && keep(e.b);

  // Degree in the filtered graph: the running totals when nothing filters edges, else one pass over them.
  let degreeOf = (n: NodeTotals) => n.degree;
  let totalEdges = totals.edgeCount;
  let totalNodes = totals.nodes.size;
  if (types || minWeight > 1) {
    const degree = new Map<NodeTotals, number>();
    totalEdges = 0;
    totalNodes = 0;
    let seen = 0;
    for (const node of totals.nodes.values()) {
      if (++seen % 2048 === 0) yield;
      if (!keep(node)) continue;
      totalNodes++;
      for (const e of node.edges.values()) {
        if (e.a !== node || !passes(e)) continue;
        totalEdges++;
        const w = weightOf(e);
        degree.set(e.a, (degree.get(e.a) ?? 0) + w);
        degree.set(e.b, (degree.get(e.b) ?? 0) + w);
      }
    }
    degreeOf = (n) => degree.get(n) ?? 0;
  }
  const nameOf = (n: NodeTotals) => entities.get(n.id)?.name ?? n.id;
  const rank = (x: NodeTotals, y: NodeTotals) => degreeOf(y) - degreeOf(x) || y.mentions - x.mentions
    || (nameOf(x) < nameOf(y) ? -1 : nameOf(x) > nameOf(y) ? 1 : 0) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);

  const chosen: NodeTotals[] = [];
  const focusNode = query.focus !== undefined ? totals.nodes.get(query.focus) : undefined;
  const focus = focusNode && keep(focusNode) ? focusNode : undefined;
  if (focus) {
    const neighbours: { node: NodeTotals; weight: number }[] = [];
    for (const e of focus.edges.values()) if (passes(e)) neighbours.push({ node: e.a === focus ? e.b : e.a, weight: weightOf(e) });
    chosen.push(focus, ...neighbours.sort((x, y) => y.weight - x.weight || rank(x.node, y.node)).map((n) => n.node));
  }
  yield;
  const inChosen = new Set(chosen);
  const connected = function* () {
    for (const n of totals.nodes.values()) if (!inChosen.has(n) && keep(n) && degreeOf(n) > 0) yield n;
  };
  for (const n of smallest(connected(), limit - chosen.length, rank)) chosen.push(n);
  yield;
  // Entities with no edge only fill a graph that has room (they show mention counts but no links).
  if (chosen.length < limit) {
    const isolated = function* () {
      for (const n of totals.nodes.values()) if (!inChosen.has(n) && keep(n) && degreeOf(n) === 0) yield n;
    };
    for (const n of smallest(isolated(), limit - chosen.length, rank)) chosen.push(n);
  }
  const picked = chosen.slice(0, limit);
  yield;
  return view(picked, query, passes, entities, typeOf, totalNodes, totalEdges, focus);
}

/** Nodes and edges among `picked`: reads the picked nodes' adjacency only. */
function view(
  picked: readonly NodeTotals[], query: GraphQuery, passes: (e: EdgeTotals) => boolean, entities: ReadonlyMap<string, Entity>,
  typeOf: (n: NodeTotals) => EntityType, totalNodes: number, totalEdges: number, focus: NodeTotals | undefined,
): GraphData {
  const limit = Math.max(1, query.limit ?? 200);
  const inGraph = new Set(picked);
  const edgeLimit = Math.max(0, query.edgeLimit ?? limit * 4);
  const among: EdgeTotals[] = [];
  for (const node of picked) {
    for (const e of node.edges.values()) if (e.a === node && inGraph.has(e.b) && passes(e)) among.push(e);
  }
  const touchesFocus = (e: EdgeTotals) => Number(e.a === focus || e.b === focus);
  const edges = among
    .sort((x, y) => touchesFocus(y) - touchesFocus(x) || weightOf(y) - weightOf(x) || (x.key < y.key ? -1 : 1))
    .slice(0, edgeLimit)
    .map((e): GraphEdge => ({ id: edgeId(e.a.id, e.b.id), source: e.a.id, target: e.b.id, weight: weightOf(e), sentences: e.sentences, paragraphs: e.paragraphs, documents: e.documents }));
  const viewDegree = new Map<string, number>();
  for (const e of edges) {
    viewDegree.set(e.source, (viewDegree.get(e.source) ?? 0) + e.weight);
    viewDegree.set(e.target, (viewDegree.get(e.target) ?? 0) + e.weight);
  }
  const nodes = picked.map((n): GraphNode => ({ id: n.id, name: entities.get(n.id)?.name ?? n.id, type: typeOf(n), mentions: n.mentions, documents: n.documents, degree: viewDegree.get(n.id) ?? 0 }));
  return { nodes, edges, totalNodes, totalEdges, focus: focus?.id };
}

/** Documents summed per piece of a filtered query. */
const DOCUMENTS_PER_PIECE = 64;

/** Creates an empty graph index. `limits` bound the pairs and evidence each document contributes. */
export function createGraphIndex(limits: DocumentGraphLimits = DEFAULT_DOCUMENT_GRAPH_LIMITS): GraphIndex {
  const records = new Map<string, DocumentRecord>();
  /** Entity id → the synced documents that mention it: an edge's evidence reads only these. */
  const postings = new Map<string, Set<DocumentRecord>>();
  /** Position of each document id in `order`. */
  let rankOf = new Map<string, number>();
  const unstore = (old: DocumentRecord) => {
    for (const id of old.ids) {
      const set = postings.get(id);
      set?.delete(old);
      if (set?.size === 0) postings.delete(id);
    }
    records.delete(old.document.id);
  };
  /** Keeps `record` in place of `old` (if any) in the records and the postings. */
  const store = (record: DocumentRecord, old: DocumentRecord | undefined) => {
    if (old) unstore(old);
    records.set(record.document.id, record);
    for (const id of record.ids) {
      let set = postings.get(id);
      if (!set) postings.set(id, (set = new Set()));
      set.add(record);
    }
  };
  const totals = emptyTotals();
  let order: readonly ResolvedDocument[] = [];
  let entities: ReadonlyMap<string, Entity> = new Map();
  const typeOf = (id: string) => entities.get(id)?.type;
  /** Work left for `pendingFor`: ids to remove, then documents to (re)apply, taken from the end. */
  let removals: string[] = [];
  let pending: ResolvedDocument[] = [];
  let pendingFor: readonly ResolvedDocument[] | undefined;

  const plan = (documents: readonly ResolvedDocument[]) => {
    ({ rank: rankOf, pending, removals } = planDocumentSync(records, documents));
    pendingFor = documents;
  };

  /** Applies one removal or one changed document. */
  const applyOne = () => {
    const gone = removals.pop();
    if (gone !== undefined) {
      const old = records.get(gone);
      if (old) {
        addTo(totals, old, -1, typeOf);
        unstore(old);
      }
      return;
    }
    const d = pending.pop() as ResolvedDocument;
    const old = records.get(d.id);
    let next: DocumentRecord | undefined;
    if (old && sameVersion(old.local, d)) {
      // Same text and mentions: resolution renamed or merged entities. Relabel the clusters unless
      // they no longer map one-to-one onto entities.
      const ids = clusterIds(old.local, d);
      if (ids && ids.every((id, c) => id === old.ids[c])) {
        store({ ...old, document: d }, old);
        return;
      }
      if (ids) next = { document: d, local: old.local, ids };
    }
    if (!next) {
      const local = localCooccurrence(d, segmentText(d.text), limits);
      next = { document: d, local, ids: local.clusterEntities };
    }
    if (old) addTo(totals, old, -1, typeOf);
    addTo(totals, next, 1, typeOf);
    store(next, old);
  };

  const remaining = () => removals.length + pending.length;

  const prepare = (documents: readonly ResolvedDocument[], nextEntities: ReadonlyMap<string, Entity>) => {
    entities = nextEntities;
    order = documents;
    if (pendingFor !== documents) plan(documents);
  };

  const filteredTotals = function* (documents: (id: string) => boolean): Sliced<Totals> {
    const t = emptyTotals();
    // Records are immutable; a snapshot of the list keeps a sync between pieces from changing this sum.
    const list = [...records.values()];
    for (let i = 0; i < list.length; i++) {
      if (i % DOCUMENTS_PER_PIECE === DOCUMENTS_PER_PIECE - 1) yield;
      if (documents(list[i].document.id)) addTo(t, list[i], 1, typeOf);
    }
    return t;
  };

  const querySliced = function* (query: GraphQuery = {}): Sliced<GraphData> {
    const ents = entities;
    const t = query.documents ? yield* filteredTotals(query.documents) : totals;
    return yield* answer({ totals: t, entities: ents }, query);
  };

  const index: GraphIndex = {
    get size() {
      return records.size;
    },
    stats: () => ({ documents: records.size, nodes: totals.nodes.size, edges: totals.edgeCount, pending: remaining() }),
    sync(documents, nextEntities, maxDocuments = Infinity) {
      prepare(documents, nextEntities);
      for (let done = 0; remaining() > 0 && done < maxDocuments; done++) applyOne();
      return remaining();
    },
    syncFor(documents, nextEntities, budgetMs) {
      prepare(documents, nextEntities);
      const started = performance.now();
      do {
        if (remaining() > 0) applyOne();
      } while (remaining() > 0 && performance.now() - started < budgetMs);
      return remaining();
    },
    syncInSlices: (corpus, options) => syncInSlices(corpus, (c, budgetMs) => index.syncFor(c.documents, c.entities, budgetMs),
      (before, now) => now.documents === before.documents && now.entities === before.entities, options),
    query: (query) => runToEnd(querySliced(query)),
    querySliced,
    queryAsync: (query, options) => runInSlices(querySliced(query), options),
    neighbourhood(entityId, query = {}) {
      const node = totals.nodes.get(entityId);
      const limit = Math.max(0, query.limit ?? 50);
      if (!node) return { nodes: [], edges: [], totalNodes: 0, totalEdges: 0 };
      const typesOf = (n: NodeTotals) => entities.get(n.id)?.type ?? n.type;
      const types = query.types ? new Set(query.types) : undefined;
      const minWeight = Math.max(1, query.minWeight ?? 1);
      const keep = (n: NodeTotals) => !types || types.has(typesOf(n));
      const passes = (e: EdgeTotals) => weightOf(e) >= minWeight && keep(e.a) && keep(e.b);
      const nameOf = (n: NodeTotals) => entities.get(n.id)?.name ?? n.id;
      const around: { node: NodeTotals; weight: number }[] = [];
      for (const e of node.edges.values()) if (passes(e)) around.push({ node: e.a === node ? e.b : e.a, weight: weightOf(e) });
      const best = smallest(around, limit, (x, y) => y.weight - x.weight || y.node.degree - x.node.degree || y.node.mentions - x.node.mentions
        || (nameOf(x.node) < nameOf(y.node) ? -1 : nameOf(x.node) > nameOf(y.node) ? 1 : 0) || (x.node.id < y.node.id ? -1 : 1));
      const picked = [node, ...best.map((b) => b.node)];
      return view(picked, { limit: picked.length, edgeLimit: query.edgeLimit ?? picked.length * 4 }, passes, entities, typesOf, picked.length, around.length, node);
    },
    evidence(a, b, limit = 50, documents) {
      const sentences: EvidenceItem[] = [];
      const paragraphs: EvidenceItem[] = [];
      const edge = totals.nodes.get(a)?.edges.get(b);
      if (a === b || !edge) return [];
      // Without a document filter the edge's totals say how many passages exist: the scan stops as
      // soon as the answer is complete instead of reading every later document.
      const wantSentences = documents ? limit : Math.min(limit, edge.sentences);
      const wantParagraphs = documents ? limit : Math.min(limit - wantSentences, edge.paragraphs);
      // The documents that mention the rarer of the two, in reading order (current ones only).
      const pa = postings.get(a);
      const pb = postings.get(b);
      if (!pa || !pb) return [];
      const holding: { record: DocumentRecord; rank: number }[] = [];
      for (const record of pa.size <= pb.size ? pa : pb) {
        const rank = rankOf.get(record.document.id);
        if (rank !== undefined && order[rank] === record.document && (!documents || documents(record.document.id))) holding.push({ record, rank });
      }
      holding.sort((x, y) => x.rank - y.rank);
      for (const { record } of holding) {
        if (sentences.length >= limit || (sentences.length >= wantSentences && paragraphs.length >= wantParagraphs)) break;
        const ca = record.ids.indexOf(a);
        const cb = record.ids.indexOf(b);
        if (ca < 0 || cb < 0) continue;
        const { local, document: d } = record;
        const p = findPair(local, ca, cb);
        if (p < 0) continue;
        const swap = record.ids[local.pairA[p]] > record.ids[local.pairB[p]];
        for (let i = local.evidenceFrom[p]; i < local.evidenceFrom[p + 1]; i++) {
          const ev = evidenceAt(local, d.id, i, swap);
          const list = ev.scope === 'sentence' ? sentences : paragraphs;
          if (list.length < limit) list.push({ ...ev, text: d.text.slice(ev.start, ev.end) });
        }
      }
      return [...sentences, ...paragraphs].slice(0, limit);
    },
  };
  return index;
}

/** The whole graph of a corpus in one call (the CLI's use). */
export function corpusGraph(documents: readonly ResolvedDocument[], entities: ReadonlyMap<string, Entity>, query?: GraphQuery): { graph: GraphData; index: GraphIndex } {
  const index = createGraphIndex();
  index.sync(documents, entities);
  return { graph: index.query(query), index };
}
