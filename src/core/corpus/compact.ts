// The corpus as the index keeps it between changes: per document, its text, its mentions as columns
// (mentionColumns.ts) and its quotes; per entity, posting lists of (document, mention) pairs in reading
// order. Built from one resolved (and curated) snapshot; the snapshot's objects are held only weakly,
// so once the resolver and every caller let go of them, only the columns remain, and objects are
// rebuilt on demand. While the snapshot lives, answers are its very objects (same identity as
// snapshot().documents[i].mentions[j]).
import type { Entity, ResolvedCorpus, ResolvedDocument, ResolvedMention, ResolvedQuote } from '../types';
import { entityIdOf, mentionIndexAt, packMentions, unpackMention, type Interner, type MentionColumns } from './mentionColumns';

export interface CompactDocument {
  readonly id: string;
  readonly text: string;
  readonly mentions: MentionColumns;
  /** Sorted by start, as the resolver gives them; few per document, kept as objects. */
  readonly quotes: readonly ResolvedQuote[];
  readonly longestQuote: number;
}

/**
 * Posting lists in one flat layout (compressed sparse rows): the postings of the string numbered k
 * (an entity id) are positions offsets[k] .. offsets[k + 1] - 1 of `documents` (document rank) and
 * `items` (mention or quote position in that document), in reading order.
 */
export interface Postings {
  readonly offsets: Int32Array;
  readonly documents: Int32Array;
  readonly items: Int32Array;
}

export interface CompactCorpus {
  /** Documents in reading order (rank = position). */
  readonly documents: readonly CompactDocument[];
  readonly rank: ReadonlyMap<string, number>;
  readonly entities: ReadonlyMap<string, Entity>;
  readonly interner: Interner;
  /** The snapshot this was built from (or last rebuilt by materialize), while anyone still holds it. */
  source: WeakRef<ResolvedCorpus>;
}

/** Reuses the columns of documents that are the same object as in an earlier snapshot. */
export type ColumnCache = WeakMap<ResolvedDocument, CompactDocument>;

function longestSpan(spans: readonly { start: number; end: number }[]): number {
  let max = 0;
  for (const s of spans) if (s.end - s.start > max) max = s.end - s.start;
  return max;
}

/**
 * The compact form of a resolved snapshot (documents must be in reading order). Documents that are the
 * same objects as in an earlier snapshot reuse their columns from `cache`; strings go into `interner`,
 * which the index keeps for its whole life. Never modifies the snapshot.
 */
export function compactCorpus(corpus: ResolvedCorpus, interner: Interner, cache: ColumnCache): CompactCorpus {
  const rank = new Map<string, number>();
  const documents = corpus.documents.map((document, i) => {
    rank.set(document.id, i);
    let compact = cache.get(document);
    if (!compact) {
      compact = compactDocument(document, interner);
      cache.set(document, compact);
    }
    return compact;
  });
  return { documents, rank, entities: corpus.entities, interner, source: new WeakRef(corpus) };
}

/** One resolved document's columns. */
export function compactDocument(document: ResolvedDocument, interner: Interner): CompactDocument {
  return { id: document.id, text: document.text, mentions: packMentions(document.mentions, interner, 'known'), quotes: document.quotes, longestQuote: longestSpan(document.quotes) };
}

/** Mention postings keyed by interned entity id. */
export function mentionPostings(corpus: CompactCorpus): Postings {
  const size = corpus.interner.strings.size;
  const counts = new Int32Array(size + 1);
  let total = 0;
  for (const doc of corpus.documents) {
    for (let i = 0; i < doc.mentions.length; i++) {
      const k = entityIdOf(doc.mentions, i, corpus.interner.strings);
      if (k >= 0) {
        counts[k + 1]++;
        total++;
      }
    }
  }
  return fill(corpus, counts, total, (doc, add) => {
    for (let i = 0; i < doc.mentions.length; i++) add(entityIdOf(doc.mentions, i, corpus.interner.strings), i);
  });
}

