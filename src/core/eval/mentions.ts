// Mention scoring of one document: exact and overlapping spans, with and without types. Optional gold
// names are neutral: a prediction landing on one neither earns nor costs.
import { ENTITY_TYPES, type Span } from '../types';
import { greedyMatch, overlapLength, sameSpan, type Tally } from './match';
import type { GoldMention, PredictedMention } from './types';

export type SpanMode = 'exact' | 'overlap';
export const MENTION_MODES: readonly { readonly mode: SpanMode; readonly typed: boolean; readonly key: string }[] = [
  { mode: 'exact', typed: true, key: 'exact' },
  { mode: 'exact', typed: false, key: 'exact-untyped' },
  { mode: 'overlap', typed: true, key: 'overlap' },
  { mode: 'overlap', typed: false, key: 'overlap-untyped' },
];

/** A predicted mention placed in the corpus: its cluster is always set (singletons get a unique one). */
export interface ScoredMention extends PredictedMention {
  readonly cluster: string;
}

/** [gold cluster, predicted cluster, gold text] of one matched mention. */
export type ClusterPair = readonly [string, string, string];

const typeAccepted = (p: PredictedMention, g: GoldMention) => p.type === g.type || (g.altTypes ?? []).includes(p.type);
const closeness = (p: Span, g: Span) => overlapLength(p, g) - Math.abs(p.start - g.start) * 1e-3 - Math.abs(p.end - g.end) * 1e-3;

export interface MentionResult {
  /** Untyped overlap matches, for cluster quality. */
  readonly overlapPairs: ClusterPair[];
  /** Untyped exact matches, for the alias merge rate. */
  readonly exactPairs: ClusterPair[];
}

export function scoreMentions(gold: readonly GoldMention[], preds: readonly ScoredMention[], tally: Tally): MentionResult {
  const required = gold.filter((m) => !m.optional);
  const optional = gold.filter((m) => m.optional);
  const result: MentionResult = { overlapPairs: [], exactPairs: [] };
  for (const { mode, typed, key } of MENTION_MODES) {
    const spanOk = mode === 'exact' ? sameSpan : (p: Span, g: Span) => overlapLength(p, g) > 0;
    const matched = greedyMatch(preds, required, (p, g) => spanOk(p, g) && (!typed || typeAccepted(p, g)), closeness);
    const unmatched = preds.filter((p) => !matched.has(p));
    const neutral = greedyMatch(unmatched, optional, spanOk, closeness);
    const scored = preds.filter((p) => !neutral.has(p));
    tally.add(`${key}/ALL`, matched.size, scored.length, required.length);
    if (typed) {
      for (const t of ENTITY_TYPES) {
        const tpPred = [...matched.keys()].filter((p) => p.type === t).length;
        const tpGold = [...matched.values()].filter((g) => g.type === t).length;
        tally.add(`${key}/${t}/p`, tpPred, scored.filter((p) => p.type === t).length, 0);
        tally.add(`${key}/${t}/r`, tpGold, 0, required.filter((g) => g.type === t).length);
      }
    } else {
      const into = mode === 'exact' ? result.exactPairs : result.overlapPairs;
      for (const [p, g] of matched) into.push([g.cluster, p.cluster, g.text]);
    }
  }
  return result;
}
