// The caret rule as a pure function (no vscode import, so it runs under mocha in plain Node);
// caret.ts explains why a caret touching a name counts as on it.

/** Finds the innermost span containing an offset (start <= offset < end), as CorpusIndex.mentionAt. */
export type SpanLookup<T> = (documentId: string, offset: number) => T | undefined;

/**
 * The span at a caret offset (UTF-16 code units): the innermost span containing it, else the span
 * that ends exactly at it. No span contains the offset in the second case, so any span containing
 * offset - 1 ends at offset.
 */
export function spanAtCaret<T>(lookup: SpanLookup<T>, documentId: string, offset: number): T | undefined {
  return lookup(documentId, offset) ?? (offset > 0 ? lookup(documentId, offset - 1) : undefined);
}
