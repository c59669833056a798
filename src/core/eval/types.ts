// Gold and prediction shapes of the evaluation (the gold files' format, see the gold README).
import type { Span } from '../types';

export interface GoldMention extends Span {
  readonly text: string;
  /** PERSON, ORG, PLACE, or ANY for untyped optional names. */
  readonly type: string;
  readonly cluster: string;
  readonly boilerplate?: boolean;
  readonly optional?: boolean;
  readonly altTypes?: readonly string[];
}

export interface GoldQuote extends Span {
  readonly text?: string;
  readonly kind: 'full' | 'fragment';
  readonly speakerCluster?: string | null;
  readonly speakerName?: string | null;
  readonly speakerNamed?: boolean;
}

export interface GoldDocument {
  readonly id: string;
  readonly text: string;
  readonly boilerplateSpans?: readonly (readonly [number, number])[];
  readonly mentions: readonly GoldMention[];
  readonly otherMentions?: readonly GoldMention[];
  readonly quotes?: readonly GoldQuote[];
  readonly unattributedQuoted?: readonly Span[];
}

export interface PredictedMention extends Span {
  readonly type: string;
  /** Global entity id; mentions without one are singletons. */
  readonly cluster?: string | null;
}

export interface PredictedQuote extends Span {
  readonly speakerText?: string | null;
  readonly speakerCluster?: string | null;
  readonly speakerStart?: number;
  readonly speakerEnd?: number;
}

export interface PredictedDocument {
  readonly mentions: readonly PredictedMention[];
  readonly quotes: readonly PredictedQuote[];
}

export interface Prf {
  readonly p: number;
  readonly r: number;
  readonly f: number;
  readonly tp: number;
  readonly np: number;
  readonly ng: number;
}

export interface EvalOptions {
  /** Score page furniture too (by default boilerplate spans are ignored). */
  readonly includeBoilerplate?: boolean;
}
