// Lookup tables derived from one resolved snapshot. Built in one pass over all mentions so every
// query afterwards is a map lookup or a binary search, whatever the corpus size.
import type { MentionRef, QuoteRef } from '../corpusTypes';
import type { Entity, ResolvedCorpus, ResolvedDocument } from '../types';
import { foldForSearch } from './fold';

export interface DocumentEntry {
  readonly document: ResolvedDocument;
  readonly rank: number;
  readonly longestMention: number;
  readonly longestQuote: number;
}

export interface SearchEntry {
  readonly entity: Entity;
  readonly name: string;
  readonly aliases: readonly string[];
}

export interface CorpusView {
  readonly corpus: ResolvedCorpus;
  readonly documents: ReadonlyMap<string, DocumentEntry>;
  readonly mentionsByEntity: ReadonlyMap<string, readonly MentionRef[]>;
  readonly quotesBySpeaker: ReadonlyMap<string, readonly QuoteRef[]>;
  readonly search: readonly SearchEntry[];
}

function longest(spans: readonly { start: number; end: number }[]): number {
  let max = 0;
  for (const s of spans) max = Math.max(max, s.end - s.start);
  return max;
}

export function buildView(corpus: ResolvedCorpus): CorpusView {
  const documents = new Map<string, DocumentEntry>();
  const mentionsByEntity = new Map<string, MentionRef[]>();
  const quotesBySpeaker = new Map<string, QuoteRef[]>();
  corpus.documents.forEach((document, rank) => {
    documents.set(document.id, { document, rank, longestMention: longest(document.mentions), longestQuote: longest(document.quotes) });
    for (const mention of document.mentions) {
      let list = mentionsByEntity.get(mention.entity);
      if (!list) mentionsByEntity.set(mention.entity, (list = []));
      list.push({ documentId: document.id, mention });
    }
    for (const quote of document.quotes) {
      if (quote.speaker == null) continue;
      let list = quotesBySpeaker.get(quote.speaker);
      if (!list) quotesBySpeaker.set(quote.speaker, (list = []));
      list.push({ documentId: document.id, quote });
    }
  });
  const search: SearchEntry[] = [];
  for (const entity of corpus.entities.values()) {
    search.push({ entity, name: foldForSearch(entity.name), aliases: entity.aliases.map(foldForSearch) });
  }
  return { corpus, documents, mentionsByEntity, quotesBySpeaker, search };
}
