// Search keys: readers type "Sao Paulo" for "São Paulo", "gdansk" for "Gdańsk" and "nato" for "NATO",
// so names are compared after transliteration to ASCII, case folding and collapsing runs of
// whitespace (names in text may wrap across lines). Transliteration is any-ascii's (kept, dependency-
// free, covers every script, Node and browser): NFKD alone drops accents but leaves letters such as
// Ł, ø, ß or Cyrillic as they are. Spelling variants ("gaddafi" / "Qaddafi") are found by
// approximateMatch, an edit-distance test from fastest-levenshtein.
import { distance } from 'fastest-levenshtein';
import { foldForSearch } from '../textFold';

/** The search key of a name or query: ASCII, lower case, single spaces, trimmed (src/core/textFold.ts). */
export { foldForSearch };

/**
 * Edits allowed between a typed word and a name's word: none below five letters (too many short
 * names are one letter apart: Mali / Bali), one up to seven letters, two from eight ("tchaikovsky" /
 * "tchaikowsky": one letter changed, or one changed and one added, the usual spread of transliterations).
 */
export function allowedEdits(length: number): number {
  return length < 5 ? 0 : length < 8 ? 1 : 2;
}

const WORD = /[a-z0-9]+/g;

/**
 * Whether every word of a folded query is, within allowedEdits, a word of the folded name or the
 * start of one (so a half-typed word still matches). Both arguments must come from foldForSearch.
 * Exact substring matches are the caller's first test; this is the fallback for spelling variants.
 */
export function approximateMatch(query: string, name: string): boolean {
  const queryWords = query.match(WORD);
  const nameWords = name.match(WORD);
  if (!queryWords || !nameWords) return false;
  return queryWords.every((q) => {
    const edits = allowedEdits(q.length);
    return nameWords.some((w) => {
      if (w.startsWith(q)) return true;
      if (edits === 0) return false;
      if (distance(q, w) <= edits) return true;
      // A prefix of the name's word, of the query word's length give or take the allowed edits.
      for (let n = Math.max(1, q.length - edits); n <= Math.min(w.length - 1, q.length + edits); n++) {
        if (distance(q, w.slice(0, n)) <= edits) return true;
      }
      return false;
    });
  });
}
