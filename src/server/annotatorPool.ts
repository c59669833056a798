// The annotation workers: one worker thread per spare core, fed from two queues so an open document
// overtakes the bulk of a workspace scan. A crashed or hung worker is replaced and its document
// failed, never taking the server down. Moved here from the extension host (it was one worker there).
import { Worker } from 'node:worker_threads';
import { availableParallelism, freemem, totalmem } from 'node:os';
import { createBlankObjects, createCanonicalizer, type Canonicalizer } from '../core/corpus/canonical';
import type { DocumentAnnotation } from '../core/types';
import type { AnnotateRequest, AnnotateResponse } from '../worker';

export type Priority = 'interactive' | 'background';

/** Anything with the LSP/vscode cancellation shape. */
export interface Cancellation {
  readonly isCancellationRequested: boolean;
}

export interface AnnotatorPool {
  /** Resolves with the document's annotation; rejects with CancelledError when cancelled or disposed. */
  annotate(text: string, priority: Priority, token?: Cancellation): Promise<DocumentAnnotation>;
  /** Jobs queued or running. */
  pending(): number;
  /** Worker threads running now (idle ones past idleMs are stopped). */
  workers(): number;
  /** The most worker threads that ran at once since the pool was made (whether a second one ever started). */
  peakWorkers(): number;
  dispose(): void;
}

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
  }
}

export interface AnnotatorPoolOptions {
  readonly workerPath: string;
  readonly log: (message: string) => void;
  /** Worker threads; default: the machine's cores less one (the server's own thread), at least one. */
  readonly size?: number;
  /** A document that takes longer than this is given up on, and its worker restarted. */
  readonly timeoutMs?: number;
  /**
   * V8 old-generation limit of each worker, MB (resourceLimits): a worker collects before its heap grows
   * far past what it keeps (the language model, about 55 MB; without a limit V8 let it reach 250 MB
   * between collections at 3,000 documents). A document that needs more is annotated again on a
   * worker without a limit. Default WORKER_HEAP_LIMIT_MB; 0: no limit.
   */
  readonly heapLimitMb?: number;
  /**
   * Milliseconds a worker other than the first may stay idle before it is stopped (each loads the
   * language model); the first stays, so an edit never waits for a model to load. Default 30 s; the
   * language server passes EXTRA_WORKER_IDLE_MS.
   */
  readonly idleMs?: number;
  /**
   * Keeps one copy of each string of the annotations' quotes and definitions (see canonicalAnnotation).
   * Default: a canonicalizer of the pool's own.
   */
  readonly canonical?: Canonicalizer;
  /**
   * Bytes of memory the machine has available now (default os.freemem, MemAvailable on Linux). A worker
   * other than the first starts only while at least MEMORY_FOR_EXTRA_WORKER_MB are available: with memory
   * short, the documents wait for a running worker instead of pushing the machine into swap.
   */
  readonly freeMemory?: () => number;
  /** Nice value each worker gives its own thread as it starts (threadPriority.ts); undefined: unchanged. */
  readonly threadNice?: number;
  /**
   * Whether a worker other than the first may start now, besides memory (e.g. the machine has a core to
   * spare; idleCores.ts). Asked again at each later chance (each finished job). Default: always.
   */
  readonly mayAddWorker?: () => boolean;
}

interface Job {
  readonly id: number;
  readonly text: string;
  readonly resolve: (a: DocumentAnnotation) => void;
  readonly reject: (e: Error) => void;
  readonly token?: Cancellation;
}

interface Slot {
  worker?: Worker;
  /** The worker runs without a heap limit (it was given a document that needed more). */
  unlimited?: boolean;
  inFlight?: { job: Job; timer: NodeJS.Timeout };
  idle?: NodeJS.Timeout;
}

