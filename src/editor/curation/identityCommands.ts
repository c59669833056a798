// "Not the same as …" and "Same entity": the reader's word on cross-document links. Hover cards call
// them with arguments we issued ({entity, document[, into]}); each argument is checked against the
// engine's current index (language server requests) before anything is recorded, so a stale or
// forged link records nothing. From the palette they act on the name under the cursor.
import * as vscode from 'vscode';
import { addCorrection, type NewCorrection } from '../../core/curation';
import type { Entity } from '../../core/types';
import { FullEntityRequest, MentionAtRequest, MentionsOfRequest } from '../../protocol';
import type { EngineClient } from '../engineClient';
import { documentId, documentKey } from '../convert';
import type { CurationStore } from './store';
import { Commands } from '../ids';
import type { Coverage } from '../coverage';

export interface IdentityCommandsDeps {
  /** Answers what the cursor is on and checks link arguments against the current index. */
  readonly engine: Pick<EngineClient, 'request'>;
  readonly coverage: Coverage;
  readonly store: CurationStore;
}

// The hover's link arguments live in hoverLinks.ts (pure), where the language server builds them.
import { notSameArgs, sameEntityArgs, type IdentityArgs } from '../hoverLinks';
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
  const { engine, coverage, store } = deps;
  const entityOf = async (id: string) => (await engine.request(FullEntityRequest, { entity: id })) ?? undefined;
  /** The documents (ids) that mention an entity. */
  const documentsOf = async (id: string) => new Set((await engine.request(MentionsOfRequest, { entity: id })).mentions.map((m) => m.uri));

  /** The entity and document a command is about: its checked arguments, else the cursor's mention. */
  const target = async (arg: unknown): Promise<{ entity: Entity; document: string; into?: string } | undefined> => {
    const given = parseArgs(arg);
    if (given) {
      const entity = await entityOf(given.entity);
      const inDocument = entity && (await documentsOf(entity.id)).has(given.document);
      return entity && inDocument ? { entity, document: given.document, into: given.into } : undefined;
    }
    const editor = vscode.window.activeTextEditor;
    if (!editor || !coverage.covers(editor.document)) return undefined;
    const { document, selection } = editor;
    const id = documentId(document.uri);
    // The shared caret rule (caret.ts), applied by the engine: a caret touching the name at either
    // end is on it, else a selection's start.
    const at = await engine.request(MentionAtRequest, { uri: id, offset: document.offsetAt(selection.active), selectionStart: selection.isEmpty ? undefined : document.offsetAt(selection.start) });
    const entity = at ? await entityOf(at.mention.entity) : undefined;
    return entity ? { entity, document: id } : undefined;
  };

  const record = async (correction: NewCorrection, done: string): Promise<boolean> => {
    const ok = await store.update((c) => addCorrection(c, correction));
    if (ok) void vscode.window.setStatusBarMessage(`Source Annotator: ${done}`, 4000);
    return ok;
  };

  return vscode.Disposable.from(
    vscode.commands.registerCommand(Commands.curationNotSame, async (arg?: unknown) => {
      const t = await target(arg);
      if (!t) return say('put the cursor on a highlighted name that is linked to other documents.'), false;
      const documents = await documentsOf(t.entity.id);
      if (documents.size < 2) return say(`${t.entity.name} is not linked to other documents.`), false;
      const key = documentKey(t.document);
      return record({ op: 'notSame', entity: { name: t.entity.name, type: t.entity.type }, document: key }, `${t.entity.name} in ${key} is now apart`);
    }),
    vscode.commands.registerCommand(Commands.curationSameEntity, async (arg?: unknown) => {
      const t = await target(arg);
      if (!t) return say('put the cursor on a highlighted name with a "possibly the same as" suggestion.'), false;
      const suggestions = t.entity.possiblySame ?? [];
      let into = t.into !== undefined ? suggestions.find((s) => s.entity === t.into) : undefined;
      if (t.into !== undefined && !into) return say('that suggestion no longer holds.'), false;
      if (!into) {
        if (suggestions.length === 0) return say(`${t.entity.name} has no "possibly the same as" suggestion.`), false;
        const picked = await vscode.window.showQuickPick(suggestions.map((s) => ({ label: s.name, detail: s.evidence, s })), { placeHolder: `${t.entity.name} is the same entity as…` });
        into = picked?.s;
      }
      const other = into ? await entityOf(into.entity) : undefined;
      if (!other) return false;
      const key = documentKey(t.document);
      return record(
        { op: 'sameEntity', entity: { name: t.entity.name, type: t.entity.type }, document: key, into: { name: other.name, type: other.type } },
        `${t.entity.name} in ${key} is now ${other.name}`,
      );
    }),
  );
}
