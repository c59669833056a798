// Grammatical gender of person mentions from their given name or title, so "she said" after
// "Jon Berg and Mia Holt met ..." goes to the woman. Unknown stays unknown: only a known mismatch
// rules a person out.
import type { DetectedMention } from '../types';
import lists from './nameGender.json';

export type Gender = 'male' | 'female';

const MALE: ReadonlySet<string> = new Set(lists.male.split('\n'));
const FEMALE: ReadonlySet<string> = new Set(lists.female.split('\n'));
const MALE_TITLES = /\b(mr|sir|lord|king|prince|father|brother|uncle)\.?\s+$/i;
const FEMALE_TITLES = /\b(mrs|ms|miss|madam|madame|dame|lady|queen|princess|mother|sister|aunt)\.?\s+$/i;

/**
 * The gender a given name is listed with (nameGender.json, built by scripts/build-name-gender.mjs),
 * or null when it is in neither list or in both. `word` as written: "Ingrid", not "ingrid".
 */
export function givenNameGender(word: string): Gender | null {
  if (MALE.has(word)) return 'male';
  if (FEMALE.has(word)) return 'female';
  return null;
}

/**
 * The gender a title right before `start` (UTF-16 offset) marks: "Mr", "Sir", "Lord", "Father" male;
 * "Mrs", "Ms", "Miss", "Dame", "Sister" female (with or without a full stop, any case); null otherwise.
 */
export function titleGenderBefore(text: string, start: number): Gender | null {
  const before = text.slice(Math.max(0, start - 12), start);
  if (MALE_TITLES.test(before)) return 'male';
  if (FEMALE_TITLES.test(before)) return 'female';
  return null;
}

/**
 * Gender of each mention (null when unknown or not a person). A surname alone ("Holt") takes the
 * gender of a fuller mention of the same surname elsewhere in the document.
 */
export function mentionGenders(text: string, mentions: readonly DetectedMention[]): (Gender | null)[] {
  const own = mentions.map((m): Gender | null => {
    if (!m || m.type !== 'PERSON' || typeof m.text !== 'string') return null;
    const titled = titleGenderBefore(text, m.start);
    if (titled) return titled;
    const words = (typeof m.name === 'string' ? m.name : m.text).split(/\s+/);
    return words.length > 1 ? givenNameGender(words[0]) : null;
  });
  const bySurname = new Map<string, Gender | 'mixed'>();
  mentions.forEach((m, i) => {
    const g = own[i];
    if (g === null) return;
    const key = surname(m.text);
    const seen = bySurname.get(key);
    bySurname.set(key, seen === undefined || seen === g ? g : 'mixed');
  });
  return mentions.map((m, i) => {
    if (own[i] !== null || !m || m.type !== 'PERSON' || typeof m.text !== 'string') return own[i];
    const g = bySurname.get(surname(m.text));
    return g === 'male' || g === 'female' ? g : null;
  });
}

function surname(name: string): string {
  const words = name.toLowerCase().replace(/[’']s$/, '').split(/\s+/);
  return words[words.length - 1] ?? '';
}

export function pronounGender(word: string): Gender | null {
  const w = word.toLowerCase();
  return w === 'he' ? 'male' : w === 'she' ? 'female' : null;
}
