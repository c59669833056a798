// Offset <-> line/character for document text that is not open in an editor (references into closed
// files). Pure, so the arithmetic is unit-tested without VS Code.

export interface LinePosition {
  readonly line: number;
  readonly character: number;
}

export interface LineIndex {
  positionAt(offset: number): LinePosition;
  offsetAt(position: LinePosition): number;
}

/** Lines end at \n, \r\n or a lone \r, as in VS Code's text model. */
export function createLineIndex(text: string): LineIndex {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
  const clamp = (offset: number) => Math.max(0, Math.min(text.length, Math.floor(offset)));
  return {
    positionAt(offset) {
      const o = clamp(offset);
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= o) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo, character: o - starts[lo] };
    },
    offsetAt({ line, character }) {
      if (line < 0) return 0;
      if (line >= starts.length) return text.length;
      const lineEnd = line + 1 < starts.length ? starts[line + 1] : text.length;
      return clamp(Math.min(starts[line] + Math.max(0, character), lineEnd));
    },
  };
}
