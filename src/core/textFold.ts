// Text folding: the one module for comparing text regardless of accents, case and apostrophe style.
// The engine grew five near-copies (gazetteer, resolve, corpus search, curation ids, the ledger's
// words); each keeps its exact results here as one named variant built on the same steps, so callers
// can switch to these without a single output changing (test/unit/textFold.test.ts checks each
// variant against the copy it replaces). Offsets do not survive folding: fold keys, never spans.
import anyAscii from 'any-ascii';

const MARKS = /\p{M}+/gu;
const APOSTROPHES = /[’‘`]/g;
/** Letters that do not decompose into a base letter and an accent. */
const LETTERS: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', ł: 'l', đ: 'd', ı: 'i', þ: 'th' };
const LETTER_RE = /[ßæøœłđıþ]/g;
const SPACES = /\s+/gu;

/**
 * Letters without their combining marks: the text decomposed (canonical NFD by default, or NFKD, which
 * also unfolds ligatures and compatibility forms), marks removed. Case kept; not recomposed.
 */
export function stripMarks(text: string, form: 'NFD' | 'NFKD' = 'NFD'): string {
  return text.normalize(form).replace(MARKS, '');
}

/** Curly and back apostrophes as the straight one ("O’Neil" → "O'Neil"). */
export function straightApostrophes(text: string): string {
  return text.replace(APOSTROPHES, "'");
}

/** "São Paulo" → "Sao Paulo": accents dropped, case kept, recomposed (NFC). Same as gazetteer's foldAccents. */
export function foldAccents(text: string): string {
  return stripMarks(text).normalize('NFC');
}

/**
 * The key two spellings of one name share: accents dropped, lower case, straight apostrophes, and
 * the letters without a decomposition spelled out (ß → ss, ø → o). Same as resolve/names.ts foldCase.
 */
export function foldName(text: string): string {
  return straightApostrophes(stripMarks(text).toLowerCase()).replace(LETTER_RE, (c) => LETTERS[c] ?? c);
}

/**
 * The search key of a name or query: transliterated to ASCII (any-ascii), lower case, single spaces,
 * trimmed. Same as corpus/fold.ts foldForSearch.
 */
export function foldForSearch(text: string): string {
  return anyAscii(text.normalize('NFC').replace(MARKS, '')).toLowerCase().replace(SPACES, ' ').trim();
}

/**
 * A readable id part: compatibility-decomposed, marks dropped, lower case, every run of other
 * characters one hyphen, no hyphen at the ends; `fallback` when nothing is left. Same as the slug of
 * curation/ids.ts curatedEntityId (fallback "entity").
 */
export function slugOf(text: string, fallback: string): string {
  return stripMarks(text, 'NFKD').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '') || fallback;
}