/** Quote postings keyed by interned speaker id. */
export function quotePostings(corpus: CompactCorpus): Postings {
  const strings = corpus.interner.strings;
  const counts = new Int32Array(strings.size + 1);
  let total = 0;
  for (const doc of corpus.documents) {
    for (const q of doc.quotes) {
      const k = q.speaker != null ? strings.lookup(q.speaker) : -1;
      if (k >= 0) {
        counts[k + 1]++;
        total++;
      }
    }
  }
  return fill(corpus, counts, total, (doc, add) => {
    doc.quotes.forEach((q, i) => add(q.speaker != null ? strings.lookup(q.speaker) : -1, i));
  });
}

function fill(corpus: CompactCorpus, counts: Int32Array, total: number, each: (doc: CompactDocument, add: (key: number, item: number) => void) => void): Postings {
  const offsets = counts;
  for (let k = 1; k < offsets.length; k++) offsets[k] += offsets[k - 1];
  const next = offsets.slice(0, offsets.length - 1);
  const documents = new Int32Array(total);
  const items = new Int32Array(total);
  corpus.documents.forEach((doc, d) => {
    each(doc, (key, item) => {
      if (key < 0 || key >= next.length) return;
      const at = next[key]++;
      documents[at] = d;
      items[at] = item;
    });
  });
  return { offsets, documents, items };
}

/** The mention at position i of the document at rank d: the snapshot's own object while it lives. */
export function mentionOf(corpus: CompactCorpus, d: number, i: number): ResolvedMention {
  const live = corpus.source.deref()?.documents[d];
  // A lean document would rebuild all its mentions to hand out one: rebuild that one only.
  if (live && !isLeanDocument(live)) return live.mentions[i];
  return unpackMention(corpus.documents[d].mentions, i, corpus.interner) as ResolvedMention;
}

/** Marks the documents leanDocument makes (a non-enumerable key: JSON, spreading and deep equality ignore it). */
const LEAN = Symbol('lean document');

/**
 * A resolved document equal to the one `compact` was packed from (equal values; each mention's keys in
 * the resolver's order, which compactDocument assumes), holding only the columns: its `mentions` (an own enumerable accessor, so JSON, spreading and
 * Object.keys see a plain document) are rebuilt from them when read, and kept only weakly, so a caller
 * that reads them twice in one go gets one array, and the heap does not keep them between requests. At
 * 10,000 documents the language server held 464,000 mention objects beside their columns this way.
 */
export function leanDocument(compact: CompactDocument, interner: Interner): ResolvedDocument {
  let built: WeakRef<ResolvedMention[]> | undefined;
  const document: ResolvedDocument = {
    id: compact.id,
    text: compact.text,
    get mentions(): ResolvedMention[] {
      let mentions = built?.deref();
      if (!mentions) {
        const columns = compact.mentions;
        mentions = new Array<ResolvedMention>(columns.length);
        for (let i = 0; i < columns.length; i++) mentions[i] = unpackMention(columns, i, interner) as ResolvedMention;
        built = new WeakRef(mentions);
      }
      return mentions;
    },
    quotes: compact.quotes,
  };
  Object.defineProperty(document, LEAN, { value: true });
  return document;
}

/** Whether the document was made by leanDocument (its mentions are rebuilt on every read of them, weakly kept). */
export const isLeanDocument = (document: ResolvedDocument): boolean => (document as { readonly [LEAN]?: boolean })[LEAN] === true;

/** The whole document as an object: the snapshot's own while it lives, else rebuilt from the columns. */
export function documentOf(corpus: CompactCorpus, d: number): ResolvedDocument {
  const live = corpus.source.deref();
  if (live) return live.documents[d];
  const doc = corpus.documents[d];
  const mentions: ResolvedMention[] = new Array(doc.mentions.length);
  for (let i = 0; i < mentions.length; i++) mentions[i] = unpackMention(doc.mentions, i, corpus.interner) as ResolvedMention;
  return { id: doc.id, text: doc.text, mentions, quotes: doc.quotes };
}

/**
 * The corpus as objects again, for callers that need the whole snapshot. The result becomes the
 * source of later answers while it lives, so they share its objects.
 */
export function materialize(corpus: CompactCorpus): ResolvedCorpus {
  const live = corpus.source.deref();
  if (live) return live;
  const rebuilt: ResolvedCorpus = { documents: corpus.documents.map((_, d) => documentOf(corpus, d)), entities: corpus.entities };
  corpus.source = new WeakRef(rebuilt);
  return rebuilt;
}

export { mentionIndexAt };
