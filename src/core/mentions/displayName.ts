// Display names for people written in whole capitals (bylines, photo credits, transcript labels,
// "DANIEL OKAFOR"): the reader should see "Daniel Okafor". A post-step after detection: it sets the
// optional `name` of a whole-caps PERSON mention and never touches spans, text or types.
import type { DetectedMention } from '../types';

/** Name particles written in lower case inside a name ("Anna VAN DER BERG" → "Anna van der Berg"). Lower case. */
const PARTICLES = new Set(['de', 'da', 'das', 'do', 'dos', 'du', 'di', 'del', 'della', 'der', 'den', 'van', 'von', 'la', 'le', 'bin', 'bint', 'ibn', 'y', 'e']);

/** Letters in the text, and none of them lower case. */
export function isWholeCaps(s: string): boolean {
  return /\p{Lu}/u.test(s) && s === s.toUpperCase() && !/\p{Ll}/u.test(s);
}

function capitalizeWord(word: string): string {
  // Each part after a hyphen, apostrophe or dot starts a capital ("Al-Rubaye", "O'Neill", "J.R."),
  // except a possessive "'s" at the end ("Okafor's").
  const lower = word.toLowerCase();
  const out = lower.replace(/(^|[-'’.])(\p{Ll})/gu, (all: string, sep: string, c: string, at: number) =>
    (sep === "'" || sep === '’') && c === 's' && at + all.length === lower.length ? all : sep + c.toUpperCase());
  // "MCDONALD" → "McDonald": the Gaelic prefix Mc is always followed by a capital.
  return out.replace(/^Mc(\p{Ll})(?=\p{L}{2})/u, (_, c: string) => 'Mc' + c.toUpperCase());
}

/**
 * "DANIEL O'NEILL-BRANT" → "Daniel O'Neill-Brant", "MARA VAN DER BERG" → "Mara van der Berg",
 * "MCDONALD" → "McDonald". A name with any lower-case letter stays as written. Particles keep lower
 * case except as the first word.
 */
export function titleCase(name: string): string {
  if (!isWholeCaps(name)) return name;
  return name.split(/(\s+)/).map((w, k) => {
    if (/^\s*$/.test(w)) return w;
    if (k > 0 && PARTICLES.has(w.toLowerCase())) return w.toLowerCase();
    return capitalizeWord(w);
  }).join('');
}

/** A single short word in capitals ("JFK", "AOC") is initials, not a name to title-case. */
const MIN_SINGLE_WORD = 4;

/**
 * The mentions with `name` set on every PERSON mention written in whole capitals that has no `name`
 * yet: each word spelled as the document spells it elsewhere in mixed case in a person's name
 * ("McDonald" seen once gives "MCDONALD" → "McDonald"), otherwise in title case. Other mentions are
 * returned as they are; the array has the same length and order.
 */
export function withDisplayNames(mentions: readonly DetectedMention[]): DetectedMention[] {
  const spelled = new Map<string, string>();
  for (const m of mentions) {
    if (m.type !== 'PERSON' || isWholeCaps(m.text)) continue;
    for (const w of m.text.split(/\s+/)) if (/\p{Lu}/u.test(w) && /\p{Ll}/u.test(w)) spelled.set(w.toUpperCase(), w);
  }
  return mentions.map((m) => {
    if (m.type !== 'PERSON' || (m.name !== undefined && m.name !== '') || !isWholeCaps(m.text)) return m;
    const words = m.text.trim().split(/\s+/);
    if (words.length === 1 && words[0].replace(/[^\p{L}]/gu, '').length < MIN_SINGLE_WORD) return m;
    const cased = titleCase(m.text);
    const name = cased.split(/(\s+)/).map((w, k) => spelled.get(m.text.split(/(\s+)/)[k] ?? '') ?? w).join('');
    return { ...m, name };
  });
}

/** Short words a place's name keeps in lower case inside it ("Dar es Salaam", "Stratford-upon-Avon", "Isle of Man"). */
const PLACE_SMALL_WORDS = new Set(['of', 'the', 'and', 'on', 'upon', 'es', 'de', 'da', 'do', 'du', 'del', 'des', 'di', 'la', 'le', 'el', 'al', 'am', 'an', 'im', 'sur', 'en', 'y']);

/**
 * The name a place written in whole capitals is shown by ("LAGOS —", "PORT MORESBY, Papua New Guinea —"
 * in a dateline): the document's own mixed-case spelling of it when it has one (`spelled`, keyed by
 * the upper-case form), else the gazetteer's spelling (`isPlace` accepts it, small words such as
 * "es" and "of" in lower case), else title case. Undefined when the text is not whole capitals or is
 * an abbreviation of three letters or fewer ("UAE", "DRC"), which is shown as written.
 */
export function placeDisplayName(text: string, isPlace: (name: string) => boolean, spelled: ReadonlyMap<string, string>): string | undefined {
  if (!isWholeCaps(text) || text.replace(/[^\p{L}]/gu, '').length <= 3) return undefined;
  const own = spelled.get(text.replace(/\s+/g, ' '));
  if (own !== undefined) return own;
  const cased = text.split(/(\s+)/).map((w) => (/^\s*$/.test(w) ? w : capitalizeWord(w))).join('');
  if (isPlace(cased)) return cased;
  const small = cased.split(/(\s+)/).map((w, k) => (k > 0 && PLACE_SMALL_WORDS.has(w.toLowerCase()) ? w.toLowerCase() : w)).join('');
  return small;
}

/**
 * The mentions with `name` set on every PLACE mention written in whole capitals (placeDisplayName),
 * unless it has one. Same length and order; spans, text and types unchanged.
 */
export function withPlaceDisplayNames(mentions: readonly DetectedMention[], isPlace: (name: string) => boolean): DetectedMention[] {
  if (!mentions.some((m) => m.type === 'PLACE' && isWholeCaps(m.text))) return mentions as DetectedMention[];
  const spelled = new Map<string, string>();
  for (const m of mentions) if (m.type === 'PLACE' && !isWholeCaps(m.text)) spelled.set(m.text.replace(/\s+/g, ' ').toUpperCase(), m.text.replace(/\s+/g, ' '));
  return mentions.map((m) => {
    if (m.type !== 'PLACE' || (m.name !== undefined && m.name !== '')) return m;
    const name = placeDisplayName(m.text, isPlace, spelled);
    return name === undefined ? m : { ...m, name };
  });
}
