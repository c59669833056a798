// Lookup of place names, demonyms and given names, pre-built from npm data packages by
// scripts/build-gazetteer.mjs. Each list is one newline-joined string so the JSON stays small and
// parses fast; the sets are built once per gazetteer, which callers create once and share.
import data from './data.json';
import lexicon from './lexicon.json';
import { foldAccents, foldName } from '../textFold';

export type PlaceKind = 'country' | 'capital' | 'state' | 'region' | 'majorCity' | 'city';

export interface Gazetteer {
  /** The strongest place reading of a name, if any. */
  place(name: string): PlaceKind | undefined;
  /** "Iranian", "Iraqis": nationality words, never mentions on their own. */
  isDemonym(word: string): boolean;
  isGivenName(word: string): boolean;
  /** An ordinary English word in any case or number ("Senators", "constitution"). */
  isCommonWord(word: string): boolean;
  /** ISO currency codes ("DKK", "USD"): capitals that are not organizations. */
  isCurrency(word: string): boolean;
  /**
   * A town whose name is also an ordinary word ("Reading", "Aarhus" in the tagger's lexicon): a place
   * only where the context says so (after "in", "from", …). Undefined in data built before the list.
   */
  isWordCity(name: string): boolean;
  /**
   * A given name or surname of the people-name list (@cspell/dict-people-names, built into
   * lexicon.json by scripts/build-lexicon.mjs). Broad: many entries are also places or words.
   */
  isPersonName(word: string): boolean;
  /** A word of a company name in @cspell/dict-companies ("Harbinger", "Nordvik"). Broad too. */
  isCompanyWord(word: string): boolean;
  /** The tagger lexicon's most likely part of speech of an ordinary word, any case: ADJ, VERB or undefined. */
  wordClass(word: string): 'ADJ' | 'VERB' | undefined;
}

interface LexiconData {
  readonly peopleNames: string;
  readonly companyWords: string;
  readonly adjectives: string;
  readonly verbs: string;
}

interface GazetteerData {
  readonly countries: string;
  readonly capitals: string;
  readonly states: string;
  readonly regions: string;
  readonly majorCities: string;
  readonly cities: string;
  readonly demonyms: string;
  readonly givenNames: string;
  readonly commonWords: string;
  readonly currencies: string;
  readonly wordCities?: string;
}

/** Apostrophes and Unicode forms vary between sources and documents. */
export function gazetteerKey(name: string): string {
  // Most lookups are plain ASCII: skip the costly normalization for them (a hot path).
  if (!NON_ASCII.test(name)) return name.includes('`') ? name.replace(/`/g, "'") : name;
  return name.replace(/[’‘`]/g, "'").normalize('NFC');
}

const NON_ASCII = /[^ -~]/;

/** "São Paulo" -> "Sao Paulo": letters without their combining accents (src/core/textFold.ts). */
export { foldAccents };

const split = (s: string): string[] => (s ? s.split('\n') : []);

/**
 * Binary search of a word in a newline-joined list sorted by UTF-16 code units (JavaScript's default
 * sort, as scripts/build-lexicon.mjs writes it). O(log n) string comparisons, no allocation beyond the
 * probed lines.
 */
export function sortedListHas(list: string, word: string): boolean {
  if (!word || word.includes('\n')) return false;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = list.lastIndexOf('\n', mid - 1) + 1;
    let end = list.indexOf('\n', start);
    if (end < 0) end = list.length;
    const line = list.slice(start, end);
    if (line === word) return true;
    if (line < word) lo = end + 1;
    else hi = start;
  }
  return false;
}

/** Answers kept per list before the memo starts again: bounds a long-running server's memory. */
const MAX_MEMO = 20_000;

/**
 * sortedListHas over one list, with its answers remembered: the same few thousand words (names, common
 * words) are asked about in every document, and each binary search costs ~17 line slices (a hot path
 * of the CLI's profile). The answer depends only on the word, so remembering it keeps annotation pure.
 */
export function sortedListLookup(list: string): (word: string) => boolean {
  return remembered((word) => sortedListHas(list, word));
}

/**
 * `answer` with its answers remembered per string (at most MAX_MEMO, then it starts again). For pure
 * lookups the mention stages repeat many times per document: a remembered answer is one hash lookup
 * instead of case folding, key normalization and several set lookups.
 */
