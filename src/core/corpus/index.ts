// The corpus index: documents come and go one at a time (cheap), and the cross-document view is
// recomputed only when someone asks, once per change. The reader's curation is applied on top and
// cached separately, so a new correction does not re-run resolution.
import type { CorpusIndex, EntitySummary, MentionRef } from '../corpusTypes';
import { applyCuration, type CuratedCorpus } from '../curation/apply';
import type { Curation, CurationReport } from '../curation/types';
import type { DocumentAnnotation, Entity, ResolvedCorpus, ResolvedDocument, ResolvedMention, ResolvedQuote } from '../types';
import { findEntities, nextMention, summarize } from './queries';
import { compareIds, type CorpusDocumentInput, type Resolver } from './resolver';
import { spanAt } from './spans';
import { buildView, type CorpusView } from './view';

export interface CorpusIndexDeps {
  readonly resolve: Resolver;
  /** Read on every query; return a new object when the reader's corrections change. */
  readonly curation?: () => Curation | undefined;
  /** Replaceable for tests; defaults to the real curation. */
  readonly applyCuration?: (corpus: ResolvedCorpus, curation: Curation | undefined) => CuratedCorpus;
}

/** What the index offers beyond the shared contract. */
export interface CuratedCorpusIndex extends CorpusIndex {
  /** Which corrections applied and which are stale, for the current snapshot. */
  curationReport(): CurationReport;
  /** Document ids in reading order. */
  documentIds(): readonly string[];
  entity(entityId: string): Entity | undefined;
}

export function createCorpusIndex(deps: CorpusIndexDeps): CuratedCorpusIndex {
  const apply = deps.applyCuration ?? applyCuration;
  const inputs = new Map<string, CorpusDocumentInput>();
  let sortedIds: string[] | null = [];
  let version = 0;
  // Resolution depends only on the documents, not on curation changes.
  let documentsVersion = 0;
  let resolved: { version: number; corpus: ResolvedCorpus } | undefined;
  let curated: { resolved: ResolvedCorpus; curation: Curation | undefined; result: CuratedCorpus; view?: CorpusView } | undefined;
  let lastCuration: Curation | undefined = deps.curation?.();
  const incremental = deps.resolve.incremental?.();
  /** The latest view, whose tables the next one patches when only a few documents changed. */
  let lastView: CorpusView | undefined;

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
    if (!resolved || resolved.version !== documentsVersion) {
      const corpus = incremental ? incremental.snapshot() : deps.resolve(ids().map((id) => inputs.get(id) as CorpusDocumentInput));
      resolved = { version: documentsVersion, corpus: inReadingOrder(corpus) };
    }
    return resolved.corpus;
  }

  function current(): NonNullable<typeof curated> {
    const curation = noticeCuration();
    const base = resolvedCorpus();
    if (!curated || curated.resolved !== base || curated.curation !== curation) {
      curated = { resolved: base, curation, result: apply(base, curation) };
    }
    return curated;
  }

  function view(): CorpusView {
    const c = current();
    if (!c.view) {
      c.view = buildView(c.result.corpus, lastView?.built());
      lastView = c.view;
    }
    return c.view;
  }

  return {
    set(documentId: string, text: string, annotation: DocumentAnnotation) {
      if (!inputs.has(documentId)) sortedIds = null;
      const input = { id: documentId, text, annotation };
      inputs.set(documentId, input);
      incremental?.set(input);
      version++;
      documentsVersion++;
    },
    remove(documentId: string) {
      if (!inputs.delete(documentId)) return false;
      incremental?.remove(documentId);
      sortedIds = null;
      version++;
      documentsVersion++;
      return true;
    },
    has: (documentId: string) => inputs.has(documentId),
    get version() {
      noticeCuration();
      return version;
    },
    snapshot: () => current().result.corpus,
    curationReport: () => current().result.report,
    documentIds: () => [...ids()],
    entity: (entityId: string) => current().result.corpus.entities.get(entityId),
    document: (documentId: string): ResolvedDocument | undefined => view().documents.get(documentId)?.document,
    mentionAt(documentId: string, offset: number): ResolvedMention | undefined {
      const entry = view().documents.get(documentId);
      return entry ? spanAt(entry.document.mentions, offset, entry.longestMention) : undefined;
    },
    quoteAt(documentId: string, offset: number): ResolvedQuote | undefined {
      const entry = view().documents.get(documentId);
      return entry ? spanAt(entry.document.quotes, offset, entry.longestQuote) : undefined;
    },
    mentionsOf: (entityId: string): readonly MentionRef[] => view().mentionsByEntity.get(entityId) ?? [],
    nextMention: (entityId: string, documentId: string, offset: number, direction: 1 | -1) => nextMention(view(), entityId, documentId, offset, direction),
    summary: (entityId: string): EntitySummary | undefined => summarize(view(), entityId),
    findEntities: (query: string, limit = 20) => findEntities(view(), query, limit),
  };
}

/** The contract says documents come sorted by id; enforce it so navigation order never depends on the resolver. */
function inReadingOrder(corpus: ResolvedCorpus): ResolvedCorpus {
  const docs = corpus.documents;
  for (let i = 1; i < docs.length; i++) {
    if (compareIds(docs[i - 1].id, docs[i].id) > 0) {
      return { ...corpus, documents: [...docs].sort((a, b) => compareIds(a.id, b.id)) };
    }
  }
  return corpus;
}
