// Is a quoted span speech, and if so a whole utterance ('full') or a few words woven into the
// writer's sentence ('fragment')? Scare quotes, titles and single quoted words are not speech.
import type { QuoteKind, Span } from '../types';
import { SPEECH_VERBS } from './lexicon';

const MINOR_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'de', 'la', 'du', 'von', 'van']);

export interface KindInput {
  readonly text: string;
  readonly quote: Span;
  /** Start of the paragraph (or of the line) holding the opening mark. */
  readonly lineStart: number;
  /** End of the paragraph holding the closing mark. */
  readonly paragraphEnd: number;
  /** A verb of saying next to the quote attributes it, even to an unnamed speaker. */
  readonly cued?: boolean;
  /** A verb of saying (even "called", "described") carries the quote in its sentence. */
  readonly carried?: boolean;
}

/**
 * "The slogan, “we can do better”, was painted …": a lower-case phrase set off by commas inside a
 * running sentence, with no one said to say it, names or labels something rather than reporting speech.
 */
function commaAppositive(input: KindInput, inner: string): boolean {
  const { text, quote } = input;
  if (input.cued || /[.!?…,;:]["'”’]*$/.test(inner) || /^[^\p{L}]*\p{Lu}/u.test(inner)) return false;
  const before = text.slice(input.lineStart, quote.start).trimEnd();
  if (!before.endsWith(',') || !/\p{L}/u.test(before)) return false;
  return /^\s*,?\s*\p{Ll}/u.test(text.slice(quote.end, Math.min(input.paragraphEnd, quote.end + 40)));
}

/** Words of the quoted text, without the marks. */
export function innerWords(text: string, quote: Span): string[] {
  return text.slice(quote.start + 1, quote.end - 1).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

function looksLikeTitle(words: readonly string[], inner: string): boolean {
  if (/[.!?…]["'”’]*\s*$/.test(inner) && words.length > 3) return false;
  const content = words.filter((w) => !MINOR_WORDS.has(w.toLowerCase()));
  return content.length > 0 && content.every((w) => /^[^\p{L}]*[\p{Lu}\p{N}]/u.test(w));
}

/** What comes right before the opening mark: an introduction (start, punctuation, speech verb) or a running word. */
function introduced(text: string, quote: Span, lineStart: number): { introduced: boolean; afterVerb: boolean } {
  const before = text.slice(lineStart, quote.start).trimEnd();
  if (before === '' || /[,:;.!?…—–\-"'”’]$/.test(before)) {
    return { introduced: true, afterVerb: false };
  }
  const lastWord = /([\p{L}]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
  return { introduced: false, afterVerb: SPEECH_VERBS.has(lastWord) || lastWord === 'that' };
}

/** Characters that end the clause a quoted phrase is woven into. */
const CLAUSE_BREAK: ReadonlySet<string> = new Set(['.', ';', ':', '!', '?', '(', ')', '[', ']', '"', '“', '”']);

/** How far before a woven-in phrase the verb carrying it may stand. */
const CARRY_WORDS = 12;
const PASSIVE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'so', 'what', 'often', 'commonly', 'sometimes']);
const NAMING_VERBS = new Set(['call', 'called', 'calls', 'calling', 'dub', 'dubbed', 'term', 'termed', 'name', 'named', 'label', 'labelled', 'labeled', 'describe', 'described', 'describes']);

/**
 * "X called the plan “shocking and questionable.”", "X said the talks were “going nowhere”": a verb of
 * saying shortly before the phrase in its clause carries it as reported words. A verb of naming is
 * speech only about an object ("called the camp a “…”"); "what X called “…”", "is called the “…”"
 * and "so-called" name a term instead.
 */
export function carriedBySaying(text: string, quote: Span, lineStart: number): boolean {
  // The clause: back from the quote to the last stop, bracket or quotation mark (a backward scan; the
  // regular expression /[^…]*$/ it replaces retried from every offset of the line).
  let from = quote.start;
  while (from > lineStart && !CLAUSE_BREAK.has(text[from - 1])) from--;
  const clause = text.slice(from, quote.start);
  const words = [...clause.matchAll(/[\p{L}][\p{L}'’-]*/gu)].slice(-CARRY_WORDS);
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k][0].toLowerCase();
    if (!SPEECH_VERBS.has(w)) continue;
    const previous = words[k - 1]?.[0].toLowerCase();
    if (previous !== undefined && PASSIVE.has(previous)) return false;
    if (previous === 'to' || previous === 'trying') return false;
    const between = clause.slice((words[k].index ?? 0) + w.length);
    if (/,/.test(between) && !/^\s*,?\s*$/.test(between)) return false;
    if (NAMING_VERBS.has(w)) return /[\p{L}]/u.test(between) && !/^\s*(it|this|that|them)?\s*$/i.test(between);
    return true;
  }
  return false;
}

/**
 * Kind of the quote, or null when the quoted text is not speech. `hasCue` says a speaker was named next to
 * the quote by a verb of saying; a fragment without one is taken for scare quotes.
 */
export function classifyQuote(input: KindInput, hasCue: boolean): QuoteKind | null {
  const { text, quote } = input;
  const inner = text.slice(quote.start + 1, quote.end - 1).trim();
  const words = innerWords(text, quote);
  if (words.length === 0) return null;
  const intro = introduced(text, quote, input.lineStart);
  const startsUpper = /^[^\p{L}]*\p{Lu}/u.test(inner);
  if (words.length === 1) return intro.introduced && hasCue && /[.!?,]$/.test(inner) ? 'full' : null;
  if (looksLikeTitle(words, inner)) return null;
  // "“Title” by Author" names a work (photo credits, books), not speech.
  if (/^[\s,]*by\s+\p{Lu}/u.test(text.slice(quote.end, Math.min(input.paragraphEnd, quote.end + 40)))) return null;
  if (commaAppositive(input, inner)) return null;
  if (intro.introduced) return 'full';
  if (intro.afterVerb && startsUpper && words.length >= 2) return 'full';
  // Woven into the writer's sentence: speech only when someone is said to have said it.
  return (hasCue || input.carried === true) && words.length >= 2 ? 'fragment' : null;
}