function remembered<T>(answer: (word: string) => T): (word: string) => T {
  // An undefined answer (most words are no place) is kept as NONE, so every remembered answer costs
  // one hash lookup, not a get() and then a has().
  let memo = new Map<string, T | typeof NONE>();
  return (word) => {
    const known = memo.get(word);
    if (known !== undefined) return (known === NONE ? undefined : known) as T;
    const found = answer(word);
    if (memo.size >= MAX_MEMO) memo = new Map();
    memo.set(word, found === undefined ? NONE : found);
    return found;
  };
}

/** The remembered answer "undefined" (see remembered). */
const NONE: unique symbol = Symbol('none');

export function loadGazetteer(source: GazetteerData = data, names: LexiconData = lexicon): Gazetteer {
  const places = new Map<string, PlaceKind>();
  // Later kinds never overwrite earlier (stronger) ones.
  const addAll = (list: string, kind: PlaceKind) => {
    for (const n of split(list)) {
      const k = gazetteerKey(n);
      if (!places.has(k)) places.set(k, kind);
    }
  };
  // Wire copy often drops accents ("Brasilia", "Bogota", "Sao Paulo"): the unaccented spelling reads
  // as the same place, unless that spelling already names something else.
  const addFolded = () => {
    const folded: [string, PlaceKind][] = [];
    for (const [k, kind] of places) {
      if (!NON_ASCII.test(k)) continue;
      const f = foldAccents(k);
      if (f !== k && !places.has(f) && !common.has(f.toLowerCase())) folded.push([f, kind]);
    }
    for (const [f, kind] of folded) if (!places.has(f)) places.set(f, kind);
  };
  addAll(source.countries, 'country');
  addAll(source.states, 'state');
  addAll(source.capitals, 'capital');
  addAll(source.regions, 'region');
  addAll(source.majorCities, 'majorCity');
  addAll(source.cities, 'city');
  const demonyms = new Set(split(source.demonyms).map(gazetteerKey));
  const given = new Set(split(source.givenNames));
  const common = new Set(split(source.commonWords));
  const currencies = new Set(split(source.currencies));
  const wordCities = new Set(split(source.wordCities ?? '').map(gazetteerKey));
  // The name lists are consulted for a few words of a document: they are searched where they lie, in
  // their sorted newline-joined strings, so that no process pays for building sets of them.
  const people = sortedListLookup(names.peopleNames);
  const companies = sortedListLookup(names.companyWords);
  const adjectives = sortedListLookup(names.adjectives);
  const verbs = sortedListLookup(names.verbs);
  addFolded();
  const isCommon = (word: string): boolean => {
    const w = word.toLowerCase();
    if (common.has(w)) return true;
    if (w.length < 4 || !w.endsWith('s')) return false;
    return common.has(w.slice(0, -1)) || (w.endsWith('es') && common.has(w.slice(0, -2))) || (w.endsWith('ies') && common.has(w.slice(0, -3) + 'y'));
  };
  return {
    place: remembered((name) => places.get(gazetteerKey(name))),
    isDemonym: remembered((word) => {
      const k = gazetteerKey(word);
      return demonyms.has(k) || (k.endsWith('s') && demonyms.has(k.slice(0, -1)));
    }),
    // "María", "José", "Björn": the list spells given names without accents (ASCII), so a word with
    // marks is looked up without them too.
    isGivenName: (word) => given.has(word) || (NON_ASCII.test(word) && given.has(foldAccents(word))),
    isCommonWord: remembered(isCommon),
    isCurrency: (word) => currencies.has(word),
    isWordCity: remembered((name) => wordCities.has(gazetteerKey(name))),
    isPersonName: (word) => people(gazetteerKey(word)),
    isCompanyWord: (word) => companies(word),
    wordClass: (word) => {
      const w = word.toLowerCase();
      return adjectives(w) ? 'ADJ' : verbs(w) ? 'VERB' : undefined;
    },
  };
}

let foldedGivenNames: ReadonlySet<string> | undefined;

/**
 * A word of a name key folded as the resolver folds it (textFold.foldName: lower case, no accents) is a
 * given name of the gazetteer's list (data.json `givenNames`, built by scripts/build-gazetteer.mjs).
 * For the resolver, which sees folded words only; the set is built on first ask (about 20k words).
 */
export function isFoldedGivenName(word: string): boolean {
  foldedGivenNames ??= new Set(split(data.givenNames).map(foldName));
  return foldedGivenNames.has(word);
}
