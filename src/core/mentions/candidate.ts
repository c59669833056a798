import type { EntityType } from '../types';

/**
 * A name found in the text, as a range of word units, with how sure the typing is. Strength:
 * 3 = a cue that rarely misleads (gazetteer country, head noun, title, acronym definition),
 * 2 = good evidence (given name, context), 1 = default guess.
 */
export interface Candidate {
  /** First and last unit index (inclusive). */
  a: number;
  b: number;
  type: EntityType;
  strength: number;
  evidence: string;
  descriptors: string[];
  /** First word of a sentence with no evidence of its own: kept only if the document confirms it. */
  deferred: boolean;
  /** Unit texts without cue words ("Bastion" of "Camp Bastion"): shorter forms that inherit the type. */
  core?: string;
}

export const STRONG = 3;
export const GOOD = 2;
export const WEAK = 1;
