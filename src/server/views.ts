// The corpus views' data in the engine: a graph index (co-occurrence) and a ledger index (quotes by
// speaker) kept in step with the corpus index, and the answers of the ledger and graph requests.
// Both indexes update incrementally (only changed documents are recomputed) and in time slices, so a
// hover or a tree request waits at most one slice (about `sliceMs`) behind them.
//
// When they sync: after each change the engine announces, once a view has been asked for; before
// that, only when the engine is idle (a scan that ends), so a first scan does not resolve the corpus
// for the views after every batch when nobody looks at them. A request always syncs first.
import type { CuratedCorpusIndex } from '../core/corpus';
import { createGraphIndex, type EvidenceItem, type GraphData, type GraphIndex } from '../core/graph';
import { createLedgerIndex, type Ledger, type LedgerIndex } from '../core/ledger';
import type { ResolvedCorpus } from '../core/types';
import type { DocumentScope, GraphEvidenceParams, GraphNeighbourhoodParams, GraphParams } from '../protocol';

export interface CorpusViewsDeps {
  readonly index: CuratedCorpusIndex;
  /**
   * A document's modification time (ms since the epoch), for ledger entries of documents with no date
   * of their own; undefined when unknown (not a file, or gone).
   */
  readonly modifiedMs?: (documentId: string) => Promise<number | undefined>;
  /** Longest stretch of synchronous work, in milliseconds (default 10). */
  readonly sliceMs?: number;
}

export interface CorpusViews {
  /** The engine told a change (or progress): sync soon when views are in use or the engine is idle. */
  noteChanged(busy: boolean): void;
  /** Resolves when both indexes match the corpus index as it is now. */
  ready(): Promise<void>;
  /** The speaker's ledger; null when the entity does not exist now. */
  ledger(entityId: string): Promise<Ledger | null>;
  graph(params: GraphParams): Promise<GraphData>;
  evidence(params: GraphEvidenceParams): Promise<EvidenceItem[]>;
  /** An entity and its strongest neighbours (expansion on demand); empty when it is not in the graph. */
  neighbourhood(params: GraphNeighbourhoodParams): Promise<GraphData>;
  /** Stops any sync in progress (it rejects with Error('cancelled')). */
  dispose(): void;
}

/** The documents a scope keeps, as the core's filter; undefined for the whole corpus. */
export function scopeFilter(scope: DocumentScope | undefined): ((documentId: string) => boolean) | undefined {
  if (!scope || scope.kind === 'workspace') return undefined;
  if (scope.kind === 'document') {
    const only = String(scope.id);
    return (id) => id === only;
  }
  const prefix = String(scope.prefix);
  return (id) => id.startsWith(prefix);
}

const MAX_EVIDENCE = 500;
const MAX_NODES = 5000;
const MAX_NEIGHBOURS = 500;

