// The only module that talks to wink-nlp. Everything else sees plain tokens with exact offsets.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { boundaryAtOrAfter, boundaryAtOrBefore, isGraphemeBoundary } from './graphemes';
import { OTHER_ABBREVIATIONS, TITLE_ABBREVIATIONS } from './lexicon/abbreviations';
import { splitParagraphs } from './paragraphs';
import type { Sentence, TextAnalysis, Token } from './types';

// Paragraph splitting lives in a model-free module so the corpus views can share it.
export { splitParagraphs };

type Nlp = ReturnType<typeof winkNLP>;
type WinkModel = typeof model;

/** A feature table of wink's decoded core model that its cache appends to (lexeme, shape, suffix ...). */
interface LearningFeature {
  hash: Record<string, number>;
  list: unknown[];
  index: number;
}

interface CoreModel {
  features: Record<string, unknown>;
  [key: string]: unknown;
}

function isLearningFeature(f: unknown): f is LearningFeature {
  return typeof f === 'object' && f !== null && Array.isArray((f as LearningFeature).list) && typeof (f as LearningFeature).hash === 'object';
}

/**
 * wink-eng-lite-web-model decodes its 3 MB core (base64 lexicon, JSON copy, hash tables) on every
 * `core()` call, and each decoded copy stays reachable from wink: the 21st load in one process ran
 * out of string space. The decoded core is therefore made once per process and never handed to wink
 * itself; every tagger instance gets a cheap layered copy of it (see `instanceCore`). This memo is
 * the only process-wide state, and it is read-only after its first assignment.
 */
let decodedCore: CoreModel | undefined;
const subModels = new Map<string, unknown>();

function pristineCore(): CoreModel {
  decodedCore ??= (model as unknown as { core(): CoreModel }).core();
  return decodedCore;
}

/**
 * A core whose learning tables are copies over the pristine ones: lists are copied (wink appends to
 * them) and hashes are empty objects whose prototype is the pristine hash, so lookups see the model's
 * own vocabulary and writes stay in this instance.
 */
function instanceCore(): { core: CoreModel; layers: LearningFeature[]; lexeme: LearningFeature } {
  const base = pristineCore();
  const features: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  const layers: LearningFeature[] = [];
  for (const [name, f] of Object.entries(base.features)) {
    if (isLearningFeature(f)) {
      const layer: LearningFeature = { ...f, list: f.list.slice(), hash: Object.create(f.hash) as Record<string, number> };
      features[name] = layer;
      layers.push(layer);
    } else {
      features[name] = f;
    }
  }
  const lexeme = features.lexeme;
  if (!isLearningFeature(lexeme)) throw new Error('wink-eng-lite-web-model: core model has no lexeme table');
  return { core: { ...base, features }, layers, lexeme };
}

/** A fresh wink instance over the shared decoded model; the other parts of the model load once too. */
function newInstance(): { nlp: Nlp; layers: LearningFeature[]; lexeme: LearningFeature; size: number; sizes: Map<LearningFeature, number> } {
  const { core, layers, lexeme } = instanceCore();
  const once = (name: keyof WinkModel) => () => {
    if (!subModels.has(name)) subModels.set(name, (model[name] as () => unknown)());
    return subModels.get(name);
  };
  const wrapped = {
    ...model,
    core: () => core,
    sbd: once('sbd'), pos: once('pos'), ner: once('ner'), negation: once('negation'), sa: once('sa'), metaCER: once('metaCER'),
  } as unknown as WinkModel;
  // Only sentence splitting and POS tagging: about 1.7 times faster than the default pipe,
  // and the engine does its own entity recognition.
  const nlp = winkNLP(wrapped, ['sbd', 'pos']);
  // Sizes after loading (loading itself may add entries), to which the lists are cut back.
  return { nlp, layers, lexeme, size: lexeme.list.length, sizes: new Map(layers.map((l) => [l, l.list.length])) };
}

/**
 * Word forms an instance may accumulate (across documents, as duplicates after `forget`) before it
 * is replaced by a fresh one; bounds the memory of a long-running worker. Replacing costs ~5 ms.
 */
const MAX_LEARNED_FORMS = 200_000;

/**
 * The tagger. Annotation must be a pure function of the text: wink's tokenizer remembers every
 * word form it has seen and later tokenizes differently (an unknown "X’s" is split the first time and
 * kept whole once seen). Before each document the instance forgets what it learned, so every document
 * is tagged exactly as by a new instance (measured: forgetting costs well under 1% of tagging; a new
 * instance per document would cost ~9 ms each). The decoded model is shared by every tagger of the
 * process, so any number of taggers can be created.
 */
export function createTagger(): (text: string) => TextAnalysis {
  let instance = newInstance();
  return (text) => {
    if (instance.lexeme.list.length - instance.size > MAX_LEARNED_FORMS) instance = newInstance();
    else forget(instance.layers, instance.lexeme, instance.sizes);
    return analyzeWith(instance.nlp, text);
  };
}