/**
 * The language server's AnnotatorPoolOptions.idleMs. Short: a scan keeps the queue full until its last document, and the
 * corpus-wide resolution pass that follows is the engine's memory peak, which a second worker's heap
 * (about 110 MB of RSS, measured at 3,000 documents) would otherwise still add to for 30 s. An editor's
 * edits go to the first worker, which stays.
 */
export const EXTRA_WORKER_IDLE_MS = 2000;

/** See AnnotatorPoolOptions.heapLimitMb. */
export const WORKER_HEAP_LIMIT_MB = 128;
/** Memory an annotation worker may take (heap limit plus code and young generation), for sizing the pool. */
const WORKER_BUDGET_MB = 200;
/** Share of the machine's memory the annotation workers together may take. */
const MEMORY_SHARE = 1 / 16;
/** Memory the machine must have available for a worker other than the first to start (see freeMemory). */
export const MEMORY_FOR_EXTRA_WORKER_MB = 3 * WORKER_BUDGET_MB;
/** Workers at most, whatever the machine: the engine's memory goal (600 MB at 10,000 documents) holds about three. */
const MAX_WORKERS = 3;

/**
 * Worker count for this machine: the cores less one for the server's own thread, at most as many as
 * a sixteenth of the memory holds (WORKER_BUDGET_MB each) and MAX_WORKERS, at least one.
 */
export function defaultPoolSize(cores = availableParallelism(), memoryBytes = totalmem()): number {
  const byMemory = Math.floor((memoryBytes * MEMORY_SHARE) / (WORKER_BUDGET_MB * 1024 * 1024));
  return Math.max(1, Math.min(cores - 1, byMemory, MAX_WORKERS));
}

/**
 * Worker count of the language server's pool: `asked` (the client's setting) if given, else
 * SOURCE_ANNOTATOR_WORKERS when it is a positive integer (measurements), else one per core, memory and
 * MAX_WORKERS allowing (defaultPoolSize counting the server's thread as a core of its own). The server's
 * thread mostly waits while a scan runs, and the CLI annotates on every free core: held to cores - 1 the
 * server took about twice the CLI's time on an idle two-core machine. Workers past the first start only
 * while a core is spare (AnnotatorPoolOptions.mayAddWorker), so a busy machine keeps one.
 */
export function serverPoolSize(asked: number | undefined, env: NodeJS.ProcessEnv = process.env, cores = availableParallelism(), memoryBytes = totalmem()): number {
  if (asked !== undefined) return asked;
  const fromEnv = Number(env.SOURCE_ANNOTATOR_WORKERS);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return defaultPoolSize(cores + 1, memoryBytes);
}

/**
 * The annotation as it came from a worker (a structured clone this thread owns alone), with the short
 * strings of its quotes (the speaker's words, the cue, the kind) and its definitions replaced, in place,
 * by their canonical copies. A clone makes a new string for every value, and the server keeps each
 * document's quotes for the rest of the session (to resolve it again): at 3,000 synthetic documents they
 * were 155,000 strings of a few characters ("he", "said", once per quote). Longer strings (a quote's own
 * text) are left as they are: they rarely repeat, and a table entry for each would cost more than it
 * saves. Mentions are left alone: the index packs them into columns with strings of its own. With
 * `blank` (createBlankObjects), each quote is replaced by an equal object holding its fields inside
 * itself. Returns the same annotation object.
 */
export function canonicalAnnotation(annotation: DocumentAnnotation, canonical: Canonicalizer, blank?: (keys: readonly string[]) => Record<string, unknown>): DocumentAnnotation {
  if (typeof annotation !== 'object' || annotation === null) return annotation;
  if (Array.isArray(annotation.quotes)) {
    const quotes = annotation.quotes as unknown[];
    for (let i = 0; i < quotes.length; i++) {
      const quote = quotes[i];
      if (typeof quote !== 'object' || quote === null) continue;
      const q = quote as Record<string, unknown>;
      const keys = Object.keys(q);
      // `blank`: the quote is rebuilt with every field inside the object (a clone grows objects key by
      // key, fields past the fourth in a separate array; see createBlankObjects).
      const plain = blank !== undefined && Object.getPrototypeOf(q) === Object.prototype;
      const to = plain ? blank(keys) : q;
      for (const key of keys) {
        const v = q[key];
        to[key] = typeof v === 'string' && v.length <= SHORT_STRING ? canonical.string(v) : v;
      }
      quotes[i] = to;
    }
  }
  if (Array.isArray(annotation.definitions)) canonical.strings(annotation.definitions);
  return annotation;
}

