// Kin words: which of several people sharing a surname in one document a bare surname stands for.
// In "Jon Pembury built the firm. … His wife, Ingrid Pembury, … Pembury said", the full name brought in
// by a kin word ("his wife, X") is a relative of the document's subject, and a bare surname goes to the
// subject unless its own context names the relative ("his wife Pembury", a pronoun of her gender).
// Hand-kept: the closed class of English kinship nouns (no package lists them as such).

/** English kinship nouns, singular and plural, with the step-, half-, grand- and -in-law forms built below. */
const KIN_BASE = ['wife', 'husband', 'spouse', 'widow', 'widower', 'son', 'daughter', 'child', 'children', 'brother', 'sister',
  'sibling', 'father', 'mother', 'parent', 'parents', 'uncle', 'aunt', 'nephew', 'niece', 'cousin', 'twin', 'fiancé', 'fiancée',
  'fiance', 'fiancee', 'grandson', 'granddaughter', 'grandfather', 'grandmother', 'grandchild', 'grandparent', 'stepson',
  'stepdaughter', 'stepfather', 'stepmother', 'stepbrother', 'stepsister', 'ex-wife', 'ex-husband', 'dad', 'mum', 'mom'];

const KIN_WORDS: ReadonlySet<string> = new Set(KIN_BASE.flatMap((w) => [w, `${w}s`, `${w}-in-law`]));

/** Gender a kin noun marks, when it marks one ("wife", "son"), for checking against a given name. */
const KIN_GENDER = new Map<string, 'male' | 'female'>([
  ...['husband', 'widower', 'son', 'brother', 'father', 'uncle', 'nephew', 'grandson', 'grandfather', 'stepson', 'stepfather', 'stepbrother', 'ex-husband', 'dad', 'fiancé', 'fiance']
    .map((w) => [w, 'male'] as [string, 'male']),
  ...['wife', 'widow', 'daughter', 'sister', 'mother', 'aunt', 'niece', 'granddaughter', 'grandmother', 'stepdaughter', 'stepmother', 'stepsister', 'ex-wife', 'mum', 'mom', 'fiancée', 'fiancee']
    .map((w) => [w, 'female'] as [string, 'female']),
]);

/**
 * The kin noun written right before a name that starts at `start` (UTF-16 offset into `text`), lower
 * case, or null: "His wife, Ingrid Pembury", "their son Aldo", "Pembury's daughter, Mia", "the late
 * husband X", "her brother-in-law X". Only the words just before the name count (at most 40 code
 * units back, on the same line), so a kin word earlier in the sentence says nothing.
 */
export function kinBefore(text: string, start: number): string | null {
  const before = text.slice(Math.max(0, start - 40), start);
  const m = /(\S+)\s+([\p{L}-]+)\s*,?\s*$/u.exec(before);
  if (!m) return null;
  const word = m[2].toLowerCase();
  if (!KIN_WORDS.has(word.replace(/^(?:great-)+/, '').replace(/^half-/, ''))) return null;
  // A kin noun after a determiner, a possessive or "late"/"younger" (not "Wife Name", a capitalised
  // word that might be part of a title): "his wife, X", "the younger son X", "Pembury's daughter X".
  if (!/^(?:[("“‘]?(?:his|her|their|its|my|our|your|whose|the|a|an|late|younger|elder|eldest|youngest|older|oldest|only|second|first|third)|\S+['’]s)$/i.test(m[1])) return null;
  return word;
}

/** The gender a kin noun marks ("wife": female, "son": male), or null ("cousin", "child"). */
export function kinGender(word: string): 'male' | 'female' | null {
  const base = word.replace(/^(?:great-)+/, '').replace(/^half-/, '').replace(/-in-law$/, '').replace(/s$/, '');
  return KIN_GENDER.get(word) ?? KIN_GENDER.get(base) ?? null;
}

