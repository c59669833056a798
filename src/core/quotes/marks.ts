// Pairs quotation marks into spans. Straight marks carry no direction, so it is read from the
// neighbouring characters; curly marks say which way they face. A paragraph that leaves a double
// quote open continues it when the next paragraph starts with an opening mark (news convention
// for multi-paragraph speech).
import type { Paragraph, Span } from '../types';

export interface MarkedSpan extends Span {
  /** Double marks ("“”„«») or single marks (‘’' outside any double quote). */
  readonly marks: 'double' | 'single';
}

const DOUBLE_OPEN = '“„«';
const DOUBLE_CLOSE = '”»';
const SINGLE_OPEN = '‘';
const SINGLE_CLOSE = '’';
/** A single-quoted passage longer than this is more likely apostrophes paired by accident. */
const MAX_SINGLE_SPAN = 800;


const isSpaceOrNone = (c: string | undefined) => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isOpeningContext = (c: string | undefined) => isSpaceOrNone(c) || /[([{—–\-/“‘"']/.test(c ?? '');
const isClosingContext = (c: string | undefined) => isSpaceOrNone(c) || /[.,;:!?)\]}—–\-…”’"']/.test(c ?? '');

type Direction = 'open' | 'close' | 'either';

function doubleDirection(text: string, i: number): Direction | null {
  const c = text[i];
  if (DOUBLE_OPEN.includes(c)) return 'open';
  if (DOUBLE_CLOSE.includes(c)) return 'close';
  if (c !== '"') return null;
  const opening = isOpeningContext(text[i - 1]);
  const closing = isClosingContext(text[i + 1]);
  if (opening && !closing) return 'open';
  if (closing && !opening) return 'close';
  return 'either';
}

/** Offsets of every match, in one pass over the text. */
function positionsOf(text: string, pattern: RegExp): number[] {
  const out: number[] = [];
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) out.push(m.index);
  return out;
}

function firstNonSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && /\s/.test(text[i])) i++;
  return i;
}

/** Double-quoted spans, possibly running over several paragraphs. */
export function pairDoubleMarks(text: string, paragraphs: readonly Paragraph[]): MarkedSpan[] {
  const out: MarkedSpan[] = [];
  const marks = positionsOf(text, /["“”„«»]/g);
  let cursor = 0;
  let open: number | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const { start, end } = paragraphs[p];
    // The opening mark that only continues a quote carried over from the previous paragraph.
    const continuation: number = open !== null ? firstNonSpace(text, start, end) : -1;
    while (cursor < marks.length && marks[cursor] < start) cursor++;
    for (; cursor < marks.length && marks[cursor] < end; cursor++) {
      const i = marks[cursor];
      if (i === continuation) continue;
      const dir = doubleDirection(text, i);
      if (dir === null) continue;
      if (open === null) {
        if (dir !== 'close') open = i;
      } else if (dir === 'open' && text[i] !== '"') {
        // A second curly opening mark: the earlier one was never closed, so it was stray.
        open = i;
      } else {
        out.push({ start: open, end: i + 1, marks: 'double' });
        open = null;
      }
    }
    if (open !== null) {
      const next = paragraphs[p + 1];
      const nextMark = next ? doubleDirection(text, firstNonSpace(text, next.start, next.end)) : null;
      if (nextMark === 'open' || nextMark === 'either') continue;
      // Unclosed and not continued: a missing closing mark. Keep the quote up to the paragraph end
      // only when it opened the paragraph or followed an introduction; otherwise it was stray.
      const before = text.slice(start, open).trimEnd();
      if (before === '' || /[:,]$/.test(before)) out.push({ start: open, end, marks: 'double' });
      open = null;
    }
  }
  return out;
}

/** Single-quoted spans within one paragraph, outside every double-quoted span. */
export function pairSingleMarks(text: string, paragraphs: readonly Paragraph[], doubles: readonly Span[]): MarkedSpan[] {
  const out: MarkedSpan[] = [];
  const marks = positionsOf(text, /['‘’]/g);
  let cursor = 0;
  let d = 0;
  for (const { start, end } of paragraphs) {
    let open: number | null = null;
    while (cursor < marks.length && marks[cursor] < start) cursor++;
    for (; cursor < marks.length && marks[cursor] < end; cursor++) {
      const i = marks[cursor];
      while (d < doubles.length && doubles[d].end <= i) d++;
      // Marks inside a double quote belong to it; an open single quote may enclose a double one.
      if (d < doubles.length && doubles[d].start <= i) continue;
      const c = text[i];
      const prev = text[i - 1];
      const next = text[i + 1];
      // Apostrophes inside words (don't, Iran's) never open or close a quote.
      if (isWordChar(prev) && isWordChar(next)) continue;
      const canOpen = c !== SINGLE_CLOSE && isOpeningContext(prev) && !isSpaceOrNone(next);
      const canClose = c !== SINGLE_OPEN && !isSpaceOrNone(prev) && !isWordChar(next);
      if (open !== null && canClose) {
        if (i + 1 - open <= MAX_SINGLE_SPAN) out.push({ start: open, end: i + 1, marks: 'single' });
        open = null;
      } else if (canOpen) {
        open = i;
      }
    }
  }
  return out;
}

/** Every quoted span in the text, sorted by start. */
export function findQuotedSpans(text: string, paragraphs: readonly Paragraph[]): MarkedSpan[] {
  const doubles = pairDoubleMarks(text, paragraphs);
  const singles = pairSingleMarks(text, paragraphs, doubles);
  return [...doubles, ...singles].sort((a, b) => a.start - b.start);
}
