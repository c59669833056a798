// "Not the same as …" and "Same entity": the reader's word on cross-document links. Hover cards call
// them with arguments we issued ({entity, document[, into]}); each argument is checked against the
// current index before anything is recorded, so a stale or forged link records nothing. From the
// palette they act on the name under the cursor.
import * as vscode from 'vscode';
import type { CorpusIndex } from '../core/corpusTypes';
import { addCorrection, type NewCorrection } from '../core/curation';
import type { Entity } from '../core/types';
import { spanAtSelection } from './caret';
import { documentId, documentKey } from './convert';
import type { CurationStore } from './curationStore';
import { Commands } from './ids';
import type { WorkspaceIndex } from './workspaceIndex';

export interface IdentityCommandsDeps {
  readonly index: CorpusIndex;
  readonly workspaceIndex: WorkspaceIndex;
  readonly store: CurationStore;
}

// The hover's link arguments live in hoverLinks.ts (pure), where the language server builds them.
import { notSameArgs, sameEntityArgs, type IdentityArgs } from './hoverLinks';
export { notSameArgs, sameEntityArgs, type IdentityArgs };

function parseArgs(arg: unknown): IdentityArgs | undefined {
  if (typeof arg !== 'object' || arg === null || Array.isArray(arg)) return undefined;
  const { entity, document, into } = arg as Record<string, unknown>;
  if (typeof entity !== 'string' || typeof document !== 'string') return undefined;
  if (into !== undefined && typeof into !== 'string') return undefined;
  return into === undefined ? { entity, document } : { entity, document, into };
}

const say = (message: string) => void vscode.window.showInformationMessage(`Source Annotator: ${message}`);

export function registerIdentityCommands(deps: IdentityCommandsDeps): vscode.Disposable {
  const { index, workspaceIndex, store } = deps;

  /** The entity and document a command is about: its checked arguments, else the cursor's mention. */
  const target = (arg: unknown): { entity: Entity; document: string; into?: string } | undefined => {
    const entities = index.snapshot().entities;
    const given = parseArgs(arg);
    if (given) {
      const entity = entities.get(given.entity);
      const inDocument = entity && index.mentionsOf(entity.id).some((m) => m.documentId === given.document);
      return entity && inDocument ? { entity, document: given.document, into: given.into } : undefined;
    }
    const editor = vscode.window.activeTextEditor;
    if (!editor || !workspaceIndex.covers(editor.document)) return undefined;
    const id = documentId(editor.document.uri);
    // The shared caret rule: a caret touching the name at either end is on it (see caret.ts).
    const mention = spanAtSelection((d, o) => index.mentionAt(d, o), id, editor.document, editor.selection);
    const entity = mention ? entities.get(mention.entity) : undefined;
    return entity ? { entity, document: id } : undefined;
  };

  const record = async (correction: NewCorrection, done: string): Promise<boolean> => {
    const ok = await store.update((c) => addCorrection(c, correction));
    if (ok) void vscode.window.setStatusBarMessage(`Source Annotator: ${done}`, 4000);
    return ok;
  };

  return vscode.Disposable.from(
    vscode.commands.registerCommand(Commands.curationNotSame, async (arg?: unknown) => {
      const t = target(arg);
      if (!t) return say('put the cursor on a highlighted name that is linked to other documents.'), false;
      const documents = new Set(index.mentionsOf(t.entity.id).map((m) => m.documentId));
      if (documents.size < 2) return say(`${t.entity.name} is not linked to other documents.`), false;
      const key = documentKey(t.document);
      return record({ op: 'notSame', entity: { name: t.entity.name, type: t.entity.type }, document: key }, `${t.entity.name} in ${key} is now apart`);
    }),
    vscode.commands.registerCommand(Commands.curationSameEntity, async (arg?: unknown) => {
      const t = target(arg);
      if (!t) return say('put the cursor on a highlighted name with a "possibly the same as" suggestion.'), false;
      const suggestions = t.entity.possiblySame ?? [];
      let into = t.into !== undefined ? suggestions.find((s) => s.entity === t.into) : undefined;
      if (t.into !== undefined && !into) return say('that suggestion no longer holds.'), false;
      if (!into) {
        if (suggestions.length === 0) return say(`${t.entity.name} has no "possibly the same as" suggestion.`), false;
        const picked = await vscode.window.showQuickPick(suggestions.map((s) => ({ label: s.name, detail: s.evidence, s })), { placeHolder: `${t.entity.name} is the same entity as…` });
        into = picked?.s;
      }
      const other = into ? index.snapshot().entities.get(into.entity) : undefined;
      if (!other) return false;
      const key = documentKey(t.document);
      return record(
        { op: 'sameEntity', entity: { name: t.entity.name, type: t.entity.type }, document: key, into: { name: other.name, type: other.type } },
        `${t.entity.name} in ${key} is now ${other.name}`,
      );
    }),
  );
}
