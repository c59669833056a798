// Word units: wink splits "Ki-moon", "Secretary-General" and "Calif." into several tokens. A unit glues
// tokens that touch (no space between) through a hyphen, and an abbreviation with its full stop, so
// the rest of the detector reasons about words as a reader sees them.
import type { Token } from '../types';
import { COMMON_ACRONYMS, PLACE_ABBREVIATIONS, TITLES } from './lexicon';

export interface Unit {
  readonly start: number;
  readonly end: number;
  /**
   * The word as the lexicons should see it: the text itself, or "Nelson" for "NELSON" in a sentence
   * written in capitals. Spans always come from offsets, never from this.
   */
  readonly text: string;
  /** The sentence is written like a title ("Sex Gets Better With Age"): capitals say little there. */
  readonly headline: boolean;
  /** The sentence or line is written in capitals ("KAMALA HARRIS SPOKE"): `text` is re-cased. */
  readonly shouted: boolean;
  /** A hyphenated compound ("Paris-based", "Ki-moon"). */
  readonly hyphenated: boolean;
  /** Index of the sentence of the first token. */
  readonly sentence: number;
  /** First word of its sentence or line (after opening punctuation): capitalization says little there. */
  readonly initial: boolean;
  readonly lineStart: boolean;
  /** POS of the first token. */
  readonly pos: string;
  readonly kind: string;
}

const HYPHENS = new Set(['-', '‐', '‑']);
const LETTER = /\p{L}/u;
const OPENERS = /^[\p{Pi}\p{Ps}"'“‘«\-–—•*#>|:]+$/u;

type Draft = { -readonly [K in keyof Unit]: Unit[K] };

export function buildUnits(text: string, tokens: readonly Token[]): Unit[] {
  const units: Draft[] = [];
  let prevSentence = -1;
  let sawWordInSentence = false;
  let lineFirst = -1;
  const softWraps = softWrapStarts(text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const lineStart = t.lineStart && !softWraps.has(t.start);
    if (t.kind === 'tabCRLF' || t.kind === 'space') continue;
    if (t.sentence !== prevSentence) {
      prevSentence = t.sentence;
      sawWordInSentence = false;
    }
    let j = i;
    let hyphenated = false;
    // Glue "A-B-C" when every piece touches the next.
    while (
      j + 2 < tokens.length &&
      HYPHENS.has(tokens[j + 1].text) &&
      tokens[j + 1].start === tokens[j].end &&
      tokens[j + 2].start === tokens[j + 1].end &&
      tokens[j].kind !== 'punctuation' &&
      (tokens[j + 2].kind === 'word' || tokens[j + 2].kind === 'number')
    ) {
      j += 2;
      hyphenated = true;
    }
    // wink cuts words at letters outside its alphabet ("Łódź" -> "Ł" "ód" "ź"): glue them back.
    let kind = t.kind;
    while (
      j + 1 < tokens.length &&
      tokens[j + 1].start === tokens[j].end &&
      (tokens[j + 1].kind === 'unk' || tokens[j].kind === 'unk') &&
      !/^['’]s?$/.test(tokens[j + 1].text) &&
      LETTER.test(tokens[j].text) &&
      LETTER.test(tokens[j + 1].text)
    ) {
      j++;
      kind = 'word';
    }
    let end = tokens[j].end;
    // "Calif" + "." -> "Calif." when that is a known abbreviation.
    const next = tokens[j + 1];
    if (next && next.text === '.' && next.start === end) {
      const withDot = text.slice(t.start, end) + '.';
      const lastPiece = tokens[j].text + '.';
      if (PLACE_ABBREVIATIONS.has(withDot) || TITLES.has(withDot) || PLACE_ABBREVIATIONS.has(lastPiece)) {
        j += 1;
        end = next.end;
      }
    }
    const isWord = kind === 'word' || t.kind === 'number' || t.kind === 'email' || t.kind === 'hashtag' || t.kind === 'mention';
    const initial = !sawWordInSentence || lineStart;
    if (isWord) sawWordInSentence = true;
    else if (!OPENERS.test(t.text)) sawWordInSentence = true;
    if (lineStart) lineFirst = units.length;
    // "Q: Mostly X …", "ANA RUIZ: Well, …": the first word after a turn label opens the sentence.
    if (t.text === ':' && isTurnLabel(units, lineFirst)) sawWordInSentence = false;
    units.push({
      start: t.start,
      end,
      text: j === i ? t.text : text.slice(t.start, end),
      headline: false,
      shouted: false,
      hyphenated,
      sentence: t.sentence,
      initial: isWord && initial,
      lineStart,
      pos: t.pos,
      kind,
    });
    i = j;
  }
  markSentenceStyles(units, text);
  return units;
}

const CAP = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const DOTTED = /^(?:\p{Lu}\.)+$/u;
const titleCase = (s: string) => s.replace(/\p{L}+/gu, (w) => w[0] + w.slice(1).toLowerCase());
/** Small words a title or a shouted line capitalizes but prose does not. */
const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'for', 'and', 'or', 'to', 'in', 'on', 'at', 'by', 'from', 'with', 'as', 'is', 'are', 'was', 'were', 'be', 'but', 'not', 'no', 'we', 'i', 'you', 'he', 'she', 'it', 'they', 'our', 'my', 'your', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'us', 'me', 'him', 'them', 'will', 'can', 'do', 'did', 'has', 'have', 'had', 'so', 'if', 'all', 'any', 'up', 'out', 'into', 'over', 'about', 'after', 'before', 'dear', 're']);
const recase = (s: string) => (SMALL_WORDS.has(s.toLowerCase()) ? s.toLowerCase() : titleCase(s));

