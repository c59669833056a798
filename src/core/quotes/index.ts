// Direct quotes of a document with their speakers. Pure function of the tagger's analysis and the
// document's mentions; speakerMention indexes into the given mentions array.
import type { DetectedMention, DetectedQuote, Paragraph, Span, TextAnalysis } from '../types';
import { createContext, insideQuoted, mentionsIn, sentenceEnd, sentenceStart, type QuoteContext } from './context';
import type { TurnSpeaker } from '../transcript/mentions';
import { findAuthor } from './author';
import { findIndirect } from './indirect';
import { carriedBySaying, classifyQuote } from './kind';
import { findQuotedSpans } from './marks';
import { paragraphQuoteSpeaker } from './paragraph';
import { attributeQuote, surnameKey, type Attribution } from './speaker';

interface Candidate {
  readonly span: Span;
  readonly paragraph: number;
  readonly endParagraph: number;
  readonly startsParagraph: boolean;
  attribution: Attribution | null;
  /** Found by a cue next to the quote, not inherited from a neighbouring quote. */
  cued: boolean;
}

/** Windows around a quote stay bounded so a huge one-paragraph document stays linear. */
const LOOK_BACK = 400;

function onlySpaceBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!/\s/.test(text[i])) return false;
  return true;
}

/** Start of the line holding `pos`, looking back at most LOOK_BACK characters and not before `floor`. */
function lineStartBefore(text: string, pos: number, floor: number): number {
  const limit = Math.max(floor, pos - LOOK_BACK);
  for (let i = pos - 1; i >= limit; i--) if (text[i] === '\n') return i + 1;
  return limit;
}

function paragraphIndex(paragraphs: readonly Paragraph[], pos: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (paragraphs[mid].start <= pos) lo = mid; else hi = mid - 1;
  }
  return lo;
}

function speakerKey(ctx: QuoteContext, a: Attribution | null): string | null {
  return a && a.mention !== null ? surnameKey(ctx.mentions[a.mention].text) : null;
}

/** Transcript turns for findQuotes: each turn becomes a quote of kind 'turn' by its speaker. */
export interface QuoteLayout {
  readonly turns: readonly TurnSpeaker[];
  /** Label and header mentions: not antecedents of he/she. */
  readonly labels: ReadonlySet<number>;
}

/** The turn whose content holds `pos`, by binary search over turns sorted by offset. */
function turnAt(turns: readonly TurnSpeaker[], pos: number): TurnSpeaker | null {
  let lo = 0;
  let hi = turns.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = turns[mid];
    if (pos < t.content.start) hi = mid - 1;
    else if (pos >= t.content.end) lo = mid + 1;
    else return t;
  }
  return null;
}

/**
 * Quotes of a document with their speakers, sorted by start offset: direct quotes ('full',
 * 'fragment'), transcript turns ('turn', when `layout` has turns) and reported speech ('indirect').
 * speakerMention indexes into `mentions`. Never throws on malformed input; returns [] for empty text.
 */