export function createCorpusViews(deps: CorpusViewsDeps): CorpusViews {
  const { index } = deps;
  const sliceMs = deps.sliceMs ?? 10;
  const graph: GraphIndex = createGraphIndex();
  const ledgers: LedgerIndex = createLedgerIndex();
  /**
   * The snapshot the indexes were last synced to, held so its document objects keep their identity
   * (the corpus index holds snapshots weakly; a rebuilt one would look like every document changed).
   */
  let held: ResolvedCorpus | undefined;
  let syncedVersion = -1;
  let running: Promise<void> | undefined;
  let used = false;
  let disposed = false;
  let timer: NodeJS.Timeout | undefined;
  /** Modification times looked up for undated documents, for the index version they were read at. */
  let mtimes = new Map<string, number | undefined>();
  let mtimesVersion = -1;

  const corpus = (): ResolvedCorpus => (held = index.snapshot());
  const options = { sliceMs, cancelled: () => disposed };

  const sync = async (): Promise<void> => {
    for (;;) {
      const version = index.version;
      await graph.syncInSlices(corpus, options);
      await ledgers.syncInSlices(() => corpus().documents, options);
      // A batch applied while the ledger synced: the graph is behind again.
      if (index.version === version && graph.stats().pending === 0) {
        syncedVersion = version;
        return;
      }
    }
  };

  const ready = (): Promise<void> => {
    if (disposed) return Promise.reject(new Error('cancelled'));
    if (running) return running.then(() => (index.version === syncedVersion ? undefined : ready()));
    if (index.version === syncedVersion) return Promise.resolve();
    running = sync().finally(() => {
      running = undefined;
    });
    return running;
  };

  const schedule = () => {
    timer ??= setTimeout(() => {
      timer = undefined;
      if (!disposed) void ready().catch(() => undefined);
    }, 50);
  };

  return {
    noteChanged(busy) {
      if (disposed || index.version === syncedVersion) return;
      if (used || !busy) schedule();
    },
    ready,
    async ledger(entityId) {
      used = true;
      await ready();
      const entity = held?.entities.get(entityId);
      if (!entity) return null;
      if (mtimesVersion !== syncedVersion) {
        mtimes = new Map();
        mtimesVersion = syncedVersion;
      }
      const query = () => ledgers.ledgerAsync(entity, { modifiedMs: (id) => mtimes.get(id), sliceMs, cancelled: () => disposed });
      let ledger = await query();
      const undated = [...new Set(ledger.entries.flatMap((e) => e.sources).filter((s) => !s.date && !mtimes.has(s.documentId)).map((s) => s.documentId))];
      if (undated.length > 0 && deps.modifiedMs) {
        const found = await Promise.all(undated.map((id) => deps.modifiedMs!(id).catch(() => undefined)));
        undated.forEach((id, i) => mtimes.set(id, found[i]));
        if (found.some((t) => t !== undefined)) ledger = await query();
      }
      return ledger;
    },
    async graph(params) {
      used = true;
      await ready();
      const limit = Math.min(MAX_NODES, Math.max(1, Math.floor(Number(params.limit ?? 200)) || 200));
      return graph.queryAsync({
        types: Array.isArray(params.types) ? params.types : undefined,
        minWeight: typeof params.minWeight === 'number' ? params.minWeight : undefined,
        limit,
        focus: typeof params.focus === 'string' ? params.focus : undefined,
        documents: scopeFilter(params.scope),
      }, options);
    },
    async neighbourhood(params) {
      used = true;
      await ready();
      const limit = Math.min(MAX_NEIGHBOURS, Math.max(1, Math.floor(Number(params.limit ?? 50)) || 50));
      const entity = String(params.entity);
      const types = Array.isArray(params.types) ? params.types : undefined;
      const minWeight = typeof params.minWeight === 'number' ? params.minWeight : undefined;
      const documents = scopeFilter(params.scope);
      // The index's neighbourhood reads whole-corpus totals; a narrower scope is the focused query cut
      // to the entity and its neighbours (they come first in it).
      if (!documents) return graph.neighbourhood(entity, { types, minWeight, limit });
      const focused = await graph.queryAsync({ types, minWeight, limit: limit + 1, focus: entity, documents }, options);
      if (focused.focus !== entity) return { nodes: [], edges: [], totalNodes: 0, totalEdges: 0 };
      const near = new Set([entity, ...focused.edges.flatMap((e) => (e.source === entity ? [e.target] : e.target === entity ? [e.source] : []))]);
      const nodes = focused.nodes.filter((n) => near.has(n.id));
      return { ...focused, nodes, edges: focused.edges.filter((e) => near.has(e.source) && near.has(e.target)) };
    },
    async evidence(params) {
      used = true;
      await ready();
      const limit = Math.min(MAX_EVIDENCE, Math.max(1, Math.floor(Number(params.limit ?? 50)) || 50));
      return graph.evidence(String(params.source), String(params.target), limit, scopeFilter(params.scope));
    },
    dispose() {
      disposed = true;
      if (timer) clearTimeout(timer);
    },
  };
}
