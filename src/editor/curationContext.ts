// Context keys for menus that only make sense on a mention or inside a quote.
//
// A right-click moves the caret and opens the editor context menu in the same instant, evaluating
// the menu's `when` clauses before the extension host has even heard of the new caret, so a key
// that follows the caret always shows the PREVIOUS caret's items. The editor context menu therefore
// uses keys that follow the latest of two things: the caret, and the word under the mouse pointer.
// The pointer is learned from the hover request VS Code sends when the pointer rests on a word
// (well before a person right-clicks it), through a hover provider that shows nothing.
// The command palette keeps keys that follow the caret only. Keys are set only when their value
// changes, so moving through plain text costs nothing.
import * as vscode from 'vscode';
import type { CorpusIndex } from '../core/corpusTypes';
import { spanAtCaret, spanAtSelection } from './caret';
import { documentId } from './convert';
import { ContextKeys } from './ids';
import type { WorkspaceIndex } from './workspaceIndex';

export interface CursorContextDeps {
  readonly index: CorpusIndex;
  readonly workspaceIndex: WorkspaceIndex;
  readonly selector: vscode.DocumentSelector;
}

/** What is at a position: [on a mention, inside a quote]. */
type Where = readonly [boolean, boolean];

function keySetter(mentionKey: string, quoteKey: string) {
  let last = '';
  return ([onMention, onQuote]: Where) => {
    const key = `${onMention}|${onQuote}`;
    if (key === last) return;
    last = key;
    void vscode.commands.executeCommand('setContext', mentionKey, onMention);
    void vscode.commands.executeCommand('setContext', quoteKey, onQuote);
  };
}

export function registerCursorContext(deps: CursorContextDeps): vscode.Disposable {
  const { index, workspaceIndex } = deps;
  const setCaret = keySetter(ContextKeys.onMention, ContextKeys.onQuote);
  const setMenu = keySetter(ContextKeys.menuOnMention, ContextKeys.menuOnQuote);
  const mentionAt = (d: string, o: number) => index.mentionAt(d, o);
  const quoteAt = (d: string, o: number) => index.quoteAt(d, o);

  const atCaret = (): Where => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !workspaceIndex.covers(editor.document)) return [false, false];
    const id = documentId(editor.document.uri);
    return [spanAtSelection(mentionAt, id, editor.document, editor.selection) !== undefined, spanAtSelection(quoteAt, id, editor.document, editor.selection) !== undefined];
  };
  const caretMoved = () => {
    const where = atCaret();
    setCaret(where);
    setMenu(where);
  };

  return vscode.Disposable.from(
    vscode.window.onDidChangeTextEditorSelection((e) => {
      if (e.textEditor === vscode.window.activeTextEditor) caretMoved();
    }),
    vscode.window.onDidChangeActiveTextEditor(caretMoved),
    workspaceIndex.onDidChange(caretMoved),
    vscode.languages.registerHoverProvider(deps.selector, {
      provideHover(document, position) {
        // Only the pointer over the active editor can be right-clicked next.
        if (document !== vscode.window.activeTextEditor?.document || !workspaceIndex.covers(document)) return undefined;
        const id = documentId(document.uri);
        const offset = document.offsetAt(position);
        setMenu([spanAtCaret(mentionAt, id, offset) !== undefined, spanAtCaret(quoteAt, id, offset) !== undefined]);
        return undefined;
      },
    }),
  );
}