/** Parts of speech that title case leaves in lower case ("of", "the", "and", "to"). */
const TITLE_LOWER_POS = new Set(['DET', 'ADP', 'CCONJ', 'SCONJ', 'PART']);

/**
 * A word in lower case that title case would have capitalised (a verb, a noun): the sentence is written in
 * sentence case, so its capitals mark names ("Barack Obama visited Berlin."), not a headline's style.
 */
function lowerContentWord(units: readonly Draft[], s: number, e: number, word: Uint8Array, cap: Uint8Array): boolean {
  for (let k = s; k < e; k++) if (word[k] && !cap[k] && !TITLE_LOWER_POS.has(units[k].pos) && units[k].text.length > 3) return true;
  return false;
}

/** Marks sentences written in title case or in capitals, and re-cases words of the latter. */
function markSentenceStyles(units: Draft[], text: string): void {
  // One pass of character tests per unit; both the document and the sentence tallies reuse them.
  const n = units.length;
  const word = new Uint8Array(n);
  const cap = new Uint8Array(n);
  const shout = new Uint8Array(n);
  let allWords = 0;
  let allShout = 0;
  for (let k = 0; k < n; k++) {
    const u = units[k];
    if (u.kind !== 'word' || !LETTER.test(u.text)) continue;
    word[k] = 1;
    allWords++;
    if (CAP.test(u.text)) cap[k] = 1;
    if (u.text.length > 1 && !HAS_LOWER.test(u.text)) {
      shout[k] = u.text.length >= 4 ? 2 : 1;
      allShout++;
    }
  }
  // A document that shouts in many places (a typed letter, a transcript header) shouts everywhere.
  const shoutingDocument = allWords >= 20 && allShout / allWords >= 0.3;
  const labels = countLabels(units);
  let s = 0;
  while (s < n) {
    let e = s;
    while (e < n && units[e].sentence === units[s].sentence) e++;
    const { words, caps, shouting, longShout } = tally(s, e, word, cap, shout);
    if (shouts(words, shouting, longShout) || (shoutingDocument && shouting > 0)) {
      shoutPiece(units, s, e);
    } else {
      // The tagger runs a line in capitals without a full stop into the next sentence ("KAMALA HARRIS
      // SPOKE⏎She thanked …"): each line of the sentence is judged on its own too.
      shoutLines(units, s, e, word, cap, shout);
      if (words >= 3 && caps / words >= 0.7 && !lowerContentWord(units, s, e, word, cap) && !listLike(units, s, e, text) && !proseAfterLabel(units, s, e, labels)) {
        for (let k = s; k < e; k++) units[k].headline = true;
      }
    }
    s = e;
  }
  keepKnownAcronyms(units, text);
}

/**
 * "NATO ALLIES MEET …" over prose that writes "NATO officials": a word of a shouted line that the
 * document also writes in capitals outside shouted lines is an acronym there too, and keeps its capitals.
 */
function keepKnownAcronyms(units: Draft[], text: string): void {
  let any = false;
  for (const u of units) if (u.shouted) { any = true; break; }
  if (!any) return;
  const acronyms = new Set<string>();
  for (const u of units) if (!u.shouted && u.kind === 'word' && u.text.length > 1 && !HAS_LOWER.test(u.text) && CAP.test(u.text)) acronyms.add(u.text);
  if (acronyms.size === 0) return;
  for (const u of units) {
    if (!u.shouted || u.kind !== 'word') continue;
    const original = text.slice(u.start, u.end);
    // "EDT", "CC BY": abbreviations of common nouns name nothing, and "THE" in a speaker label is a
    // function word: re-cased they stay out of names.
    if (original !== u.text && acronyms.has(original) && !COMMON_ACRONYMS.has(original) && !SMALL_WORDS.has(original.toLowerCase())) u.text = original;
  }
}

