// The one place where core spans and document ids become VS Code ranges, positions and URIs.
// Document ids are URI strings (see ResolvedDocument.id), so round-tripping through Uri.parse is exact.
import * as vscode from 'vscode';
import type { Span } from '../core/types';
import { createLineIndex, type LineIndex } from './lineIndex';

export function documentId(uri: vscode.Uri): string {
  return uri.toString();
}

export function uriOf(documentId: string): vscode.Uri {
  return vscode.Uri.parse(documentId, true);
}

/**
 * How the curation file and the CLI name a document: its path relative to its workspace folder for a
 * file, else the document id as is.
 */
export function documentKey(documentId: string): string {
  const uri = uriOf(documentId);
  return uri.scheme === 'file' ? vscode.workspace.asRelativePath(uri, false) : documentId;
}

/** Converts spans of one text; build once per document per operation (it scans the text). */
export interface SpanConverter {
  range(span: Span): vscode.Range;
  position(offset: number): vscode.Position;
  offset(position: vscode.Position): number;
}

export function converterForText(text: string): SpanConverter {
  const index: LineIndex = createLineIndex(text);
  const position = (offset: number) => {
    const p = index.positionAt(offset);
    return new vscode.Position(p.line, p.character);
  };
  return {
    position,
    range: (span) => new vscode.Range(position(span.start), position(span.end)),
    offset: (p) => index.offsetAt(p),
  };
}

/** An open document already knows its lines; reuse them instead of rescanning. */
export function converterForDocument(document: vscode.TextDocument): SpanConverter {
  return {
    position: (offset) => document.positionAt(offset),
    range: (span) => new vscode.Range(document.positionAt(span.start), document.positionAt(span.end)),
    offset: (p) => document.offsetAt(p),
  };
}

export function location(documentId: string, converter: SpanConverter, span: Span): vscode.Location {
  return new vscode.Location(uriOf(documentId), converter.range(span));
}

// Arguments of Commands.openLocation: defined in hoverLinks.ts (pure), where the server builds them too.
export { openLocationArgs, type OpenLocationArgs } from './hoverLinks';

/**
 * Converter for a corpus document. The open editor's line table is reused when it holds exactly the
 * indexed text; otherwise (closed file, or edits not yet re-annotated) offsets refer to the indexed text.
 */
export function converterFor(documentId: string, text: string): SpanConverter {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === documentId);
  if (open && open.getText() === text) return converterForDocument(open);
  return converterForText(text);
}

/** Offset of a position in an open document (the index's offsets count the same UTF-16 units). */
export function offsetIn(document: vscode.TextDocument, position: vscode.Position): number {
  return document.offsetAt(position);
}

/** Offset of the editor's cursor. */
export function cursorOffset(editor: vscode.TextEditor): number {
  return editor.document.offsetAt(editor.selection.active);
}

/** Length of an open document without getText(), which would copy all of it. */
export function documentLength(document: vscode.TextDocument): number {
  return document.offsetAt(new vscode.Position(document.lineCount, 0));
}
