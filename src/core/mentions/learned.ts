import { handScorer, type SpanScorer } from './scorer';

/** The scorer detectMentions uses by default. */
export const defaultScorer: SpanScorer = handScorer;
