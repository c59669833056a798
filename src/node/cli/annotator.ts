// Where the CLI's documents are annotated: on the language server's worker pool (the same
// createAnnotatorPool and dist/worker.js, so batch mode and the editor share one code path), or in
// this thread for one or two documents, where starting worker threads costs more than it saves.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createAnnotatorPool } from '../../server/annotatorPool';
import type { DocumentAnnotation } from '../../core/types';

/** Annotates documents for one CLI run; dispose() stops any worker threads so the process can exit. */
export interface CliAnnotator {
  /** The document's annotation; rejects with the annotator's error (one line) when it fails. */
  annotate(text: string): Promise<DocumentAnnotation>;
  dispose(): void;
}

export interface CliAnnotatorOptions {
  /** Documents about to be annotated (an upper bound is fine): decides between pool and this thread. */
  readonly documents: number;
  /** The worker bundle (dist/worker.js next to dist/cli.js); absent or missing: annotate in this thread. */
  readonly workerPath?: string;
  /** Worker threads; default: one per core, since this thread only waits while they work. */
  readonly workers?: number;
  /** An in-process annotator to use instead of the engine (tests). */
  readonly annotate?: (text: string) => DocumentAnnotation;
  /** Told when a worker stops or is restarted. */
  readonly log: (message: string) => void;
}

/**
 * Up to this many documents are annotated in this thread: one worker would load the same language
 * model this thread would, plus a thread and a second copy of the engine's code, so it is never
 * faster; two documents on two workers load the model twice, which costs what it saves.
 */
export const IN_PROCESS_MAX_DOCUMENTS = 2;

/**
 * The worker's error text is `message\nstack`: the first line is the message the in-process annotator
 * would have thrown, which is all a one-line CLI report shows.
 */
function firstLine(e: unknown): Error {
  const message = e instanceof Error ? e.message : String(e);
  return new Error(message.split('\n', 1)[0]);
}

/** Picks the annotator for a run: see IN_PROCESS_MAX_DOCUMENTS. Never throws. */
export function createCliAnnotator(options: CliAnnotatorOptions): CliAnnotator {
  const { workerPath } = options;
  if (options.annotate === undefined && workerPath !== undefined && options.documents > IN_PROCESS_MAX_DOCUMENTS && existsSync(workerPath)) {
    const size = Math.max(1, Math.min(options.documents, options.workers ?? availableParallelism()));
    const pool = createAnnotatorPool({ workerPath, size, log: options.log });
    return {
      annotate: (text) => pool.annotate(text, 'background').catch((e: unknown) => Promise.reject(firstLine(e))),
      dispose: () => pool.dispose(),
    };
  }
  const given = options.annotate;
  let loading: Promise<(text: string) => DocumentAnnotation> | undefined;
  return {
    annotate: async (text) => {
      // Loaded on first use, so a run on the pool never loads the language model in this thread.
      loading ??= given ? Promise.resolve(given) : import('../../core/annotate').then((m) => m.createAnnotator().annotate);
      return (await loading)(text);
    },
    dispose: () => undefined,
  };
}

/** The annotator a run uses once it knows how many files it has (the CLI's dependencies, and where to report). */
export function cliAnnotatorFor(deps: Pick<CliAnnotatorOptions, 'workerPath' | 'workers' | 'annotate'>, say: (message: string) => void): (files: number) => CliAnnotator {
  return (files) => createCliAnnotator({ documents: files, workerPath: deps.workerPath, workers: deps.workers, annotate: deps.annotate, log: say });
}
