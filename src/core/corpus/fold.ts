// Search keys: readers type "Sao Paulo" for "São Paulo" and "nato" for "NATO", so names are compared
// after dropping accents, case and runs of whitespace (names in text may wrap across lines).

const MARKS = /\p{M}+/gu;
const SPACES = /\s+/gu;

export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(SPACES, ' ').trim();
}