/** Words of units a..b-1: all, capitalized, in capitals, and in capitals with four letters or more. */
function tally(a: number, b: number, word: Uint8Array, cap: Uint8Array, shout: Uint8Array): { words: number; caps: number; shouting: number; longShout: number } {
  let words = 0;
  let caps = 0;
  let shouting = 0;
  let longShout = 0;
  for (let k = a; k < b; k++) {
    if (!word[k]) continue;
    words++;
    caps += cap[k];
    if (shout[k]) shouting++;
    if (shout[k] === 2) longShout++;
  }
  return { words, caps, shouting, longShout };
}

/** Enough words in capitals for a shouted sentence or line: most of three or more, or two long ones. */
function shouts(words: number, shouting: number, longShout: number): boolean {
  return (words >= 3 && shouting / words >= 0.6) || (words === 2 && shouting === 2 && longShout >= 2);
}

/** Units s..e-1 are written in capitals: a headline, its words re-cased for the lexicons. */
function shoutPiece(units: Draft[], s: number, e: number): void {
  for (let k = s; k < e; k++) {
    const u = units[k];
    if (u.kind === 'word' && !DOTTED.test(u.text)) u.text = recase(u.text);
    u.headline = true;
    u.shouted = true;
  }
}

/** Marks each line of sentence s..e-1 that shouts on its own, when the sentence spans several lines. */
function shoutLines(units: Draft[], s: number, e: number, word: Uint8Array, cap: Uint8Array, shout: Uint8Array): void {
  let a = s;
  while (a < e) {
    let b = a + 1;
    while (b < e && !units[b].lineStart) b++;
    if (a === s && b === e) return;
    const { words, shouting, longShout } = tally(a, b, word, cap, shout);
    if (shouts(words, shouting, longShout)) shoutPiece(units, a, b);
    a = b;
  }
}

/** A transcript's turn label: one to four capitalized words (or "Q"/"A") opening the line, then the colon being read. */
function isTurnLabel(units: readonly Draft[], lineFirst: number): boolean {
  if (lineFirst < 0 || units.length - lineFirst < 1 || units.length - lineFirst > 4) return false;
  for (let k = lineFirst; k < units.length; k++) if (units[k].kind !== 'word' || !CAP.test(units[k].text)) return false;
  return true;
}

/**
 * "Q: You flew Air Xland?", "Panel: A B, C D": the words after a label opening the line are speech or
 * a list, not a title-case line.
 */
function proseAfterLabel(units: readonly Draft[], s: number, e: number, labels: ReadonlyMap<string, number>): boolean {
  const label = labelAt(units, s);
  if (label === null) return false;
  // After "Q:" or a label that opens several lines ("ANA RUIZ:") comes speech; after any other label
  // a comma makes a list ("Panel: A B, C D, E F"). "Chapter One: The Long Road" stays a title.
  if (QA_LABELS.has(label.key) || (labels.get(label.key) ?? 0) >= 2) return true;
  for (let k = label.colon + 1; k < e; k++) if (units[k].text === ',') return true;
  return false;
}

/** Labels of questions and answers in an interview transcript. */
const QA_LABELS = new Set(['Q', 'A', 'Question', 'Answer', 'Interviewer', 'INTERVIEWER', 'QUESTION', 'ANSWER']);

/** The label opening the line at unit s: up to four capitalized words before a colon, or null. */
function labelAt(units: readonly Draft[], s: number): { key: string; colon: number } | null {
  if (!units[s].lineStart) return null;
  let colon = -1;
  for (let k = s + 1; k < units.length && k <= s + 4; k++) if (units[k].text === ':') { colon = k; break; }
  if (colon < 0) return null;
  for (let k = s; k < colon; k++) if (units[k].kind !== 'word' || !CAP.test(units[k].text)) return null;
  return { key: units.slice(s, colon).map((u) => u.text).join(' '), colon };
}

/** How many lines each label opens. */
function countLabels(units: readonly Draft[]): Map<string, number> {
  const out = new Map<string, number>();
  for (let k = 0; k < units.length; k++) {
    if (!units[k].lineStart) continue;
    const label = labelAt(units, k);
    if (label) out.set(label.key, (out.get(label.key) ?? 0) + 1);
  }
  return out;
}

/**
 * "Present were A B, C D and E F.", "Name<TAB>Role", "Surname, Given (Affiliation)": a line that lists
 * names is capitalized because names are, not because it is a title. Titles rarely carry commas,
 * tabs or parentheses.
 */
