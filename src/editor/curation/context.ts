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
import { WhereRequest } from '../../protocol';
import { documentId } from '../convert';
import type { EngineClient } from '../engineClient';
import { ContextKeys } from '../ids';
import type { Coverage } from '../coverage';

export interface CursorContextDeps {
  /** The engine answers what is at a position (WhereRequest). */
  readonly engine: Pick<EngineClient, 'request' | 'onDidChangeIndex'>;
  readonly coverage: Coverage;
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
  const { engine, coverage } = deps;
  const setCaret = keySetter(ContextKeys.onMention, ContextKeys.onQuote);
  const setMenu = keySetter(ContextKeys.menuOnMention, ContextKeys.menuOnQuote);
  const where = async (uri: string, offset: number, selectionStart?: number): Promise<Where> => {
    const at = await engine.request(WhereRequest, { uri, offset, selectionStart }).catch(() => undefined);
    return at ? [at.mention, at.quote] : [false, false];
  };

  // Each answer applies only if no newer question was asked meanwhile: caret keys follow the latest
  // caret, menu keys the latest of caret and pointer.
  let caretAsked = 0;
  let menuAsked = 0;
  // Where the menu keys were last asked about by the pointer (undefined: the caret was later). When the
  // index changes, the menu keys are asked again about THAT place; asking about the caret instead would
  // undo the pointer's answer a moment before the right-click (seen under load in the UI check).
  let pointer: { uri: string; offset: number } | undefined;
  const pointerAgain = async () => {
    const at = pointer;
    if (!at) return;
    const ticket = ++menuAsked;
    const answer = await where(at.uri, at.offset);
    if (ticket === menuAsked) setMenu(answer);
  };
  const caretMoved = async (byIndex = false) => {
    if (!byIndex) pointer = undefined;
    const ticket = ++caretAsked;
    const menuTicket = ++menuAsked;
    const editor = vscode.window.activeTextEditor;
    let at: Where = [false, false];
    if (editor && coverage.covers(editor.document)) {
      const { document, selection } = editor;
      at = await where(documentId(document.uri), document.offsetAt(selection.active), selection.isEmpty ? undefined : document.offsetAt(selection.start));
    }
    if (ticket === caretAsked) setCaret(at);
    if (menuTicket === menuAsked && !pointer) setMenu(at);
  };

  return vscode.Disposable.from(
    vscode.window.onDidChangeTextEditorSelection((e) => {
      if (e.textEditor === vscode.window.activeTextEditor) void caretMoved();
    }),
    // On the next turn: an editor change arrives inside VS Code's own dispatch of a tab change (opening
    // the graph: 59 ms in a 3k-document profile, 30 of them our context keys); apart, neither is long.
    vscode.window.onDidChangeActiveTextEditor(() => void setImmediate(() => void caretMoved())),
    engine.onDidChangeIndex(() => {
      void caretMoved(true);
      void pointerAgain();
    }),
    vscode.languages.registerHoverProvider(deps.selector, {
      async provideHover(document, position) {
        // Only the pointer over the active editor can be right-clicked next.
        if (document !== vscode.window.activeTextEditor?.document || !coverage.covers(document)) return undefined;
        const ticket = ++menuAsked;
        pointer = { uri: documentId(document.uri), offset: document.offsetAt(position) };
        const at = await where(pointer.uri, pointer.offset);
        if (ticket === menuAsked) setMenu(at);
        return undefined;
      },
    }),
  );
}
