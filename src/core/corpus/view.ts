// Lookup tables derived from one resolved snapshot, each built on first use, so a hover after an edit
// pays for the document table only. When the snapshot keeps the previous one's entities and documents
// (an edit re-resolved a few documents), the tables are patched for those documents instead of rebuilt.
import type { MentionRef, QuoteRef } from '../corpusTypes';
import type { Entity, ResolvedCorpus, ResolvedDocument } from '../types';
import { foldForSearch } from './fold';
import { compareIds } from './resolver';

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
  /** The tables built so far, for the next view to start from; never builds one. */
  built(): BuiltTables;
}

export interface BuiltTables {
  readonly corpus: ResolvedCorpus;
  readonly documents?: ReadonlyMap<string, DocumentEntry>;
  readonly mentionsByEntity?: ReadonlyMap<string, readonly MentionRef[]>;
  readonly quotesBySpeaker?: ReadonlyMap<string, readonly QuoteRef[]>;
  readonly search?: readonly SearchEntry[];
}

function longest(spans: readonly { start: number; end: number }[]): number {
  let max = 0;
  for (const s of spans) max = Math.max(max, s.end - s.start);
  return max;
}

/** Calls `add` with each reference the document contributes to a table, keyed by entity id. */
type RefsOf<T> = (document: ResolvedDocument, add: (key: string, ref: T) => void) => void;
const mentionRefs: RefsOf<MentionRef> = (document, add) => {
  for (const mention of document.mentions) add(mention.entity, { documentId: document.id, mention });
};
const quoteRefs: RefsOf<QuoteRef> = (document, add) => {
  for (const quote of document.quotes) if (quote.speaker != null) add(quote.speaker, { documentId: document.id, quote });
};

function collect<T>(map: Map<string, T[]>): (key: string, ref: T) => void {
  return (key, ref) => {
    const list = map.get(key);
    if (list) list.push(ref); else map.set(key, [ref]);
  };
}

function buildRefs<T>(corpus: ResolvedCorpus, refsOf: RefsOf<T>): Map<string, T[]> {
  const map = new Map<string, T[]>();
  const add = collect(map);
  for (const document of corpus.documents) refsOf(document, add);
  return map;
}

/** The previous table with the changed documents' references replaced, each list kept in reading order. */
function patchRefs<T extends { readonly documentId: string }>(
  previous: ReadonlyMap<string, readonly T[]>, changed: readonly [ResolvedDocument, ResolvedDocument][], refsOf: RefsOf<T>,
): Map<string, readonly T[]> {
  const map = new Map(previous);
  for (const [before, after] of changed) {
    const fresh = new Map<string, T[]>();
    refsOf(before, (key) => fresh.set(key, []));
    refsOf(after, collect(fresh));
    for (const [key, refs] of fresh) {
      const kept = (map.get(key) ?? []).filter((r) => r.documentId !== after.id);
      let at = 0;
      while (at < kept.length && compareIds(kept[at].documentId, after.id) < 0) at++;
      const list = [...kept.slice(0, at), ...refs, ...kept.slice(at)];
      if (list.length > 0) map.set(key, list); else map.delete(key);
    }
  }
  return map;
}

/** Documents replaced one for one since the previous snapshot, or null when the tables must be rebuilt. */
function replacedSince(previous: BuiltTables | undefined, corpus: ResolvedCorpus): [ResolvedDocument, ResolvedDocument][] | null {
  if (!previous || previous.corpus.entities !== corpus.entities) return null;
  const before = previous.corpus.documents;
  const after = corpus.documents;
  if (before.length !== after.length) return null;
  const changed: [ResolvedDocument, ResolvedDocument][] = [];
  for (let i = 0; i < after.length; i++) {
    if (before[i] === after[i]) continue;
    if (before[i].id !== after[i].id) return null;
    changed.push([before[i], after[i]]);
  }
  // Patching copies each touched list; past a handful of documents a rebuild is as cheap.
  return changed.length <= 16 ? changed : null;
}

export function buildView(corpus: ResolvedCorpus, previousTables?: BuiltTables): CorpusView {
  let previous = previousTables;
  let documents: Map<string, DocumentEntry> | undefined;
  let mentionsByEntity: ReadonlyMap<string, readonly MentionRef[]> | undefined;
  let quotesBySpeaker: ReadonlyMap<string, readonly QuoteRef[]> | undefined;
  let search: readonly SearchEntry[] | undefined;
  const changed = replacedSince(previous, corpus);
  /** Forget the previous tables once this view has its own, so views never chain. */
  const settle = () => {
    if (documents && mentionsByEntity && quotesBySpeaker && search) previous = undefined;
  };

  return {
    corpus,
    get documents() {
      if (!documents) {
        documents = new Map();
        const reuse = previous?.documents;
        corpus.documents.forEach((document, rank) => {
          const old = reuse?.get(document.id);
          (documents as Map<string, DocumentEntry>).set(document.id, old && old.document === document && old.rank === rank
            ? old
            : { document, rank, longestMention: longest(document.mentions), longestQuote: longest(document.quotes) });
        });
        settle();
      }
      return documents;
    },
    get mentionsByEntity() {
      if (!mentionsByEntity) {
        mentionsByEntity = changed && previous?.mentionsByEntity ? patchRefs(previous.mentionsByEntity, changed, mentionRefs) : buildRefs(corpus, mentionRefs);
        settle();
      }
      return mentionsByEntity;
    },
    get quotesBySpeaker() {
      if (!quotesBySpeaker) {
        quotesBySpeaker = changed && previous?.quotesBySpeaker ? patchRefs(previous.quotesBySpeaker, changed, quoteRefs) : buildRefs(corpus, quoteRefs);
        settle();
      }
      return quotesBySpeaker;
    },
    get search() {
      if (!search) {
        search = previous?.search && previous.corpus.entities === corpus.entities ? previous.search : buildSearch(corpus);
        settle();
      }
      return search;
    },
    built: () => ({ corpus, documents, mentionsByEntity, quotesBySpeaker, search }),
  };
}

/** Folded names and aliases of every entity, for findEntities. */
export function buildSearch(corpus: Pick<ResolvedCorpus, 'entities'>): SearchEntry[] {
  const search: SearchEntry[] = [];
  for (const entity of corpus.entities.values()) search.push({ entity, name: foldForSearch(entity.name), aliases: entity.aliases.map(foldForSearch) });
  return search;
}
