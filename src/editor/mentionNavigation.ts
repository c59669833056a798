// Next / Previous Mention: walks the entity under the cursor through the whole corpus, crossing into
// the next document after the last mention in this one.
import * as vscode from 'vscode';
import type { CorpusIndex } from '../core/corpusTypes';
import type { ResolvedMention } from '../core/types';
import { cursorOffset, documentId, openLocationArgs } from './convert';
import { Commands } from './ids';
import type { WorkspaceIndex } from './workspaceIndex';

export interface MentionNavigationDeps {
  readonly index: CorpusIndex;
  readonly workspaceIndex: WorkspaceIndex;
}

export function registerMentionNavigation(deps: MentionNavigationDeps): vscode.Disposable {
  const { index, workspaceIndex } = deps;

  const step = (direction: 1 | -1) => async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !workspaceIndex.covers(editor.document)) return;
    const id = documentId(editor.document.uri);
    const offset = cursorOffset(editor);
    let mention: ResolvedMention | undefined = index.mentionAt(id, offset);
    // Off any mention: take the nearest one in the walking direction, of whatever entity.
    if (!mention) {
      const mentions = index.document(id)?.mentions ?? [];
      mention = direction === 1 ? mentions.find((m) => m.start > offset) : [...mentions].reverse().find((m) => m.end < offset);
      if (!mention) {
        void vscode.window.setStatusBarMessage('Source Annotator: no mention in that direction', 2500);
        return;
      }
      return vscode.commands.executeCommand(Commands.openLocation, openLocationArgs(id, mention));
    }
    const next = index.nextMention(mention.entity, id, mention.start, direction);
    if (!next) return;
    return vscode.commands.executeCommand(Commands.openLocation, openLocationArgs(next.documentId, next.mention));
  };

  return vscode.Disposable.from(
    vscode.commands.registerCommand(Commands.nextMention, step(1)),
    vscode.commands.registerCommand(Commands.previousMention, step(-1)),
  );
}
