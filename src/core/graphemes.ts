// Where a span may start or end: never inside a surrogate pair (half an emoji is no character) nor
// inside a grapheme cluster (a letter and its combining accents, an emoji with its modifiers and
// joiners, a flag). Clusters are those of Unicode UAX #29 as Intl.Segmenter finds them, always on a
// short window: its iterator is quadratic in the length of the string it walks.

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Context looked at on either side of an offset; longer clusters (zalgo text) are cut at this size. */
const WINDOW = 32;

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when `offset` (UTF-16 code units) splits a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isLow(text.charCodeAt(offset)) && isHigh(text.charCodeAt(offset - 1));
}

/**
 * True when a span may start or end at `offset`: the ends of the text and every boundary between
 * grapheme clusters. Cheap for plain text (both neighbours below U+0300 and not CR LF).
 */
export function isGraphemeBoundary(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return true;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  if (isLow(after) && isHigh(before)) return false;
  if (after < 0x300 && before < 0x300) return !(before === 13 && after === 10);
  let from = Math.max(0, offset - WINDOW);
  if (from > 0 && isLow(text.charCodeAt(from))) from--;
  let to = Math.min(text.length, offset + WINDOW);
  if (to < text.length && isLow(text.charCodeAt(to))) to++;
  for (const { index, segment } of segmenter.segment(text.slice(from, to))) {
    const start = from + index;
    if (start === offset) return true;
    if (start < offset && offset < start + segment.length) return false;
  }
  return true;
}

/** The nearest cluster boundary at or before `offset`. */
export function boundaryAtOrBefore(text: string, offset: number): number {
  let at = offset;
  while (at > 0 && !isGraphemeBoundary(text, at)) at--;
  return at;
}

/** The nearest cluster boundary at or after `offset`. */
export function boundaryAtOrAfter(text: string, offset: number): number {
  let at = offset;
  while (at < text.length && !isGraphemeBoundary(text, at)) at++;
  return at;
}
