// Mention detection for one document: word units -> capitalized runs -> pieces -> typed candidates ->
// acronym definitions -> one type per string -> mentions with descriptors.
import type { Gazetteer } from '../gazetteer';
import type { DetectedMention, TextAnalysis } from '../types';
import { applyDefinitions, type Definition } from './acronyms';
import { type Candidate, STRONG } from './candidate';
import type { Context } from './context';
import { classifyPiece } from './classify';
import { harmonize } from './consistency';
import { createContext } from './context';
import { attachDescriptors } from './descriptors';
import { findRuns, type Run } from './runs';
import { splitRun } from './segment';
import { buildUnits, ROW_LEAD } from './units';
import { NOT_NAMES, ORG_HEADS, PLACE_HEADS } from './lexicon';

/** Parts of speech of a letter's closing word ("Yours,", "Respectfully,"): no surname. */
const CLOSING_POS = new Set(['ADV', 'PRON', 'INTJ', 'VERB', 'ADJ', 'DET']);

export interface MentionResult {
  readonly mentions: DetectedMention[];
  readonly definitions: Definition[];
}

export function detectMentions(analysis: TextAnalysis, gaz: Gazetteer): MentionResult {
  const { text } = analysis;
  const units = buildUnits(text, analysis.tokens);
  const ctx = createContext(text, units, gaz);
  const cands: Candidate[] = [];
  const runs = findRuns(ctx);
  for (let r = 0; r < runs.length; r++) {
    const inverted = invertedName(ctx, runs[r], runs[r + 1]);
    if (inverted) {
      cands.push(inverted);
      r++;
      continue;
    }
    for (const piece of splitRun(ctx, runs[r])) classifyPiece(ctx, piece, cands);
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

/**
 * "Blackwood, Oren (Harlow University)", "Nakamura, Emi<TAB>…": a list row opening with a surname, a
 * comma and a given name, then a parenthesis, a tab or the end of the line, is one person's name
 * written surname first. The span covers both parts and the comma.
 */
function invertedName(ctx: Context, first: Run, second: Run | undefined): Candidate | null {
  if (!second) return null;
  const { units, text, gaz } = ctx;
  const [a, b] = first;
  const [c, d] = second;
  if (b - a > 2 || c !== b + 2 || units[b + 1].text !== ',' || d - c > 1) return null;
  if (!gaz.isGivenName(units[c].text) || text.slice(units[b].end, units[c].start).includes('\n')) return null;
  // Surnames, not a closing ("Yours, Ann") or a building ("X Mosque, Y").
  for (let k = a; k <= b; k++) {
    const u = units[k];
    if (NOT_NAMES.has(u.text) || ORG_HEADS.has(u.text) || PLACE_HEADS.has(u.text) || CLOSING_POS.has(u.pos)) return null;
  }
  const after = units[d + 1];
  const gap = after ? text.slice(units[d].end, after.start) : '\n';
  const closes = !after || gap.includes('\n') || gap.includes('\t') || (after.text === '(' && after.sentence === units[d].sentence);
  if (!closes || ctx.placeKind(ctx.keyText(a, b)) !== undefined) return null;
  // The row must start its line (after a bullet or a number).
  const lineStart = text.lastIndexOf('\n', units[a].start - 1) + 1;
  if (!ROW_LEAD.test(text.slice(lineStart, units[a].start))) return null;
  return { a, b: d, type: 'PERSON', strength: STRONG, evidence: 'inverted-name', descriptors: [], deferred: false };
}
