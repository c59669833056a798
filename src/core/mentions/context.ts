// Per-document facts the detector consults: the word units and the gazetteer, with lookups that
// know the document's spelling habits (places written in capitals).
import type { Gazetteer, PlaceKind } from '../gazetteer';
import { SUBDIVISIONS } from '../lexicon/subdivisions';
import { PLACE_ABBREVIATIONS, WORLD_REGION_PHRASES, WORLD_REGIONS } from './lexicon';
import type { Unit } from './units';
import { hyphenParts, isAcronym } from './words';

export interface Context {
  readonly text: string;
  readonly units: readonly Unit[];
  readonly gaz: Gazetteer;
  /** Place reading of a name: gazetteer, news abbreviations, world regions. */
  placeKind(name: string): PlaceKind | 'abbreviation' | undefined;
  /** "Iran-Iraq", "U.S.-Japan": two names joined by a hyphen, which name neither. */
  isRelationCompound(u: Unit): boolean;
  /** Text of units a..b inclusive. */
  spanText(a: number, b: number): string;
  /** The same span as the lexicons should see it (re-cased words of a shouted line). */
  keyText(a: number, b: number): string;
  /** The document talks of a company ("the company", "its shares", "Inc"); computed once, on first ask. */
  talksOfCompanies(): boolean;
  /**
   * Labels that open two or more lines before a colon ("OKAFOR: …" in a transcript): the speakers of
   * an interview. Computed once, on first ask.
   */
  speakerLabels(): ReadonlySet<string>;
  /**
   * Words in capitals that stand beside a sign of arithmetic ("IQR = Q3 - Q1", "1.5 × IQR"): the
   * variables of a formula. Computed once, on first ask.
   */
  formulaWords(): ReadonlySet<string>;
  /**
   * Acronyms the text defines by a long form in lower case ("sea surface salinity (SSS)", "ground
   * reaction force (GRF)"): terms, not names. Computed once, on first ask.
   */
  termAcronyms(): ReadonlySet<string>;
  /**
   * Capitals the text writes after "the" ("the NHS", "The ACLU said"): a body's name, whatever a
   * possessive elsewhere makes of it ("our NHS"). Computed once, on first ask.
   */
  acronymsAfterThe(): ReadonlySet<string>;
}

