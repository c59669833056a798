// "Show Quotes of Entity": the speaker's quote ledger in a webview beside the editor, with links to
// each quote, Copy as Citation, and export to Markdown or CSV. One panel, reused for each speaker
// and refreshed when the engine's index changes while it is open. The ledger is built in the engine
// (LedgerRequest) from its ledger index; this file only shows it.
import * as vscode from 'vscode';
import { citation, filterLedger, isFilterActive, ledgerToCsv, ledgerToMarkdown, validLedgerFilter, type CitationFormat, type Ledger, type LedgerFilter } from '../../core/ledger';
import { EntityRequest, LedgerRequest, TreeChildrenRequest } from '../../protocol';
import { uriOf } from '../convert';
import type { EngineClient } from '../engineClient';
import { documentLabel } from '../format';
import { createNonce } from '../graph/webviewPage';
import { Commands } from '../ids';
import type { Coverage } from '../coverage';
import { entityFromArgs } from './entityTarget';
import { ledgerHtml } from './ledgerHtml';

export interface LedgerDeps {
  readonly engine: Pick<EngineClient, 'request' | 'onDidChangeIndex'>;
  readonly coverage: Coverage;
  readonly extensionUri: vscode.Uri;
}

export const LEDGER_VIEW_TYPE = 'sourceAnnotator.ledger';

/** The speaker's ledger from the engine's index; undefined when no such entity exists now. */
export async function ledgerFor(engine: Pick<EngineClient, 'request'>, entityId: string): Promise<Ledger | undefined> {
  return (await engine.request(LedgerRequest, { entity: entityId })) ?? undefined;
}

/**
 * Opens a document at a span (UTF-16 offsets into the indexed text) in the first editor group,
 * leaving the ledger or graph visible. Offsets outside the document are ignored.
 */
export async function openAt(id: string, start: number, end: number): Promise<void> {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) return;
  const document = await vscode.workspace.openTextDocument(uriOf(id)).then((d) => d, () => undefined);
  if (!document || end > document.getText().length) return;
  const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
  const editor = await vscode.window.showTextDocument(document, { selection: range, viewColumn: vscode.ViewColumn.One, preserveFocus: false });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

interface LedgerMessage {
  readonly type?: unknown;
  readonly entry?: unknown;
  readonly source?: unknown;
  readonly format?: unknown;
  readonly filter?: unknown;
  readonly focus?: unknown;
}

