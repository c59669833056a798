// Acronym definitions of one document: those the annotator stated, plus three phrasings it may miss:
// "Long Name (LN)" (or "Qualifier Long Name (LN)"), "Long Name (KIND: LN)" (an airport's or a share's code) and "LN – the initials of
// Long Name" (also acronym/abbreviation/short for/stands for).
import type { DetectedMention, DocumentAnnotation } from '../types';
import { foldCase, initialsOf, isAcronym } from './names';

export interface Definition {
  readonly short: string;
  readonly long: string;
}

const PAREN_ACRONYM = /^\s*\(\s*([\p{Lu}][\p{Lu}.&-]{1,11})\s*\)/u;
/**
 * A code given with its kind in parentheses: "X Airport (IATA: XAP)", "X Corp (NYSE: XCO)". The label
 * says the letters are the name's code, so they need not start with the name's first letter.
 */
const PAREN_LABELLED_CODE = /^\s*\(\s*[\p{L}][\p{L}. -]{1,15}:\s*([\p{Lu}][\p{Lu}\p{N}.&-]{1,9})\s*\)/u;
const EXPLAINED = /^\s*[,–—-]\s*(?:the\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+){0,4}?(?:initials|acronym|abbreviation|short|stands)\s+(?:for|of)\s+(?:the\s+)?$/iu;
/** How far after an acronym its explanation may start. */
const EXPLAIN_WINDOW = 80;

/** `acronym` lets the caller share a cache of isAcronym over the corpus. */
export function documentDefinitions(text: string, annotation: DocumentAnnotation, acronym: (s: string) => boolean = isAcronym): Definition[] {
  const out: Definition[] = (Array.isArray(annotation?.definitions) ? annotation.definitions : [])
    .filter((d) => d && typeof d.short === 'string' && typeof d.long === 'string');
  if (!Array.isArray(annotation?.mentions)) return out;
  // Both phrasings need a parenthesis or an explaining word; most documents have neither.
  if (!/\(|initials|acronym|abbreviation|stands\s+for|short\s+for/i.test(text)) return out;
  const valid = annotation.mentions.filter((m) => m && typeof m.text === 'string' && m.start >= 0 && m.end <= text.length && m.end > m.start);
  const mentions = valid.every((m, i) => i === 0 || valid[i - 1].start <= m.start) ? valid : valid.sort((a, b) => a.start - b.start);
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    // Most names are not followed by a parenthesis; skip the pattern for them.
    const after = text.slice(m.end, m.end + 4).includes('(') ? text.slice(m.end, m.end + 32) : '';
    const paren = after ? PAREN_ACRONYM.exec(after) : null;
    if (paren && acronym(paren[1]) && m.type !== 'PERSON' && /\s/.test(m.text.trim())) {
      // The acronym's first letter must match the name's, so "Paris (AFP)" is not a definition; or its
      // letters are the initials of the name after its first word, a qualifier the acronym leaves out
      // ("Orlavia National Oil Company (NOC)").
      const long = m.text.replace(/^the\s+/i, '');
      if (foldCase(paren[1])[0] === foldCase(long)[0] || initialsAfterFirstWord(long, paren[1])) out.push({ short: paren[1].replace(/-$/, ''), long: m.text });
    }
    const code = after && !paren ? PAREN_LABELLED_CODE.exec(after) : null;
    if (code && acronym(code[1]) && m.type !== 'PERSON' && /\s/.test(m.text.trim())) out.push({ short: code[1].replace(/-$/, ''), long: m.text });
    if (acronym(m.text)) {
      const next = nextLongName(mentions, i, m.end + EXPLAIN_WINDOW);
      if (next && EXPLAINED.test(text.slice(m.end, next.start))) out.push({ short: m.text, long: next.text });
    }
  }
  return out;
}

/** Whether `acronym` spells the initials of the name without its first word, two letters at least. */
function initialsAfterFirstWord(long: string, acronym: string): boolean {
  const rest = long.trim().split(/\s+/).slice(1).join(' ');
  const letters = foldCase(acronym.replace(/[.&-]/g, ''));
  return letters.length >= 2 && rest.includes(' ') && initialsOf(rest).includes(letters);
}

function nextLongName(mentions: readonly DetectedMention[], i: number, limit: number): DetectedMention | undefined {
  for (let k = i + 1; k < mentions.length && mentions[k].start <= limit; k++) {
    if (mentions[k].type !== 'PERSON' && /\s/.test(mentions[k].text.trim())) return mentions[k];
  }
  return undefined;
}
