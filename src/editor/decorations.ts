// Highlights in visible editors. Decoration types are created once; ranges are recomputed only for
// editors whose document the index has just re-annotated, and only when the index holds the editor's
// exact text. While the user types, VS Code shifts the existing ranges itself, so nothing runs per
// keystroke here.
import * as vscode from 'vscode';
import type { CorpusIndex } from '../core/corpusTypes';
import { converterForDocument, documentId } from './convert';
import { Config, Highlight, HIGHLIGHT_KINDS, type HighlightKind } from './ids';
import type { WorkspaceIndex } from './workspaceIndex';

export interface DecorationsDeps {
  readonly index: CorpusIndex;
  readonly workspaceIndex: WorkspaceIndex;
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

export function registerDecorations(deps: DecorationsDeps): Decorations {
  const { index, workspaceIndex } = deps;
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

  const decorate = (editor: vscode.TextEditor, enabled: Set<HighlightKind>, indirect = false) => {
    const { document } = editor;
    const id = documentId(document.uri);
    const resolved = index.document(id);
    if (!resolved || !workspaceIndex.covers(document)) {
      for (const kind of HIGHLIGHT_KINDS) editor.setDecorations(types[kind], []);
      applied.delete(id);
      return;
    }
    // Offsets of an older text would land on the wrong characters; keep the shifted old ranges.
    if (resolved.text !== document.getText()) return;
    const ranges: RangesByKind = { PERSON: [], ORG: [], PLACE: [], QUOTE: [] };
    const convert = converterForDocument(document);
    for (const m of resolved.mentions) ranges[m.type].push(convert.range(m));
    // Reported speech ("X said that …") is highlighted only on request: it is not a direct quote.
    for (const q of resolved.quotes) if (q.kind !== 'indirect' || indirect) ranges.QUOTE.push(convert.range(q));
    for (const kind of HIGHLIGHT_KINDS) editor.setDecorations(types[kind], enabled.has(kind) ? ranges[kind] : []);
    const shown = Object.fromEntries(HIGHLIGHT_KINDS.map((k) => [k, enabled.has(k) ? ranges[k] : []])) as RangesByKind;
    applied.set(id, shown);
    updated.fire(document.uri);
  };

  const decorateVisible = (onlyIds?: ReadonlySet<string>) => {
    const enabled = enabledKinds();
    const indirect = vscode.workspace.getConfiguration(Config.section).get<boolean>(Config.highlightIndirectQuotes, false);
    for (const editor of vscode.window.visibleTextEditors) {
      if (!onlyIds || onlyIds.has(documentId(editor.document.uri))) decorate(editor, enabled, indirect);
    }
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
    workspaceIndex.onDidChange((ids) => decorateVisible(new Set(ids))),
    vscode.window.onDidChangeVisibleTextEditors(() => decorateVisible()),
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
    dispose: () => vscode.Disposable.from(...disposables).dispose(),
  };
}
