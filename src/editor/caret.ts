// Which span the caret is "on". Every jump (Go to Definition, a tree row, Next Mention, a hover
// link) selects the name and leaves the caret at its END, and a double-click does the same, so a
// caret touching a name at either end counts as on it. When two spans touch the caret (one ends
// where the other starts), the one the caret is inside wins. Every editor feature asks here, so
// hover, F12, Shift+F12, highlights, Next Mention, the tree and the corrections always agree.
import * as vscode from 'vscode';
import { spanAtCaret, type SpanLookup } from './caretSpan';
import { documentId } from './convert';

export { spanAtCaret, type SpanLookup } from './caretSpan';

/**
 * The span a selection is on: the one at its active end (the caret, touching counts), else the one
 * containing its start, so selecting "Ann Lee said" or a name backwards still finds the name.
 */
export function spanAtSelection<T>(lookup: SpanLookup<T>, documentId: string, document: vscode.TextDocument, selection: vscode.Selection): T | undefined {
  const atCaret = spanAtCaret(lookup, documentId, document.offsetAt(selection.active));
  if (atCaret !== undefined || selection.isEmpty) return atCaret;
  return lookup(documentId, document.offsetAt(selection.start));
}

/** A document position named by a command argument: a vscode.Location, or { uri, position }. */
export interface PositionArg {
  readonly uri: vscode.Uri;
  readonly position: vscode.Position;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isPosition = (v: unknown): v is vscode.Position => isObj(v) && typeof v.line === 'number' && typeof v.character === 'number';
const isUri = (v: unknown): v is vscode.Uri => isObj(v) && typeof v.scheme === 'string' && typeof v.toString === 'function';

/**
 * Reads a position argument: `new vscode.Location(uri, position)` (or a range, whose start is used)
 * or `{ uri, position }`. The editor context menu passes only the document's URI, which is not a
 * position: the commands then use the caret, which the right-click has already moved to the click.
 */
export function positionArg(arg: unknown): PositionArg | undefined {
  if (!isObj(arg) || !isUri(arg.uri)) return undefined;
  if (isPosition(arg.position)) return { uri: arg.uri, position: arg.position };
  if (isObj(arg.range) && isPosition(arg.range.start)) return { uri: arg.uri, position: arg.range.start };
  return undefined;
}

/** Where a command acts: a document of the index and a way to find the span the position is on. */
export interface CaretTarget {
  readonly document: vscode.TextDocument;
  readonly documentId: string;
  /** The target position as an offset (UTF-16 code units): the argument's, else the caret (the selection's active end). */
  readonly offset: number;
  /** A non-empty selection's start, when the target is the active editor's selection (its span counts when the caret is on none). */
  readonly selectionStart?: number;
  /** The span at the target position (touching counts; see spanAtCaret / spanAtSelection). */
  find<T>(lookup: SpanLookup<T>): T | undefined;
}

/**
 * The position a command acts on: its position argument when it has one (see positionArg), else the
 * active editor's caret or selection. Undefined when that document is not one the index covers.
 */
export async function caretTarget(arg: unknown, covers: (document: vscode.TextDocument) => boolean): Promise<CaretTarget | undefined> {
  const at = positionArg(arg);
  if (at) {
    const key = at.uri.toString();
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key) ?? (await vscode.workspace.openTextDocument(at.uri).then((d) => d, () => undefined));
    if (!document || !covers(document)) return undefined;
    const id = documentId(document.uri);
    const offset = document.offsetAt(at.position);
    return { document, documentId: id, offset, find: (lookup) => spanAtCaret(lookup, id, offset) };
  }
  const editor = vscode.window.activeTextEditor;
  if (!editor || !covers(editor.document)) return undefined;
  const id = documentId(editor.document.uri);
  const { document, selection } = editor;
  const selectionStart = selection.isEmpty ? undefined : document.offsetAt(selection.start);
  return { document, documentId: id, offset: document.offsetAt(selection.active), selectionStart, find: (lookup) => spanAtSelection(lookup, id, document, selection) };
}
