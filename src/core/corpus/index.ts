// The corpus index: documents come and go one at a time (cheap), and the cross-document view is
// recomputed only when someone asks, once per change. The reader's curation is applied on top and
// cached separately, so a new correction does not re-run resolution.
//
// Memory: what the index keeps between changes is compact (compact.ts): mention columns in typed
// arrays, interned strings, posting lists per entity. The resolved snapshot's objects are held only
// weakly; answers hand them out while they live and rebuild them from the columns when not. With a
// resolver that is not incremental, the documents' annotations are kept as columns too, and rebuilt
// as objects only for the resolver's run.
import type { CorpusIndex, EntitySummary, MentionRef } from '../corpusTypes';
import { applyCuration, type CuratedCorpus } from '../curation/apply';
import type { Curation, CurationReport } from '../curation/types';
import type { DocumentAnnotation, Entity, ResolvedCorpus, ResolvedDocument, ResolvedMention, ResolvedQuote } from '../types';
import { compactCorpus, compactDocument, documentOf, leanDocument, materialize, mentionIndexAt, mentionOf, type ColumnCache, type CompactCorpus } from './compact';
import { createCompactView, type CompactView } from './compactView';
import { createInterner, packMentions, unpackMention, type Interner, type MentionColumns } from './mentionColumns';
import { compareIds, type CorpusDocumentInput, type Resolver } from './resolver';
import { spanAt } from './spans';
import { createListTable, createStringTable } from './strings';
import type { Sliced } from '../util/slices';

export interface CorpusIndexDeps {
  readonly resolve: Resolver;
  /** Read on every query; return a new object when the reader's corrections change. */
  readonly curation?: () => Curation | undefined;
  /** Replaceable for tests; defaults to the real curation. */
  readonly applyCuration?: (corpus: ResolvedCorpus, curation: Curation | undefined) => CuratedCorpus;
}

/**
 * An index whose cross-document resolution runs elsewhere (the language server's resolve worker): it
 * never resolves the corpus itself. Corpus-wide answers (references, summaries, the tree, exports) come
 * from the last resolution handed to `adopt`, even while documents changed since (stale while a new one
 * is computed). A document set after that resolution answers for itself from a resolution of that
 * document alone (`resolve([doc])`, a few milliseconds, computed on first use), so an open document's
 * highlights and hover always match its current text.
 */
export interface DeferredCorpusIndex extends CuratedCorpusIndex {
  /** Counts every set and remove; a resolution is of the documents as they were at one such count. */
  readonly documentsVersion: number;
  /**
   * A resolution of the documents as they were at `atVersion` (documents in reading order, each with
   * its text then). Documents set later keep answering from their own resolution until the next.
   */
  adopt(corpus: ResolvedCorpus, atVersion: number): void;
  /** The documentsVersion of the adopted resolution (-1 before the first). */
  readonly resolvedVersion: number;
  /**
   * The document's input as last set (its annotation rebuilt from columns), to hand to a new resolver
   * (the index keeps every document's annotation as columns in this mode).
   */
  input(documentId: string): CorpusDocumentInput | undefined;
  /**
   * Packs a resolved document's columns ahead of its adoption (the same object must then be in the
   * adopted corpus), so that the work is spread over the chunks a pass arrives in instead of falling
   * on the first request after it.
   */
  precompact(document: ResolvedDocument): void;
  /**
   * Packs a resolved document's columns (as precompact) and returns an equal document that holds only
   * them: its mentions are rebuilt from the columns when read (compact.ts, leanDocument). Adopt that
   * one instead of the given one, so the index keeps no mention objects between requests.
   */
  lean(document: ResolvedDocument): ResolvedDocument;
  /**
   * A resolution computed earlier (the workspace cache's), adopted before its documents are set: each
   * document set later with the very text it was resolved from answers from it, as if adopted with it;
   * one set with another text answers from its own resolution until the next `adopt`. Corpus-wide answers
   * come from it meanwhile (what the reader saw last time). A later `adopt` of a pass begun before this
   * call (at its documentsVersion or an older one) is ignored.
   */
  adoptStored(corpus: ResolvedCorpus): void;
  /**
   * The adopted resolution (uncurated) when it is one of exactly the documents held now, with the texts
   * they have now; else undefined. What the workspace cache may store, and what spares a pass.
   */
  exactResolution(): ResolvedCorpus | undefined;
  /**
   * The last adopted resolution (uncurated), exact or not: each of its documents carries the text it was
   * resolved from, so it stays a valid starting point for a later adoptStored even after documents
   * changed, left or came (the workspace cache keeps it when no exact one is at hand). Undefined before
   * the first adopt or adoptStored.
   */
  adoptedResolution(): ResolvedCorpus | undefined;
  /**
   * How the documents held now differ from the adopted resolution: documents set with another text or
   * new since (`changed`), and documents it covers that the index does not hold (`gone`). Both 0 when
   * exactResolution() is defined. For logs and the warm start's decision.
   */
  resolutionDrift(): { readonly changed: number; readonly gone: number };
  /**
   * Builds what corpus-wide answers need for the adopted resolution (each document's columns, the
   * compact corpus with the reader's corrections applied, the posting lists) as sliced work, about one
   * document per piece (run it with runInSlices), so that no request pays for it (at 3k documents the
   * first hover after a warm start spent 0.56 s here). Starts over when a new resolution is adopted
   * meanwhile; returns whether anything was answered from a document's own data while it ran.
   *
   * While it runs, a request about one document of the adopted resolution that would otherwise build
   * everything (no corrections to apply) is answered from that document's own data: its mentions,
   * quotes and entities; an entity's summary and mention pages then count only the documents so
   * answered (the first hover of an open document). `version` moves when it ends, so such answers
   * are not kept.
   */
  preparing(): Sliced<boolean>;
  /** Whether corpus-wide answers are built for the adopted resolution and the current corrections. */
  readonly viewReady: boolean;
}

