// The ledger written out for reports (Markdown) and spreadsheets (CSV). CSV quoting is left to
// csv-stringify, as in the corpus export: quotes hold commas, quotation marks and line breaks.
import { stringify } from 'csv-stringify/sync';
import { formatDocumentDate } from '../docdate';
import { citation, escapeMarkdownText } from './citation';
import { describeFilter, isFilterActive, sourceMatches, type LedgerFilter } from './filter';
import type { Ledger, WordChange } from './ledger';

/** "1 quote", "3 quotes". */
const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

export interface LedgerExportOptions {
  /** How a document is named in the export (a relative path, say); the id by default. */
  readonly documentPath?: (documentId: string) => string;
  /**
   * The reader's filter the ledger was narrowed with (filterLedger): the Markdown says so in its header
   * and marks each version outside it; the CSV gets a last column `in_filter` (yes/no).
   */
  readonly filter?: LedgerFilter;
}

/** Markdown for word changes: removed words struck through, added words in bold. */
export function changesToMarkdown(changes: readonly WordChange[]): string {
  return changes.map((c) => {
    const text = escapeMarkdownText(c.text);
    if (c.change === 'same' || c.text.trim() === '') return text;
    return c.change === 'added' ? `**${text.trim()}** ` : `~~${text.trim()}~~ `;
  }).join('').replace(/ {2,}/g, ' ');
}

/** A Markdown report: one section per entry, its sources in order of appearance, each with a citation. */
export function ledgerToMarkdown(ledger: Ledger, options: LedgerExportOptions = {}): string {
  const name = escapeMarkdownText(ledger.entity.name);
  const pathOf = options.documentPath ?? ((id: string) => id);
  const out = [`# Quotes of ${name}`, '', `${count(ledger.quoteCount, 'quote')} in ${count(ledger.documentCount, 'document')}, ${ledger.entries.length} distinct.`, ''];
  const filter = options.filter && isFilterActive(options.filter) ? options.filter : undefined;
  if (filter) out.push(`Filtered: ${escapeMarkdownText(describeFilter(filter))}. A quote is listed with all its versions; those outside the filter are marked so.`, '');
  ledger.entries.forEach((entry, i) => {
    const head = entry.sources[0];
    out.push(`## ${i + 1}. ${escapeMarkdownText(formatDocumentDate(head.date))} · ${escapeMarkdownText(entry.kind)}`, '');
    out.push(`> ${escapeMarkdownText(head.words)}`, '');
    for (const source of entry.sources) {
      const cue = source.cue ? ` · cue: “${escapeMarkdownText(source.cue)}”` : '';
      const outside = filter && !sourceMatches(source, filter) ? ' · outside the filter' : '';
      out.push(`- *${escapeMarkdownText(source.title)}* (${escapeMarkdownText(pathOf(source.documentId))}, offset ${source.quote.start}), ${escapeMarkdownText(formatDocumentDate(source.date))}${cue}${outside}`);
      out.push(`  - sentence: ${escapeMarkdownText(source.context.text)}`);
      if (source.changes) out.push(`  - wording: ${changesToMarkdown(source.changes)}`);
      out.push(`  - citation: ${citation(source, ledger.entity.name, 'markdown')}`);
    }
    out.push('');
  });
  return out.join('\n');
}

export const LEDGER_CSV_COLUMNS = ['entry', 'speaker', 'speaker_id', 'kind', 'quote', 'cue', 'document', 'title', 'date', 'date_source', 'start', 'end', 'sentence', 'first_appearance', 'citation'] as const;

/** One row per source; `entry` numbers the entries from 1 so versions of one quote share a number. */
export function ledgerToCsv(ledger: Ledger, options: LedgerExportOptions = {}): string {
  const pathOf = options.documentPath ?? ((id: string) => id);
  const filter = options.filter && isFilterActive(options.filter) ? options.filter : undefined;
  const rows: (string | number)[][] = [];
  ledger.entries.forEach((entry, i) => {
    entry.sources.forEach((s, j) => {
      const row: (string | number)[] = [i + 1, ledger.entity.name, ledger.entity.id, s.quote.kind, s.words, s.cue ?? '', pathOf(s.documentId), s.title, s.date?.iso ?? '', s.date?.source ?? '', s.quote.start, s.quote.end, s.context.text, j === 0 ? 'yes' : 'no', citation(s, ledger.entity.name)];
      if (filter) row.push(sourceMatches(s, filter) ? 'yes' : 'no');
      rows.push(row);
    });
  });
  return stringify(rows, { header: true, columns: filter ? [...LEDGER_CSV_COLUMNS, 'in_filter'] : [...LEDGER_CSV_COLUMNS] });
}
