// Highlights in visible editors. Decoration types are created once; the spans come from the engine
// (DocumentSpansRequest) only for editors whose document the engine has just re-annotated, and are
// applied only when the engine holds the editor's exact text (the same LSP document version; see
// spansFit). While the user types, VS Code shifts the existing ranges itself, so nothing runs per
// keystroke here, and no text is copied or hashed on either side.
import * as vscode from 'vscode';
import { DocumentSpansRequest, type DocumentSpans } from '../protocol';
import { converterForDocument, documentId } from './convert';
import type { EngineClient } from './engineClient';
import { Config, Highlight, HIGHLIGHT_KINDS, type HighlightKind } from './ids';
import type { Coverage } from './coverage';
import { spansFit } from './spansFit';

export interface DecorationsDeps {
  readonly engine: Pick<EngineClient, 'request' | 'onDidChangeIndex' | 'onDidRestart'>;
  readonly coverage: Coverage;
}

export type RangesByKind = Record<HighlightKind, vscode.Range[]>;

export interface Decorations extends vscode.Disposable {
  /** The ranges last applied to the document's editors, for tests and the status bar. */
  rangesFor(uri: vscode.Uri): RangesByKind | undefined;
  /** Fires after an editor's decorations were replaced. */
  readonly onDidUpdate: vscode.Event<vscode.Uri>;
}

function enabledKinds(): Set<HighlightKind> {
  const config = vscode.workspace.getConfiguration(Config.section);
  return new Set(HIGHLIGHT_KINDS.filter((k) => config.get<boolean>(Highlight[k].setting, true)));
}

/** The ranges of each highlight kind in a document whose text the spans were computed on. */
export function rangesOf(spans: Pick<DocumentSpans, 'mentions' | 'quotes'>, document: vscode.TextDocument, indirect: boolean): RangesByKind {
  const ranges: RangesByKind = { PERSON: [], ORG: [], PLACE: [], QUOTE: [] };
  const convert = converterForDocument(document);
  for (const m of spans.mentions) ranges[m.type].push(convert.range(m));
  // Reported speech ("X said that …") is highlighted only on request: it is not a direct quote.
  for (const q of spans.quotes) if (q.kind !== 'indirect' || indirect) ranges.QUOTE.push(convert.range(q));
  return ranges;
}

export function registerDecorations(deps: DecorationsDeps): Decorations {
  const { engine, coverage } = deps;
  const types = Object.fromEntries(
    HIGHLIGHT_KINDS.map((kind) => [
      kind,
      vscode.window.createTextEditorDecorationType({
        backgroundColor: new vscode.ThemeColor(Highlight[kind].color),
        overviewRulerColor: new vscode.ThemeColor(Highlight[kind].ruler),
        overviewRulerLane: kind === 'QUOTE' ? vscode.OverviewRulerLane.Left : vscode.OverviewRulerLane.Right,
        borderRadius: '2px',
        fontStyle: kind === 'QUOTE' ? 'italic' : undefined,
        // Typing right after a name must not stretch its highlight over the new text.
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      }),
    ]),
  ) as Record<HighlightKind, vscode.TextEditorDecorationType>;
  const applied = new Map<string, RangesByKind>();
  const updated = new vscode.EventEmitter<vscode.Uri>();
  /** Per document: the latest question asked, so an overtaken answer is dropped. */
  const asked = new Map<string, number>();
  let ticket = 0;

  const clear = (editor: vscode.TextEditor, id: string) => {
    for (const kind of HIGHLIGHT_KINDS) editor.setDecorations(types[kind], []);
    applied.delete(id);
  };

  const decorate = async (editors: readonly vscode.TextEditor[], enabled: Set<HighlightKind>, indirect: boolean) => {
    const document = editors[0].document;
    const id = documentId(document.uri);
    if (!coverage.covers(document)) {
      for (const e of editors) clear(e, id);
      return;
    }
    const mine = ++ticket;
    asked.set(id, mine);
    const spans = await engine.request(DocumentSpansRequest, { uri: id }).catch(() => null);
    if (asked.get(id) !== mine || document.isClosed) return;
    if (!spans) {
      for (const e of editors) clear(e, id);
      return;
    }
    // Offsets of an older text would land on the wrong characters; keep the shifted old ranges.
    if (!spansFit(spans, { version: document.version, isDirty: document.isDirty, length: document.offsetAt(document.lineAt(document.lineCount - 1).range.end) })) return;
    const ranges = rangesOf(spans, document, indirect);
    const shown = Object.fromEntries(HIGHLIGHT_KINDS.map((k) => [k, enabled.has(k) ? ranges[k] : []])) as RangesByKind;
    for (const editor of vscode.window.visibleTextEditors.filter((e) => e.document === document)) {
      for (const kind of HIGHLIGHT_KINDS) editor.setDecorations(types[kind], shown[kind]);
    }
    applied.set(id, shown);
    updated.fire(document.uri);
  };

  const decorateVisible = (onlyIds?: ReadonlySet<string>) => {
    const enabled = enabledKinds();
    const indirect = vscode.workspace.getConfiguration(Config.section).get<boolean>(Config.highlightIndirectQuotes, false);
    const byDocument = new Map<vscode.TextDocument, vscode.TextEditor[]>();
    for (const editor of vscode.window.visibleTextEditors) {
      if (onlyIds && !onlyIds.has(documentId(editor.document.uri))) continue;
      byDocument.set(editor.document, [...(byDocument.get(editor.document) ?? []), editor]);
    }
    for (const editors of byDocument.values()) void decorate(editors, enabled, indirect);
  };

  let pending: NodeJS.Immediate | undefined;
  /** decorateVisible() on the next turn of the event loop, once for any number of calls before it. */
  const soon = () => {
    pending ??= setImmediate(() => {
      pending = undefined;
      decorateVisible();
    });
  };

  const toggle = (kind: HighlightKind) => async () => {
    const config = vscode.workspace.getConfiguration(Config.section);
    const key = Highlight[kind].setting;
    const inspected = config.inspect<boolean>(key);
    const target = inspected?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await config.update(key, !config.get<boolean>(key, true), target);
  };

  const disposables: vscode.Disposable[] = [
    ...Object.values(types),
    updated,
    engine.onDidChangeIndex((p) => {
      if (p.all) decorateVisible();
      else if (p.documents.length > 0) decorateVisible(new Set(p.documents));
    }),
    engine.onDidRestart(() => decorateVisible()),
    // Not inside VS Code's own dispatch of the editor change: that already holds the host's thread for
    // tens of ms when a window opens, and the first coverage check compiles the filter's globs.
    vscode.window.onDidChangeVisibleTextEditors(() => soon()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${Config.section}.highlight`)) decorateVisible();
    }),
    vscode.workspace.onDidCloseTextDocument((d) => applied.delete(documentId(d.uri))),
    ...HIGHLIGHT_KINDS.map((kind) => vscode.commands.registerCommand(Highlight[kind].toggle, toggle(kind))),
  ];
  decorateVisible();

  return {
    rangesFor: (uri) => applied.get(documentId(uri)),
    onDidUpdate: updated.event,
    dispose: () => {
      if (pending) clearImmediate(pending);
      vscode.Disposable.from(...disposables).dispose();
    },
  };
}
