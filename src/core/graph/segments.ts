// Sentences and paragraphs of a document, found from punctuation and blank lines alone. The ledger
// and the graph need them for every document of a corpus, far more often than the tagger runs, so
// this is a linear scan with no model: good enough to say "these two names share a sentence" and to
// show the sentence around a quote, not a replacement for the tagger's sentences.
// Paragraphs come from paragraphs.ts, the tagger's own split, which loads no model.
import { splitParagraphs } from '../paragraphs';
import { ABBREVIATIONS } from '../quotes/lexicon';
import type { Span } from '../types';

/** Sentences and paragraphs as spans (UTF-16 offsets, end exclusive), sorted, trimmed of outer whitespace. */
export interface TextSegments {
  readonly sentences: readonly Span[];
  readonly paragraphs: readonly Span[];
}

/** A sentence end: terminal punctuation, closing quotes/brackets, then space before a capital, digit or opening quote. */
const SENTENCE_END = /[.!?…]+["'”’)\]]*(?=\s+["'“‘([]?[\p{Lu}\d])/gu;
const WORD_BEFORE = /([\p{L}.]+)\.$/u;

function trimmed(text: string, start: number, end: number): Span | undefined {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return e > s ? { start: s, end: e } : undefined;
}

/** True when the full stop ending at `at` belongs to an abbreviation or an initial ("Mr.", "U.S.", "J."). */
function abbreviationAt(text: string, at: number): boolean {
  if (text[at] !== '.') return false;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, at - 12), at + 1));
  if (!before) return false;
  const word = before[1].toLowerCase();
  if (word.length === 1) return true;
  return ABBREVIATIONS.has(word.replace(/^\.+/, ''));
}

/** Paragraphs: the tagger's own split (text between blank lines), trimmed of outer whitespace. */
function paragraphsOf(text: string): Span[] {
  const out: Span[] = [];
  for (const p of splitParagraphs(text)) {
    const t = trimmed(text, p.start, p.end);
    if (t) out.push(t);
  }
  return out;
}

/**
 * A line break before a labelled line ("Interviewer: …", "Q: …", "Guest: …"): a label of one to three
 * words, the first capitalised, then a colon. Header and turn lines are their own sentences even without
 * a full stop, so two names on two header lines are not one sentence's pair.
 */
const LABELLED_LINE = /\n(?=[ \t]*\p{Lu}[\p{L}\p{N}'’.-]*(?:[ \t]+[\p{L}\p{N}'’.-]+){0,2}[ \t]*:[ \t]+\S)/gu;

/** Sentences of one paragraph's part (offsets `from`..`to` of `text`), appended to `out`. */
function sentencesOf(text: string, from: number, to: number, out: Span[]): void {
  const body = text.slice(from, to);
  let at = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(body); m; m = SENTENCE_END.exec(body)) {
    const end = m.index + m[0].length;
    // A lone full stop after an abbreviation or initial ends no sentence; "..." and "?" always do.
    if (m[0][0] === '.' && m[0][1] !== '.' && abbreviationAt(body, m.index)) continue;
    const s = trimmed(text, from + at, from + end);
    if (s) out.push(s);
    at = end;
  }
  const s = trimmed(text, from + at, to);
  if (s) out.push(s);
}

/** Splits a document into paragraphs and the paragraphs into sentences. Linear in the text length. */
export function segmentText(text: string): TextSegments {
  const paragraphs = paragraphsOf(text);
  const sentences: Span[] = [];
  for (const p of paragraphs) {
    const body = text.slice(p.start, p.end);
    let from = p.start;
    for (const m of body.matchAll(LABELLED_LINE)) {
      sentencesOf(text, from, p.start + m.index, sentences);
      from = p.start + m.index;
    }
    sentencesOf(text, from, p.end, sentences);
  }
  return { sentences, paragraphs };
}

/** Index of the span that contains `offset` in a sorted, non-overlapping list, or -1. */
export function spanIndexAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid].end <= offset) lo = mid + 1;
    else if (spans[mid].start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/**
 * The paragraph around `offset` (between blank lines) and its sentences, without segmenting the
 * rest of the document: what a quote's context needs.
 */
export function segmentParagraphAt(text: string, offset: number): TextSegments {
  const at = Math.max(0, Math.min(offset, text.length));
  const before = Math.max(text.lastIndexOf('\n\n', at), text.lastIndexOf('\n\r\n', at));
  const afterLf = text.indexOf('\n\n', at);
  const afterCrLf = text.indexOf('\r\n\r\n', at);
  const ends = [afterLf, afterCrLf].filter((i) => i >= 0);
  const start = before >= 0 ? before + 1 : 0;
  const end = ends.length > 0 ? Math.min(...ends) : text.length;
  const inner = segmentText(text.slice(start, end));
  const shift = (x: Span) => ({ start: x.start + start, end: x.end + start });
  return { sentences: inner.sentences.map(shift), paragraphs: inner.paragraphs.map(shift) };
}
