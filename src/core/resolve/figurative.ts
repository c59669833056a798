// A country's name used as a figure of speech: a vision of the country rather than the country itself
// ("the kind of X we want", "a new Freedonia", "a fairer Arcadia"). English
// marks it by a determiner or an adjective before a name that takes neither ("a", "an", "the new") or
// by a "kind of" phrase. A relative clause after the name ("X where …") is no cue by itself: news writes
// "held in X where he …" of the country. A name used so in most of its mentions in a document is not
// linked to the country's other names, in its document or beyond (global.ts).

/** "the kind of X", "a vision of X": a noun of sort or image, then "of". */
const KIND_OF = /\b(?:kind|sort|type|vision|idea|version|picture|dream|image)\s+of\s+$/;
/** "a X", "an X", "a new X", "a stronger, fairer X": an indefinite article, then up to three lower-case words. */
const INDEFINITE = /(?:^|[^\p{L}\p{N}'’-])an?\s+((?:\p{Ll}[\p{Ll}-]*,?\s+){0,3})$/u;
/** "the new X": "the", then one lower-case word (for one-word names only). */
const DEFINITE_ADJECTIVE = /(?:^|[^\p{L}\p{N}'’-])the\s+(\p{Ll}[\p{Ll}-]*\s+)$/u;
/** Words after "the" that name a part, a time or a state of the country, not a figure of it ("the southern X", "the former X"). */
const PART_WORDS = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east', 'west', 'whole', 'entire',
  'rural', 'urban', 'coastal', 'inland', 'mainland', 'continental', 'upper', 'lower', 'greater', 'rest', 'same',
  // The country at a time or beside another, not a figure of it ("the former X", "the then X", "the neighbouring X").
  'former', 'then', 'present-day', 'modern-day', 'today', 'neighbouring', 'neighboring', 'occupied', 'divided', 'independent']);
/**
 * Words that end a noun phrase before the name ("a hotel in X", "the war with X"): the name is then the
 * object of a preposition or a verb, not the head of the phrase the article opens.
 */
const FUNCTION_WORDS = new Set(['in', 'of', 'to', 'at', 'from', 'for', 'with', 'by', 'on', 'into', 'onto', 'over', 'under', 'across',
  'against', 'about', 'between', 'among', 'through', 'toward', 'towards', 'near', 'inside', 'outside', 'beyond', 'within', 'without',
  'around', 'after', 'before', 'since', 'via', 'and', 'or', 'but', 'nor', 'than', 'as', 'like', 'is', 'was', 'are', 'were', 'be', 'been',
  'has', 'have', 'had', 'visited', 'left', 'entered', 'called', 'named', 'said', 'says', 'told', 'that', 'which', 'who', 'whom',
  'where', 'when', 'if', 'while', 'because', 'so', 'not', 'no', 'all', 'both', 'each', 'every', 'its', 'their', 'his', 'her', 'our',
  'your', 'my', 'this', 'these', 'those', 'such', 'per', 'upon', 'including', 'during', 'whereas', 'although', 'though', 'unless', 'until', 'whether']);

/** The lower-case words between the article and the name, when all are modifiers (no function word). */
function modifiersOnly(words: string): boolean {
  return words.split(/[\s,]+/).every((w) => w === '' || !FUNCTION_WORDS.has(w));
}

/** A lower-case word right after the name: the name modifies it ("a X citizen") unless it is a function word or an auxiliary. */
const NEXT_WORD = /^\s+(\p{Ll}+)/u;
const AUXILIARIES = new Set(['will', 'would', 'can', 'could', 'must', 'should', 'may', 'might', 'shall', 'does', 'did', 'do']);

/** A hyphen or a capitalised word right after the name: a compound ("a X-style system", "a X Senator"), whose article it is. */
const COMPOUND_AFTER = /^(?:[ \t]?[-‐–]|[ \t]\p{Lu})/u;

/** How far before a mention its cue is looked for, in UTF-16 code units. */
const LOOK_BEHIND = 48;

/**
 * Whether the mention `text.slice(start, end)`, a name of a country, is used figuratively (see the
 * header). `oneWord`: the name is one word; "the" + adjective counts only then, as many longer names take
 * "the" ("the United X"). Offsets are UTF-16 code units; out-of-range offsets are clamped.
 */
export function figurativeUse(text: string, start: number, end: number, oneWord: boolean): boolean {
  const before = text.slice(Math.max(0, start - LOOK_BEHIND), Math.max(0, start));
  const after = text.slice(end, end + 24);
  const next = NEXT_WORD.exec(after)?.[1];
  // "a X citizen": the name is a modifier of the noun after it, and the article is that noun's.
  if (next !== undefined && !FUNCTION_WORDS.has(next) && !AUXILIARIES.has(next)) return false;
  if (COMPOUND_AFTER.test(after)) return false;
  if (KIND_OF.test(before)) return true;
  const indefinite = INDEFINITE.exec(before);
  if (indefinite && modifiersOnly(indefinite[1])) return true;
  if (oneWord) {
    const m = DEFINITE_ADJECTIVE.exec(before);
    if (m && modifiersOnly(m[1]) && !PART_WORDS.has(m[1].trim())) return true;
  }
  return false;
}
