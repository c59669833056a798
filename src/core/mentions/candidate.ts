import type { EntityType } from '../types';
import type { Cue } from './cue';

/**
 * A span under the document stage's review (consistency.ts, acronyms.ts): its scorer verdict, which
 * that stage may revise from what the rest of the document says. Local to that stage: it starts from
 * the scored spans and ends as the detector's mentions; no other stage sees it.
 */
export interface Candidate {
  /** First and last unit index (inclusive). */
  a: number;
  b: number;
  type: EntityType;
  /** On the scorer's scale (scorer.ts: STRONG, GOOD, WEAK). */
  strength: number;
  /** The cue that decides the type now. */
  cue: Cue;
  /** Every cue the cue stage collected for the span. */
  readonly cues: readonly Cue[];
  descriptors: string[];
  /** First word of a sentence with no evidence of its own: kept only if the document confirms it. */
  deferred: boolean;
  /** Unit texts without cue words ("Bastion" of "Camp Bastion"): shorter forms that inherit the type. */
  core?: string;
}
