// Offset <-> LSP position for indexed documents, with each document's line index (src/editor/lineIndex.ts:
// line breaks as in VS Code's text model, \n, \r\n or a lone \r) built once per text and kept: Find All
// References on an entity named in 10,000 documents converts a mention in each, and building every
// document's line table again per request was most of its cost. Offsets and characters are UTF-16 code
// units.
import type { Position } from 'vscode-languageserver';
import { createLineIndex, type LineIndex } from '../editor/lineIndex';

export interface LineTables {
  /** The position of a UTF-16 offset in `text` (clamped to the text), the document known by `id`. */
  position(id: string, text: string, offset: number): Position;
  /** The offset of a position (clamped: a line past the end gives the text's length, a character past its line the line's end). */
  offset(id: string, text: string, position: Position): number;
}

/** Past this many documents the tables start over (about 200 bytes each for news-length text). */
const LIMIT = 200_000;

export function createLineTables(): LineTables {
  let tables = new Map<string, { text: string; lines: LineIndex }>();
  const linesOf = (id: string, text: string): LineIndex => {
    const kept = tables.get(id);
    if (kept && kept.text === text) return kept.lines;
    if (tables.size >= LIMIT) tables = new Map();
    const lines = createLineIndex(text);
    tables.set(id, { text, lines });
    return lines;
  };
  return {
    position: (id, text, offset) => linesOf(id, text).positionAt(offset),
    offset: (id, text, position) => linesOf(id, text).offsetAt(position),
  };
}
