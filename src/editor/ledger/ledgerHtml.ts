// The quote ledger page. Built on the host from core data, every piece of document text escaped;
// buttons carry only entry/source indexes and an action name, which the panel maps back to its own
// ledger, so nothing the page sends can name a file or a command.
import { describeDocumentDateSource, formatDocumentDate } from '../../core/docdate';
import { filterLedger, isFilterActive, ledgerKinds, sourceMatches, type Ledger, type LedgerFilter, type LedgerSource } from '../../core/ledger';
import { typeLabel } from '../format';
import { escapeHtml, page, type PageResources } from '../graph/webviewPage';

const KIND_LABEL: Readonly<Record<string, string>> = { full: 'quote', fragment: 'quoted phrase', turn: 'transcript turn', indirect: 'reported speech' };

/** Human label of a quote kind; unknown kinds are shown as they are. */
export function kindLabel(kind: string): string {
  return KIND_LABEL[kind] ?? kind;
}

function button(action: string, label: string, attrs: Record<string, string | number>, extraClass = ''): string {
  const data = Object.entries(attrs).map(([k, v]) => ` data-${k}="${escapeHtml(String(v))}"`).join('');
  return `<button type="button" class="${escapeHtml(`action ${extraClass}`.trim())}" data-action="${escapeHtml(action)}"${data}>${escapeHtml(label)}</button>`;
}

/** The context sentence with the quote marked. */
function contextHtml(source: LedgerSource): string {
  const { context, quote } = source;
  const from = Math.max(0, quote.start - context.start);
  const to = Math.min(context.text.length, quote.end - context.start);
  return `${escapeHtml(context.text.slice(0, from))}<mark>${escapeHtml(context.text.slice(from, to))}</mark>${escapeHtml(context.text.slice(to))}`;
}

function changesHtml(source: LedgerSource): string {
  if (!source.changes) return '';
  const words = source.changes.map((c) => (c.change === 'same' ? escapeHtml(c.text) : c.change === 'added' ? `<ins>${escapeHtml(c.text)}</ins>` : `<del>${escapeHtml(c.text)}</del>`)).join('');
  return `<p class="changes"><span class="label">Wording compared with the first appearance:</span> ${words}</p>`;
}

function sourceHtml(source: LedgerSource, entry: number, index: number, documentLabel: (id: string) => string, filter: LedgerFilter): string {
  const date = formatDocumentDate(source.date);
  const dateClass = source.date?.source === 'modified' || source.date?.source === 'text' || source.date?.yearAssumed ? 'date modified' : 'date';
  const dateTitle = describeDocumentDateSource(source.date);
  const cue = source.cue ? ` · <span class="cue">${escapeHtml(source.cue)}</span>` : '';
  // A version outside the filter stays under its entry (the provenance of the versions inside), dimmed and said to be outside.
  const outside = isFilterActive(filter) && !sourceMatches(source, filter);
  return `<li class="source${index === 0 ? ' first' : ''}${outside ? ' outside' : ''}">
<div class="source-head">${button('open', source.title, { entry, source: index }, 'link')} <span class="document">${escapeHtml(documentLabel(source.documentId))}</span></div>
<div class="meta"><span class="${dateClass}" title="${escapeHtml(dateTitle)}">${escapeHtml(date)}</span> · <span class="kind">${escapeHtml(kindLabel(source.quote.kind))}</span>${cue}${index === 0 ? '' : ' · <span class="later">later version</span>'}${outside ? ' · <span class="outside-label">outside the filter</span>' : ''}</div>
<p class="context">${contextHtml(source)}</p>
${changesHtml(source)}<div class="copy">${button('copy', 'Copy as Citation', { entry, source: index, format: 'plain' })} ${button('copy', 'Copy as Markdown', { entry, source: index, format: 'markdown' })}</div>
</li>`;
}

/** What the page shows of a ledger: the reader's filter, and the control to focus after the page is rebuilt. */
export interface LedgerPageOptions {
  readonly filter?: LedgerFilter;
  /** Id of the filter control the reader last changed (the page is rebuilt on each change; focus stays there). */
  readonly focus?: string;
}

