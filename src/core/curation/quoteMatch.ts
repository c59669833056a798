// Which quotes a `speaker` correction names. The reader writes the quote as they see it: with or
// without its quote marks, straight or curly, in any case, with the line breaks of their copy, and
// often only its first words ("We had nothing" for “We had nothing but the river,”). A correction may
// also carry the quote's start offset, which picks one quote when its words fit several. Last of all the
// words alone are compared, punctuation inside ignored too ("never my staff" for “Never. My staff…”).
import type { SpeakerCorrection } from './types';
import type { WDocument, WQuote, Workspace } from './workspace';
import { documentMatches, sameWords } from './text';

export interface QuoteHit {
  readonly doc: WDocument;
  readonly quote: WQuote;
}

/** How a correction's words found its quotes, from the strictest way ('words': punctuation inside ignored). */
export type QuoteMatchHow = 'exact' | 'text' | 'prefix' | 'words';

export type QuoteMatch =
  | { readonly kind: 'none' }
  | { readonly kind: 'one'; readonly how: QuoteMatchHow; readonly hits: readonly QuoteHit[] }
  /** Several different quotes fit and nothing tells them apart: applied to none. */
  | { readonly kind: 'several'; readonly how: QuoteMatchHow; readonly hits: readonly QuoteHit[] };

const DOUBLE = /[“”„‟«»″"]/gu;
const SINGLE = /[‘’‚‛′`]/gu;

/**
 * A quote's words for matching: quote marks dropped (straight, curly, guillemets; an apostrophe inside
 * a word kept, as '), whitespace collapsed, punctuation at the end dropped, lower case, NFC.
 */
export function normalisedQuote(text: string): string {
  return text
    .normalize('NFC')
    .replace(SINGLE, "'")
    .replace(DOUBLE, ' ')
    .replace(/(^|[^\p{L}\p{N}])'+|'+(?=[^\p{L}\p{N}]|$)/gu, '$1 ')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[\s.,;:!?…—–-]+$/u, '')
    .toLowerCase();
}

/**
 * A quote's words alone: normalisedQuote with every mark between words dropped too ("never. my staff,"
 * is "never my staff"); an apostrophe inside a word is kept ("don't").
 */
export function quoteWords(text: string): string {
  return normalisedQuote(text)
    .replace(/'(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])'|[^\p{L}\p{N}\p{M}'\s]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * The quotes a speaker correction names: those with its normalised words (normalisedQuote; its exact
 * words among them), else those whose normalised words start with the correction's at a word's end,
 * else the same two tests on the words alone (quoteWords), punctuation inside ignored.
 * `document` limits the search; `start` (UTF-16 offset of the quote, its marks included or not)
 * picks the quote there among those the words found. The same words quoted in several documents
 * are one quote repeated (`one`, every copy); different quotes that fit are `several`.
 */
export function matchQuotes(ws: Workspace, c: Pick<SpeakerCorrection, 'quote' | 'document' | 'start'>): QuoteMatch {
  const inDocument = (h: QuoteHit) => c.document === undefined || documentMatches(h.doc.base.id, c.document);
  const wanted = normalisedQuote(c.quote);
  if (wanted === '') return { kind: 'none' };
  const byText = normalisedIndex(ws);
  const levels: [QuoteMatchHow, () => QuoteHit[]][] = [
    ['text', () => (byText.get(wanted) ?? []).filter(inDocument)],
    ['prefix', () => {
      const out: QuoteHit[] = [];
      for (const [key, hits] of byText) if (startsWithWords(key, wanted)) for (const h of hits) if (inDocument(h)) out.push(h);
      return out;
    }],
    ['words', () => {
      const words = quoteWords(c.quote);
      if (words === '') return [];
      const equal: QuoteHit[] = [];
      const prefix: QuoteHit[] = [];
      for (const [key, hits] of wordsIndex(ws)) {
        const into = key === words ? equal : startsWithWords(key, words) ? prefix : undefined;
        if (into) for (const h of hits) if (inDocument(h)) into.push(h);
      }
      return equal.length > 0 ? equal : prefix;
    }],
  ];
  for (const [level, find] of levels) {
    let hits = find();
    if (hits.length === 0) continue;
    if (c.start !== undefined) {
      const at = hits.filter((h) => h.quote.base.start <= c.start! && c.start! < Math.max(h.quote.base.end, h.quote.base.start + 1));
      if (at.length > 0) hits = at;
    }
    const texts = new Set(hits.map((h) => normalisedQuote(h.quote.base.text)));
    const exact = sameWords(c.quote);
    const how = level === 'text' && hits.every((h) => sameWords(h.quote.base.text) === exact) ? 'exact' : level;
    return { kind: texts.size === 1 ? 'one' : 'several', how, hits };
  }
  return { kind: 'none' };
}

function normalisedIndex(ws: Workspace): Map<string, QuoteHit[]> {
  if (!ws.quotesByNormalised) {
    const map = new Map<string, QuoteHit[]>();
    for (const doc of ws.documents) {
      for (const quote of doc.quotes) {
        const key = normalisedQuote(quote.base.text);
        const list = map.get(key);
        if (list) list.push({ doc, quote });
        else map.set(key, [{ doc, quote }]);
      }
    }
    ws.quotesByNormalised = map;
  }
  return ws.quotesByNormalised;
}

function wordsIndex(ws: Workspace): Map<string, QuoteHit[]> {
  const map = new Map<string, QuoteHit[]>();
  for (const [key, hits] of normalisedIndex(ws)) {
    const words = quoteWords(key);
    const list = map.get(words);
    if (list) list.push(...hits);
    else map.set(words, [...hits]);
  }
  return map;
}

/** Whether `text` starts with `prefix` and the prefix ends at the end of a word. */
function startsWithWords(text: string, prefix: string): boolean {
  if (!text.startsWith(prefix)) return false;
  const next = text.charAt(prefix.length);
  return next === '' || !/[\p{L}\p{N}]/u.test(next) || !/[\p{L}\p{N}]/u.test(prefix.charAt(prefix.length - 1));
}
