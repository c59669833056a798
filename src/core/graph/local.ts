// One document version's co-occurrences, computed once and kept. Mentions are grouped into the
// document's own clusters (mentions that resolved to one entity when it was computed); pairs and
// their evidence refer to clusters and mention indexes, not to entity ids, so when resolution later
// renames or merges entities across documents the graph only relabels the clusters (see
// graphIndex.ts) instead of splitting the text again. Numbers sit in typed arrays: 10,000
// documents' pairs and evidence stay a few tens of megabytes.
import type { EntityType, ResolvedDocument } from '../types';
import type { TextSegments } from './segments';

/** Caps on the entities of one passage that form pairs; the rest of a long list of names is skipped. */
export interface DocumentGraphLimits {
  /** Distinct entities of one sentence (or paragraph) that form pairs; the rest of a long list is skipped. */
  readonly entitiesPerSentence: number;
  readonly entitiesPerParagraph: number;
}

export const DEFAULT_DOCUMENT_GRAPH_LIMITS: DocumentGraphLimits = { entitiesPerSentence: 30, entitiesPerParagraph: 40 };

export const SCOPE_SENTENCE = 0;
export const SCOPE_PARAGRAPH = 1;

/**
 * Co-occurrences of one document version in terms of its clusters. Pair `p` joins clusters
 * `pairA[p] < pairB[p]` (sorted by a, then b); its evidence records are `evidenceFrom[p]` up to
 * `evidenceFrom[p + 1]`, in document order. Offsets are UTF-16 code units into `text`.
 */
export interface LocalCooccurrence {
  /** The text it was computed from; with the mention spans it identifies the version. */
  readonly text: string;
  readonly mentionStarts: Int32Array;
  readonly mentionEnds: Int32Array;
  /** Cluster of each mention (clusters numbered in order of first mention). */
  readonly clusterOf: Int32Array;
  /** Entity id of each cluster when computed, and the type of its first mention. */
  readonly clusterEntities: readonly string[];
  readonly clusterTypes: readonly EntityType[];
  readonly clusterMentions: Int32Array;
  readonly pairA: Int32Array;
  readonly pairB: Int32Array;
  /** Sentences holding both; paragraphs holding both that share no sentence. */
  readonly pairSentences: Int32Array;
  readonly pairParagraphs: Int32Array;
  readonly evidenceFrom: Int32Array;
  /** SCOPE_SENTENCE or SCOPE_PARAGRAPH. */
  readonly evidenceScope: Uint8Array;
  /** The passage (sentence or paragraph). */
  readonly evidenceStart: Int32Array;
  readonly evidenceEnd: Int32Array;
  /** Index (into the document's mentions) of the first mention of cluster pairA / pairB in the passage. */
  readonly evidenceMentionA: Int32Array;
  readonly evidenceMentionB: Int32Array;
}

/** Index ranges [from, to) of the mentions inside each span (mentions and spans sorted by start). */
function bucket(mentions: readonly { start: number }[], spans: readonly { start: number; end: number }[]): Int32Array {
  const out = new Int32Array(spans.length * 2);
  let i = 0;
  spans.forEach((s, k) => {
    while (i < mentions.length && mentions[i].start < s.start) i++;
    out[2 * k] = i;
    while (i < mentions.length && mentions[i].start < s.end) i++;
    out[2 * k + 1] = i;
  });
  return out;
}

/**
 * The co-occurrences of one resolved document (mentions sorted by start). Weight of a pair =
 * sentences with both + paragraphs with both that share no sentence. Pure; linear in mentions plus
 * the pairs formed (bounded by the per-sentence and per-paragraph caps).
 */
