// Text navigation around a quote: sentence edges that ignore full stops inside names and
// abbreviations, words with offsets, and mention lookup by position.
import type { DetectedMention, Span } from '../types';
import { mentionGenders, type Gender } from './gender';
import { ABBREVIATIONS } from './lexicon';

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

export function createContext(text: string, mentions: readonly DetectedMention[], quoted: readonly Span[] = []): QuoteContext {
  const order = mentions.map((_, i) => i)
    .filter((i) => mentions[i] && typeof mentions[i].text === 'string' && mentions[i].start >= 0 && mentions[i].end <= text.length && mentions[i].end > mentions[i].start)
    .sort((a, b) => mentions[a].start - mentions[b].start || a - b);
  return { text, mentions, order, quoted, genders: mentionGenders(text, mentions) };
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

function insideMention(ctx: QuoteContext, pos: number): boolean {
  return mentionsIn(ctx, Math.max(0, pos - 80), pos + 80).some((i) => ctx.mentions[i].start <= pos && pos < ctx.mentions[i].end);
}

/** True when the character at `pos` ends a sentence. */
export function endsSentence(ctx: QuoteContext, pos: number): boolean {
  const { text } = ctx;
  const c = text[pos];
  if (c !== '.' && c !== '!' && c !== '?' && c !== '…') return false;
  const after = text.slice(pos + 1, pos + 3);
  if (!/^(["'”’)]*)(\s|$)/.test(after)) return false;
  if (c !== '.') return true;
  if (insideMention(ctx, pos)) return false;
  return !isAbbreviationStop(text, pos);
}

/** The full stop at `pos` ends a title, an abbreviation or an initial ("Sen.", "U.S.", "J."). */
export function isAbbreviationStop(text: string, pos: number): boolean {
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, pos - 12), pos));
  if (!word) return false;
  const w = word[1].toLowerCase();
  return ABBREVIATIONS.has(w) || /^\p{L}$/u.test(w);
}

/** Start of the sentence holding `pos`, not before `floor`. */
export function sentenceStart(ctx: QuoteContext, pos: number, floor: number): number {
  for (let j = pos - 1; j >= floor; j--) {
    if (endsSentence(ctx, j)) {
      let k = j + 1;
      while (k < pos && /["'”’)\s]/.test(ctx.text[k])) k++;
      return k;
    }
  }
  return floor;
}

/** End (exclusive) of the sentence holding `pos`, not after `ceiling`. */
export function sentenceEnd(ctx: QuoteContext, pos: number, ceiling: number): number {
  for (let j = pos; j < ceiling; j++) if (endsSentence(ctx, j)) return j + 1;
  return ceiling;
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
