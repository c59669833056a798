// Which entity a "Show Quotes of Entity" / "Show Entity Graph" invocation means: an id from a hover
// link, a tree item from the context menu, or the mention (or quote speaker) under the cursor when
// run from the editor's context menu or the palette. The engine answers: ids from links are checked
// against its index, and the cursor is looked up there by the caret rule every other feature uses.
import * as vscode from 'vscode';
import { EntityRequest, ViewTargetRequest } from '../../protocol';
import { documentId } from '../convert';
import type { EngineClient } from '../engineClient';
import type { Coverage } from '../coverage';

export interface EntityTargetDeps {
  readonly engine: Pick<EngineClient, 'request'>;
  readonly coverage: Coverage;
}

/** The entity a tree item stands for: an entity row, or a speaker's quotes group. */
function fromTreeItem(arg: unknown): string | undefined {
  if (!arg || typeof arg !== 'object') return undefined;
  const node = arg as { kind?: unknown; row?: { entity?: { id?: unknown } }; speaker?: { speakerId?: unknown }; parent?: unknown };
  if ((node.kind === 'entity' || node.kind === 'document') && typeof node.row?.entity?.id === 'string') return node.row.entity.id;
  if (node.kind === 'speaker' && typeof node.speaker?.speakerId === 'string') return node.speaker.speakerId;
  if (node.kind === 'quote' || node.kind === 'mention') return fromTreeItem(node.parent);
  return undefined;
}

/** The entity under the cursor of the active editor: a mention, else the speaker of the quote there. */
async function entityAtCursor(deps: EntityTargetDeps): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !deps.coverage.covers(editor.document)) return undefined;
  const { document, selection } = editor;
  const found = await deps.engine.request(ViewTargetRequest, {
    uri: documentId(document.uri),
    offset: document.offsetAt(selection.active),
    selectionStart: selection.isEmpty ? undefined : document.offsetAt(selection.start),
  });
  return found ?? undefined;
}

/** The id when the engine knows such an entity now. */
async function known(deps: EntityTargetDeps, id: string): Promise<string | undefined> {
  return (await deps.engine.request(EntityRequest, { entity: id })) ? id : undefined;
}

/**
 * The entity id the command arguments name, or undefined. `cursor` says whether a call without an
 * entity (a Uri from the editor context menu, or nothing from the palette) falls back to the cursor.
 */
export async function entityFromArgs(deps: EntityTargetDeps, args: readonly unknown[], cursor: boolean): Promise<string | undefined> {
  const [first] = args;
  const fromLink = Array.isArray(first) ? first[0] : first;
  if (typeof fromLink === 'string') return known(deps, fromLink);
  const fromTree = fromTreeItem(first);
  if (fromTree) return known(deps, fromTree);
  return cursor ? entityAtCursor(deps) : undefined;
}
