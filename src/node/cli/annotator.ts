// Where the CLI's documents are annotated: on the language server's worker pool (the same
// createAnnotatorPool and dist/worker.js, so batch mode and the editor share one code path) together
// with this thread when it pays, that is for many documents on a machine with two or more idle cores;
// otherwise in this thread alone, through the same worker bundle's createAnnotator.
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
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
  /**
   * Worker threads; 0 annotates in this thread. Default: chosen by poolSize from the documents and the
   * cores free right now (freeCores), so a busy machine annotates in this thread.
   */
  readonly workers?: number;
  /** An in-process annotator to use instead of this thread's engine (tests); with a given `workers`, no pool is used. */
  readonly annotate?: (text: string) => DocumentAnnotation;
  /** Told when a worker stops or is restarted. */
  readonly log: (message: string) => void;
  /** Cores and 1-minute load average; default: this machine's (os.availableParallelism, os.loadavg). Tests pass their own. */
  readonly machine?: { readonly cores: number; readonly load: number };
}

/**
 * Below this many documents the run stays in this thread. Each worker compiles the engine's bundle and
 * decodes the language model before its first document (0.25-0.5 s of CPU, measured in the workers'
 * CPU profiles; this thread would pay it once too), and one news-length document takes about 3 ms of
 * CPU: a handful of documents cannot win back a thread's start-up and the second model load. An
 * estimate from those two figures, not a measured break-even: the shared machine was too loaded for
 * wall times (see the bench's "forced" lines for both ways on 500 files).
 */
export const POOL_MIN_DOCUMENTS = 16;

/** Kept for callers of the first version: the largest run that always stays in this thread. */
export const IN_PROCESS_MAX_DOCUMENTS = POOL_MIN_DOCUMENTS - 1;

/**
 * Cores with nothing to run right now: the cores less the 1-minute load average, rounded (a core less
 * than half busy counts as free), never negative. On a machine shared with other work the pool's threads would only queue behind it (and
 * cost their model loading on top), which is what made the first pool attempt slower under load.
 * Windows reports a load average of 0, so there every core counts as free.
 */
export function freeCores(machine: { readonly cores: number; readonly load: number } = { cores: availableParallelism(), load: loadavg()[0] }): number {
  return Math.max(0, Math.round(machine.cores - machine.load));
}

/**
 * Worker threads for a run, 0 for this thread. Given `workers` is obeyed (0: this thread). Otherwise the
 * pool pays only with many documents AND at least two cores free (one worker is this thread's work
 * plus a thread's start-up); this thread only waits while the workers annotate, so they may use every
 * free core.
 */
export function poolSize(options: Pick<CliAnnotatorOptions, 'documents' | 'workers' | 'machine'>): number {
  if (options.workers !== undefined) return Math.max(0, Math.min(Math.floor(options.workers), options.documents));
  const workers = freeCores(options.machine);
  if (workers < 2 || options.documents < POOL_MIN_DOCUMENTS) return 0;
  return Math.min(workers, options.documents);
}

/**
 * The worker's error text is `message\nstack`: the first line is the message the in-process annotator
 * would have thrown, which is all a one-line CLI report shows.
 */
function firstLine(e: unknown): Error {
  const message = e instanceof Error ? e.message : String(e);
  return new Error(message.split('\n', 1)[0]);
}

/**
 * Worker threads for a run when the run chooses (no `workers` given) and this thread annotates too:
 * one fewer than poolSize's count, since this thread is one of the free cores it counted. 0 when
 * poolSize says this thread alone.
 */
export function sharedPoolSize(options: Pick<CliAnnotatorOptions, 'documents' | 'machine'>): number {
  return Math.max(0, poolSize(options) - 1);
}