/** What the index offers beyond the shared contract. */
export interface CuratedCorpusIndex extends CorpusIndex {
  /** Which corrections applied and which are stale, for the current snapshot. */
  curationReport(): CurationReport;
  /** Document ids in reading order. */
  documentIds(): readonly string[];
  entity(entityId: string): Entity | undefined;
  /** How many mentions the entity has across the corpus (0 for an unknown id), without building them. */
  mentionCount(entityId: string): number;
  /**
   * Part of mentionsOf: the entity's mentions number `from` (0-based) to `from + count - 1` in reading
   * order, clamped to those that exist. Builds objects for that page only.
   */
  mentionsOfPage(entityId: string, from: number, count: number): readonly MentionRef[];
  /** Number of documents in the index. */
  readonly size: number;
}

/** A document's input as the index keeps it for a resolver that is not incremental. */
interface StoredInput {
  readonly id: string;
  readonly text: string;
  readonly mentions: MentionColumns | undefined;
  readonly quotes: DocumentAnnotation['quotes'];
  readonly definitions: DocumentAnnotation['definitions'];
  /** The annotation as given, when its shape is not the plain { mentions, quotes, definitions }. */
  readonly original: DocumentAnnotation | undefined;
}

interface Built {
  readonly documentsVersion: number;
  readonly curation: Curation | undefined;
  readonly report: CurationReport;
  readonly compact: CompactCorpus;
  readonly view: CompactView;
}

/**
 * An entity's summary from some documents only (refs in reading order, at least one): the open
 * documents answered while a warm start's view is built, or documents changed since the last pass.
 * Marked `partial`, so a hover card says its counts are not yet the corpus's.
 */
function partialSummary(entity: Entity, refs: readonly MentionRef[], quotesIn: (documentId: string) => readonly ResolvedQuote[]): EntitySummary {
  const documents: { documentId: string; count: number }[] = [];
  for (const r of refs) {
    const last = documents[documents.length - 1];
    if (last?.documentId === r.documentId) last.count++;
    else documents.push({ documentId: r.documentId, count: 1 });
  }
  const quotes = documents.flatMap(({ documentId }) => quotesIn(documentId).filter((q) => q.speaker === entity.id).map((quote) => ({ documentId, quote })));
  const definition = refs.find((r) => r.mention.text === entity.name) ?? refs[0];
  return { entity, mentionCount: refs.length, documentCount: documents.length, documents, quotes, definition, partial: true };
}

export function createCorpusIndex(deps: CorpusIndexDeps): CuratedCorpusIndex {
  return createIndex(deps, false);
}

