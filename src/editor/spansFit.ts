// When the engine's spans of a document may be drawn in the editor: only when they were computed on
// the text the editor holds now. Pure (no vscode), so the rule is unit tested.
import type { DocumentSpans } from '../protocol';

/** What the rule reads of the editor's document. */
export interface EditorDocumentState {
  /** vscode.TextDocument.version, which the language client sends as the LSP version. */
  readonly version: number;
  readonly isDirty: boolean;
  /** Length of the editor's text, UTF-16 code units. */
  readonly length: number;
}

/**
 * Whether spans computed by the engine line up with the document as the editor holds it now. A
 * document the client syncs to the engine carries the LSP version whose text the engine indexed
 * (null: the engine indexed another text): the spans fit when that is the editor's version. A document
 * the client does not sync was read from disk by the engine: they fit when the editor has no unsaved
 * change and the lengths agree. Nothing is hashed on either side.
 */
export function spansFit(spans: Pick<DocumentSpans, 'length' | 'version'>, document: EditorDocumentState): boolean {
  if (spans.length !== document.length || spans.version === null) return false;
  if (spans.version !== undefined) return spans.version === document.version;
  return !document.isDirty;
}