/** Picks the annotator for a run: the pool (with this thread, when the run chooses) when it pays, else this thread. Never throws. */
export function createCliAnnotator(options: CliAnnotatorOptions): CliAnnotator {
  const { workerPath } = options;
  const given = options.annotate;
  let loading: Promise<(text: string) => DocumentAnnotation> | undefined;
  // Loaded on first use, so a run only on workers never loads the language model in this thread.
  const engine = () => (loading ??= given ? Promise.resolve(given) : import('../../core/annotate').then((m) => m.createAnnotator().annotate));
  // A given worker count is obeyed with this thread only waiting (the bench's "forced" rows); chosen by
  // the run, this thread annotates beside the workers and needs one fewer (it would otherwise only wait
  // while a second worker loads a second copy of the language model).
  const chosen = options.workers === undefined;
  // A given in-process annotator replaces the engine: alone, or as this thread's side of a shared run.
  const usable = workerPath !== undefined && (given === undefined || chosen) && existsSync(workerPath);
  const size = !usable ? 0 : chosen ? sharedPoolSize(options) : poolSize(options);
  if (size > 0 && workerPath !== undefined) {
    const pool = createAnnotatorPool({ workerPath, size, log: options.log });
    const onPool = (text: string) => pool.annotate(text, 'background').catch((e: unknown) => Promise.reject(firstLine(e)));
    if (chosen) return createSharedAnnotator({ annotate: onPool, dispose: () => pool.dispose() }, size, engine, options.log);
    return { annotate: onPool, dispose: () => pool.dispose() };
  }
  return {
    annotate: async (text) => (await engine())(text),
    dispose: () => undefined,
  };
}

/** Jobs handed to the pool ahead per worker, so a worker never waits for this thread to finish a document. */
const POOL_DEPTH = 2;

interface SharedJob {
  readonly text: string;
  readonly resolve: (annotation: DocumentAnnotation) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Annotates on a pool of `workers` threads and on this thread together, from one queue in the order the
 * documents come: the pool is kept POOL_DEPTH jobs per worker ahead, and this thread takes the next
 * document whenever it is free, one per turn of the event loop (so the workers' answers are taken in
 * and they are fed again between two documents). `local` loads this thread's annotator; until it has,
 * and if it fails to, the pool takes every document. Annotation is a pure function of the text, so
 * which thread annotates a document does not change its result. dispose() stops the pool and leaves
 * the documents not yet started unsettled.
 */
export function createSharedAnnotator(
  pool: { annotate(text: string): Promise<DocumentAnnotation>; dispose(): void },
  workers: number,
  local: () => Promise<(text: string) => DocumentAnnotation>,
  log: (message: string) => void = () => undefined,
): CliAnnotator {
  const queue: (SharedJob | undefined)[] = [];
  let head = 0;
  let onPool = 0;
  let disposed = false;
  let annotate: ((text: string) => DocumentAnnotation) | undefined;
  let loading = false;
  let scheduled = false;

  const take = (): SharedJob | undefined => {
    if (head >= queue.length) return undefined;
    const job = queue[head];
    // Dropped from the queue once taken: the text is held by the job alone from here on.
    queue[head++] = undefined;
    return job;
  };
  const feedPool = (): void => {
    while (!disposed && onPool < workers * POOL_DEPTH) {
      const job = take();
      if (!job) return;
      onPool++;
      const done = () => {
        onPool--;
        feedPool();
      };
      pool.annotate(job.text).then(
        (annotation) => {
          done();
          job.resolve(annotation);
        },
        (error: unknown) => {
          done();
          job.reject(error);
        },
      );
    }
  };
  const runHere = (): void => {
    scheduled = false;
    if (disposed || !annotate) return;
    const job = take();
    if (!job) return;
    try {
      job.resolve(annotate(job.text));
    } catch (e) {
      job.reject(e);
    }
    schedule();
  };
  function schedule(): void {
    if (disposed || scheduled || head >= queue.length) return;
    if (!annotate) {
      if (loading) return;
      loading = true;
      local().then(
        (loaded) => {
          annotate = loaded;
          schedule();
        },
        (e: unknown) => log(`this thread cannot annotate (${e instanceof Error ? e.message : String(e)}); the workers annotate every document`),
      );
      return;
    }
    scheduled = true;
    setImmediate(runHere);
  }
  return {
    annotate: (text) =>
      new Promise<DocumentAnnotation>((resolve, reject) => {
        queue.push({ text, resolve, reject });
        feedPool();
        schedule();
      }),
    dispose: () => {
      disposed = true;
      pool.dispose();
    },
  };
}

/** SOURCE_ANNOTATOR_WORKERS's value as a worker count: a whole number from 0, else undefined (let the run choose). */
export function workersFromEnv(value: string | undefined): number | undefined {
  return value !== undefined && /^\d+$/.test(value.trim()) ? Number(value.trim()) : undefined;
}

/** The annotator a run uses once it knows how many files it has (the CLI's dependencies, and where to report). */
export function cliAnnotatorFor(deps: Pick<CliAnnotatorOptions, 'workerPath' | 'workers' | 'annotate'>, say: (message: string) => void): (files: number) => CliAnnotator {
  return (files) => createCliAnnotator({ documents: files, workerPath: deps.workerPath, workers: deps.workers, annotate: deps.annotate, log: say });
}