export function registerLedger(deps: LedgerDeps): vscode.Disposable {
  const { engine } = deps;
  let panel: vscode.WebviewPanel | undefined;
  /** The whole ledger of the speaker shown. */
  let current: Ledger | undefined;
  /** What the page lists: `current` through the reader's filter (the page's indexes refer to it; exports write it). */
  let shown: Ledger | undefined;
  /** The reader's filter, kept while the panel shows the same speaker. */
  let filter: LedgerFilter = {};
  let refreshTimer: NodeJS.Timeout | undefined;

  const render = (ledger: Ledger, focus?: string) => {
    if (!panel) return;
    if (current?.entity.id !== ledger.entity.id) filter = {};
    current = ledger;
    shown = filterLedger(ledger, filter);
    panel.title = `Quotes: ${ledger.entity.name}`;
    const webview = panel.webview;
    webview.html = ledgerHtml(ledger, {
      cspSource: webview.cspSource,
      nonce: createNonce(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(deps.extensionUri, 'media', 'ledger.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(deps.extensionUri, 'media', 'ledger.css')).toString(),
    }, documentLabel, { filter, focus });
  };

  const sourceOf = (m: LedgerMessage) => {
    if (!shown || typeof m.entry !== 'number' || typeof m.source !== 'number') return undefined;
    return shown.entries[m.entry]?.sources[m.source];
  };

  const exportLedger = async (format: 'markdown' | 'csv') => {
    if (!shown) return;
    // What is exported is what is shown now: the rows, the filter that chose them and the whole list,
    // taken before the save dialog (the reader may change the filter or the speaker meanwhile).
    const ledger = shown;
    const chosen = filter;
    const whole = current;
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const base = `quotes-${ledger.entity.name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'speaker'}.${format === 'csv' ? 'csv' : 'md'}`;
    const target = await vscode.window.showSaveDialog({ defaultUri: folder ? vscode.Uri.joinPath(folder, base) : undefined, filters: format === 'csv' ? { CSV: ['csv'] } : { Markdown: ['md'] } });
    if (!target) return;
    const relative = (id: string) => vscode.workspace.asRelativePath(uriOf(id), false);
    const text = format === 'csv' ? ledgerToCsv(ledger, { documentPath: relative, filter: chosen }) : ledgerToMarkdown(ledger, { documentPath: relative, filter: chosen });
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
    const filtered = isFilterActive(chosen) ? ` (filtered: ${ledger.entries.length} of ${whole?.entries.length ?? ledger.entries.length} quotes)` : '';
    void vscode.window.showInformationMessage(`Source Annotator: quotes of ${ledger.entity.name} exported to ${vscode.workspace.asRelativePath(target)}${filtered}.`);
  };

  const onMessage = async (m: LedgerMessage) => {
    if (!m || typeof m !== 'object') return;
    if (m.type === 'open') {
      const s = sourceOf(m);
      if (s) await openAt(s.documentId, s.quote.start, s.quote.end);
    } else if (m.type === 'copy') {
      const s = sourceOf(m);
      if (!s || !current) return;
      const format: CitationFormat = m.format === 'markdown' ? 'markdown' : 'plain';
      await vscode.env.clipboard.writeText(citation(s, current.entity.name, format));
      void vscode.window.setStatusBarMessage('Source Annotator: citation copied', 2500);
    } else if (m.type === 'export' && (m.format === 'markdown' || m.format === 'csv')) {
      await exportLedger(m.format);
    } else if ((m.type === 'filter' || m.type === 'clearFilter') && current) {
      filter = m.type === 'filter' ? validLedgerFilter(m.filter) : {};
      render(current, typeof m.focus === 'string' ? m.focus : m.type === 'clearFilter' ? 'kind-0' : undefined);
    }
  };

  /** Calls of show() so far: only the latest renders, so a slower earlier one cannot draw over it. */
  let showCalls = 0;
  const show = async (entityId: string): Promise<Ledger | undefined> => {
    const call = ++showCalls;
    const ledger = await ledgerFor(engine, entityId);
    if (!ledger) return undefined;
    if (call !== showCalls) return ledger;
    if (!panel) {
      panel = vscode.window.createWebviewPanel(LEDGER_VIEW_TYPE, 'Quotes', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, {
        enableScripts: true,
        enableCommandUris: false,
        localResourceRoots: [vscode.Uri.joinPath(deps.extensionUri, 'media')],
        retainContextWhenHidden: false,
      });
      panel.onDidDispose(() => {
        panel = undefined;
        current = undefined;
        shown = undefined;
        filter = {};
      });
      panel.webview.onDidReceiveMessage((m: LedgerMessage) => onMessage(m).catch((e: unknown) => void vscode.window.showErrorMessage(`Source Annotator: ${(e as Error).message}`)));
      // Creating the webview and handing it its page are VS Code's synchronous work on the host's
      // thread: one turn of the event loop each, so they never add up to one long block.
      const created = panel;
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (panel !== created || call !== showCalls) return ledger;
    } else panel.reveal(undefined, false);
    render(ledger);
    return ledger;
  };

  const pick = async (): Promise<string | undefined> => {
    // The Entities view's speaker rows: every speaker with their quote count, from the engine.
    const rows = await engine.request(TreeChildrenRequest, { parent: 'group:QUOTE' });
    const speakers = rows.flatMap((r) => (r.kind === 'speaker' && r.speaker.speakerId !== null ? [{ ...r.speaker, id: r.speaker.speakerId }] : []));
    const items = speakers.sort((a, b) => b.count - a.count).map((s) => ({ label: s.name, description: `${s.count} quote${s.count === 1 ? '' : 's'}`, id: s.id }));
    if (items.length === 0) {
      void vscode.window.showInformationMessage('Source Annotator: no quotes with a known speaker yet.');
      return undefined;
    }
    return (await vscode.window.showQuickPick(items, { title: 'Show Quotes of Entity', placeHolder: 'Speaker' }))?.id;
  };

  return vscode.Disposable.from(
    vscode.commands.registerCommand(Commands.showQuotes, async (...args: unknown[]) => {
      // A link or tree item names the entity; the palette and the editor menu take the cursor's
      // entity when it has quotes, and otherwise offer the speakers to choose from.
      const fromCursor = args.length === 0 || args[0] instanceof vscode.Uri;
      let entityId = await entityFromArgs(deps, args, fromCursor);
      if (fromCursor && (!entityId || ((await engine.request(EntityRequest, { entity: entityId }))?.quoteCount ?? 0) === 0)) entityId = await pick();
      return entityId ? show(entityId) : undefined;
    }),
    engine.onDidChangeIndex(() => {
      if (!panel || !current) return;
      if (refreshTimer) clearTimeout(refreshTimer);
      const entityId = current.entity.id;
      refreshTimer = setTimeout(() => {
        refreshTimer = undefined;
        if (panel) void ledgerFor(engine, entityId).then((l) => l && render(l), () => undefined);
      }, 500);
    }),
    { dispose: () => {
      if (refreshTimer) clearTimeout(refreshTimer);
      panel?.dispose();
    } },
  );
}
