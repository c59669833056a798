// Context keys for menus that only make sense on a mention or inside a quote, updated shortly after
// the cursor settles so moving through a document does not flood the context service.
import * as vscode from 'vscode';
import type { CorpusIndex } from '../core/corpusTypes';
import { cursorOffset, documentId } from './convert';
import { ContextKeys } from './ids';
import type { WorkspaceIndex } from './workspaceIndex';

export function registerCursorContext(index: CorpusIndex, workspaceIndex: WorkspaceIndex): vscode.Disposable {
  let timer: NodeJS.Timeout | undefined;
  let last = '';
  const update = () => {
    timer = undefined;
    const editor = vscode.window.activeTextEditor;
    const covered = editor && workspaceIndex.covers(editor.document);
    const id = covered ? documentId(editor.document.uri) : '';
    const offset = covered ? cursorOffset(editor) : 0;
    const onMention = covered ? index.mentionAt(id, offset) !== undefined : false;
    const onQuote = covered ? index.quoteAt(id, offset) !== undefined : false;
    const key = `${onMention}|${onQuote}`;
    if (key === last) return;
    last = key;
    void vscode.commands.executeCommand('setContext', ContextKeys.onMention, onMention);
    void vscode.commands.executeCommand('setContext', ContextKeys.onQuote, onQuote);
  };
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(update, 100);
  };
  return vscode.Disposable.from(
    vscode.window.onDidChangeTextEditorSelection(schedule),
    vscode.window.onDidChangeActiveTextEditor(schedule),
    workspaceIndex.onDidChange(schedule),
    { dispose: () => timer && clearTimeout(timer) },
  );
}
