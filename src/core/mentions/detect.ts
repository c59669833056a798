// Mention detection for one document, in four typed stages:
//   1. find spans (spans.ts): untyped, non-overlapping spans of word units with the framing cues of the cut;
//   2. collect cues (cues.ts): typed cues in and around each span;
//   3. score (scorer.ts): a SpanScorer gives each span a type or "not a name", with a score;
//   4. document consistency (consistency.ts): one type per string, short forms, acronyms, confirmation.
// Then descriptors for the hover, and the mentions with their "why" derived from the deciding cue.
import type { Gazetteer } from '../gazetteer';
import type { DetectedMention, TextAnalysis } from '../types';
import type { Definition } from './acronyms';
import { type Cue, describeCue } from './cue';
import { collectCues } from './cues';
import { documentConsistency, type ScoredSpan } from './consistency';
import { createContext } from './context';
import { descriptorsOf } from './descriptors';
import { withPlaceDisplayNames } from './displayName';
import { defaultScorer } from './learned';
import type { SpanScorer } from './scorer';
import { findSpans } from './spans';
import { buildUnits } from './units';

export interface MentionResult {
  readonly mentions: DetectedMention[];
  readonly definitions: Definition[];
}

/**
 * Names of people, organizations and places in one analysed text, in text order, never overlapping
 * (offsets in UTF-16 code units), with the acronym definitions the text states. `scorer` weighs
 * each span's cues; the default is the shipped one (hand-set weights, learned ones where they did better).
 */
export function detectMentions(analysis: TextAnalysis, gaz: Gazetteer, scorer: SpanScorer = defaultScorer): MentionResult {
  const { text } = analysis;
  const units = buildUnits(text, analysis.tokens);
  const ctx = createContext(text, units, gaz);
  const scored: ScoredSpan[] = findSpans(ctx).map((span) => {
    const cues = collectCues(ctx, span);
    return { span, cues, verdict: scorer.score(cues) };
  });
  const { decided, definitions } = documentConsistency(ctx, scored);

  const mentions: DetectedMention[] = [];
  let lastEnd = -1;
  for (const c of decided) {
    const start = units[c.a].start;
    const end = units[c.b].end;
    // Spans never overlap by construction; this guard keeps the contract if a rule ever slips.
    if (start < lastEnd || end <= start) continue;
    lastEnd = end;
    const descriptors = descriptorsOf(ctx, c);
    const surface = text.slice(start, end);
    mentions.push({
      start,
      end,
      text: surface,
      type: c.type,
      // "Ruiz, Ana" (a list row, surname first) names "Ana Ruiz": the resolver reads `name`, so the
      // row joins the person written given name first in this and other documents. Span unchanged.
      ...(c.type === 'PERSON' && c.cue.kind === 'inverted-name' ? { name: givenFirst(surface) } : {}),
      evidence: describeCue(c.cue),
      ...(descriptors.length ? { descriptors } : {}),
    });
  }
  // A dateline's "LAGOS —" is shown as "Lagos", not as the shouted form.
  return { mentions: withPlaceDisplayNames(mentions, (name) => gaz.place(name) !== undefined), definitions };
}

/** "Surname, Given" → "Given Surname" (spaces inside each part kept as one space). */
export function givenFirst(inverted: string): string {
  const comma = inverted.indexOf(',');
  if (comma < 0) return inverted;
  const surname = inverted.slice(0, comma).trim().replace(/\s+/g, ' ');
  const given = inverted.slice(comma + 1).trim().replace(/\s+/g, ' ');
  return given && surname ? `${given} ${surname}` : inverted;
}

/** A span of stage 1 with the cues of stage 2, placed in the text (UTF-16 offsets): what a scorer learns from. */
export interface SpanWithCues {
  readonly start: number;
  readonly end: number;
  readonly cues: readonly Cue[];
}

/** Stages 1 and 2 only: every span of the text with its cues, in text order (for npm run train). */
export function spansWithCues(analysis: TextAnalysis, gaz: Gazetteer): SpanWithCues[] {
  const units = buildUnits(analysis.text, analysis.tokens);
  const ctx = createContext(analysis.text, units, gaz);
  return findSpans(ctx).map((span) => ({ start: units[span.a].start, end: units[span.b].end, cues: collectCues(ctx, span) }));
}
