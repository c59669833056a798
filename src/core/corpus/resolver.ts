// What the index needs from cross-document resolution, passed in so the index does not depend on
// how (or whether yet) resolution is implemented.
import type { DocumentAnnotation, ResolvedCorpus } from '../types';

export interface CorpusDocumentInput {
  readonly id: string;
  readonly text: string;
  readonly annotation: DocumentAnnotation;
}

/** Resolution kept up to date one document at a time; snapshot() equals a full resolution of the documents set. */
export interface IncrementalResolution {
  set(doc: CorpusDocumentInput): void;
  remove(documentId: string): boolean;
  snapshot(): ResolvedCorpus;
}

export interface Resolver {
  (docs: readonly CorpusDocumentInput[]): ResolvedCorpus;
  /** When offered, the index keeps one and hands it each change, instead of resolving every document again. */
  readonly incremental?: () => IncrementalResolution;
}

/** Reading order everywhere: plain code-unit order of ids, so every runtime and locale agrees. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
