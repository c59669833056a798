// Paragraph splitting with no model: shared by the tagger (nlp.ts) and the corpus views
// (graph/segments.ts), which must not load wink's model where it was not loaded before.
import type { Paragraph } from './types';

/**
 * Paragraphs are separated by a blank line (any mix of CR/LF with only spaces between). Spans are
 * UTF-16 offsets, end exclusive, in order; a paragraph starts after the blank line's trailing
 * whitespace and ends where the blank line starts (trailing spaces of its last line included).
 */
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
