// Abbreviations whose full stop ends no sentence, for the words wink-nlp's tokenizer does not know
// as abbreviations (it keeps "Gen.", "U.S.", "p.m." whole but splits "Maj." and "Dept." into a word
// and a full stop, and then ends a sentence there). Hand-kept: short, general English, no names; the
// tagger (src/core/nlp.ts) reads it, so every stage sees the same sentences.

/** Titles written before a name ("Maj. Dana Okafor", "Sen. Ruiz"): a capital after them continues the sentence. */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'rep', 'sen', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'maj', 'adm', 'cmdr', 'st',
  'rev', 'hon', 'pres', 'amb', 'sec', 'mt', 'ft',
]);

/**
 * Other abbreviations ("Justice Dept. to decide", "Dec. 5", "Acme Inc. said"): they continue the
 * sentence only before a word that does not start with a capital, since they also end sentences
 * ("… bought by Acme Inc. The deal …").
 */
export const OTHER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'jr', 'sr', 'no', 'vs', 'etc', 'inc', 'corp', 'co', 'ltd', 'dept', 'univ', 'approx', 'jan', 'feb', 'mar', 'apr', 'aug', 'sept',
  'sep', 'oct', 'nov', 'dec', 'u.s', 'u.n', 'u.k', 'e.g', 'i.e', 'a.m', 'p.m',
]);

/** Both lists: lower case, without the final full stop. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([...TITLE_ABBREVIATIONS, ...OTHER_ABBREVIATIONS]);
