// The quote ledger of one speaker: data, citations and exports.
export { buildLedger, groupSources, prepareQuote, quoteWords, sameQuote, wordChanges, type Ledger, type LedgerDocumentInfo, type LedgerEntry, type LedgerInput, type LedgerSource, type PreparedQuote, type RankedSource, type WordChange } from './ledger';
export { createLedgerIndex, type LedgerIndex, type LedgerIndexOptions, type LedgerQueryOptions } from './ledgerIndex';
export { citation, escapeMarkdownText, type CitationFormat } from './citation';
export { escapeMarkdownInline } from './markdownText';
export { cueOf, recordedCue } from './cue';
export { changesToMarkdown, ledgerToCsv, ledgerToMarkdown, LEDGER_CSV_COLUMNS, type LedgerExportOptions } from './export';
export { documentTitle } from './title';
export { describeFilter, filterLedger, isFilterActive, ledgerKinds, sourceMatches, validDateBound, validLedgerFilter, type LedgerFilter } from './filter';
