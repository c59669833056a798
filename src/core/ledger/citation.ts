// "Copy as Citation": `“…,” Name said (Document title, date).` in plain text and Markdown.
import { formatDocumentDate } from '../docdate';
import { escapeMarkdownInline } from './markdownText';
import type { LedgerSource } from './ledger';

export type CitationFormat = 'plain' | 'markdown';

/**
 * Escapes untrusted text for Markdown, only where a character would change its meaning
 * (markdownText.ts); kept under this name for the ledger's callers.
 */
export const escapeMarkdownText: (text: string) => string = escapeMarkdownInline;

/** The quoted words with the punctuation a citation puts inside the marks: a comma unless they end in ? ! or …. */
function quotedWords(words: string): string {
  const w = words.replace(/\s+/g, ' ').trim();
  if (/[?!…]$/.test(w)) return w;
  return `${w.replace(/[,.;:\s]+$/, '')},`;
}

/**
 * Words that open a sentence only by their capital ("The barrier will hold, according to X"): a closed
 * class of determiners and pronouns, lower-cased after "said" so the citation reads "X said the barrier
 * will hold". Any other first word may be a name and keeps its capital; "I" is always capital.
 */
const SENTENCE_OPENERS = new Set('the a an this that these those its their his her our my your we they it he she there some most many several all no each every both any such one two three'.split(' '));

/** A paraphrase as it reads after "said": its first word lower-cased when it is a sentence opener. */
function afterSaid(paraphrase: string): string {
  const first = /^\p{L}+/u.exec(paraphrase)?.[0] ?? '';
  return SENTENCE_OPENERS.has(first.toLowerCase()) && first !== first.toLowerCase() ? first.toLowerCase() + paraphrase.slice(first.length) : paraphrase;
}

/**
 * A citation of one source of a quote: `“We will stay,” Ann Lee said (Harbour news, 4 March 2012).`
 * Reported speech (kind `indirect`) is cited without quotation marks: `Ann Lee said the pier would
 * close (Harbour news, 4 March 2012).`
 * The date is "undated" when none is known and reads "undated, file modified …" when it is the file's
 * modification time. Markdown escapes the document's text and sets the title in italics.
 */
export function citation(source: LedgerSource, speakerName: string, format: CitationFormat = 'plain'): string {
  const date = formatDocumentDate(source.date);
  // Reported speech is the writer's paraphrase: quotation marks around it would put words in the
  // speaker's mouth. It is cited without them: `Ann Lee said the pier would close (Harbour news, …).`
  if (source.quote.kind === 'indirect') {
    const paraphrase = afterSaid(source.words.replace(/\s+/g, ' ').trim().replace(/[,.;:\s]+$/, ''));
    if (format === 'markdown') {
      return `${escapeMarkdownText(speakerName)} said ${escapeMarkdownText(paraphrase)} (*${escapeMarkdownText(source.title)}*, ${escapeMarkdownText(date)}).`;
    }
    return `${speakerName} said ${paraphrase} (${source.title}, ${date}).`;
  }
  const words = quotedWords(source.words);
  if (format === 'markdown') {
    return `“${escapeMarkdownText(words)}” ${escapeMarkdownText(speakerName)} said (*${escapeMarkdownText(source.title)}*, ${escapeMarkdownText(date)}).`;
  }
  return `“${words}” ${speakerName} said (${source.title}, ${date}).`;
}