/**
 * Drops the word forms, shapes and affixes learned from earlier documents. wink's cache keeps them
 * in the hash tables (own keys of our layers) and in parallel lists. The lexeme list cannot shrink
 * (a private array of wink's is indexed in step with it), so a form seen again is appended again.
 * The other lists must shrink: their indexes are packed into bit fields of a few bits, and indexes
 * that kept growing across documents would overflow them and change the tagging (found by fuzzing).
 * Nothing refers to the dropped entries any more: only lexemes reachable from the hash point at them.
 */
function forget(layers: readonly LearningFeature[], lexeme: LearningFeature, sizes: ReadonlyMap<LearningFeature, number>): void {
  for (const layer of layers) {
    for (const key of Object.keys(layer.hash)) delete layer.hash[key];
    const size = sizes.get(layer);
    if (layer !== lexeme && size !== undefined) {
      layer.list.length = size;
      layer.index = size;
    }
  }
}

function analyzeWith(nlp: Nlp, text: string): TextAnalysis {
  const its = nlp.its;
  // Offsets are computed on the tagged copy, which has the same length as the text.
  const tagged = breakLongRuns(text);
  const doc = nlp.readDoc(tagged);
  // One token collection read four times (each tokens() call builds a new collection object).
  const all = doc.tokens();
  const values = all.out(its.value) as string[];
  const spaces = all.out(its.precedingSpaces) as string[];
  const pos = all.out(its.pos) as string[];
  const kinds = all.out(its.type) as string[];

  const winkSentenceStart = new Uint8Array(values.length + 1);
  for (const [first] of doc.sentences().out(its.span) as unknown as [number, number][]) winkSentenceStart[first] = 1;

  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let offset = 0;
  let sentenceFirst = 0;
  let breakPending = false;
  /** End of the last token that is not white space (tabCRLF). */
  let lastRealEnd = 0;
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
    const last = tokens.length > 0 ? tokens[tokens.length - 1] : undefined;
    if (last && start === last.end && gluedInsideWord(text, start)) {
      // wink cut inside one character or one word (see gluedInsideWord): the piece joins the token before.
      tokens[tokens.length - 1] = junkAsSymbol({ ...last, end, text: text.slice(last.start, end), kind: last.kind === 'word' || kinds[i] === 'word' ? 'word' : last.kind });
      offset = end;
      continue;
    }
    // wink does not end a sentence at a blank line; headlines and bylines have no full stop.
    // A break found at a whitespace token takes effect at the next real token.
    const gap = start > offset ? lineBreaks(tagged, offset, start) : NO_BREAK;
    breakPending = breakPending || (winkSentenceStart[i] === 1 && !(kinds[i] !== 'tabCRLF' && afterAbbreviation(tokens, values[i])));
    if (kinds[i] !== 'tabCRLF') {
      // The blank line is looked for in all the white space since the last real token: wink may cut
      // "\n  \n" into two line-break tokens with spaces between.
      if (breakPending || (start > lastRealEnd && lineBreaks(tagged, lastRealEnd, start) === BLANK_LINE)) {
        if (tokens.length > sentenceFirst) closeSentence(tokens.length);
      }
      breakPending = false;
      lastRealEnd = end;
    }
    tokens.push(junkAsSymbol({
      start,
      end,
      text: text.slice(start, end),
      pos: pos[i],
      kind: kinds[i],
      sentence: sentences.length,
      lineStart: tokens.length === 0 || gap !== NO_BREAK || (last !== undefined && last.kind === 'tabCRLF' && lineBreaks(last.text, 0, last.text.length) !== NO_BREAK),
    }));
    offset = end;
  }
  closeSentence(tokens.length);

  return { text, tokens, sentences, paragraphs: splitParagraphs(text) };
}

/**
 * wink ended a sentence before `next`, right after "<abbreviation> ." that it split into a word and a
 * full stop ("Maj." "Dept."): the sentence goes on when the word is a title (a name follows) or when
 * `next` does not start with a capital (see lexicon/abbreviations.ts).
 */
function afterAbbreviation(tokens: readonly Token[], next: string): boolean {
  const stop = tokens[tokens.length - 1];
  const word = tokens[tokens.length - 2];
  if (stop === undefined || word === undefined || stop.text !== '.' || word.end !== stop.start || word.kind !== 'word') return false;
  const lower = word.text.toLowerCase();
  if (TITLE_ABBREVIATIONS.has(lower)) return true;
  return OTHER_ABBREVIATIONS.has(lower) && !/^\p{Lu}/u.test(next);
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/**
 * Words that are no words of any language and so can be no name: three or more nonspacing marks in a
 * row (written languages stack at most two on a letter; longer stacks are "zalgo" noise), and a
 * capitalized word glued to digits ("Mariel2024", "Hotel7"; all-capital codes like "G20" stay words).
 * They become kind 'symbol', POS 'SYM'.
 */
const JUNK_WORD = /\p{Mn}{3,}|^\p{Lu}\p{Ll}+\p{N}+$|^\p{N}+\p{Lu}\p{Ll}+$/u;

function junkAsSymbol(token: Token): Token {
  return token.kind === 'word' && mayBeJunk(token.text) && JUNK_WORD.test(token.text) ? { ...token, kind: 'symbol', pos: 'SYM' } : token;
}

/**
 * False when JUNK_WORD cannot match: every pattern needs a nonspacing mark or a digit, so a word of
 * ASCII letters only (most words) skips the Unicode regular expression.
 */
function mayBeJunk(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c > 0x7f || (c >= 0x30 && c <= 0x39)) return true;
  }
  return false;
}

