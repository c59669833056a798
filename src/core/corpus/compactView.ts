// Cross-document questions answered from the compact corpus (compact.ts): posting lists give an
// entity's mentions in reading order without an object per mention; objects are made only for the
// mentions a caller asks for. Answers equal those of the object tables in view.ts / queries.ts.
import type { EntitySummary, MentionRef, QuoteRef } from '../corpusTypes';
import type { Entity } from '../types';
import { mentionOf, mentionPostings, quotePostings, type CompactCorpus, type Postings } from './compact';
import { foldForSearch } from './fold';
import { endOf, mentionText, startOf, textIdOf } from './mentionColumns';
import { fullness, rankEntities } from './queries';
import { compareIds } from './resolver';
import { buildSearch, type SearchEntry } from './view';

export interface CompactView {
  readonly corpus: CompactCorpus;
  /** How many mentions the entity has (0 for an unknown id). */
  mentionCount(entityId: string): number;
  /** Mentions from..from+count-1 of the entity in reading order (clamped to what exists). */
  mentionsOf(entityId: string, from?: number, count?: number): readonly MentionRef[];
  nextMention(entityId: string, documentId: string, offset: number, direction: 1 | -1): MentionRef | undefined;
  summary(entityId: string): EntitySummary | undefined;
  findEntities(query: string, limit: number): readonly Entity[];
}

/** Summaries kept per view; past this many the cache starts over (a tree of thousands of rows asks once each). */
const SUMMARY_CACHE_LIMIT = 2000;
/**
 * Mention references kept per view, in whole lists per entity, least recently used dropped first. While
 * a list is kept, mentionsOf, nextMention and summary hand out the same reference objects (callers
 * compare them); the bound keeps a walk over every entity from holding an object per mention again.
 */
const REF_CACHE_LIMIT = 100_000;

