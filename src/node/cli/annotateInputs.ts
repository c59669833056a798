// Annotates the documents a CLI command read, one at a time, so one document that throws is
// reported and skipped while the others go on (exit status 1 rather than losing the whole run).
import type { DocumentAnnotation } from '../../core/types';

/** A document the command read: its id (a path as given) and its text. */
export interface ReadDocument {
  readonly id: string;
  readonly text: string;
}

/**
 * Runs `annotate` on each document. Returns the documents with their annotations, in input order,
 * and how many could not be annotated (each reported through `say` with its id and the error).
 * Never throws for a document's error.
 */
export function annotateInputs<D extends ReadDocument>(
  documents: readonly D[],
  annotate: (text: string) => DocumentAnnotation,
  say: (message: string) => void,
): { readonly annotated: { readonly doc: D; readonly annotation: DocumentAnnotation }[]; readonly failed: number } {
  const annotated: { doc: D; annotation: DocumentAnnotation }[] = [];
  let failed = 0;
  for (const doc of documents) {
    try {
      annotated.push({ doc, annotation: annotate(doc.text) });
    } catch (e) {
      failed++;
      say(`${doc.id}: could not be annotated (${(e as Error).message}); skipped`);
    }
  }
  return { annotated, failed };
}

/** The options every CLI command shares, for node:util parseArgs. */
export const COMMON_OPTIONS = {
  format: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
  curation: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;