export function findQuotes(analysis: TextAnalysis, mentions: readonly DetectedMention[], layout?: QuoteLayout): DetectedQuote[] {
  const text = analysis?.text;
  if (typeof text !== 'string' || text.length === 0) return [];
  if (!Array.isArray(mentions)) mentions = [];
  const paragraphs: readonly Paragraph[] = Array.isArray(analysis.paragraphs) && analysis.paragraphs.length > 0 ? analysis.paragraphs : [{ start: 0, end: text.length }];
  const allSpans = findQuotedSpans(text, paragraphs);
  // A quote inside another quote is part of that speech, not speech of its own.
  let reach = -1;
  const spans = allSpans.filter((s) => {
    const nested = s.end <= reach;
    reach = Math.max(reach, s.end);
    return !nested;
  });
  // The tagger's sentences and tokens: quotes read the same text model as every other stage.
  const base = createContext(text, mentions, spans, Array.isArray(analysis.sentences) ? analysis.sentences : [], Array.isArray(analysis.tokens) ? analysis.tokens : []);
  const author = findAuthor(text, mentions, base.order, paragraphs);
  const turns = layout?.turns ?? [];
  const labels = layout?.labels ?? new Set<number>();
  const ctx: QuoteContext = {
    ...base,
    // Inside a turn "I" is its speaker; elsewhere the document's author.
    firstPerson: (pos) => {
      const turn = turnAt(turns, pos);
      return turn ? turn.speaker : author;
    },
    notReferent: (i, pos) => {
      if (labels.has(i)) return true;
      const speaker = turnAt(turns, pos)?.speaker;
      return speaker != null && surnameKey(mentions[speaker].text) === surnameKey(mentions[i].text);
    },
  };

  const candidates: Candidate[] = [];
  let previousSpeaker: string | null = null;
  spans.forEach((span, k) => {
    const p = paragraphIndex(paragraphs, span.start);
    const pe = paragraphIndex(paragraphs, span.end - 1);
    const next = spans[k + 1]?.start ?? Infinity;
    const prevEnd = k > 0 ? spans[k - 1].end : 0;
    const paraEnd = paragraphs[pe].end;
    const postEnd = sentenceEnd(ctx, span.end, Math.min(paraEnd, next));
    const floor = Math.max(paragraphs[p].start, prevEnd <= span.start ? prevEnd : 0);
    const preStart = sentenceStart(ctx, span.start, floor);
    const attribution = attributeQuote(ctx, { quote: span, postEnd, preStart, previousSpeaker, paragraphEnd: paraEnd });
    if (attribution?.mention != null) previousSpeaker = speakerKey(ctx, attribution);
    const startsParagraph = onlySpaceBetween(text, paragraphs[p].start, span.start);
    candidates.push({ span, paragraph: p, endParagraph: pe, startsParagraph, attribution, cued: attribution !== null });
  });

  inheritSpeakers(candidates);
  for (const c of candidates) {
    if (c.attribution === null) c.attribution = sentenceBeforeSpeaker(ctx, c.span, paragraphs[c.paragraph].start);
    if (c.attribution === null) c.attribution = paragraphQuoteSpeaker(ctx, c.span, paragraphs, c.paragraph, c.endParagraph);
  }

  const out: DetectedQuote[] = [];
  for (const c of candidates) {
    const lineStart = lineStartBefore(text, c.span.start, paragraphs[c.paragraph].start);
    const a = c.attribution;
    const named = c.cued && a !== null && a.mention !== null && !a.weak;
    const input = { text, quote: c.span, lineStart, paragraphEnd: paragraphs[c.endParagraph].end, cued: c.cued };
    // Any verb of saying next to it ("called the plan “…”") makes a woven-in phrase a fragment, named or not.
    const kind = classifyQuote({ ...input, carried: c.cued && a !== null && a.cue !== undefined && carriedBySaying(text, c.span, lineStart) }, named);
    if (kind === null) continue;
    out.push({
      start: c.span.start,
      end: c.span.end,
      text: text.slice(c.span.start, c.span.end),
      kind,
      speakerMention: a?.mention ?? null,
      speakerText: a?.text ?? (a?.mention != null ? mentions[a.mention].text : null),
      ...(a?.cue !== undefined ? { cue: a.cue } : {}),
      ...(a?.role !== undefined && a.mention !== null ? { speakerRole: a.role } : {}),
    });
  }
  for (const t of turns) {
    out.push({
      start: t.content.start,
      end: t.content.end,
      text: text.slice(t.content.start, t.content.end),
      kind: 'turn',
      speakerMention: t.speaker,
      speakerText: t.speaker !== null ? (mentions[t.speaker].name ?? mentions[t.speaker].text) : text.slice(t.label.start, t.label.end).replace(/[\s:]+$/, ''),
      cue: 'label',
    });
  }
  // Reported speech, where no direct quote already covers the words.
  const indirect = findIndirect(ctx, (pos) => paragraphs[paragraphIndex(paragraphs, pos)].end);
  // Both lists are in text order: one sweep keeps this linear on huge documents.
  const direct = out.filter((d) => d.kind !== 'turn').sort((a, b) => a.start - b.start);
  let k = 0;
  let directReach = -1;
  for (const q of indirect) {
    while (k < direct.length && direct[k].start < q.end) directReach = Math.max(directReach, direct[k++].end);
    // Some direct quote starting before q ends also ends after q starts: they overlap.
    if (directReach <= q.start) out.push(q);
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * "Kim was blunt. “…”": a quote that opens its own sentence with no cue anywhere is taken to be the
 * person the sentence before it is about (its first person, named or as he/she), within the paragraph.
 */
function sentenceBeforeSpeaker(ctx: QuoteContext, span: Span, paragraphStart: number): Attribution | null {
  const from = Math.max(paragraphStart, span.start - LOOK_BACK);
  const before = ctx.text.slice(from, span.start);
  if (!/[.!?]["'”’)]?\s+$/.test(before)) return null;
  const end = from + before.trimEnd().length;
  const start = sentenceStart(ctx, end - 1, from);
  if (/["“”]/.test(ctx.text.slice(start, end))) return null;
  const people = mentionsIn(ctx, start, end).filter((i) => ctx.mentions[i].type === 'PERSON' && !insideQuoted(ctx, ctx.mentions[i]));
  if (people.length === 0) return null;
  return { mention: people[0], text: ctx.mentions[people[0]].text, weak: true };
}

/** A neighbour's speaker without its cue: the cue was next to the other quote. */
function inherited(a: Attribution): Attribution {
  return { mention: a.mention, text: a.text, weak: a.weak, ...(a.role ? { role: a.role } : {}) };
}

/**
 * A quote without its own cue continues the speaker of the quote before it (same paragraph, or the
 * paragraph before when it opens its paragraph); failing that, of the next quote in its paragraph.
 */
function inheritSpeakers(candidates: Candidate[]): void {
  for (let k = 1; k < candidates.length; k++) {
    const c = candidates[k];
    const prev = candidates[k - 1];
    if (c.attribution !== null || prev.attribution === null) continue;
    const adjacent = prev.endParagraph === c.paragraph || (c.startsParagraph && prev.endParagraph === c.paragraph - 1);
    if (adjacent) c.attribution = inherited(prev.attribution);
  }
  for (let k = candidates.length - 2; k >= 0; k--) {
    const c = candidates[k];
    const next = candidates[k + 1];
    if (c.attribution === null && next.attribution !== null && next.paragraph === c.endParagraph) c.attribution = inherited(next.attribution);
  }
}
