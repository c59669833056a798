// The reader's corrections. They name entities, mentions and quotes by their words, never by offsets,
// so they keep applying after edits move text around.
import type { EntityType } from '../types';

/** Current schema of the curation file; files with a larger number are refused, never rewritten. */
export const CURATION_SCHEMA_VERSION = 1;

/** An entity as the reader sees it: by its display name or any alias, optionally with its type. */
export interface EntityRef {
  readonly name: string;
  readonly type?: EntityType;
}

interface Record {
  /** Order of application (and of undo); records are stored sorted by it. */
  readonly seq: number;
}

export interface RenameCorrection extends Record { readonly op: 'rename'; readonly entity: EntityRef; readonly name: string }
export interface MergeCorrection extends Record { readonly op: 'merge'; readonly entity: EntityRef; readonly into: EntityRef }
/** The alias leaves the entity and becomes an entity of its own. */
export interface SplitCorrection extends Record { readonly op: 'split'; readonly entity: EntityRef; readonly alias: string }
export interface RetypeCorrection extends Record { readonly op: 'retype'; readonly entity: EntityRef; readonly type: EntityType }
/** "Not an entity": drop mentions with these words everywhere, or only in one document. */
export interface RejectCorrection extends Record { readonly op: 'reject'; readonly text: string; readonly document?: string }
/** Every whole-word occurrence of the text in every document becomes a mention of one entity. */
export interface AddCorrection extends Record { readonly op: 'add'; readonly text: string; readonly type: EntityType }
/** Who said the quote; null clears a wrong speaker. */
export interface SpeakerCorrection extends Record {
  readonly op: 'speaker';
  /**
   * The quote's words: all of them or its first words, with or without quote marks, in any case
   * (see curation/quoteMatch.ts).
   */
  readonly quote: string;
  readonly speaker: EntityRef | null;
  readonly document?: string;
  /** The quote's start in its document (UTF-16 code units), to pick one quote when its words fit several. */
  readonly start?: number;
}

/**
 * "Not the same as …": the entity's mentions in one document leave it and become an entity of their
 * own (the engine joined that document to the others; the reader says it is someone or something else).
 */
export interface NotSameCorrection extends Record { readonly op: 'notSame'; readonly entity: EntityRef; readonly document: string }
/** "Same entity": accepts a "possibly the same as" suggestion; the entity's mentions in the document join `into`. */
export interface SameEntityCorrection extends Record { readonly op: 'sameEntity'; readonly entity: EntityRef; readonly document: string; readonly into: EntityRef }

export type Correction =
  | RenameCorrection
  | MergeCorrection
  | SplitCorrection
  | RetypeCorrection
  | RejectCorrection
  | AddCorrection
  | SpeakerCorrection
  | NotSameCorrection
  | SameEntityCorrection;

export type CorrectionOp = Correction['op'];
export const CORRECTION_OPS: readonly CorrectionOp[] = ['rename', 'merge', 'split', 'retype', 'reject', 'add', 'speaker', 'notSame', 'sameEntity'];

/** A correction before it is given its place in the history. */
export type NewCorrection = Correction extends infer C ? (C extends Correction ? Omit<C, 'seq'> : never) : never;

export interface Curation {
  readonly version: number;
  /** Sorted by seq. */
  readonly corrections: readonly Correction[];
}

export type CorrectionStatus = 'applied' | 'stale';

export interface CorrectionResult {
  readonly correction: Correction;
  readonly status: CorrectionStatus;
  /** Why it is stale, or what it changed, in words for the reader. */
  readonly detail: string;
}

export interface CurationReport {
  readonly results: readonly CorrectionResult[];
}
