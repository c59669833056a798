// Next / Previous Mention: walks the entity under the cursor through the whole corpus, crossing into
// the next document after the last mention in this one. The engine finds the next mention
// (NextMentionRequest); this command only reads the position and opens the answer.
import * as vscode from 'vscode';
import { NextMentionRequest } from '../protocol';
import { caretTarget, positionArg } from './caret';
import { openLocationArgs } from './convert';
import type { EngineClient } from './engineClient';
import { Commands } from './ids';
import type { Coverage } from './coverage';

export interface MentionNavigationDeps {
  readonly engine: Pick<EngineClient, 'request'>;
  readonly coverage: Coverage;
}

export function registerMentionNavigation(deps: MentionNavigationDeps): vscode.Disposable {
  const { engine, coverage } = deps;

  // From a position argument (see caret.ts) or the caret; a caret at either end of a name is on it,
  // so after a jump (which leaves the caret at the name's end) the walk stays on the same entity.
  const step = (direction: 1 | -1) => async (arg?: unknown) => {
    const target = await caretTarget(arg, (d) => coverage.covers(d));
    if (!target) return;
    const editor = vscode.window.activeTextEditor;
    const selection = !positionArg(arg) && editor?.document === target.document && !editor.selection.isEmpty ? editor.selection : undefined;
    const next = await engine.request(NextMentionRequest, {
      uri: target.documentId,
      offset: target.offset,
      selectionStart: selection ? target.document.offsetAt(selection.start) : undefined,
      direction,
    });
    if (!next) {
      void vscode.window.setStatusBarMessage('Source Annotator: no mention in that direction', 2500);
      return;
    }
    return vscode.commands.executeCommand(Commands.openLocation, openLocationArgs(next.uri, next));
  };

  return vscode.Disposable.from(
    vscode.commands.registerCommand(Commands.nextMention, step(1)),
    vscode.commands.registerCommand(Commands.previousMention, step(-1)),
  );
}
