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

/** Two entities' co-occurrence in one document. `a` < `b` (string order of entity ids). */
export interface PairContribution {
  readonly a: string;
  readonly b: string;
  /** Sentences that mention both. */
  sentences: number;
  /** Paragraphs that mention both but share no sentence. */
  paragraphs: number;
  /** The first few places, sentences before paragraphs. */
  readonly evidence: CooccurrenceEvidence[];
}

export interface DocumentGraph {
  readonly documentId: string;
  /** Mentions per entity id, and each entity's type. */
  readonly mentions: ReadonlyMap<string, { readonly count: number; readonly type: EntityType }>;
  /** By pairKey(a, b). */
  readonly pairs: ReadonlyMap<string, PairContribution>;
}

export interface DocumentGraphLimits {
  /** Evidence kept per pair and document. */
  readonly evidencePerPair: number;
  /** Distinct entities of one sentence (or paragraph) that form pairs; the rest of a long list is skipped. */
  readonly entitiesPerSentence: number;
  readonly entitiesPerParagraph: number;
}

export const DEFAULT_DOCUMENT_GRAPH_LIMITS: DocumentGraphLimits = { evidencePerPair: 3, entitiesPerSentence: 30, entitiesPerParagraph: 40 };

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

/**
 * The co-occurrences of one resolved document. Weight of a pair = sentences with both + paragraphs
 * with both that share no sentence. Pure; linear in mentions plus the pairs formed (bounded by the
 * per-sentence and per-paragraph caps).
 */
export function documentGraph(document: ResolvedDocument, segments: TextSegments, limits: DocumentGraphLimits = DEFAULT_DOCUMENT_GRAPH_LIMITS): DocumentGraph {
  const mentions = new Map<string, { count: number; type: EntityType }>();
  for (const m of document.mentions) {
    const entry = mentions.get(m.entity);
    if (entry) entry.count++;
    else mentions.set(m.entity, { count: 1, type: m.type });
  }
  const pairs = new Map<string, PairContribution>();
  const pairOf = (x: string, y: string): PairContribution => {
    const key = pairKey(x, y);
    let p = pairs.get(key);
    if (!p) {
      p = x < y ? { a: x, b: y, sentences: 0, paragraphs: 0, evidence: [] } : { a: y, b: x, sentences: 0, paragraphs: 0, evidence: [] };
      pairs.set(key, p);
    }
    return p;
  };
  const ms = document.mentions;
  const addSpan = (span: Span, range: [number, number], scope: 'sentence' | 'paragraph', cap: number, skip?: Set<string>) => {
    const firsts = firstMentions(ms, range[0], range[1], cap);
    if (firsts.size < 2) return;
    const ids = [...firsts.keys()];
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const key = pairKey(ids[i], ids[j]);
        if (scope === 'paragraph' && skip?.has(key)) continue;
        const p = pairOf(ids[i], ids[j]);
        if (scope === 'sentence') {
          p.sentences++;
          skip?.add(key);
        } else p.paragraphs++;
        if (p.evidence.length < limits.evidencePerPair) {
          p.evidence.push({ documentId: document.id, scope, start: span.start, end: span.end, a: firsts.get(p.a) as Span, b: firsts.get(p.b) as Span });
        }
      }
    }
  };
  const sentenceRanges = bucket(ms, segments.sentences);
  const paragraphRanges = bucket(ms, segments.paragraphs);
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
  return { documentId: document.id, mentions, pairs };
}
