// Which entity a "Show Quotes of Entity" / "Show Entity Graph" invocation means: an id from a hover
// link, a tree item from the context menu, or the mention (or quote speaker) under the cursor when
// run from the editor's context menu or the palette. Ids from links are checked against the index.
import * as vscode from 'vscode';
import type { CorpusIndex } from '../../core/corpusTypes';
import { spanAtSelection } from '../caret';
import { documentId } from '../convert';
import type { WorkspaceIndex } from '../workspaceIndex';

export interface EntityTargetDeps {
  readonly index: CorpusIndex;
  readonly workspaceIndex: WorkspaceIndex;
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

/**
 * The entity under the cursor of the active editor: a mention, else the speaker of the quote there,
 * found by the caret rule every other editor feature uses (caret.ts: touching a name counts).
 */
function entityAtCursor(deps: EntityTargetDeps): string | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !deps.workspaceIndex.covers(editor.document)) return undefined;
  const id = documentId(editor.document.uri);
  const { document, selection } = editor;
  return spanAtSelection((d, o) => deps.index.mentionAt(d, o), id, document, selection)?.entity
    ?? spanAtSelection((d, o) => deps.index.quoteAt(d, o), id, document, selection)?.speaker ?? undefined;
}

/**
 * The entity id the command arguments name, or undefined. `cursor` says whether a call without an
 * entity (a Uri from the editor context menu, or nothing from the palette) falls back to the cursor.
 */
export function entityFromArgs(deps: EntityTargetDeps, args: readonly unknown[], cursor: boolean): string | undefined {
  const [first] = args;
  const fromLink = Array.isArray(first) ? first[0] : first;
  if (typeof fromLink === 'string') return deps.index.snapshot().entities.has(fromLink) ? fromLink : undefined;
  const fromTree = fromTreeItem(first);
  if (fromTree) return deps.index.snapshot().entities.has(fromTree) ? fromTree : undefined;
  return cursor ? entityAtCursor(deps) : undefined;
}