export function localCooccurrence(document: ResolvedDocument, segments: TextSegments, limits: DocumentGraphLimits = DEFAULT_DOCUMENT_GRAPH_LIMITS): LocalCooccurrence {
  const ms = document.mentions;
  const clusterOf = new Int32Array(ms.length);
  const mentionStarts = new Int32Array(ms.length);
  const mentionEnds = new Int32Array(ms.length);
  const clusterIndex = new Map<string, number>();
  const clusterEntities: string[] = [];
  const clusterTypes: EntityType[] = [];
  const counts: number[] = [];
  ms.forEach((m, i) => {
    let c = clusterIndex.get(m.entity);
    if (c === undefined) {
      c = clusterEntities.length;
      clusterIndex.set(m.entity, c);
      clusterEntities.push(m.entity);
      clusterTypes.push(m.type);
      counts.push(0);
    }
    counts[c]++;
    clusterOf[i] = c;
    mentionStarts[i] = m.start;
    mentionEnds[i] = m.end;
  });
  const k = clusterEntities.length;

  // Evidence records as found (walk order), then grouped by pair.
  const pairOf = new Map<number, number>();
  const pairKeys: number[] = [];
  const rec: number[] = []; // pair, scope, start, end, mentionA, mentionB
  const stamp = new Int32Array(k).fill(-1);
  const firstMention = new Int32Array(k);
  let spanNo = 0;
  const firsts: number[] = [];
  const addSpan = (start: number, end: number, from: number, to: number, scope: number, cap: number, seen: Set<number> | undefined) => {
    spanNo++;
    firsts.length = 0;
    for (let i = from; i < to && firsts.length < cap; i++) {
      const c = clusterOf[i];
      if (stamp[c] === spanNo) continue;
      stamp[c] = spanNo;
      firstMention[c] = i;
      firsts.push(c);
    }
    for (let i = 0; i < firsts.length; i++) {
      for (let j = i + 1; j < firsts.length; j++) {
        const a = Math.min(firsts[i], firsts[j]);
        const b = Math.max(firsts[i], firsts[j]);
        const key = a * k + b;
        if (scope === SCOPE_PARAGRAPH && seen?.has(key)) continue;
        if (scope === SCOPE_SENTENCE) seen?.add(key);
        let p = pairOf.get(key);
        if (p === undefined) {
          p = pairKeys.length;
          pairOf.set(key, p);
          pairKeys.push(key);
        }
        rec.push(p, scope, start, end, firstMention[a], firstMention[b]);
      }
    }
  };
  const sentenceRanges = bucket(ms, segments.sentences);
  const paragraphRanges = bucket(ms, segments.paragraphs);
  // Sentences paragraph by paragraph, so the pairs seen in a paragraph's sentences are known when the
  // paragraph itself is counted.
  let s = 0;
  segments.paragraphs.forEach((paragraph, pi) => {
    const seen = new Set<number>();
    while (s < segments.sentences.length && segments.sentences[s].start < paragraph.end) {
      const sentence = segments.sentences[s];
      if (sentence.start >= paragraph.start) addSpan(sentence.start, sentence.end, sentenceRanges[2 * s], sentenceRanges[2 * s + 1], SCOPE_SENTENCE, limits.entitiesPerSentence, seen);
      s++;
    }
    addSpan(paragraph.start, paragraph.end, paragraphRanges[2 * pi], paragraphRanges[2 * pi + 1], SCOPE_PARAGRAPH, limits.entitiesPerParagraph, seen);
  });

  // Pairs sorted by (a, b) so one can be found by binary search; evidence grouped by pair, keeping walk order.
  const order = pairKeys.map((_, p) => p).sort((x, y) => pairKeys[x] - pairKeys[y]);
  const rank = new Int32Array(pairKeys.length);
  order.forEach((p, r) => (rank[p] = r));
  const n = order.length;
  const pairA = new Int32Array(n);
  const pairB = new Int32Array(n);
  const pairSentences = new Int32Array(n);
  const pairParagraphs = new Int32Array(n);
  order.forEach((p, r) => {
    pairA[r] = Math.floor(pairKeys[p] / k);
    pairB[r] = pairKeys[p] % k;
  });
  const records = rec.length / 6;
  const evidenceFrom = new Int32Array(n + 1);
  for (let i = 0; i < records; i++) {
    const r = rank[rec[6 * i]];
    evidenceFrom[r + 1]++;
    if (rec[6 * i + 1] === SCOPE_SENTENCE) pairSentences[r]++;
    else pairParagraphs[r]++;
  }
  for (let r = 0; r < n; r++) evidenceFrom[r + 1] += evidenceFrom[r];
  const fill = evidenceFrom.slice(0, n);
  const evidenceScope = new Uint8Array(records);
  const evidenceStart = new Int32Array(records);
  const evidenceEnd = new Int32Array(records);
  const evidenceMentionA = new Int32Array(records);
  const evidenceMentionB = new Int32Array(records);
  for (let i = 0; i < records; i++) {
    const at = fill[rank[rec[6 * i]]]++;
    evidenceScope[at] = rec[6 * i + 1];
    evidenceStart[at] = rec[6 * i + 2];
    evidenceEnd[at] = rec[6 * i + 3];
    evidenceMentionA[at] = rec[6 * i + 4];
    evidenceMentionB[at] = rec[6 * i + 5];
  }
  return {
    text: document.text, mentionStarts, mentionEnds, clusterOf, clusterEntities, clusterTypes, clusterMentions: Int32Array.from(counts),
    pairA, pairB, pairSentences, pairParagraphs, evidenceFrom, evidenceScope, evidenceStart, evidenceEnd, evidenceMentionA, evidenceMentionB,
  };
}

/** Index of the pair of clusters `x` and `y` (either order), or -1. */
export function findPair(local: LocalCooccurrence, x: number, y: number): number {
  const a = Math.min(x, y);
  const b = Math.max(x, y);
  let lo = 0;
  let hi = local.pairA.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const d = local.pairA[mid] - a || local.pairB[mid] - b;
    if (d === 0) return mid;
    if (d < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** True when `document` is the version `local` was computed from: the same text and mention spans. */
export function sameVersion(local: LocalCooccurrence, document: ResolvedDocument): boolean {
  const ms = document.mentions;
  if (ms.length !== local.mentionStarts.length || local.text !== document.text) return false;
  for (let i = 0; i < ms.length; i++) if (ms[i].start !== local.mentionStarts[i] || ms[i].end !== local.mentionEnds[i]) return false;
  return true;
}

/**
 * The entity id of each cluster in `document` (the same version), or undefined when the clusters
 * no longer map one-to-one onto entities (resolution split a cluster or joined two of this
 * document): then the co-occurrences must be computed again. Linear in the mentions.
 */
export function clusterIds(local: LocalCooccurrence, document: ResolvedDocument): string[] | undefined {
  const ids: (string | undefined)[] = new Array(local.clusterEntities.length);
  const ms = document.mentions;
  for (let i = 0; i < ms.length; i++) {
    const c = local.clusterOf[i];
    const known = ids[c];
    if (known === undefined) ids[c] = ms[i].entity;
    else if (known !== ms[i].entity) return undefined;
  }
  if (new Set(ids).size !== ids.length) return undefined;
  return ids as string[];
}
