// Mention detection for one document: word units -> capitalized runs -> pieces -> typed candidates ->
// acronym definitions -> one type per string -> mentions with descriptors.
import type { Gazetteer } from '../gazetteer';
import type { DetectedMention, TextAnalysis } from '../types';
import { applyDefinitions, type Definition } from './acronyms';
import type { Candidate } from './candidate';
import { classifyPiece } from './classify';
import { harmonize } from './consistency';
import { createContext } from './context';
import { attachDescriptors } from './descriptors';
import { findRuns } from './runs';
import { splitRun } from './segment';
import { buildUnits } from './units';

export interface MentionResult {
  readonly mentions: DetectedMention[];
  readonly definitions: Definition[];
}

export function detectMentions(analysis: TextAnalysis, gaz: Gazetteer): MentionResult {
  const { text } = analysis;
  const units = buildUnits(text, analysis.tokens);
  const ctx = createContext(text, units, gaz);
  const cands: Candidate[] = [];
  for (const run of findRuns(ctx)) {
    for (const piece of splitRun(ctx, run)) classifyPiece(ctx, piece, cands);
  }
  cands.sort((x, y) => x.a - y.a);
  const definitions = applyDefinitions(ctx, cands);
  const kept = harmonize(ctx, cands);
  attachDescriptors(ctx, kept);

  const mentions: DetectedMention[] = [];
  let lastEnd = -1;
  for (const c of kept) {
    const start = units[c.a].start;
    const end = units[c.b].end;
    // Pieces never overlap by construction; this guard keeps the contract if a rule ever slips.
    if (start < lastEnd || end <= start) continue;
    lastEnd = end;
    const m: DetectedMention = {
      start,
      end,
      text: text.slice(start, end),
      type: c.type,
      evidence: c.evidence,
      ...(c.descriptors.length ? { descriptors: c.descriptors } : {}),
    };
    mentions.push(m);
  }
  return { mentions, definitions };
}
