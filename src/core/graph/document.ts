// One document's contribution to the co-occurrence graph keyed by entity ids: the decoded form of
// local.ts's per-document co-occurrences, for callers that want maps (tests, one-off tools). The
// graph index keeps the typed local form itself.
import type { EntityType, ResolvedDocument, Span } from '../types';
import { DEFAULT_DOCUMENT_GRAPH_LIMITS, findPair, localCooccurrence, SCOPE_SENTENCE, type DocumentGraphLimits, type LocalCooccurrence } from './local';
import type { TextSegments } from './segments';

export { DEFAULT_DOCUMENT_GRAPH_LIMITS, type DocumentGraphLimits };

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

/**
 * The public id of the edge between two entities, for JSON, the graph view and any tool reading them:
 * the two entity ids in sorted order joined by "|", each with "%", "|" and control or invisible
 * format characters written as %XX (UTF-16 code units, two or four hex digits), so the id is printable
 * and splits back unambiguously at its one raw "|" (parseEdgeId). pairKey, with a NUL between the
 * ids, stays the internal map key.
 */
export function edgeId(x: string, y: string): string {
  const [a, b] = x < y ? [x, y] : [y, x];
  return `${escapeIdPart(a)}|${escapeIdPart(b)}`;
}

/** The two entity ids of an edgeId, or null when `id` is not one. */
export function parseEdgeId(id: string): readonly [string, string] | null {
  const parts = id.split('|');
  if (parts.length !== 2) return null;
  try {
    return [unescapeIdPart(parts[0]), unescapeIdPart(parts[1])];
  } catch {
    return null;
  }
}

// eslint-disable-next-line no-control-regex
const ID_ESCAPES = /[%|\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;

function escapeIdPart(id: string): string {
  return id.replace(ID_ESCAPES, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `%${code.toString(16).toUpperCase().padStart(2, '0')}` : `%u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  });
}

function unescapeIdPart(part: string): string {
  return part.replace(/%u([0-9A-F]{4})|%([0-9A-F]{2})/g, (_, four: string | undefined, two: string | undefined) => String.fromCharCode(parseInt(four ?? two ?? '', 16)));
}

/** The key of an unordered pair of entity ids. */
export function pairKey(x: string, y: string): string {
  return x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`;
}

/**
 * The co-occurrences of one resolved document. Weight of a pair = sentences with both + paragraphs
 * with both that share no sentence. Pure; linear in mentions plus the pairs formed (bounded by the
 * per-sentence and per-paragraph caps). `intern` may return a shared copy of each pair key.
 */
export function documentGraph(document: ResolvedDocument, segments: TextSegments, limits: DocumentGraphLimits = DEFAULT_DOCUMENT_GRAPH_LIMITS, intern: (key: string) => string = (k) => k): DocumentGraph {
  const local = localCooccurrence(document, segments, limits);
  const mentions = new Map<string, { count: number; type: EntityType }>();
  local.clusterEntities.forEach((id, c) => mentions.set(id, { count: local.clusterMentions[c], type: local.clusterTypes[c] }));
  const pairs = new Map<string, number>();
  for (let p = 0; p < local.pairA.length; p++) {
    const key = intern(pairKey(local.clusterEntities[local.pairA[p]], local.clusterEntities[local.pairB[p]]));
    pairs.set(key, local.pairSentences[p] * PAIR_SCALE + local.pairParagraphs[p]);
  }
  return { documentId: document.id, mentions, pairs };
}

/**
 * Evidence record `i` of `local` for the document, with `a` and `b` the mentions of the entities
 * `first` and `second` (the pair's clusters in that order).
 */
export function evidenceAt(local: LocalCooccurrence, documentId: string, i: number, swap: boolean): CooccurrenceEvidence {
  const ma = local.evidenceMentionA[i];
  const mb = local.evidenceMentionB[i];
  const spanOf = (m: number): Span => ({ start: local.mentionStarts[m], end: local.mentionEnds[m] });
  return {
    documentId,
    scope: local.evidenceScope[i] === SCOPE_SENTENCE ? 'sentence' : 'paragraph',
    start: local.evidenceStart[i],
    end: local.evidenceEnd[i],
    a: spanOf(swap ? mb : ma),
    b: spanOf(swap ? ma : mb),
  };
}

/** Where two entities occur together in one document, in document order, at most `limit` places. */
export function pairEvidence(document: ResolvedDocument, segments: TextSegments, x: string, y: string, limit: number, limits: DocumentGraphLimits = DEFAULT_DOCUMENT_GRAPH_LIMITS): CooccurrenceEvidence[] {
  const local = localCooccurrence(document, segments, limits);
  return localPairEvidence(local, document.id, local.clusterEntities, x, y, limit);
}

/**
 * Stored evidence of the pair (x, y) in one document whose clusters are now the entities `ids`, in
 * document order, at most `limit`; `a` is the mention of the entity first in string order.
 */
export function localPairEvidence(local: LocalCooccurrence, documentId: string, ids: readonly string[], x: string, y: string, limit: number): CooccurrenceEvidence[] {
  const cx = ids.indexOf(x);
  const cy = ids.indexOf(y);
  if (cx < 0 || cy < 0 || cx === cy) return [];
  const p = findPair(local, cx, cy);
  if (p < 0) return [];
  // The pair's first cluster is the smaller index; `a` must be the entity first in string order.
  const swap = ids[local.pairA[p]] > ids[local.pairB[p]];
  const out: CooccurrenceEvidence[] = [];
  for (let i = local.evidenceFrom[p]; i < local.evidenceFrom[p + 1] && out.length < limit; i++) out.push(evidenceAt(local, documentId, i, swap));
  return out;
}
