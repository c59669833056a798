// The quote ledger: everything one speaker said across the corpus, each quote with its document,
// date, cue and sentence; the same quote reported by several documents is one entry whose sources
// run from first appearance on, with word-level differences to the first version (jsdiff's
// diffWords, a kept library, rather than our own LCS).
import { diffArrays, diffWords } from 'diff';
import type { DocumentDate } from '../docdate';
import { segmentParagraphAt, spanIndexAt, type TextSegments } from '../graph/segments';
import { runToEnd } from '../util/slices';
import type { Entity, ResolvedQuote, Span } from '../types';
import { cueOf, recordedCue } from './cue';

/** What the ledger needs to know of one document. */
export interface LedgerDocumentInfo {
  readonly text: string;
  readonly title: string;
  readonly date?: DocumentDate;
  /** Reading order of the document in the corpus; breaks ties between equal dates. */
  readonly rank: number;
  /** Sentences of `text`, when the caller has them cached; computed otherwise. */
  readonly segments?: TextSegments;
}

export interface LedgerInput {
  readonly entity: Pick<Entity, 'id' | 'name' | 'type'>;
  /** The speaker's quotes (QuoteRef shape), any order. */
  readonly quotes: readonly { readonly documentId: string; readonly quote: ResolvedQuote }[];
  /** Undefined for documents no longer available; their quotes are left out. */
  readonly document: (documentId: string) => LedgerDocumentInfo | undefined;
}

/** One word-level piece of a version compared with the first version. */
export interface WordChange {
  readonly text: string;
  readonly change: 'same' | 'added' | 'removed';
}

export interface LedgerSource {
  readonly documentId: string;
  readonly title: string;
  readonly date?: DocumentDate;
  /** The quote as written, with its marks; `kind` is the detector's (full, fragment, turn, indirect …). */
  readonly quote: { readonly start: number; readonly end: number; readonly text: string; readonly kind: string };
  /** The quote's words without the outer quotation marks. */
  readonly words: string;
  readonly cue?: string;
  /** The sentence(s) holding the quote. */
  readonly context: { readonly start: number; readonly end: number; readonly text: string };
  /** Differences from the entry's first source; absent on the first source and on identical wording. */
  readonly changes?: readonly WordChange[];
}

export interface LedgerEntry {
  /** Stable within one ledger: the first source's document id and offset. */
  readonly id: string;
  readonly kind: string;
  /** First appearance first: by date, then reading order, then offset. */
  readonly sources: readonly LedgerSource[];
}

export interface Ledger {
  readonly entity: Pick<Entity, 'id' | 'name' | 'type'>;
  /** Sorted by the first source's date, then document, then offset. */
  readonly entries: readonly LedgerEntry[];
  readonly quoteCount: number;
  readonly documentCount: number;
}

