// Learned weights for the SpanScorer: a multinomial logistic regression over cue features
// (cueFeatures), trained by `npm run train` (scripts/train.ts) on the openly licensed data in
// ../shared/train and stored in weights.json. The dev set only decides where the learned weights are
// used (`useFor` in weights.json, chosen by scripts/train-compare.ts): for the spans whose best
// hand-ranked cue is of one of those kinds, the weights pick the type; everywhere else the hand-set
// ranking decides. Whether a span is a name at all stays with the hand-set rules: the training
// genres hold far more non-names than ours, and a model trained there drops too much.
import type { EntityType } from '../types';
import type { Cue } from './cue';
import { decide, handScorer, rankedBase, type Scored, type SpanScorer, weightOf } from './scorer';
import weights from './weights.json';

/** The classes of the model, in the order of each feature's weight vector; null: not a name. */
export const CLASSES: readonly (EntityType | null)[] = ['PERSON', 'ORG', 'PLACE', null];

/**
 * The stored model: one weight per class (CLASSES order) for each feature, the bias being the feature
 * "bias"; `useFor`: the hand-ranked cue kinds whose spans the weights type.
 */
export interface LearnedWeights {
  readonly useFor: readonly string[];
  readonly features: Readonly<Record<string, readonly number[]>>;
}

/**
 * The features of a span's cues: one per cue kind, refined by the cue's typed details (the place
 * kind of a gazetteer reading, a given name read from capitals, a royal title), plus "bias". Words
 * of the text are never features: the model learns from kinds of evidence, not from names.
 */
export function cueFeatures(cues: readonly Cue[]): string[] {
  const out = new Set<string>(['bias']);
  for (const c of cues) {
    if (c.kind === 'gazetteer') out.add(`gazetteer:${c.place}`);
    else if (c.kind === 'given-name') out.add(`given-name${c.caps ? ':caps' : ''}${c.plain ? ':plain' : ''}`);
    else if (c.kind === 'title') out.add(`title${c.royal ? ':royal' : ''}${c.givenFollows ? ':given' : ''}`);
    else out.add(c.kind);
  }
  return [...out].sort();
}

/** Class probabilities of a feature list under `w` (softmax of the summed weights), in CLASSES order. */
export function probabilities(w: LearnedWeights, features: readonly string[]): number[] {
  const z = CLASSES.map(() => 0);
  for (const f of features) {
    const v = w.features[f];
    if (v) for (let k = 0; k < z.length; k++) z[k] += v[k];
  }
  const max = Math.max(...z);
  const e = z.map((x) => Math.exp(x - max));
  const sum = e.reduce((x, y) => x + y, 0);
  return e.map((x) => x / sum);
}

/** A SpanScorer that lets `w` type the spans of its `useFor` kinds and the hand-set ranking decide elsewhere. */
export function learnedScorer(w: LearnedWeights): SpanScorer {
  if (w.useFor.length === 0) return handScorer;
  const useFor = new Set(w.useFor);
  return {
    score(cues) {
      return decide(cues, (cs): Scored => {
        const hand = rankedBase(cs);
        if (!useFor.has(hand.cue.kind)) return { type: hand.weight.type, score: hand.weight.score, cue: hand.cue };
        const p = probabilities(w, cueFeatures(cs));
        // The last class is "not a name": the weights pick among the three types only.
        let best = 0;
        for (let k = 1; k < p.length - 1; k++) if (p[k] > p[best]) best = k;
        const type = CLASSES[best];
        // The "why": the hand-ranked cue when it agrees, else the first cue that speaks for the type.
        const cue = type === hand.weight.type ? hand.cue : (cs.find((c) => weightOf(c)?.type === type) ?? hand.cue);
        return { type, score: hand.weight.score, cue };
      });
    },
  };
}

/** The scorer detectMentions uses by default: the shipped weights for their cue kinds, hand-set ones elsewhere. */
export const defaultScorer: SpanScorer = learnedScorer(weights as LearnedWeights);
