// The only module that talks to wink-nlp. Everything else sees plain tokens with exact offsets.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Paragraph, Sentence, TextAnalysis, Token } from './types';

type Nlp = ReturnType<typeof winkNLP>;

/** Loading the model takes a while; callers share one tagger through this factory. */
export function createTagger(): (text: string) => TextAnalysis {
  // Only sentence splitting and POS tagging: about 1.7 times faster than the default pipe,
  // and the engine does its own entity recognition.
  const nlp: Nlp = winkNLP(model, ['sbd', 'pos']);
  return (text) => analyzeWith(nlp, text);
}

function analyzeWith(nlp: Nlp, text: string): TextAnalysis {
  const its = nlp.its;
  // Offsets are computed on the tagged copy, which has the same length as the text.
  const tagged = breakLongRuns(text);
  const doc = nlp.readDoc(tagged);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const kinds = doc.tokens().out(its.type) as string[];

  const winkSentenceStart = new Uint8Array(values.length + 1);
  for (const [first] of doc.sentences().out(its.span) as unknown as [number, number][]) winkSentenceStart[first] = 1;

  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let offset = 0;
  let sentenceFirst = 0;
  let breakPending = false;
  const closeSentence = (endToken: number) => {
    // Sentence bounds skip leading and trailing whitespace tokens.
    let a = sentenceFirst;
    let b = endToken;
    while (a < b && tokens[a].kind === 'tabCRLF') a++;
    while (b > a && tokens[b - 1].kind === 'tabCRLF') b--;
    if (a < b) sentences.push({ start: tokens[a].start, end: tokens[b - 1].end, firstToken: sentenceFirst, endToken });
    sentenceFirst = endToken;
  };
  for (let i = 0; i < values.length; i++) {
    const before = spaces[i] ?? '';
    // wink-nlp is lossless: preceding spaces + values rebuild the text. Trust but verify, so a
    // tokenizer surprise never yields offsets that point at the wrong characters.
    let start = offset + before.length;
    if (!tagged.startsWith(values[i], start)) {
      const found = tagged.indexOf(values[i], offset);
      if (found < 0) break;
      start = found;
    }
    const end = start + values[i].length;
    const gap = tagged.slice(offset, start);
    // wink does not end a sentence at a blank line; headlines and bylines have no full stop.
    // A break found at a whitespace token takes effect at the next real token.
    breakPending = breakPending || winkSentenceStart[i] === 1 || /\n[ \t]*\r?\n/.test(gap);
    if (kinds[i] === 'tabCRLF') {
      breakPending = breakPending || /\n[ \t]*\r?\n/.test(values[i]);
    } else {
      if (breakPending && i > sentenceFirst) closeSentence(i);
      breakPending = false;
    }
    const prev = tokens[i - 1];
    tokens.push({
      start,
      end,
      text: text.slice(start, end),
      pos: pos[i],
      kind: kinds[i],
      sentence: sentences.length,
      lineStart: i === 0 || /[\r\n]/.test(gap) || (prev !== undefined && prev.kind === 'tabCRLF' && /[\r\n]/.test(prev.text)),
    });
    offset = end;
  }
  closeSentence(tokens.length);

  return { text, tokens, sentences, paragraphs: splitParagraphs(text) };
}

/** Runs of this many non-space characters are no words: URLs, base64, hashes, hostile input. */
const LONG_RUN = 100;
/** Longest piece of letters and digits handed to the tagger in one go. */
const MAX_PIECE = 64;

/**
 * wink-nlp's tokenizer splits a whitespace-free chunk piece by piece, which takes time quadratic in the
 * chunk's length (a 200,000-character run took half a minute). In long runs, punctuation becomes a
 * space and very long letter runs get a space every MAX_PIECE characters. The replacement keeps the
 * length, so offsets are unchanged; the replaced characters simply belong to no token.
 */
export function breakLongRuns(text: string): string {
  if (!new RegExp(`\\S{${LONG_RUN}}`).test(text)) return text;
  return text.replace(new RegExp(`\\S{${LONG_RUN},}`, 'g'), (run) =>
    run
      .replace(/[^\p{L}\p{N}]/gu, ' ')
      .replace(new RegExp(`[^ ]{${MAX_PIECE}}`, 'g'), (piece) => piece.slice(0, -1) + ' '),
  );
}

/** Paragraphs are separated by a blank line (any mix of CR/LF with only spaces between). */
export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const sep = /\r?\n[ \t]*\r?\n\s*/g;
  let start = 0;
  for (let m = sep.exec(text); m; m = sep.exec(text)) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}