/** See DeferredCorpusIndex; `deps.resolve` only resolves single documents set since the last adopt. */
export function createDeferredCorpusIndex(deps: CorpusIndexDeps): DeferredCorpusIndex {
  return createIndex(deps, true) as DeferredCorpusIndex;
}

/** A document set after the adopted resolution, resolved alone (see DeferredCorpusIndex). */
interface Lone {
  readonly at: number;
  readonly document: ResolvedDocument;
  readonly entities: ReadonlyMap<string, Entity>;
  readonly columns: MentionColumns;
}

function createIndex(deps: CorpusIndexDeps, deferred: boolean): CuratedCorpusIndex | DeferredCorpusIndex {
  const apply = deps.applyCuration ?? applyCuration;
  const interner = createInterner(createStringTable(), createListTable());
  const columnCache: ColumnCache = new WeakMap();
  const incremental = deferred ? undefined : deps.resolve.incremental?.();
  /** Deferred mode: the adopted resolution, the documentsVersion at each document's last set, and lone resolutions. */
  let adopted: { version: number; corpus: ResolvedCorpus } = { version: -1, corpus: { documents: [], entities: new Map() } };
  const setAt = new Map<string, number>();
  /** After adoptStored: each stored document's text, until the next adopt. */
  let storedText: Map<string, string> | undefined;
  const lone = new Map<string, Lone>();
  /** Every document id; the input itself only when the index must resolve it again (no incremental resolver). */
  const inputs = new Map<string, StoredInput | undefined>();
  let sortedIds: string[] | null = [];
  let version = 0;
  // Resolution depends only on the documents, not on curation changes.
  let documentsVersion = 0;
  let resolved: { version: number; corpus: WeakRef<ResolvedCorpus> } | undefined;
  let built: Built | undefined;
  let lastCuration: Curation | undefined = deps.curation?.();

  function noticeCuration(): Curation | undefined {
    const current = deps.curation?.();
    if (current !== lastCuration) {
      lastCuration = current;
      version++;
    }
    return current;
  }

  function ids(): string[] {
    if (!sortedIds) sortedIds = [...inputs.keys()].sort(compareIds);
    return sortedIds;
  }

  function resolvedCorpus(): ResolvedCorpus {
    if (deferred) return adopted.corpus;
    const live = resolved?.version === documentsVersion ? resolved.corpus.deref() : undefined;
    if (live) return live;
    const corpus = inReadingOrder(incremental ? incremental.snapshot() : deps.resolve(ids().map((id) => inputOf(inputs.get(id) as StoredInput, interner))));
    resolved = { version: documentsVersion, corpus: new WeakRef(corpus) };
    return corpus;
  }

  /** Whether `built` answers for the adopted resolution (deferred) or the documents, with the current corrections. */
  function viewBuilt(): boolean {
    const curation = noticeCuration();
    return built !== undefined && built.documentsVersion === (deferred ? adopted.version : documentsVersion) && built.curation === curation;
  }

  /** Preparations running (see preparing); documents answered from their own data meanwhile. */
  let preparations = 0;
  const ownAnswered = new Set<string>();
  let adoptedById: { corpus: ResolvedCorpus; byId: Map<string, ResolvedDocument> } | undefined;

  /**
   * Deferred mode, while a preparation runs and the view is not built: the adopted resolution's own
   * object for the document (no corrections to apply, so it is what the view would give).
   */
  function ownDocument(documentId: string): ResolvedDocument | undefined {
    if (!deferred || preparations === 0 || viewBuilt()) return undefined;
    if ((lastCuration?.corrections.length ?? 0) > 0) return undefined;
    if (adoptedById?.corpus !== adopted.corpus) adoptedById = { corpus: adopted.corpus, byId: new Map(adopted.corpus.documents.map((d) => [d.id, d])) };
    const document = adoptedById.byId.get(documentId);
    if (!document) return undefined;
    ownAnswered.add(documentId);
    return document;
  }
  function ownColumns(document: ResolvedDocument): MentionColumns {
    let columns = columnCache.get(document);
    if (!columns) columnCache.set(document, (columns = compactDocument(document, interner)));
    return columns.mentions;
  }
  /** While a preparation runs: the entity's mentions in the documents answered from their own data, in reading order. */
  function ownRefs(entityId: string): MentionRef[] | undefined {
    if (!deferred || preparations === 0 || ownAnswered.size === 0 || viewBuilt()) return undefined;
    if ((lastCuration?.corrections.length ?? 0) > 0) return undefined;
    const refs: MentionRef[] = [];
    for (const id of [...ownAnswered].sort(compareIds)) {
      const document = adoptedById?.byId.get(id);
      if (document) for (const mention of document.mentions) if (mention.entity === entityId) refs.push({ documentId: id, mention });
    }
    return refs;
  }
  function ownSummary(entityId: string): EntitySummary | undefined {
    const refs = ownRefs(entityId);
    const entity = refs && adopted.corpus.entities.get(entityId);
    if (!refs || !entity || refs.length === 0) return undefined;
    return partialSummary(entity, refs, (documentId) => adoptedById?.byId.get(documentId)?.quotes ?? []);
  }

  function current(): Built {
    const curation = noticeCuration();
    const key = deferred ? adopted.version : documentsVersion;
    if (!built || built.documentsVersion !== key || built.curation !== curation) {
      const result = apply(resolvedCorpus(), curation);
      const compact = compactCorpus(result.corpus, interner, columnCache);
      built = { documentsVersion: key, curation, report: result.report, compact, view: createCompactView(compact) };
    }
    return built;
  }

  /** Deferred mode: the document's own resolution when it changed since the adopted one. */
  function loneOf(documentId: string): Lone | undefined {
    if (!deferred) return undefined;
    const at = setAt.get(documentId);
    if (at === undefined || at <= adopted.version) return undefined;
    const kept = lone.get(documentId);
    if (kept?.at === at) return kept;
    const stored = inputs.get(documentId);
    if (!stored) return undefined;
    const result = apply(inReadingOrder(deps.resolve([inputOf(stored, interner)])), noticeCuration()).corpus;
    const document = result.documents[0];
    if (!document) return undefined;
    const made: Lone = { at, document, entities: result.entities, columns: packMentions(document.mentions, interner, 'known') };
    lone.set(documentId, made);
    return made;
  }

  /** Entities only lone resolutions know (not yet in the adopted one): answers from those documents. */
  function loneRefs(entityId: string): MentionRef[] {
    const refs: MentionRef[] = [];
    for (const id of [...lone.keys()].sort(compareIds)) {
      const l = loneOf(id);
      if (l) for (const mention of l.document.mentions) if (mention.entity === entityId) refs.push({ documentId: id, mention });
    }
    return refs;
  }
  const loneEntity = (entityId: string): Entity | undefined => {
    for (const id of [...lone.keys()]) {
      const e = loneOf(id)?.entities.get(entityId);
      if (e) return e;
    }
    return undefined;
  };
  const known = (entityId: string) => current().compact.entities.has(entityId);
  function loneSummary(entityId: string): EntitySummary | undefined {
    const entity = loneEntity(entityId);
    const refs = loneRefs(entityId);
    if (!entity || refs.length === 0) return undefined;
    return partialSummary(entity, refs, (documentId) => lone.get(documentId)?.document.quotes ?? []);
  }

  return {
    set(documentId: string, text: string, annotation: DocumentAnnotation) {
      if (!inputs.has(documentId)) sortedIds = null;
      if (deferred) {
        inputs.set(documentId, storeInput(documentId, text, annotation, interner));
        // A document set with the text a stored resolution was computed from answers from that resolution.
        if (storedText?.get(documentId) === text) setAt.delete(documentId);
        else setAt.set(documentId, documentsVersion + 1);
        lone.delete(documentId);
      } else if (incremental) {
        incremental.set({ id: documentId, text, annotation });
        inputs.set(documentId, undefined);
      } else {
        inputs.set(documentId, storeInput(documentId, text, annotation, interner));
      }
      version++;
      documentsVersion++;
    },
    remove(documentId: string) {
      if (!inputs.delete(documentId)) return false;
      incremental?.remove(documentId);
      setAt.delete(documentId);
      lone.delete(documentId);
      sortedIds = null;
      version++;
      documentsVersion++;
      return true;
    },
    has: (documentId: string) => inputs.has(documentId),
    get documentsVersion() {
      return documentsVersion;
    },
    get resolvedVersion() {
      return adopted.version;
    },
    precompact(document: ResolvedDocument) {
      if (!columnCache.has(document)) columnCache.set(document, compactDocument(document, interner));
    },
    lean(document: ResolvedDocument) {
      let compact = columnCache.get(document);
      if (!compact) compact = compactDocument(document, interner);
      const lean = leanDocument(compact, interner);
      columnCache.set(lean, compact);
      return lean;
    },
    input(documentId: string) {
      const stored = deferred ? inputs.get(documentId) : undefined;
      return stored && inputOf(stored, interner);
    },
    adoptStored(corpus: ResolvedCorpus) {
      // The stored resolution sits between the documents set before it and any pass asked for after it:
      // a pass begun before (at most the old documentsVersion) is older and dropped by adopt(); a pass asked
      // for now (at the new documentsVersion) is newer and replaces it, even when no document is set in
      // between (every document of a small folder open and set before the cache was read).
      documentsVersion++;
      adopted = { version: documentsVersion - 1, corpus: inReadingOrder(corpus) };
      storedText = new Map(corpus.documents.map((d) => [d.id, d.text]));
      // A pass adopted at this same documentsVersion may have built the answers: build them anew.
      built = undefined;
      // Documents set before: those with the stored text answer from it, the others from their own resolution.
      for (const [id, stored] of inputs) {
        if (stored && storedText.get(id) === stored.text) {
          setAt.delete(id);
          lone.delete(id);
        } else setAt.set(id, documentsVersion);
      }
      version++;
    },
    get viewReady() {
      return viewBuilt();
    },
    *preparing(): Sliced<boolean> {
      preparations++;
      let answered = false;
      try {
        for (;;) {
          const target = adopted;
          for (const d of target.corpus.documents) {
            if (!columnCache.has(d)) columnCache.set(d, compactDocument(d, interner));
            yield;
          }
          if (adopted !== target) continue;
          const { view } = current();
          yield;
          // The posting lists (every mention once), built on the first count asked.
          view.mentionCount('');
          yield;
          if (viewBuilt() || !deferred) break;
        }
      } finally {
        // Also when stopped midway (cancelled): answers given from a document's own data are not kept.
        preparations--;
        if (preparations === 0 && ownAnswered.size > 0) {
          answered = true;
          ownAnswered.clear();
          version++;
        }
      }
      return answered;
    },
    adoptedResolution() {
      return deferred && adopted.version >= 0 ? adopted.corpus : undefined;
    },
    resolutionDrift() {
      let gone = 0;
      for (const d of adopted.corpus.documents) if (!inputs.has(d.id)) gone++;
      return { changed: setAt.size, gone };
    },
    exactResolution() {
      if (!deferred || setAt.size > 0 || adopted.corpus.documents.length !== inputs.size) return undefined;
      for (const d of adopted.corpus.documents) if (!inputs.has(d.id)) return undefined;
      return adopted.corpus;
    },
    adopt(corpus: ResolvedCorpus, atVersion: number) {
      // A pass of the documents as they were before a stored resolution was adopted (the open document's
      // own pass at a warm start, say) is older than it: adopting it would drop the stored state.
      if (storedText && atVersion <= adopted.version) return;
      storedText = undefined;
      adopted = { version: atVersion, corpus: inReadingOrder(corpus) };
      for (const [id, at] of setAt) {
        if (at > atVersion) continue;
        setAt.delete(id);
        lone.delete(id);
      }
      version++;
    },
    get version() {
      noticeCuration();
      return version;
    },
    get size() {
      return inputs.size;
    },
    snapshot: () => materialize(current().compact),
    curationReport: () => current().report,
    documentIds: () => [...ids()],
    entity: (entityId: string) => (ownRefs(entityId) ? adopted.corpus.entities.get(entityId) : undefined) ?? current().compact.entities.get(entityId) ?? (deferred ? loneEntity(entityId) : undefined),
    document(documentId: string): ResolvedDocument | undefined {
      if (deferred && !inputs.has(documentId)) return undefined;
      const l = loneOf(documentId);
      if (l) return l.document;
      const own = ownDocument(documentId);
      if (own) return own;
      const { compact } = current();
      const d = compact.rank.get(documentId);
      return d === undefined ? undefined : documentOf(compact, d);
    },
    mentionAt(documentId: string, offset: number): ResolvedMention | undefined {
      if (deferred && !inputs.has(documentId)) return undefined;
      const l = loneOf(documentId);
      if (l) {
        const i = mentionIndexAt(l.columns, offset);
        return i < 0 ? undefined : l.document.mentions[i];
      }
      const own = ownDocument(documentId);
      if (own) {
        const i = mentionIndexAt(ownColumns(own), offset);
        return i < 0 ? undefined : own.mentions[i];
      }
      const { compact } = current();
      const d = compact.rank.get(documentId);
      if (d === undefined) return undefined;
      const i = mentionIndexAt(compact.documents[d].mentions, offset);
      return i < 0 ? undefined : mentionOf(compact, d, i);
    },
    quoteAt(documentId: string, offset: number): ResolvedQuote | undefined {
      if (deferred && !inputs.has(documentId)) return undefined;
      const l = loneOf(documentId);
      if (l) return spanAt(l.document.quotes, offset, longestSpan(l.document.quotes));
      const own = ownDocument(documentId);
      if (own) return spanAt(own.quotes, offset, longestSpan(own.quotes));
      const { compact } = current();
      const d = compact.rank.get(documentId);
      if (d === undefined) return undefined;
      const doc = compact.documents[d];
      return spanAt(doc.quotes, offset, doc.longestQuote);
    },
    mentionsOf: (entityId: string): readonly MentionRef[] => (deferred && !known(entityId) ? loneRefs(entityId) : current().view.mentionsOf(entityId)),
    mentionsOfPage: (entityId: string, from: number, count: number) => {
      const own = ownRefs(entityId);
      if (own?.length) return own.slice(Math.max(0, from), Math.max(0, from) + Math.max(0, count));
      return deferred && !known(entityId) ? loneRefs(entityId).slice(Math.max(0, from), Math.max(0, from) + Math.max(0, count)) : current().view.mentionsOf(entityId, from, count);
    },
    mentionCount: (entityId: string) => ownRefs(entityId)?.length || (deferred && !known(entityId) ? loneRefs(entityId).length : current().view.mentionCount(entityId)),
    nextMention: (entityId: string, documentId: string, offset: number, direction: 1 | -1) => current().view.nextMention(entityId, documentId, offset, direction),
    summary: (entityId: string): EntitySummary | undefined => ownSummary(entityId) ?? current().view.summary(entityId) ?? (deferred ? loneSummary(entityId) : undefined),
    findEntities: (query: string, limit = 20) => current().view.findEntities(query, limit),
  };
}

