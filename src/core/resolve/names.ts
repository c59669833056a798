// Name normalisation shared by the alias rules: one key per way of writing a name, so that case,
// accents, dots in abbreviations, possessives and a leading article never separate two mentions.
import type { EntityType } from '../types';
import { foldName } from '../textFold';

/** PERSON names only merge with person names; organizations and places share a class (a country acts as both). */
export type NameClass = 'P' | 'OP';
export const classOf = (t: EntityType): NameClass => (t === 'PERSON' ? 'P' : 'OP');

const POSSESSIVE = /['’](s)?$/i;
const LEADING_ARTICLE = /^the\s+/i;

/** Surface without the possessive ending and the leading article, as a reader would name the entity. */
export function displayForm(surface: string): string {
  return surface.trim().replace(/\s+/g, ' ').replace(LEADING_ARTICLE, '').replace(POSSESSIVE, '').trim() || surface.trim();
}

/** Letters that do not decompose into a base letter and an accent. */
/** The resolver's name key fold: src/core/textFold.ts foldName (accents and case dropped, ß → ss, straight apostrophes). */
export const foldCase: (s: string) => string = foldName;

/** Abbreviated words by position: "Main St." is a street, "St. Louis" a saint. */
const LEADING_ABBREVIATIONS: Record<string, string> = { mt: 'mount', ft: 'fort', st: 'saint' };
const TRAILING_ABBREVIATIONS: Record<string, string> = { st: 'street', ave: 'avenue', rd: 'road', blvd: 'boulevard', hwy: 'highway' };
/** British and American spellings of words common in names ("Harbour"/"Harbor", "Centre"/"Center"). */
const SPELLINGS: Record<string, string> = {
  harbour: 'harbor', centre: 'center', theatre: 'theater', defence: 'defense', organisation: 'organization',
  labour: 'labor', programme: 'program', metre: 'meter', honour: 'honor', neighbourhood: 'neighborhood',
};

/**
 * Prefixes written with or without a hyphen in one name ("al-Qaeda", "al Qaeda"): the hyphen splits
 * there. Other hyphenated words stay one word, so a double-barrelled surname ("Holm-Saetre") is one
 * surname that can be used alone.
 */
const SPLIT_PREFIXES = new Set(['al', 'el', 'ad', 'ar', 'as', 'at', 'az', 'an', 'bin', 'ibn', 'abu', 'abd', 'bint', 'ben', 'ould', 'ul', 'ud']);

/** One token of a folded name as words: "holm-saetre" stays whole, "al-qaeda" and "iran-" split, hyphens at the edges dropped. */
function splitCompound(token: string): string[] {
  if (!token.includes('-')) return [token];
  const parts = token.split('-').filter(Boolean);
  if (parts.length < 2 || SPLIT_PREFIXES.has(parts[0]) || parts.some((x) => !/\p{L}/u.test(x))) return parts;
  return [parts.join('-')];
}

/**
 * Words of a surface as a reader counts them: split at spaces, and a prefix joined by a hyphen ("al-",
 * "bin-") counted apart, so "Rashid al-Tamimi" has three words like "Rashid al Tamimi". Cheap: no folding.
 */
export function surfaceWordCount(surface: string): number {
  let count = 0;
  for (const token of surface.split(/\s+/)) {
    if (!token) continue;
    count++;
    const dash = token.indexOf('-');
    if (dash > 0 && dash < token.length - 1 && SPLIT_PREFIXES.has(token.slice(0, dash).toLowerCase())) count++;
  }
  return count;
}

/** Words of a name after folding; dots vanish so "U.N." is one word "un" (as is "UN"). */
export function nameWords(surface: string): string[] {
  const words = foldCase(displayForm(surface)).replace(/&/g, ' and ').replace(/\./g, '').replace(/[‐‑]/g, '-').split(/[^\p{L}\p{N}'-]+/u)
    .flatMap(splitCompound).map((w) => w.replace(/^'+|'+$/g, '')).filter(Boolean);
  for (let i = 0; i < words.length; i++) words[i] = SPELLINGS[words[i]] ?? words[i];
  if (words.length >= 2) {
    words[0] = LEADING_ABBREVIATIONS[words[0]] ?? words[0];
    const last = words.length - 1;
    words[last] = TRAILING_ABBREVIATIONS[words[last]] ?? words[last];
  }
  return words;
}

/** "U.S. Senate", "PX Sugarbowl": the first word is an abbreviation qualifying the rest. */
export function startsWithAbbreviation(surface: string): boolean {
  const first = displayForm(surface).split(/\s+/)[0] ?? '';
  return /^(\p{Lu}\.){2,}$/u.test(first) || /^\p{Lu}{2,4}$/u.test(first);
}

export function nameKey(surface: string): string {
  return nameWords(surface).join(' ');
}

/** "U.N.", "UNHCR", "NATO": short upper-case names that may stand for a longer one. */
export function isAcronym(surface: string): boolean {
  const s = displayForm(surface);
  return /^(\p{Lu}\.){2,}$/u.test(s) || /^(\p{Lu}\.)+\p{Lu}$/u.test(s) || /^\p{Lu}[\p{Lu}&]{1,7}$/u.test(s);
}

export function slug(s: string): string {
  return foldCase(s).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '') || 'x';
}

const INITIALS_SKIP = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'de', 'del', 'la', 'le', 'des', 'du', 'et', '&']);

