// One document's contribution to the co-occurrence graph. The corpus graph is the sum of these, so a
// changed document costs its own contribution only (see graphIndex.ts).
import type { EntityType, ResolvedDocument, Span } from '../types';
import type { TextSegments } from './segments';

/** Where two entities occur together: the sentence (or paragraph) and the first mention of each in it. */
export interface CooccurrenceEvidence {
  readonly documentId: string;
  readonly scope: 'sentence' | 'paragraph';
  /** The sentence or paragraph (UTF-16 offsets into the document text). */
  readonly start: number;
  readonly end: number;
  /** First mention of the edge's `a` and `b` entity inside it. */
  readonly a: Span;
  readonly b: Span;
}

/** Two entities' co-occurrence in one document, decoded. `a` < `b` (string order of entity ids). */
export interface PairContribution {
  readonly a: string;
  readonly b: string;
  /** Sentences that mention both. */
  readonly sentences: number;
  /** Paragraphs that mention both but share no sentence. */
  readonly paragraphs: number;
}

/** Pair counts are packed into one number per pair (sentences × PAIR_SCALE + paragraphs) to keep 10,000 documents' worth small. */
export const PAIR_SCALE = 2 ** 21;

export interface DocumentGraph {
  readonly documentId: string;
  /** Mentions per entity id, and each entity's type. */
  readonly mentions: ReadonlyMap<string, { readonly count: number; readonly type: EntityType }>;
  /** By pairKey(a, b): sentences × PAIR_SCALE + paragraphs (see pairCounts). */
  readonly pairs: ReadonlyMap<string, number>;
}

/** The pair and its counts from a DocumentGraph entry. */
export function pairCounts(key: string, packed: number): PairContribution {
  const cut = key.indexOf('\u0000');
  return { a: key.slice(0, cut), b: key.slice(cut + 1), sentences: Math.floor(packed / PAIR_SCALE), paragraphs: packed % PAIR_SCALE };
}

export interface DocumentGraphLimits {
  /** Distinct entities of one sentence (or paragraph) that form pairs; the rest of a long list is skipped. */
  readonly entitiesPerSentence: number;
  readonly entitiesPerParagraph: number;
}

export const DEFAULT_DOCUMENT_GRAPH_LIMITS: DocumentGraphLimits = { entitiesPerSentence: 30, entitiesPerParagraph: 40 };

/** The key of an unordered pair of entity ids. */
export function pairKey(x: string, y: string): string {
  return x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`;
}

/** Entities of a run of mentions with the first mention of each, in order of first mention. */
function firstMentions(mentions: readonly { entity: string; start: number; end: number }[], from: number, to: number, cap: number): Map<string, Span> {
  const out = new Map<string, Span>();
  for (let i = from; i < to && out.size < cap; i++) {
    const m = mentions[i];
    if (!out.has(m.entity)) out.set(m.entity, { start: m.start, end: m.end });
  }
  return out;
}

/** Index ranges [from, to) of the mentions inside each span (mentions and spans sorted by start). */
function bucket(mentions: readonly Span[], spans: readonly Span[]): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  for (const s of spans) {
    while (i < mentions.length && mentions[i].start < s.start) i++;
    const from = i;
    while (i < mentions.length && mentions[i].start < s.end) i++;
    out.push([from, i]);
  }
  return out;
}

/** Calls `visit` for every co-occurrence of the document, in document order (sentences of a paragraph, then the paragraph). */
function walk(
  document: ResolvedDocument, segments: TextSegments, limits: DocumentGraphLimits,
  visit: (x: string, y: string, scope: 'sentence' | 'paragraph', span: Span, firsts: ReadonlyMap<string, Span>) => void,
): void {
  const ms = document.mentions;
  const sentenceRanges = bucket(ms, segments.sentences);
  const paragraphRanges = bucket(ms, segments.paragraphs);
  const addSpan = (span: Span, range: [number, number], scope: 'sentence' | 'paragraph', cap: number, seen: Set<string>) => {
    const firsts = firstMentions(ms, range[0], range[1], cap);
    if (firsts.size < 2) return;
    const ids = [...firsts.keys()];
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const key = pairKey(ids[i], ids[j]);
        if (scope === 'paragraph' && seen.has(key)) continue;
        if (scope === 'sentence') seen.add(key);
        visit(ids[i], ids[j], scope, span, firsts);
      }
    }
  };
  // Sentences paragraph by paragraph, so the pairs seen in a paragraph's sentences are known when the
  // paragraph itself is counted.
  let s = 0;
  segments.paragraphs.forEach((paragraph, pi) => {
    const seen = new Set<string>();
    while (s < segments.sentences.length && segments.sentences[s].start < paragraph.end) {
      if (segments.sentences[s].start >= paragraph.start) addSpan(segments.sentences[s], sentenceRanges[s], 'sentence', limits.entitiesPerSentence, seen);
      s++;
    }
    addSpan(paragraph, paragraphRanges[pi], 'paragraph', limits.entitiesPerParagraph, seen);
  });
}

/**
 * The co-occurrences of one resolved document. Weight of a pair = sentences with both + paragraphs
 * with both that share no sentence. Pure; linear in mentions plus the pairs formed (bounded by the
 * per-sentence and per-paragraph caps). `intern` may return a shared copy of each pair key.
 */
export function documentGraph(document: ResolvedDocument, segments: TextSegments, limits: DocumentGraphLimits = DEFAULT_DOCUMENT_GRAPH_LIMITS, intern: (key: string) => string = (k) => k): DocumentGraph {
  const mentions = new Map<string, { count: number; type: EntityType }>();
  for (const m of document.mentions) {
    const entry = mentions.get(m.entity);
    if (entry) entry.count++;
    else mentions.set(m.entity, { count: 1, type: m.type });
  }
  const pairs = new Map<string, number>();
  walk(document, segments, limits, (x, y, scope) => {
    const key = pairKey(x, y);
    const old = pairs.get(key);
    const add = scope === 'sentence' ? PAIR_SCALE : 1;
    if (old === undefined) pairs.set(intern(key), add);
    else pairs.set(key, old + add);
  });
  return { documentId: document.id, mentions, pairs };
}

/** Where two entities occur together in one document, in document order, at most `limit` places. */
export function pairEvidence(document: ResolvedDocument, segments: TextSegments, x: string, y: string, limit: number, limits: DocumentGraphLimits = DEFAULT_DOCUMENT_GRAPH_LIMITS): CooccurrenceEvidence[] {
  const [a, b] = x < y ? [x, y] : [y, x];
  const out: CooccurrenceEvidence[] = [];
  walk(document, segments, limits, (p, q, scope, span, firsts) => {
    if (out.length >= limit || !((p === a && q === b) || (p === b && q === a))) return;
    out.push({ documentId: document.id, scope, start: span.start, end: span.end, a: firsts.get(a) as Span, b: firsts.get(b) as Span });
  });
  return out;
}
