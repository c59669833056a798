// The quote ledger: everything one speaker said across the corpus, each quote with its document,
// date, cue and sentence; the same quote reported by several documents is one entry whose sources
// run from first appearance on, with word-level differences to the first version (jsdiff's
// diffWords, a kept library, rather than our own LCS).
import { diffArrays, diffWords } from 'diff';
import type { DocumentDate } from '../docdate';
import { segmentParagraphAt, spanIndexAt, type TextSegments } from '../graph/segments';
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

/** Undated sources after dated ones; modification times count as dates (they are marked). */
function compareSources(a: LedgerSource & { rank: number }, b: LedgerSource & { rank: number }): number {
  const da = a.date?.iso;
  const db = b.date?.iso;
  if (da !== db) {
    if (da === undefined) return 1;
    if (db === undefined) return -1;
    return da < db ? -1 : 1;
  }
  return a.rank - b.rank || a.quote.start - b.quote.start;
}

/**
 * Builds the ledger of one speaker. Cost: one segmentation per document that holds a quote (or none
 * when `segments` are passed), and a pairwise comparison of quotes against entry heads (jsdiff on
 * word arrays, only after the cheap checks pass). Pure; never throws on odd input (empty quotes,
 * offsets beyond the text are clamped).
 */
export function buildLedger(input: LedgerInput): Ledger {
  const infos = new Map<string, LedgerDocumentInfo | undefined>();
  const sources: (LedgerSource & { rank: number; norm: string[] })[] = [];
  for (const { documentId, quote } of input.quotes) {
    if (!infos.has(documentId)) infos.set(documentId, input.document(documentId));
    const info = infos.get(documentId);
    if (!info) continue;
    // Only the quote's paragraph is segmented unless the caller has the whole document's sentences.
    const segments = info.segments ?? segmentParagraphAt(info.text, quote.start);
    const span = { start: Math.min(quote.start, info.text.length), end: Math.min(quote.end, info.text.length) };
    const context = contextOf(info.text, segments, span);
    const words = quoteWords(quote.text);
    sources.push({
      documentId,
      title: info.title,
      date: info.date,
      rank: info.rank,
      quote: { start: span.start, end: span.end, text: quote.text, kind: String(quote.kind) },
      words,
      cue: recordedCue(quote) ?? cueOf(info.text, span, context),
      context: { ...context, text: info.text.slice(context.start, context.end) },
      norm: normalizedWords(words),
    });
  }
  sources.sort(compareSources);

  // Identical wording (after normalization) joins its group without a comparison; the rest is
  // compared with each group's first version.
  const groups: (typeof sources)[] = [];
  const groupOf = new Map<string, (typeof sources)>();
  for (const source of sources) {
    const key = source.norm.join(' ');
    const group = groupOf.get(key) ?? groups.find((g) => sameQuote(g[0].norm, source.norm));
    if (group) group.push(source);
    else groups.push([source]);
    groupOf.set(key, group ?? groups[groups.length - 1]);
  }
  const changesOf = new Map<string, WordChange[]>();
  const changes = (first: string, other: string) => {
    const key = `${first}\u0000${other}`;
    let c = changesOf.get(key);
    if (!c) {
      c = wordChanges(first, other);
      changesOf.set(key, c);
    }
    return c;
  };
  const entries: LedgerEntry[] = groups.map((group) => {
    const head = group[0];
    return {
      id: `${head.documentId}#${head.quote.start}`,
      kind: head.quote.kind,
      sources: group.map(({ rank: _rank, norm: _norm, ...source }, i) => {
        if (i === 0 || source.words === head.words) return source;
        return { ...source, changes: changes(head.words, source.words) };
      }),
    };
  });
  return {
    entity: { id: input.entity.id, name: input.entity.name, type: input.entity.type },
    entries,
    quoteCount: sources.length,
    documentCount: new Set(sources.map((s) => s.documentId)).size,
  };
}
