// The quote ledger page. Built on the host from core data, every piece of document text escaped;
// buttons carry only entry/source indexes and an action name, which the panel maps back to its own
// ledger, so nothing the page sends can name a file or a command.
import { describeDocumentDateSource, formatDocumentDate } from '../../core/docdate';
import type { Ledger, LedgerSource } from '../../core/ledger';
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

function sourceHtml(source: LedgerSource, entry: number, index: number, documentLabel: (id: string) => string): string {
  const date = formatDocumentDate(source.date);
  const dateClass = source.date?.source === 'modified' || source.date?.source === 'text' || source.date?.yearAssumed ? 'date modified' : 'date';
  const dateTitle = describeDocumentDateSource(source.date);
  const cue = source.cue ? ` · <span class="cue">${escapeHtml(source.cue)}</span>` : '';
  return `<li class="source${index === 0 ? ' first' : ''}">
<div class="source-head">${button('open', source.title, { entry, source: index }, 'link')} <span class="document">${escapeHtml(documentLabel(source.documentId))}</span></div>
<div class="meta"><span class="${dateClass}" title="${escapeHtml(dateTitle)}">${escapeHtml(date)}</span> · <span class="kind">${escapeHtml(kindLabel(source.quote.kind))}</span>${cue}${index === 0 ? '' : ' · <span class="later">later version</span>'}</div>
<p class="context">${contextHtml(source)}</p>
${changesHtml(source)}<div class="copy">${button('copy', 'Copy as Citation', { entry, source: index, format: 'plain' })} ${button('copy', 'Copy as Markdown', { entry, source: index, format: 'markdown' })}</div>
</li>`;
}

/** The whole ledger page. `documentLabel` names a document for the reader (a file name). */
export function ledgerHtml(ledger: Ledger, resources: PageResources, documentLabel: (id: string) => string): string {
  const name = escapeHtml(ledger.entity.name);
  const summary = ledger.quoteCount === 0
    ? `<p class="empty">No quotes are attributed to ${name}.</p>`
    : `<p class="summary">${ledger.quoteCount} quote${ledger.quoteCount === 1 ? '' : 's'} in ${ledger.documentCount} document${ledger.documentCount === 1 ? '' : 's'}; ${ledger.entries.length} distinct, by date of first appearance.</p>`;
  const entries = ledger.entries.map((entry, i) => `<li class="entry" id="entry-${i}">
<blockquote>${escapeHtml(entry.sources[0].words)}</blockquote>
${entry.sources.length > 1 ? `<p class="sources-count">Reported in ${entry.sources.length} documents, first appearance first.</p>` : ''}
<ol class="sources">${entry.sources.map((s, j) => sourceHtml(s, i, j, documentLabel)).join('\n')}</ol>
</li>`).join('\n');
  const body = `<header>
<h1>Quotes of ${name} <span class="type">${escapeHtml(typeLabel(ledger.entity.type))}</span></h1>
${summary}
<div class="toolbar">${button('export', 'Export Markdown…', { format: 'markdown' })} ${button('export', 'Export CSV…', { format: 'csv' })}</div>
</header>
<main><ol class="entries">${entries}</ol></main>`;
  return page(resources, `Quotes of ${ledger.entity.name}`, body);
}