const NO_BREAK = 0;
const LINE_BREAK = 1;
const BLANK_LINE = 2;

/**
 * Line breaks in s[from, to): NO_BREAK, LINE_BREAK (a CR or LF), or BLANK_LINE when two LFs have only
 * spaces, tabs and one CR between them (the pattern /\n[ \t]*\r?\n/). A scan instead of regular
 * expressions on a slice: it runs for the gap before every token.
 */
function lineBreaks(s: string, from: number, to: number): number {
  let found = NO_BREAK;
  // -1: no LF seen since the last character that is not space/tab; else the count of CRs after the LF.
  let crAfterLf = -1;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 10) {
      if (crAfterLf === 0 || crAfterLf === 1) return BLANK_LINE;
      found = LINE_BREAK;
      crAfterLf = 0;
    } else if (c === 13) {
      found = LINE_BREAK;
      crAfterLf = crAfterLf === 0 ? 1 : -1;
    } else if (c !== 32 && c !== 9) {
      crAfterLf = -1;
    } else if (crAfterLf === 1) {
      // A space after the CR: /\n[ \t]*\r?\n/ allows the CR only right before the second LF.
      crAfterLf = -1;
    }
  }
  return found;
}

/**
 * True when wink's tokenizer split at `offset` although it is inside one grapheme cluster (a letter
 * and its combining accent, an emoji sequence) or inside a word: wink's ASCII-only patterns cut
 * "Ε@sé" into "Ε@s" + "é". A cut between two word characters is kept only when both are ASCII,
 * which is where wink splits contractions on purpose ("do" + "n't").
 */
function gluedInsideWord(text: string, offset: number): boolean {
  if (!isGraphemeBoundary(text, offset)) return true;
  const before = String.fromCodePoint(text.codePointAt(offset - 1 - (isLowSurrogateAt(text, offset - 1) ? 1 : 0)) ?? 0);
  const after = String.fromCodePoint(text.codePointAt(offset) ?? 0);
  if (!WORD_CHAR.test(before) || !WORD_CHAR.test(after)) return false;
  return before.charCodeAt(0) > 0x7f || after.charCodeAt(0) > 0x7f;
}

function isLowSurrogateAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return i > 0 && c >= 0xdc00 && c <= 0xdfff && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff;
}

/** Runs of this many non-space characters are no words: URLs, base64, hashes, hostile input. */
const LONG_RUN = 100;
/** Longest piece of letters and digits handed to the tagger in one go. */
const MAX_PIECE = 64;

/**
 * wink-nlp's tokenizer splits a whitespace-free chunk piece by piece, which takes time quadratic in the
 * chunk's length (a 200,000-character run took half a minute). In long runs, punctuation becomes
 * spaces and very long letter runs get a space every MAX_PIECE characters. Every replaced character
 * becomes as many spaces as it has UTF-16 code units (an emoji is two), so the result has exactly the
 * length of the text, offsets are unchanged, and the replaced characters simply belong to no token.
 * A piece never ends inside a surrogate pair or grapheme cluster.
 */
export function breakLongRuns(text: string): string {
  if (!hasLongRun(text)) return text;
  return text.replace(new RegExp(`\\S{${LONG_RUN},}`, 'g'), (run) =>
    // Letters keep their combining marks, so a name with a decomposed accent stays whole.
    breakPieces(run.replace(/[^\p{L}\p{M}\p{N}]+/gu, (junk) => ' '.repeat(junk.length))),
  );
}

/** Same as /\S{LONG_RUN}/.test(text), by a scan of character codes (a regular expression took most of this function's time). */
function hasLongRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (isJsSpace(text.charCodeAt(i))) run = 0;
    else if (++run >= LONG_RUN) return true;
  }
  return false;
}

/** The code units JavaScript's \s matches (WhiteSpace and LineTerminator of ECMA-262). */
function isJsSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * In every word of MAX_PIECE or more code units, replaces one whole grapheme cluster by spaces before
 * each MAX_PIECE units. Cut points are found with the windowed boundary test, not by segmenting the
 * run: Intl.Segmenter's iterator takes time quadratic in the string's length (128k characters: 6 s).
 */
function breakPieces(run: string): string {
  return run.replace(new RegExp(`[^ ]{${MAX_PIECE},}`, 'g'), (word) => {
    let out = '';
    let from = 0;
    while (word.length - from >= MAX_PIECE) {
      let cut = boundaryAtOrBefore(word, from + MAX_PIECE - 1);
      // A single cluster longer than a piece: cut after it instead.
      if (cut <= from) cut = boundaryAtOrAfter(word, from + MAX_PIECE - 1);
      if (cut >= word.length) break;
      const next = boundaryAtOrAfter(word, cut + 1);
      out += word.slice(from, cut) + ' '.repeat(next - cut);
      from = next;
    }
    return out + word.slice(from);
  });
}
