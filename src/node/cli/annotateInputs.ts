// Annotates the documents a CLI command reads, all at once on the annotator (the worker pool runs
// them in parallel), so one document that fails is reported and skipped while the others go on (exit
// status 1 rather than losing the whole run). Results and reports keep the input order.
import type { DocumentAnnotation } from '../../core/types';
import type { CliAnnotator } from './annotator';
import { findInputs, readInputs, type CollectedInputs, type InputDocument } from './inputs';

/** A document the command read: its id (a path as given) and its text. */
export interface ReadDocument {
  readonly id: string;
  readonly text: string;
}

/** Documents with their annotations, in input order, and how many could not be annotated. */
export interface AnnotatedInputs<D> {
  readonly annotated: { readonly doc: D; readonly annotation: DocumentAnnotation }[];
  readonly failed: number;
}

/**
 * Waits for each document's annotation, in input order. Each failure is reported through `say` with
 * the document's id and the error's message, and counted. Never rejects for a document's error.
 */
export async function settleAnnotations<D extends ReadDocument>(jobs: readonly { readonly doc: D; readonly annotation: Promise<DocumentAnnotation> }[], say: (message: string) => void): Promise<AnnotatedInputs<D>> {
  const settled = await Promise.allSettled(jobs.map((j) => j.annotation));
  const annotated: { doc: D; annotation: DocumentAnnotation }[] = [];
  let failed = 0;
  settled.forEach((result, i) => {
    const { doc } = jobs[i];
    if (result.status === 'fulfilled') annotated.push({ doc, annotation: result.value });
    else {
      failed++;
      say(`${doc.id}: could not be annotated (${(result.reason as Error).message}); skipped`);
    }
  });
  return { annotated, failed };
}

/** Runs `annotate` on each document; see settleAnnotations. */
export function annotateInputs<D extends ReadDocument>(documents: readonly D[], annotate: (text: string) => Promise<DocumentAnnotation>, say: (message: string) => void): Promise<AnnotatedInputs<D>> {
  return settleAnnotations(documents.map((doc) => ({ doc, annotation: annotate(doc.text) })), say);
}

/**
 * Finds and reads the inputs, handing each document to the annotator as soon as it is read, so the
 * workers start on the first file while the rest are read. `annotator` is made once the number of
 * files is known. The caller reports `inputs.problems` and disposes the annotator.
 */
export async function readAndAnnotate(args: readonly string[], cwd: string, annotator: (files: number) => CliAnnotator): Promise<{ readonly inputs: CollectedInputs; readonly annotator: CliAnnotator; readonly jobs: { readonly doc: InputDocument; readonly annotation: Promise<DocumentAnnotation> }[] }> {
  const found = await findInputs(args, cwd);
  const chosen = annotator(found.files.length);
  const jobs: { doc: InputDocument; annotation: Promise<DocumentAnnotation> }[] = [];
  try {
    const inputs = await readInputs(found, (doc) => {
      const annotation = chosen.annotate(doc.text);
      // Settled later, in order; until then a rejection must not count as unhandled.
      annotation.catch(() => undefined);
      jobs.push({ doc, annotation });
    });
    return { inputs, annotator: chosen, jobs };
  } catch (e) {
    chosen.dispose();
    throw e;
  }
}

/** The options every CLI command shares, for node:util parseArgs. */
export const COMMON_OPTIONS = {
  format: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
  curation: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;