/** Strings up to this length (UTF-16 code units) are kept once by canonicalAnnotation. */
const SHORT_STRING = 64;

/** Whether a worker's error is V8 running out of the heap its resourceLimits allow. */
const outOfMemory = (e: unknown) => (e as { code?: unknown } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';

export function createAnnotatorPool(options: AnnotatorPoolOptions): AnnotatorPool {
  const timeoutMs = options.timeoutMs ?? 120_000;
  const heapLimitMb = options.heapLimitMb ?? WORKER_HEAP_LIMIT_MB;
  const idleMs = options.idleMs ?? 30_000;
  const canonical = options.canonical ?? createCanonicalizer();
  const blank = createBlankObjects();
  const freeMemory = options.freeMemory ?? freemem;
  /** Extra workers are held back for lack of memory (logged once per shortage). */
  let short = false;
  /** Whether a slot without a worker may start one now: the first always, the others while memory allows. */
  const mayStart = (slot: Slot): boolean => {
    if (slot === slots[0]) return true;
    if (options.mayAddWorker && !options.mayAddWorker()) return false;
    const available = freeMemory();
    const enough = available >= MEMORY_FOR_EXTRA_WORKER_MB * 1024 * 1024;
    if (!enough && !short) options.log(`annotation: ${Math.round(available / 1024 / 1024)} MB of memory available; no more annotation workers start until ${MEMORY_FOR_EXTRA_WORKER_MB} MB are`);
    short = !enough;
    return enough;
  };
  const size = Math.max(1, Math.floor(options.size ?? defaultPoolSize()));
  const queues: Record<Priority, Job[]> = { interactive: [], background: [] };
  const slots: Slot[] = Array.from({ length: size }, () => ({}));
  let nextId = 1;
  let disposed = false;
  let peak = 0;

  const spawn = (slot: Slot): Worker => {
    const limited = heapLimitMb > 0 && !slot.unlimited;
    const workerData = options.threadNice === undefined ? undefined : { threadNice: options.threadNice };
    const w = new Worker(options.workerPath, limited ? { workerData, resourceLimits: { maxOldGenerationSizeMb: heapLimitMb } } : { workerData });
    w.on('message', (response: AnnotateResponse) => {
      const flight = slot.inFlight;
      if (!flight || flight.job.id !== response.id) return;
      clearTimeout(flight.timer);
      slot.inFlight = undefined;
      if ('error' in response) flight.job.reject(new Error(response.error));
      else flight.job.resolve(canonicalAnnotation(response.annotation, canonical, blank));
      if (slot.unlimited && slot.worker === w) {
        // The large document is done: its heap goes with this worker; the next job gets a limited one.
        slot.worker = undefined;
        slot.unlimited = false;
        void w.terminate();
      }
      pump();
    });
    const fail = (reason: string, error?: unknown) => {
      if (slot.worker !== w) return;
      slot.worker = undefined;
      if (limited && outOfMemory(error) && slot.inFlight && !disposed) {
        // The document needs more than the limit: the same job again, on a worker without one.
        clearTimeout(slot.inFlight.timer);
        queues.interactive.unshift(slot.inFlight.job);
        slot.inFlight = undefined;
        slot.unlimited = true;
        options.log(`annotation worker: a document needed more than ${heapLimitMb} MB of heap; annotating it again without a limit`);
        pump();
        return;
      }
      slot.unlimited = false;
      if (!disposed) options.log(`annotation worker stopped: ${reason}`);
      if (slot.inFlight) {
        clearTimeout(slot.inFlight.timer);
        slot.inFlight.job.reject(new Error(`annotation worker stopped: ${reason}`));
        slot.inFlight = undefined;
      }
      pump();
    };
    w.on('error', (e) => fail(e instanceof Error ? e.message : String(e), e));
    w.on('exit', (code) => fail(`exit code ${code}`));
    return w;
  };

  const takeNext = (): Job | undefined => {
    for (const priority of ['interactive', 'background'] as const) {
      const queue = queues[priority];
      while (queue.length > 0) {
        const job = queue.shift()!;
        if (job.token?.isCancellationRequested) job.reject(new CancelledError());
        else return job;
      }
    }
    return undefined;
  };

  /** Stops the worker of an idle slot (not the first) after idleMs; its next job starts a new one. */
  const release = (slot: Slot) => {
    if (slot.idle) clearTimeout(slot.idle);
    slot.idle = undefined;
    if (slot === slots[0] || !slot.worker || disposed) return;
    slot.idle = setTimeout(() => {
      slot.idle = undefined;
      const w = slot.worker;
      if (!w || slot.inFlight) return;
      // Forgotten first, so its exit is not reported as a failure.
      slot.worker = undefined;
      slot.unlimited = false;
      void w.terminate();
    }, idleMs);
    slot.idle.unref?.();
  };

  function pump(): void {
    if (disposed) return;
    for (const slot of slots) {
      if (slot.inFlight) continue;
      if (!slot.worker && queues.interactive.length + queues.background.length > 0 && !mayStart(slot)) continue;
      const job = takeNext();
      if (!job) {
        for (const s of slots) if (!s.inFlight && !s.idle) release(s);
        return;
      }
      if (slot.idle) clearTimeout(slot.idle);
      slot.idle = undefined;
      // Told only when the start was the machine's call (the language server's log), not a fixed size's (the CLI's).
      if (!slot.worker && slot !== slots[0] && options.mayAddWorker) options.log(`annotation: worker ${slots.indexOf(slot) + 1} of ${size} started, a core being spare (it stops after ${idleMs / 1000} s idle)`);
      if (!slot.worker) {
        slot.worker = spawn(slot);
        peak = Math.max(peak, slots.filter((s) => s.worker).length);
      }
      const w = slot.worker;
      const timer = setTimeout(() => {
        options.log(`annotation took longer than ${timeoutMs / 1000} s; restarting the worker`);
        // terminate() makes 'exit' fire, which rejects the job and moves on.
        void w.terminate();
      }, timeoutMs);
      slot.inFlight = { job, timer };
      const request: AnnotateRequest = { id: job.id, text: job.text };
      w.postMessage(request);
    }
  }

  return {
    annotate(text, priority, token) {
      if (disposed || token?.isCancellationRequested) return Promise.reject(new CancelledError());
      return new Promise<DocumentAnnotation>((resolve, reject) => {
        queues[priority].push({ id: nextId++, text, resolve, reject, token });
        pump();
      });
    },
    pending: () => queues.interactive.length + queues.background.length + slots.filter((s) => s.inFlight).length,
    workers: () => slots.filter((s) => s.worker).length,
    peakWorkers: () => peak,
    dispose() {
      disposed = true;
      for (const queue of Object.values(queues)) for (const job of queue.splice(0)) job.reject(new CancelledError());
      for (const slot of slots) {
        if (slot.idle) clearTimeout(slot.idle);
        slot.idle = undefined;
        if (slot.inFlight) {
          clearTimeout(slot.inFlight.timer);
          slot.inFlight.job.reject(new CancelledError());
          slot.inFlight = undefined;
        }
        const w = slot.worker;
        slot.worker = undefined;
        void w?.terminate();
      }
    },
  };
}