/** The filter form: one checkbox per kind of quote in the whole ledger (with counts), a date range, undated versions. */
function filterHtml(ledger: Ledger, filter: LedgerFilter): string {
  const kinds = ledgerKinds(ledger).map(({ kind, count }, i) => {
    const checked = !filter.kinds || filter.kinds.includes(kind) ? ' checked' : '';
    return `<label class="kind-choice"><input type="checkbox" id="kind-${i}" name="kind" value="${escapeHtml(kind)}"${checked}> ${escapeHtml(kindLabel(kind))} (${count})</label>`;
  }).join('\n');
  const clear = isFilterActive(filter) ? ` ${button('clearFilter', 'Show all', {})}` : '';
  return `<form id="filter" class="filter" aria-label="Filter quotes">
<fieldset><legend>Kinds</legend>
${kinds}
</fieldset>
<fieldset><legend>Dates</legend>
<label for="from">From</label> <input id="from" type="date" value="${escapeHtml(filter.from ?? '')}">
<label for="to">to</label> <input id="to" type="date" value="${escapeHtml(filter.to ?? '')}">
<label class="undated"><input type="checkbox" id="undated"${filter.undated ? ' checked' : ''}> also undated versions and file times</label>
</fieldset>${clear}
</form>`;
}

/**
 * The whole ledger page. `documentLabel` names a document for the reader (a file name). With a filter,
 * only the entries one of whose versions matches are listed (filterLedger), so the buttons' entry
 * indexes refer to `filterLedger(ledger, filter)`; the kinds offered are those of the whole ledger.
 */
export function ledgerHtml(ledger: Ledger, resources: PageResources, documentLabel: (id: string) => string, options: LedgerPageOptions = {}): string {
  const filter = options.filter ?? {};
  const shown = filterLedger(ledger, filter);
  const name = escapeHtml(ledger.entity.name);
  const quotes = (n: number) => `${n} quote${n === 1 ? '' : 's'}`;
  const documents = (n: number) => `${n} document${n === 1 ? '' : 's'}`;
  const summary = ledger.quoteCount === 0
    ? `<p class="empty">No quotes are attributed to ${name}.</p>`
    : isFilterActive(filter)
      ? `<p class="summary" role="status">Filtered: ${shown.entries.length} of ${ledger.entries.length} distinct quotes (${quotes(shown.quoteCount)} in ${documents(shown.documentCount)}), by date of first appearance.</p>`
      : `<p class="summary" role="status">${quotes(ledger.quoteCount)} in ${documents(ledger.documentCount)}; ${ledger.entries.length} distinct, by date of first appearance.</p>`;
  const entries = shown.entries.map((entry, i) => `<li class="entry" id="entry-${i}">
<blockquote>${escapeHtml(entry.sources[0].words)}</blockquote>
${entry.sources.length > 1 ? `<p class="sources-count">Reported in ${entry.sources.length} documents, first appearance first.</p>` : ''}
<ol class="sources">${entry.sources.map((s, j) => sourceHtml(s, i, j, documentLabel, filter)).join('\n')}</ol>
</li>`).join('\n');
  const none = ledger.quoteCount > 0 && shown.entries.length === 0 ? '<p class="empty">No quote matches the filter.</p>' : '';
  const focus = options.focus && /^[a-z][\w-]*$/i.test(options.focus) ? ` data-focus="${escapeHtml(options.focus)}"` : '';
  const body = `<header${focus}>
<h1>Quotes of ${name} <span class="type">${escapeHtml(typeLabel(ledger.entity.type))}</span></h1>
${summary}
${ledger.quoteCount > 0 ? filterHtml(ledger, filter) : ''}
<div class="toolbar">${button('export', 'Export Markdown…', { format: 'markdown' })} ${button('export', 'Export CSV…', { format: 'csv' })}</div>
</header>
<main>${none}<ol class="entries">${entries}</ol></main>`;
  return page(resources, `Quotes of ${ledger.entity.name}`, body);
}