/** Query tables over one compact snapshot, each built on first use (posting lists, search keys, caches). */
export function createCompactView(corpus: CompactCorpus): CompactView {
  const strings = corpus.interner.strings;
  let mentions: Postings | undefined;
  let quotes: Postings | undefined;
  let search: readonly SearchEntry[] | undefined;
  /** Folded surfaces by interned number: a surface is folded once, not once per mention. */
  const folded = new Map<number, string>();
  let summaries = new Map<string, EntitySummary | undefined>();
  const lists = new Map<string, readonly MentionRef[]>();
  let listed = 0;
  /**
   * Each summary's definition reference by posting position, made without building the entity's whole
   * list; a list built later hands out this very object at that position, so the two still agree.
   */
  const definitions = new Map<string, { at: number; ref: MentionRef }>();
  const refFor = (entityId: string, p: Postings, at: number): MentionRef => {
    const pinned = definitions.get(entityId);
    return pinned && pinned.at === at ? pinned.ref : refAt(p, at);
  };

  const postings = () => (mentions ??= mentionPostings(corpus));
  function range(p: Postings, entityId: string): [number, number] {
    const k = strings.lookup(entityId);
    if (k < 0 || k + 1 >= p.offsets.length) return [0, 0];
    return [p.offsets[k], p.offsets[k + 1]];
  }
  const refAt = (p: Postings, at: number): MentionRef => {
    const d = p.documents[at];
    return { documentId: corpus.documents[d].id, mention: mentionOf(corpus, d, p.items[at]) };
  };
  function foldedText(d: number, i: number): string {
    const c = corpus.documents[d].mentions;
    const k = textIdOf(c, i);
    if (k < 0) return foldForSearch(mentionText(c, i, corpus.interner));
    let f = folded.get(k);
    if (f === undefined) folded.set(k, (f = foldForSearch(strings.get(k))));
    return f;
  }
  /** Postings before (documentId, offset) in reading order, within [lo, hi). */
  function countBefore(p: Postings, lo: number, hi: number, documentId: string, offset: number): number {
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const doc = corpus.documents[p.documents[mid]];
      const cmp = compareIds(doc.id, documentId) || startOf(doc.mentions, p.items[mid]) - offset;
      if (cmp < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  const view: CompactView = {
    corpus,
    mentionCount(entityId) {
      const [lo, hi] = range(postings(), entityId);
      return hi - lo;
    },
    mentionsOf(entityId, from = 0, count = Number.POSITIVE_INFINITY) {
      const first = Math.max(0, Math.floor(from) || 0);
      const whole = first === 0 && count === Number.POSITIVE_INFINITY;
      if (whole) return listOf(entityId);
      const kept = lists.get(entityId);
      if (kept) return kept.slice(first, first + Math.max(0, count));
      const p = postings();
      const [lo, hi] = range(p, entityId);
      const end = Math.min(hi, lo + first + Math.max(0, count));
      const refs: MentionRef[] = [];
      for (let at = lo + first; at < end; at++) refs.push(refFor(entityId, p, at));
      return refs;
    },
    nextMention(entityId, documentId, offset, direction) {
      const p = postings();
      const [lo, hi] = range(p, entityId);
      const n = hi - lo;
      if (n === 0) return undefined;
      if (direction === 1) {
        // Strictly after the position, so a cursor at a mention's start moves on to the next one.
        const i = countBefore(p, lo, hi, documentId, offset + 1) - lo;
        return listOf(entityId)[i % n];
      }
      let i = countBefore(p, lo, hi, documentId, offset) - lo - 1;
      // A cursor inside (or just after) a mention means "the one before this mention".
      if (i >= 0) {
        const doc = corpus.documents[p.documents[lo + i]];
        const m = p.items[lo + i];
        if (doc.id === documentId && startOf(doc.mentions, m) <= offset && offset <= endOf(doc.mentions, m)) i--;
      }
      return listOf(entityId)[(i + n) % n];
    },
    summary(entityId) {
      if (summaries.has(entityId)) return summaries.get(entityId);
      const result = summarize(entityId);
      if (summaries.size >= SUMMARY_CACHE_LIMIT) summaries = new Map();
      summaries.set(entityId, result);
      return result;
    },
    findEntities(query, limit) {
      search ??= buildSearch(corpus);
      return rankEntities(search, (id) => view.mentionCount(id), query, limit);
    },
  };

  /** The entity's whole reference list, from the cache or built now and cached. */
  function listOf(entityId: string): readonly MentionRef[] {
    const kept = lists.get(entityId);
    if (kept) {
      lists.delete(entityId);
      lists.set(entityId, kept);
      return kept;
    }
    const p = postings();
    const [lo, hi] = range(p, entityId);
    const refs: MentionRef[] = [];
    for (let at = lo; at < hi; at++) refs.push(refFor(entityId, p, at));
    if (refs.length === 0) return refs;
    for (const [key, list] of lists) {
      if (listed + refs.length <= REF_CACHE_LIMIT) break;
      lists.delete(key);
      listed -= list.length;
    }
    lists.set(entityId, refs);
    listed += refs.length;
    return refs;
  }

  function summarize(entityId: string): EntitySummary | undefined {
    const entity = corpus.entities.get(entityId);
    const p = postings();
    const [lo, hi] = range(p, entityId);
    if (!entity || hi === lo) return undefined;
    const documents: { documentId: string; count: number }[] = [];
    for (let at = lo; at < hi; at++) {
      const id = corpus.documents[p.documents[at]].id;
      const last = documents[documents.length - 1];
      if (last && last.documentId === id) last.count++;
      else documents.push({ documentId: id, count: 1 });
    }
    // The display name may be the reader's own wording; only if it never occurs do we fall back to
    // the fullest surface form.
    const name = foldForSearch(entity.name);
    let definition = -1;
    for (let at = lo; at < hi && definition < 0; at++) if (foldedText(p.documents[at], p.items[at]) === name) definition = at;
    if (definition < 0) {
      let best = -1;
      for (let at = lo; at < hi; at++) {
        const c = corpus.documents[p.documents[at]].mentions;
        const f = fullness(mentionText(c, p.items[at], corpus.interner));
        if (f > best) {
          best = f;
          definition = at;
        }
      }
    }
    return {
      entity,
      mentionCount: hi - lo,
      documentCount: documents.length,
      documents,
      quotes: quotesOf(entityId),
      definition: definitionRef(entityId, p, definition < 0 ? lo : definition, lo),
    };
  }

  /** The reference at posting position `at`: from the entity's kept list, else made once and pinned. */
  function definitionRef(entityId: string, p: Postings, at: number, lo: number): MentionRef {
    const kept = lists.get(entityId);
    if (kept) return kept[at - lo];
    const pinned = definitions.get(entityId);
    if (pinned && pinned.at === at) return pinned.ref;
    const ref = refAt(p, at);
    definitions.set(entityId, { at, ref });
    return ref;
  }

  function quotesOf(entityId: string): readonly QuoteRef[] {
    quotes ??= quotePostings(corpus);
    const [lo, hi] = range(quotes, entityId);
    const refs: QuoteRef[] = [];
    for (let at = lo; at < hi; at++) {
      const d = quotes.documents[at];
      refs.push({ documentId: corpus.documents[d].id, quote: corpus.documents[d].quotes[quotes.items[at]] });
    }
    return refs;
  }

  return view;
}
