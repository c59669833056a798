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
import { compactCorpus, documentOf, materialize, mentionIndexAt, mentionOf, type ColumnCache, type CompactCorpus } from './compact';
import { createCompactView, type CompactView } from './compactView';
import { createInterner, packMentions, unpackMention, type Interner, type MentionColumns } from './mentionColumns';
import { compareIds, type CorpusDocumentInput, type Resolver } from './resolver';
import { spanAt } from './spans';
import { createListTable, createStringTable } from './strings';

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

export function createCorpusIndex(deps: CorpusIndexDeps): CuratedCorpusIndex {
  const apply = deps.applyCuration ?? applyCuration;
  const interner = createInterner(createStringTable(), createListTable());
  const columnCache: ColumnCache = new WeakMap();
  const incremental = deps.resolve.incremental?.();
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
    const live = resolved?.version === documentsVersion ? resolved.corpus.deref() : undefined;
    if (live) return live;
    const corpus = inReadingOrder(incremental ? incremental.snapshot() : deps.resolve(ids().map((id) => inputOf(inputs.get(id) as StoredInput, interner))));
    resolved = { version: documentsVersion, corpus: new WeakRef(corpus) };
    return corpus;
  }

  function current(): Built {
    const curation = noticeCuration();
    if (!built || built.documentsVersion !== documentsVersion || built.curation !== curation) {
      const result = apply(resolvedCorpus(), curation);
      const compact = compactCorpus(result.corpus, interner, columnCache);
      built = { documentsVersion, curation, report: result.report, compact, view: createCompactView(compact) };
    }
    return built;
  }

  return {
    set(documentId: string, text: string, annotation: DocumentAnnotation) {
      if (!inputs.has(documentId)) sortedIds = null;
      if (incremental) {
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
    get size() {
      return inputs.size;
    },
    snapshot: () => materialize(current().compact),
    curationReport: () => current().report,
    documentIds: () => [...ids()],
    entity: (entityId: string) => current().compact.entities.get(entityId),
    document(documentId: string): ResolvedDocument | undefined {
      const { compact } = current();
      const d = compact.rank.get(documentId);
      return d === undefined ? undefined : documentOf(compact, d);
    },
    mentionAt(documentId: string, offset: number): ResolvedMention | undefined {
      const { compact } = current();
      const d = compact.rank.get(documentId);
      if (d === undefined) return undefined;
      const i = mentionIndexAt(compact.documents[d].mentions, offset);
      return i < 0 ? undefined : mentionOf(compact, d, i);
    },
    quoteAt(documentId: string, offset: number): ResolvedQuote | undefined {
      const { compact } = current();
      const d = compact.rank.get(documentId);
      if (d === undefined) return undefined;
      const doc = compact.documents[d];
      return spanAt(doc.quotes, offset, doc.longestQuote);
    },
    mentionsOf: (entityId: string): readonly MentionRef[] => current().view.mentionsOf(entityId),
    mentionsOfPage: (entityId: string, from: number, count: number) => current().view.mentionsOf(entityId, from, count),
    mentionCount: (entityId: string) => current().view.mentionCount(entityId),
    nextMention: (entityId: string, documentId: string, offset: number, direction: 1 | -1) => current().view.nextMention(entityId, documentId, offset, direction),
    summary: (entityId: string): EntitySummary | undefined => current().view.summary(entityId),
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

function inputOf(stored: StoredInput, interner: Interner): CorpusDocumentInput {
  const { id, text, mentions: columns } = stored;
  if (stored.original !== undefined || !columns) return { id, text, annotation: stored.original as DocumentAnnotation };
  const mentions = new Array(columns.length);
  for (let i = 0; i < columns.length; i++) mentions[i] = unpackMention(columns, i, interner);
  return { id, text, annotation: { mentions, quotes: stored.quotes, definitions: stored.definitions } };
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