const LINE_LABEL = /^[ \t]*(\p{Lu}[\p{L}'’.\- ]{0,40}?)[ \t]*:/gmu;

/** Capitals right before or after "=", "×", "÷", "≤", "≥" or "±" (at most one space between). */
const FORMULA_WORD = /(?<![\p{L}\d])(\p{Lu}[\p{Lu}\d]{1,7})[ \t]?[=×÷≤≥±]|[=×÷≤≥±][ \t]?(\p{Lu}[\p{Lu}\d]{1,7})(?![\p{L}\d])/gu;

/** Capitals in parentheses ("(GRF)"), and the lower-case words that end right before them. */
const PARENTHESIZED_CAPITALS = /\((\p{Lu}[\p{Lu}\d]{1,7})s?\)/gu;
const LOWER_WORDS_BEFORE = /(?:^|[^\p{L}])((?:\p{Ll}[\p{Ll}-]*[ \t]+){2,8})$/u;

/**
 * Acronyms defined by a long form in lower case ("ground reaction force (GRF)"): their letters are
 * exactly the initials of the last words before the parenthesis.
 */
function lowerCaseTerms(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(PARENTHESIZED_CAPITALS)) {
    const before = LOWER_WORDS_BEFORE.exec(text.slice(Math.max(0, m.index - 120), m.index));
    if (!before) continue;
    const letters = m[1].replace(/\d/g, '');
    const words = before[1].trim().split(/[\s-]+/);
    if (letters.length < 2 || words.length < letters.length) continue;
    if (words.slice(-letters.length).map((w) => w[0].toUpperCase()).join('') === letters) out.add(m[1]);
  }
  return out;
}

const COMPANY_TALK = /\b(?:the company|the firm|its (?:shares|chief executive|stock)|shares (?:of|in|fell|rose)|Inc\b|Corp\b)/;


export function createContext(text: string, units: readonly Unit[], gaz: Gazetteer): Context {
  // The stages ask about the same few words many times per document (a hot path of the CLI's
  // profile): answers are remembered for this document. The answer depends only on the name.
  const placeMemo = new Map<string, PlaceKind | 'abbreviation' | null>();
  const placeKind = (name: string): PlaceKind | 'abbreviation' | undefined => {
    const known = placeMemo.get(name);
    if (known !== undefined) return known ?? undefined;
    const found = placeKindOf(name);
    placeMemo.set(name, found ?? null);
    return found;
  };
  const placeKindOf = (name: string): PlaceKind | 'abbreviation' | undefined => {
    if (PLACE_ABBREVIATIONS.has(name)) return 'abbreviation';
    // Datelines and headings write places in capitals ("WASHINGTON (Reuters) -").
    if (name.length > 3 && !/\p{Ll}/u.test(name) && /\p{Lu}{4}/u.test(name)) {
      const cased = name.replace(/\p{L}+/gu, (w) => w[0] + w.slice(1).toLowerCase());
      const k = gaz.place(cased) ?? (WORLD_REGIONS.has(cased) ? 'region' : undefined);
      if (k && k !== 'city') return k;
      if (k === 'city' && !name.includes(' ') && name.length > 4) return k;
    }
    const k = gaz.place(name);
    if (k) return k;
    // A country's province or state the gazetteer lacks ("British Columbia", "Queensland"): a state,
    // unless the name is also an ordinary word or a person's name ("Alberta" stays a first name).
    if (SUBDIVISIONS.has(name) && !gaz.isCommonWord(name) && !gaz.isGivenName(name) && !gaz.isPersonName(name)) return 'state';
    if (WORLD_REGIONS.has(name)) return 'region';
    if (name.includes(' ') && WORLD_REGION_PHRASES.has(name.replace(/ /g, '_'))) return 'region';
    return undefined;
  };
  let companyTalk: boolean | undefined;
  let labels: Set<string> | undefined;
  let formula: Set<string> | undefined;
  let terms: Set<string> | undefined;
  let afterThe: Set<string> | undefined;
  return {
    text,
    units,
    gaz,
    placeKind,
    talksOfCompanies: () => (companyTalk ??= COMPANY_TALK.test(text)),
    speakerLabels() {
      if (labels) return labels;
      const counts = new Map<string, number>();
      for (const m of text.matchAll(LINE_LABEL)) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
      labels = new Set([...counts].filter(([, n]) => n >= 2).map(([label]) => label));
      return labels;
    },
    formulaWords() {
      if (formula) return formula;
      formula = new Set();
      // Cheap test first: most documents hold no sign of arithmetic.
      if (/[=×÷≤≥±]/.test(text)) for (const m of text.matchAll(FORMULA_WORD)) formula.add(m[1] ?? m[2]);
      return formula;
    },
    termAcronyms: () => (terms ??= lowerCaseTerms(text)),
    acronymsAfterThe: () => (afterThe ??= new Set([...text.matchAll(/\b[Tt]he\s+(\p{Lu}[\p{Lu}\d]+)\b/gu)].map((m) => m[1]))),
    isRelationCompound(u) {
      if (!u.hyphenated) return false;
      const parts = hyphenParts(u);
      if (parts.length < 2) return false;
      // "R-Calif.", "D-Mo.": party and state of a legislator.
      if (parts.length === 2 && /^[RDI]$/.test(parts[0]) && placeKind(parts[1]) !== undefined) return true;
      // Towns share names with surnames ("Xavier Lopez-Garcia"): only well-known places make a relation.
      return parts.every((p) => { const k = placeKind(p); return (k !== undefined && k !== 'city') || gaz.isDemonym(p) || isAcronym(p); });
    },
    spanText: (a, b) => text.slice(units[a].start, units[b].end),
    keyText(a, b) {
      let s = units[a].text;
      for (let k = a + 1; k <= b; k++) s += text.slice(units[k - 1].end, units[k].start) + units[k].text;
      return s;
    },
  };
}
