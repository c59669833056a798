// Text navigation around a quote: the tagger's sentences and tokens (one text model for the whole
// engine: a full stop inside "Sen." or "U.S." is part of a word token and ends no sentence), words
// with offsets, and mention lookup by position.
import type { DetectedMention, Sentence, Span, Token } from '../types';
import { mentionGenders, type Gender } from './gender';

export interface Word extends Span {
  readonly lower: string;
}

export interface QuoteContext {
  readonly text: string;
  readonly mentions: readonly DetectedMention[];
  /** Mention indices sorted by start offset. */
  readonly order: readonly number[];
  /** Quoted spans, sorted: names inside a quote are what the speaker talks about, not who speaks. */
  readonly quoted: readonly Span[];
  /** Gender of each person mention where its given name or title tells it, by mention index. */
  readonly genders: readonly (Gender | null)[];
  /** The tagger's sentences, in text order (TextAnalysis.sentences). */
  readonly sentences: readonly Sentence[];
  /** The tagger's tokens, in text order (TextAnalysis.tokens). */
  readonly tokens: readonly Token[];
  /**
   * Who "I"/"we" outside quotation marks at an offset is: the speaker of the transcript turn holding
   * it, else the document's author (byline, signature), else null.
   */
  readonly firstPerson?: (pos: number) => number | null;
  /**
   * Mentions that cannot be the antecedent of he/she at an offset: transcript labels, and inside a
   * turn the turn's own speaker ("She told me" in X's answer is someone else).
   */
  readonly notReferent?: (mention: number, pos: number) => boolean;
}

export function insideQuoted(ctx: QuoteContext, span: Span): boolean {
  let lo = 0;
  let hi = ctx.quoted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.quoted[mid].end <= span.start) lo = mid + 1; else hi = mid;
  }
  return lo < ctx.quoted.length && ctx.quoted[lo].start <= span.start && span.end <= ctx.quoted[lo].end;
}

/**
 * The context of a document's quotes. `sentences` and `tokens` are the tagger's (TextAnalysis); with
 * none given the whole text is one sentence.
 */
export function createContext(text: string, mentions: readonly DetectedMention[], quoted: readonly Span[] = [], sentences: readonly Sentence[] = [], tokens: readonly Token[] = []): QuoteContext {
  const order = mentions.map((_, i) => i)
    .filter((i) => mentions[i] && typeof mentions[i].text === 'string' && mentions[i].start >= 0 && mentions[i].end <= text.length && mentions[i].end > mentions[i].start)
    .sort((a, b) => mentions[a].start - mentions[b].start || a - b);
  return { text, mentions, order, quoted, genders: mentionGenders(text, mentions), sentences, tokens };
}

/** Indices of mentions lying wholly inside [from, to), in text order. */
export function mentionsIn(ctx: QuoteContext, from: number, to: number): number[] {
  const out: number[] = [];
  // Binary search for the first mention starting at or after `from`.
  let lo = 0;
  let hi = ctx.order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.mentions[ctx.order[mid]].start < from) lo = mid + 1; else hi = mid;
  }
  for (let k = lo; k < ctx.order.length; k++) {
    const m = ctx.mentions[ctx.order[k]];
    if (m.start >= to) break;
    if (m.end <= to) out.push(ctx.order[k]);
  }
  return out;
}

/** Index of the last item starting at or before `pos` in a list sorted by start, or -1. */
function lastStartingBy(items: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start <= pos) lo = mid + 1; else hi = mid;
  }
  return lo - 1;
}

/**
 * The full stop at `pos` ends no sentence of the tagger: it belongs to a word token (a title, an
 * abbreviation or an initial: "Sen.", "U.S.", "J.") or the tagger's sentence goes on after it
 * ("Maj. Dana Okafor").
 */
export function isAbbreviationStop(ctx: QuoteContext, pos: number): boolean {
  const k = lastStartingBy(ctx.tokens, pos);
  if (k < 0) return false;
  const t = ctx.tokens[k];
  if (pos >= t.end) return false;
  if (t.kind === 'word' && t.end - t.start > 1) return true;
  const sentence = ctx.sentences[t.sentence];
  if (sentence === undefined) return false;
  // Closing marks after the stop still belong to the sentence it ends ("… done.”").
  let end = pos + 1;
  while (end < sentence.end && /["'”’)\]]/.test(ctx.text[end])) end++;
  return end < sentence.end;
}

/**
 * Start of the tagger's sentence holding the character at `pos`, not before `floor`. Between two
 * sentences (only white space there) it is `pos` itself.
 */
export function sentenceStart(ctx: QuoteContext, pos: number, floor: number): number {
  const i = lastStartingBy(ctx.sentences, pos);
  if (i < 0) return ctx.sentences.length === 0 ? floor : Math.max(floor, Math.min(pos, ctx.sentences[0].start));
  const s = ctx.sentences[i];
  return Math.max(floor, pos < s.end ? s.start : pos);
}

/**
 * End (exclusive) of the tagger's sentence holding `pos` (between two sentences, of the next one),
 * not after `ceiling`.
 */
export function sentenceEnd(ctx: QuoteContext, pos: number, ceiling: number): number {
  const i = lastStartingBy(ctx.sentences, pos);
  const s = i >= 0 && pos < ctx.sentences[i].end ? ctx.sentences[i] : ctx.sentences[i + 1];
  return s === undefined ? ceiling : Math.min(ceiling, s.end);
}

export function wordsIn(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  const re = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
  const slice = text.slice(from, to);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    out.push({ start: from + m.index, end: from + m.index + m[0].length, lower: m[0].toLowerCase() });
  }
  return out;
}

/** An apposition after a subject stays short ("X, 54, said"; "X, who leads the union, said"). */
const MAX_APPOSITION = 100;

/** The first word after a subject ending at `pos`, past an apposition set off by commas. */
export function wordAfterSubject(text: string, pos: number, to: number): Word | undefined {
  let from = pos;
  if (text[pos] === ',') {
    const close = text.indexOf(',', pos + 1);
    if (close < 0 || close - pos > MAX_APPOSITION || close >= to || /[.;:!?"“”]/.test(text.slice(pos + 1, close))) return undefined;
    from = close + 1;
  }
  return wordsIn(text, from, Math.min(to, from + 40))[0];
}
