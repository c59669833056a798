// Acronym definitions stated in the text: "Long Name (ACR)" and "ACR (Long Name)". The acronym then
// takes the type of its expansion everywhere in the document.
import type { Candidate } from './candidate';
import type { Cue } from './cue';
import { STRONG } from './scorer';
import type { Context } from './context';
import { isAcronym } from './words';

export interface Definition {
  readonly short: string;
  readonly long: string;
}

const OPEN = new Set(['(', '[']);
const CLOSE = new Set([')', ']']);

/** Letters of the acronym appear, in order, among the initials of the long form's words. */
export function initialsFit(short: string, long: string): boolean {
  const letters = short.replace(/[^\p{Lu}]/gu, '');
  if (letters.length < 2) return false;
  const initials = long
    .split(/[\s\-‐‑]+/)
    .filter(Boolean)
    .map((w) => w.replace(/^[^\p{L}]+/u, ''))
    .filter((w) => w.length > 0)
    .map((w) => w[0].toUpperCase())
    .join('');
  if (initials[0] !== letters[0]) return false;
  let i = 0;
  for (const ch of initials) if (ch === letters[i]) i++;
  // Most letters must be found; transliterated and foreign-order names drift a little.
  return i >= Math.ceil(letters.length * 0.6);
}

/**
 * Finds definitions among the candidates (sorted by position) and re-types acronym candidates.
 * Returns the definitions in order of appearance.
 */
export function applyDefinitions(ctx: Context, cands: Candidate[]): Definition[] {
  const { units } = ctx;
  const defs: Definition[] = [];
  const byStart = new Map<number, Candidate>();
  for (const c of cands) byStart.set(c.a, c);
  const typeOfShort = new Map<string, Candidate>();
  for (const c of cands) {
    const open = units[c.b + 1];
    if (!open || !OPEN.has(open.text)) continue;
    const inner = byStart.get(c.b + 2);
    const close = inner ? units[inner.b + 1] : undefined;
    if (!inner || !close || !CLOSE.has(close.text)) continue;
    const cText = ctx.spanText(c.a, c.b);
    const iText = ctx.spanText(inner.a, inner.b);
    let long: Candidate;
    let short: Candidate;
    if (inner.a === inner.b && isAcronym(iText) && initialsFit(iText, cText)) {
      long = c;
      short = inner;
    } else if (c.a === c.b && isAcronym(cText) && initialsFit(cText, iText)) {
      long = inner;
      short = c;
    } else continue;
    // People rarely get acronyms: a defined long form guessed as a person is an organization.
    if (long.type === 'PERSON' && long.strength < STRONG) {
      long.type = 'ORG';
      long.strength = STRONG;
      long.cue = DEFINED;
    }
    const shortText = ctx.spanText(short.a, short.b);
    const longText = ctx.spanText(long.a, long.b);
    if (!defs.some((d) => d.short === shortText && d.long === longText)) defs.push({ short: shortText, long: longText });
    if (!typeOfShort.has(shortText)) typeOfShort.set(shortText, long);
  }
  for (const c of cands) {
    const long = typeOfShort.get(ctx.spanText(c.a, c.b));
    if (!long || long === c) continue;
    c.type = long.type;
    c.strength = STRONG;
    c.cue = DEFINED;
    c.deferred = false;
  }
  return defs;
}

const DEFINED: Cue = { kind: 'acronym-definition' };