const OUTER_MARKS = /^[\s"'“”‘’«»„‚‹›「」『』]+|[\s"'“”‘’«»„‚‹›「」『』]+$/g;

/** The quote's words without the marks around them. */
export function quoteWords(text: string): string {
  return text.replace(OUTER_MARKS, '');
}

/** Lower-case words for comparison: apostrophes unified, punctuation dropped. */
function normalizedWords(text: string): string[] {
  return text.toLowerCase().replace(/[’‘`]/g, "'").match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu) ?? [];
}

/**
 * True when two quotes are the same words with small changes: identical after normalization, or
 * (both at least four words) sharing at least 80% of their words in order (Dice over the word-level
 * LCS from jsdiff's diffArrays), with a cheap length and vocabulary check first.
 */
export function sameQuote(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === b.length && a.every((w, i) => w === b[i])) return true;
  if (a.length < 4 || b.length < 4) return false;
  const shorter = Math.min(a.length, b.length);
  const longer = Math.max(a.length, b.length);
  if (shorter / longer < 0.66) return false;
  const setA = new Set(a);
  let shared = 0;
  for (const w of new Set(b)) if (setA.has(w)) shared++;
  if (shared / new Set([...a, ...b]).size < 0.5) return false;
  let common = 0;
  for (const part of diffArrays(a as string[], b as string[])) if (!part.added && !part.removed) common += part.count ?? part.value.length;
  return (2 * common) / (a.length + b.length) >= 0.8;
}

/** Word-level differences from `first` to `other` (jsdiff diffWords, case-sensitive). */
export function wordChanges(first: string, other: string): WordChange[] {
  return diffWords(first, other).map((p) => ({ text: p.value, change: p.added ? 'added' : p.removed ? 'removed' : 'same' }));
}

function contextOf(text: string, segments: TextSegments, quote: Span): Span {
  const first = spanIndexAt(segments.sentences, quote.start);
  const last = spanIndexAt(segments.sentences, Math.max(quote.start, quote.end - 1));
  const start = first >= 0 ? Math.min(segments.sentences[first].start, quote.start) : quote.start;
  const end = last >= 0 ? Math.max(segments.sentences[last].end, quote.end) : quote.end;
  // A quote that is a sentence of its own ("…," he said. "Next quote.") is attributed by its
  // neighbours: take the sentences before and after it in the same paragraph.
  if (first >= 0 && first === last && start === quote.start && end === quote.end) {
    const p = segments.paragraphs[spanIndexAt(segments.paragraphs, quote.start)];
    const prev = segments.sentences[first - 1];
    const next = segments.sentences[first + 1];
    return {
      start: p && prev && prev.start >= p.start ? prev.start : start,
      end: p && next && next.end <= p.end ? next.end : end,
    };
  }
  return { start: Math.max(0, start), end: Math.min(text.length, end) };
}

/**
 * 0 for a date the document gives, 1 for a file's modification time, 2 for none: a modification time
 * is not when the words were published (a copy or a `git clone` sets it to the day of the copy), so it
 * never decides a quote's first appearance before a document that carries its own date.
 */
// A date read from the body ("born 4 March 1950") may not be the document's, and a dateline's day and
// month with the file time's year is half a guess: both rank after the documents' own dates (front matter,
// date line, dateline, file name) and before modification times.
const dateTier = (s: RankedSource): number =>
  s.date === undefined ? 3 : s.date.source === 'modified' ? 2 : s.date.source === 'text' || s.date.yearFromFileTime ? 1 : 0;

/** Sources with their documents' own dates first, by date; then dates read from the body; then by modification time; then undated; ties in reading order. */
function compareSources(a: RankedSource, b: RankedSource): number {
  const tier = dateTier(a) - dateTier(b);
  if (tier !== 0) return tier;
  const da = a.date?.iso;
  const db = b.date?.iso;
  if (da !== undefined && db !== undefined && da !== db) return da < db ? -1 : 1;
  return a.rank - b.rank || a.quote.start - b.quote.start;
}

/** A source before grouping: with its document's reading order and its normalized words. */
export interface RankedSource extends LedgerSource {
  readonly rank: number;
  readonly norm: readonly string[];
}

/** What a quote contributes to a ledger that does not depend on its speaker or its document's date. */
export interface PreparedQuote {
  readonly quote: LedgerSource['quote'];
  readonly words: string;
  readonly cue?: string;
  readonly context: LedgerSource['context'];
  readonly norm: readonly string[];
}

/**
 * The quote's words, cue and sentence in its document. Only the quote's paragraph is segmented unless
 * `segments` (the whole document's) are given. Offsets beyond the text are clamped; never throws.
 */
export function prepareQuote(text: string, quote: ResolvedQuote, segments?: TextSegments): PreparedQuote {
  const span = { start: Math.min(quote.start, text.length), end: Math.min(quote.end, text.length) };
  const context = contextOf(text, segments ?? segmentParagraphAt(text, quote.start), span);
  const words = quoteWords(quote.text);
  return {
    quote: { start: span.start, end: span.end, text: quote.text, kind: String(quote.kind) },
    words,
    cue: recordedCue(quote) ?? cueOf(text, span, context),
    context: { ...context, text: text.slice(context.start, context.end) },
    norm: normalizedWords(words),
  };
}

/** Sources grouped per piece of sliced work. */
const SOURCES_PER_PIECE = 64;
/** Word diffs computed per piece of sliced work. */
const DIFFS_PER_PIECE = 16;

/**
 * Groups sources (any order) into ledger entries, as sliced work (see util/slices.ts). Sources are
 * sorted by date, reading order and offset; each joins the group of an identical wording, else the
 * first group whose first version is the same quote (sameQuote), else starts a group. Candidate
 * groups are found through an index from words to groups, so a source is compared with the groups
 * that share enough of its vocabulary, not with every group; the result is the same as comparing it
 * with every group in order. Word changes are computed once per distinct pair of wordings.
 */
export function* groupSources(entity: Pick<Entity, 'id' | 'name' | 'type'>, unsorted: readonly RankedSource[]): Generator<void, Ledger, void> {
  const sources = [...unsorted].sort(compareSources);
  interface Group { readonly head: RankedSource; readonly distinct: number; readonly members: RankedSource[] }
  const groups: Group[] = [];
  const groupOf = new Map<string, Group>();
  const postings = new Map<string, number[]>();
  let shared = new Int32Array(64);
  const touched: number[] = [];
  for (let i = 0; i < sources.length; i++) {
    if (i % SOURCES_PER_PIECE === SOURCES_PER_PIECE - 1) yield;
    const source = sources[i];
    const key = source.norm.join(' ');
    let group = groupOf.get(key);
    if (!group && source.norm.length >= 4) {
      // Shared distinct words with every group head that has any, from the postings.
      const distinct = new Set(source.norm);
      if (shared.length < groups.length) shared = new Int32Array(groups.length * 2);
      for (const w of distinct) {
        for (const g of postings.get(w) ?? []) {
          if (shared[g] === 0) touched.push(g);
          shared[g]++;
        }
      }
      // sameQuote's own vocabulary test (shared / union ≥ 0.5) as a filter, then the full test in group order.
      const candidates = touched.filter((g) => shared[g] / (groups[g].distinct + distinct.size - shared[g]) >= 0.5).sort((x, y) => x - y);
      for (const g of touched) shared[g] = 0;
      touched.length = 0;
      for (const g of candidates) {
        if (sameQuote(groups[g].head.norm, source.norm)) {
          group = groups[g];
          break;
        }
      }
    }
    if (group) group.members.push(source);
    else {
      group = { head: source, distinct: new Set(source.norm).size, members: [source] };
      const g = groups.length;
      groups.push(group);
      for (const w of new Set(source.norm)) {
        const list = postings.get(w);
        if (list) list.push(g);
        else postings.set(w, [g]);
      }
    }
    if (!groupOf.has(key)) groupOf.set(key, group);
  }
  const changesOf = new Map<string, WordChange[]>();
  let diffs = 0;
  const entries: LedgerEntry[] = [];
  for (const { head, members } of groups) {
    const out: LedgerSource[] = [];
    for (let i = 0; i < members.length; i++) {
      const m = members[i];
      const source: LedgerSource = { documentId: m.documentId, title: m.title, date: m.date, quote: m.quote, words: m.words, cue: m.cue, context: m.context };
      if (i === 0 || source.words === head.words) {
        out.push(source);
        continue;
      }
      const key = `${head.words}\u0000${source.words}`;
      let changes = changesOf.get(key);
      if (!changes) {
        if (++diffs % DIFFS_PER_PIECE === 0) yield;
        changes = wordChanges(head.words, source.words);
        changesOf.set(key, changes);
      }
      out.push({ ...source, changes });
    }
    entries.push({ id: `${head.documentId}#${head.quote.start}`, kind: head.quote.kind, sources: out });
  }
  return {
    entity: { id: entity.id, name: entity.name, type: entity.type },
    entries,
    quoteCount: sources.length,
    documentCount: new Set(sources.map((s) => s.documentId)).size,
  };
}

/**
 * Builds the ledger of one speaker. Cost: one segmentation per document that holds a quote (or none
 * when `segments` are passed), and comparisons of each quote with the entry heads that share its
 * vocabulary (jsdiff on word arrays, only after the cheap checks pass). Pure; never throws on odd
 * input (empty quotes, offsets beyond the text are clamped). For a corpus kept in memory, a ledger
 * index (ledgerIndex.ts) keeps the prepared quotes and posting lists between calls.
 */
export function buildLedger(input: LedgerInput): Ledger {
  const infos = new Map<string, LedgerDocumentInfo | undefined>();
  const sources: RankedSource[] = [];
  for (const { documentId, quote } of input.quotes) {
    if (!infos.has(documentId)) infos.set(documentId, input.document(documentId));
    const info = infos.get(documentId);
    if (!info) continue;
    const prepared = prepareQuote(info.text, quote, info.segments);
    sources.push({ documentId, title: info.title, date: info.date, rank: info.rank, ...prepared });
  }
  return runToEnd(groupSources(input.entity, sources));
}
