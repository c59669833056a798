// brat and the W3C TextPositionSelector count characters as Unicode code points; JavaScript offsets
// count UTF-16 units, which differ after any character outside the Basic Multilingual Plane (emoji,
// many CJK extensions). Converting per document keeps every exported offset pointing at the same text.

const SURROGATE = /[\uD800-\uDFFF]/;

/** Maps a UTF-16 offset in `text` to a code-point offset. Identity for texts without surrogates. */
export function codePointOffsets(text: string): (utf16: number) => number {
  if (!SURROGATE.test(text)) return (offset) => offset;
  const prefix = new Uint32Array(text.length + 1);
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    prefix[i] = count;
    const c = text.charCodeAt(i);
    // The low half of a pair does not start a new code point.
    const isLowOfPair = c >= 0xdc00 && c <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff;
    if (!isLowOfPair) count++;
    else prefix[i] = count - 1;
  }
  prefix[text.length] = count;
  return (offset) => prefix[Math.max(0, Math.min(text.length, offset))];
}
