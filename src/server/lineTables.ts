// Offset <-> LSP position for indexed documents, with each document's line starts computed once per
// text and kept: Find All References on an entity named in 10,000 documents converts a mention in
// each, and building every document's line table again per request was most of its cost. Line
// breaks as in VS Code's text model and src/editor/lineIndex.ts: \n, \r\n or a lone \r. Offsets and
// characters are UTF-16 code units.
import type { Position } from 'vscode-languageserver';

export interface LineTables {
  /** The position of a UTF-16 offset in `text` (clamped to the text), the document known by `id`. */
  position(id: string, text: string, offset: number): Position;
  /** The offset of a position (clamped: a line past the end gives the text's length, a character past its line the line's end). */
  offset(id: string, text: string, position: Position): number;
}

/** Past this many documents the tables start over (about 200 bytes each for news-length text). */
const LIMIT = 200_000;

/** Starts of every line of the text, the first being 0. */
export function lineStarts(text: string): Int32Array {
  let count = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) count++;
  }
  const starts = new Int32Array(count);
  let n = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts[n++] = i + 1;
  }
  return starts;
}

export function createLineTables(): LineTables {
  let tables = new Map<string, { text: string; starts: Int32Array }>();
  const startsOf = (id: string, text: string): Int32Array => {
    const kept = tables.get(id);
    if (kept && kept.text === text) return kept.starts;
    if (tables.size >= LIMIT) tables = new Map();
    const starts = lineStarts(text);
    tables.set(id, { text, starts });
    return starts;
  };
  return {
    position(id, text, offset) {
      const starts = startsOf(id, text);
      const o = Math.max(0, Math.min(text.length, Math.floor(offset)));
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= o) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo, character: o - starts[lo] };
    },
    offset(id, text, { line, character }) {
      const starts = startsOf(id, text);
      if (line < 0) return 0;
      if (line >= starts.length) return text.length;
      const lineEnd = line + 1 < starts.length ? starts[line + 1] : text.length;
      return Math.max(0, Math.min(text.length, Math.floor(Math.min(starts[line] + Math.max(0, character), lineEnd))));
    },
  };
}
