// The words that carried a quote ("said", "told", "according to"), read from the sentence around it
// when the quote detector did not record them.
import { SPEECH_VERBS } from '../quotes/lexicon';
import type { Span } from '../types';

const WORD = /[\p{L}’']+/gu;

/**
 * The verb of saying nearest to the quote inside `context` (a span of `text` that holds the quote),
 * outside the quote itself, or "according to". Capitalized words are skipped ("United States" is not
 * a cue). Returns the words as written, or undefined when there is none. Source of the verb list:
 * src/core/quotes/lexicon.ts.
 */
export function cueOf(text: string, quote: Span, context: Span): string | undefined {
  let best: { word: string; distance: number } | undefined;
  const consider = (from: number, to: number) => {
    const part = text.slice(from, to);
    const according = /\baccording to\b/gi;
    for (let m = according.exec(part); m; m = according.exec(part)) {
      const at = from + m.index;
      const distance = at >= quote.end ? at - quote.end : quote.start - (at + m[0].length);
      if (!best || distance < best.distance) best = { word: m[0], distance };
    }
    WORD.lastIndex = 0;
    for (let m = WORD.exec(part); m; m = WORD.exec(part)) {
      const word = m[0];
      if (word[0] !== word[0].toLowerCase() || !SPEECH_VERBS.has(word)) continue;
      const at = from + m.index;
      const distance = at >= quote.end ? at - quote.end : quote.start - (at + word.length);
      if (!best || distance < best.distance) best = { word, distance };
    }
  };
  consider(context.start, Math.max(context.start, quote.start));
  consider(Math.min(quote.end, context.end), context.end);
  return best?.word;
}

/** The cue the quote detector recorded (`ResolvedQuote.cue`), when it is not blank. */
export function recordedCue(quote: { readonly cue?: string }): string | undefined {
  return quote.cue !== undefined && quote.cue.trim() !== '' ? quote.cue : undefined;
}
