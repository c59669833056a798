// Predicates on single word units: what can be part of a name, and what kind of word it is.
import type { Unit } from './units';
import { NAME_PARTICLES } from './lexicon';

const CAP = /^\p{Lu}/u;
const LETTER = /\p{L}/u;
/** "U.S.", "U.N.", "D.C." */
const DOTTED = /^(?:\p{Lu}\.){2,}$/u;
/** "UNHCR", "NATO", "G7" — two or more capitals, maybe digits. */
const CAPS = /^\p{Lu}[\p{Lu}\d&]+$/u;
/** Hyphen tails that make a modifier out of a name ("Paris-based", "U.S.-led"). */
const MODIFIER_TAIL = /-(?:\p{Ll}+(?:ed|ing)|based|born|bred|led|backed|made|bound|owned|run|sponsored|funded|linked|affiliated|controlled|speaking|style|like|era|type|class|wide|centric|oriented|friendly|focused|related|built|inspired|designed|made|area|level|esque|ish|ward|wards|long|old|year|day)$/u;

const LETTER_NOUN = /^\p{Lu}[-‐‑]\p{Ll}+$/u;

export const isCapitalized = (s: string): boolean => CAP.test(s);
const ROMAN = /^[IVXLC]+$/;
export const isAcronym = (s: string): boolean => DOTTED.test(s) || (CAPS.test(s) && s.length <= 8 && !ROMAN.test(s));
/** "SDGs", "NGOs": the plural of an abbreviation is a class of things, not a name. */
export const isPluralAcronym = (s: string): boolean => /^\p{Lu}{2,}s$/u.test(s);

/** A unit that can stand inside a capitalized name. */
export function isNameWord(u: Unit): boolean {
  if (u.kind !== 'word') return false;
  const s = u.text;
  if (u.hyphenated || /[-‐‑]/.test(s)) {
    if (MODIFIER_TAIL.test(s)) return false;
    // "C-section", "X-ray", "T-shirts", "U-turn": a letter before a common noun ("H-town", a city's
    // nickname, is a name).
    if (LETTER_NOUN.test(s) && !/town$/.test(s)) return false;
    // "al-Maliki", "e-Khalq": lower-case particle before a capitalized part.
    const parts = s.split(/[-‐‑]/);
    if (!CAP.test(parts[0]) && !(NAME_PARTICLES.has(parts[0]) && parts.length > 1 && CAP.test(parts[1]))) return false;
    return true;
  }
  // "No." ("No. 10", or the answer "No." that the tokenizer glued to its full stop) opens no name.
  if (s === 'No.' || s === 'Nos.') return false;
  return CAP.test(s) && LETTER.test(s);
}

/** Hyphenated pair of two names ("Iran-Iraq", "U.S.-Japan"): a relation, not a name. */
export function hyphenParts(u: Unit): string[] {
  return u.hyphenated ? u.text.split(/[-‐‑]/) : [u.text];
}
