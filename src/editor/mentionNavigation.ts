// Next / Previous Mention: walks the entity under the cursor through the whole corpus, crossing into
// the next document after the last mention in this one.
import * as vscode from 'vscode';
import type { CorpusIndex } from '../core/corpusTypes';
import type { ResolvedMention } from '../core/types';
import { caretTarget } from './caret';
import { openLocationArgs } from './convert';
import { Commands } from './ids';
import type { WorkspaceIndex } from './workspaceIndex';

export interface MentionNavigationDeps {
  readonly index: CorpusIndex;
  readonly workspaceIndex: WorkspaceIndex;
}

export function registerMentionNavigation(deps: MentionNavigationDeps): vscode.Disposable {
  const { index, workspaceIndex } = deps;

  // From a position argument (see caret.ts) or the caret; a caret at either end of a name is on it,
  // so after a jump (which leaves the caret at the name's end) the walk stays on the same entity.
  const step = (direction: 1 | -1) => async (arg?: unknown) => {
    const target = await caretTarget(arg, (d) => workspaceIndex.covers(d));
    if (!target) return;
    const { documentId: id, offset } = target;
    let mention: ResolvedMention | undefined = target.find((d, o) => index.mentionAt(d, o));
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