/** What may precede a list row on its line: space, a bullet, a number. */
export const ROW_LEAD = /^[\s\-–—•*·\d.)]*$/u;

function listLike(units: readonly Draft[], s: number, e: number, text: string): boolean {
  let commas = 0;
  for (let k = s; k < e; k++) {
    const t = units[k].text;
    if (t === ',') commas++;
    if (k > s && text.slice(units[k - 1].end, units[k].start).includes('\t')) return true;
  }
  // "Surname, Given (Affiliation)" and "Surname, Given" rows, one a line.
  for (let k = s; k + 2 < e; k++) {
    if (units[k].kind !== 'word' || units[k + 1].text !== ',' || units[k + 2].kind !== 'word') continue;
    const lineStart = text.lastIndexOf('\n', units[k].start - 1) + 1;
    if (!ROW_LEAD.test(text.slice(lineStart, units[k].start))) continue;
    const after = units[k + 3];
    if (!after || after.text === '(' || /[\n\t]/.test(text.slice(units[k + 2].end, after.start))) return true;
  }
  // A title may carry commas, but it does not close with a full stop.
  return commas > 0 && units[e - 1].text === '.' && !units.slice(s, e).some((u) => u.text === '(');
}

/**
 * Only spaces between two units, or the line break of a text wrapped at a fixed width (b then does
 * not start its line, see softWrapStarts): they can belong to one name ("Ingmar⏎Holloway").
 */
export function touchesOnLine(text: string, a: Unit, b: Unit): boolean {
  if (b.start - a.end > 3 || b.start === a.end) return false;
  for (let k = a.end; k < b.start; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 160 && (b.lineStart || (c !== 10 && c !== 13))) return false;
  }
  return true;
}

/** A breadcrumb line: two or more separators between words, each with spaces around it ("Home » World » Asia"). */
export const BREADCRUMB = /\S\s+[»›>|/→]\s+\S.*\s[»›>|/→]\s+\S/u;

/** Widest line a wrapped text may have; longer lines mean the text is not wrapped at a fixed width. */
const MAX_WRAP_WIDTH = 100;
/** Narrowest widest line of a wrapped text. */
const MIN_WRAP_WIDTH = 40;
/** Lines this close to the widest one are full lines of a wrapped paragraph. */
const FULL_LINE_SLACK = 12;

/**
 * Offsets (UTF-16) of the first characters of lines that continue a paragraph wrapped at a fixed
 * width: the line before is not empty, and the next line's first word would not have fitted on it.
 * Empty unless at least three lines are nearly as wide as the widest and none is wider than
 * MAX_WRAP_WIDTH (hard-wrapped e-mail, plain-text news wires, transcripts typed at 72 columns).
 */
export function softWrapStarts(text: string): Set<number> {
  const out = new Set<number>();
  if (text.indexOf('\n') < 0) return out;
  const starts: number[] = [];
  const lengths: number[] = [];
  let width = 0;
  for (let s = 0; s <= text.length;) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    let len = e - s;
    if (len > 0 && text.charCodeAt(e - 1) === 13) len--;
    while (len > 0 && /\s/.test(text[s + len - 1])) len--;
    if (len > MAX_WRAP_WIDTH) return out;
    starts.push(s);
    lengths.push(len);
    if (len > width) width = len;
    s = e + 1;
  }
  // Lines this short are a list ("O'Hara, Niamh⏎Quigley, Fionn"), a heading or a verse, never a text
  // wrapped at a fixed width (wire copy and e-mail wrap at 60 to 80 columns).
  if (width < MIN_WRAP_WIDTH) return out;
  let full = 0;
  for (const len of lengths) if (len >= width - FULL_LINE_SLACK) full++;
  if (full < 3) return out;
  for (let i = 0; i + 1 < starts.length; i++) {
    if (lengths[i] === 0 || lengths[i + 1] === 0) continue;
    // A table row ends at its line: tab-separated rows are never one paragraph wrapped.
    if (text.slice(starts[i], starts[i + 1]).includes('\t') || text.slice(starts[i + 1], starts[i + 1] + lengths[i + 1]).includes('\t')) continue;
    // A breadcrumb is navigation: the line after it never continues it.
    if (BREADCRUMB.test(text.slice(starts[i], starts[i] + lengths[i]))) continue;
    let k = starts[i + 1];
    while (k < text.length && (text[k] === ' ' || text[k] === '\t')) k++;
    let w = k;
    while (w < text.length && !/\s/.test(text[w])) w++;
    if (w > k && lengths[i] + 1 + (w - k) > width) out.add(k);
  }
  return out;
}