/**
 * Letter sequences a long name can be abbreviated to: first letters of its words (with and without
 * function words), dotted abbreviations and short capitals inside it spelled out, hyphenated parts
 * counted separately or together ("Al-Qaeda in the Islamic Maghreb" gives AQIM and AIM).
 */
export function initialsOf(surface: string): string[] {
  const raw = displayForm(surface).split(/\s+/).filter(Boolean);
  // Numbered names (roads, units) are not spelled out as initials.
  if (raw.length < 2 || raw.some((t) => /\d/.test(t))) return [];
  const variants = new Set<string>();
  for (const splitHyphens of [false, true]) {
    for (const skipMinor of [true, false]) {
      let out = '';
      for (const token of raw) {
        for (const part of splitHyphens ? token.split(/[-‐]/) : [token]) {
          const bare = part.replace(/['’]s$/i, '');
          if (!bare) continue;
          if (skipMinor && INITIALS_SKIP.has(bare.toLowerCase())) continue;
          if (/^(\p{L}\.)+\p{L}?\.?$/u.test(bare) || /^\p{Lu}{2,4}$/u.test(bare)) out += bare.replace(/\./g, '');
          else {
            const first = /[\p{L}\p{N}]/u.exec(bare);
            if (first) out += first[0];
          }
        }
      }
      if (out.length >= 2) variants.add(foldCase(out));
    }
  }
  return [...variants];
}

const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
/** Particles of surnames: Arabic, Romance, Dutch/German, Irish ("Ní", "Nic", "Uí", "Ó", "Ua") and "St". */
const SURNAME_PARTICLES = new Set(['al', 'el', 'da', 'das', 'de', 'del', 'della', 'des', 'di', 'dos', 'du', 'van', 'von', 'der', 'den',
  'ter', 'ten', 'bin', 'ibn', 'la', 'le', 'abu', 'st', 'ni', 'nic', 'ui', 'o', 'ua']);

/** Keys a person's full name can be shortened to on later mention: the surname, with its particle ("al Maliki") or without. */
export function surnameKeys(words: readonly string[]): string[] {
  const w = words.filter((x, i) => i === 0 || !NAME_SUFFIXES.has(x));
  if (w.length < 2) return [];
  const last = w[w.length - 1];
  const keys = [last];
  // "van der Gracht", "Ní Bhraonáin": each run of particles before the last word, kept once the
  // given name is left out ("Jorien van den Akker" gives "akker", "den akker", "van den akker").
  for (let k = w.length - 2; k >= 1 && SURNAME_PARTICLES.has(w[k]); k--) keys.push(w.slice(k).join(' '));
  return keys;
}

/** "al Rashid", "van Dijk": a surname written with its particle. */
export function isParticleSurname(words: readonly string[]): boolean {
  return words.length >= 2 && words.length <= 3 && words.slice(0, -1).every((x) => SURNAME_PARTICLES.has(x));
}

/** A given name usable alone within one document ("Josh" for "Josh R."), never a bare initial. */
export function givenNameKey(words: readonly string[]): string | null {
  return words.length >= 2 && words[0].length > 1 ? words[0] : null;
}
