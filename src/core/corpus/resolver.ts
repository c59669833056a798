// What the index needs from cross-document resolution, passed in so the index does not depend on
// how (or whether yet) resolution is implemented.
import type { DocumentAnnotation, ResolvedCorpus } from '../types';

export interface CorpusDocumentInput {
  readonly id: string;
  readonly text: string;
  readonly annotation: DocumentAnnotation;
}

export type Resolver = (docs: readonly CorpusDocumentInput[]) => ResolvedCorpus;

/** Reading order everywhere: plain code-unit order of ids, so every runtime and locale agrees. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
