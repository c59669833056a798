// Corrections compare words, not offsets; a name wrapped across two lines is still the same name.
import { isGraphemeBoundary } from '../graphemes';

const SPACES = /\s+/gu;

export function sameWords(text: string): string {
  return text.replace(SPACES, ' ').trim();
}

/** Letters, digits and marks continue a word: "Art" must not match inside "Party". */
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/**
 * Whether a correction's words may start or end at `offset`: not between two word characters, and
 * never inside a surrogate pair or grapheme cluster (a correction "saw \ud83d" must not match half
 * of an emoji).
 */
export function isWordBoundary(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return true;
  if (!isGraphemeBoundary(text, offset)) return false;
  const before = text.codePointAt(offset - 1 - (isLowSurrogate(text, offset - 1) ? 1 : 0)) ?? 0;
  const after = text.codePointAt(offset) ?? 0;
  return !(WORD_CHAR.test(String.fromCodePoint(before)) && WORD_CHAR.test(String.fromCodePoint(after)));
}

function isLowSurrogate(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff && i > 0;
}

/**
 * Whether a correction's document key names this document. Keys in the curation file are
 * workspace-relative paths; ids are absolute paths in the CLI and URIs in the editor.
 */
export function documentMatches(documentId: string, key: string): boolean {
  const k = key.replace(/\\/g, '/').replace(/^\.\//, '');
  if (k === '') return false;
  for (const candidate of [documentId, safeDecode(documentId)]) {
    const id = candidate.replace(/\\/g, '/');
    if (id === k || id.endsWith('/' + k)) return true;
  }
  return false;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
