// The contract between the corpus index (src/core/corpus/) and its consumers (editor adapters, CLI).
import type { DocumentAnnotation, Entity, ResolvedCorpus, ResolvedDocument, ResolvedMention, ResolvedQuote } from './types';

/** A mention located in the corpus. */
export interface MentionRef {
  readonly documentId: string;
  readonly mention: ResolvedMention;
}

export interface QuoteRef {
  readonly documentId: string;
  readonly quote: ResolvedQuote;
}

export interface EntitySummary {
  readonly entity: Entity;
  readonly mentionCount: number;
  readonly documentCount: number;
  /** Document ids in reading order with the number of mentions in each. */
  readonly documents: readonly { readonly documentId: string; readonly count: number }[];
  /** Quotes whose speaker is this entity, in reading order. */
  readonly quotes: readonly QuoteRef[];
  /** The defining mention: first occurrence of the fullest name. */
  readonly definition: MentionRef;
  /**
   * Set when the counts, documents and quotes cover only some documents: those answered while the
   * corpus-wide view is still being built after a warm start (see DeferredCorpusIndex.preparing), or
   * documents changed since the last resolution pass, which have their own resolution until then.
   */
  readonly partial?: true;
}

/**
 * Holds per-document annotations and answers cross-document questions. Updating a document is cheap;
 * resolution across documents runs lazily when a query needs a fresh snapshot.
 */
export interface CorpusIndex {
  /** Add or replace a document with an annotation computed elsewhere (for example in a worker). */
  set(documentId: string, text: string, annotation: DocumentAnnotation): void;
  remove(documentId: string): boolean;
  has(documentId: string): boolean;
  /** Increments on every change; lets consumers skip work when nothing changed. */
  readonly version: number;
  /** Resolved (and curated) view; cached until the next change. */
  snapshot(): ResolvedCorpus;
  document(documentId: string): ResolvedDocument | undefined;
  mentionAt(documentId: string, offset: number): ResolvedMention | undefined;
  quoteAt(documentId: string, offset: number): ResolvedQuote | undefined;
  /** Every mention of the entity across documents, in reading order (documents by id, then offset). */
  mentionsOf(entityId: string): readonly MentionRef[];
  /** The mention after (or before) the given position among the entity's mentions, wrapping across documents. */
  nextMention(entityId: string, documentId: string, offset: number, direction: 1 | -1): MentionRef | undefined;
  summary(entityId: string): EntitySummary | undefined;
  /** Entities whose name or any alias contains the query (case- and accent-insensitive), best first. */
  findEntities(query: string, limit?: number): readonly Entity[];
}