const ANNOTATION_KEYS = 'mentions,quotes,definitions';

function storeInput(id: string, text: string, annotation: DocumentAnnotation, interner: Interner): StoredInput {
  const plain = typeof annotation === 'object' && annotation !== null && Object.getPrototypeOf(annotation) === Object.prototype
    && Object.keys(annotation).join(',') === ANNOTATION_KEYS && Array.isArray(annotation.mentions);
  if (!plain) return { id, text, mentions: undefined, quotes: [], definitions: [], original: annotation };
  return { id, text, mentions: packMentions(annotation.mentions, interner), quotes: annotation.quotes, definitions: annotation.definitions, original: undefined };
}

function longestSpan(spans: readonly { start: number; end: number }[]): number {
  let max = 0;
  for (const s of spans) if (s.end - s.start > max) max = s.end - s.start;
  return max;
}

function inputOf(stored: StoredInput, interner: Interner): CorpusDocumentInput {
  const { id, text, mentions: columns } = stored;
  if (stored.original !== undefined || !columns) return { id, text, annotation: stored.original as DocumentAnnotation };
  const mentions = new Array(columns.length);
  for (let i = 0; i < columns.length; i++) mentions[i] = unpackMention(columns, i, interner);
  return { id, text, annotation: { mentions, quotes: stored.quotes, definitions: stored.definitions } };
}

/** The contract says documents come sorted by id; enforce it so navigation order never depends on the resolver. */
export function inReadingOrder(corpus: ResolvedCorpus): ResolvedCorpus {
  const docs = corpus.documents;
  for (let i = 1; i < docs.length; i++) {
    if (compareIds(docs[i - 1].id, docs[i].id) > 0) {
      return { ...corpus, documents: [...docs].sort((a, b) => compareIds(a.id, b.id)) };
    }
  }
  return corpus;
}
