// The annotation workers: one worker thread per spare core, fed from two queues so an open document
// overtakes the bulk of a workspace scan. A crashed or hung worker is replaced and its document
// failed, never taking the server down. Moved here from the extension host (it was one worker there).
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
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
  inFlight?: { job: Job; timer: NodeJS.Timeout };
}

/** Worker count for this machine: the cores less one for the server's own thread, at least one. */
export function defaultPoolSize(): number {
  return Math.max(1, availableParallelism() - 1);
}

export function createAnnotatorPool(options: AnnotatorPoolOptions): AnnotatorPool {
  const timeoutMs = options.timeoutMs ?? 120_000;
  const size = Math.max(1, Math.floor(options.size ?? defaultPoolSize()));
  const queues: Record<Priority, Job[]> = { interactive: [], background: [] };
  const slots: Slot[] = Array.from({ length: size }, () => ({}));
  let nextId = 1;
  let disposed = false;

  const spawn = (slot: Slot): Worker => {
    const w = new Worker(options.workerPath);
    w.on('message', (response: AnnotateResponse) => {
      const flight = slot.inFlight;
      if (!flight || flight.job.id !== response.id) return;
      clearTimeout(flight.timer);
      slot.inFlight = undefined;
      if ('error' in response) flight.job.reject(new Error(response.error));
      else flight.job.resolve(response.annotation);
      pump();
    });
    const fail = (reason: string) => {
      if (slot.worker !== w) return;
      slot.worker = undefined;
      if (!disposed) options.log(`annotation worker stopped: ${reason}`);
      if (slot.inFlight) {
        clearTimeout(slot.inFlight.timer);
        slot.inFlight.job.reject(new Error(`annotation worker stopped: ${reason}`));
        slot.inFlight = undefined;
      }
      pump();
    };
    w.on('error', (e) => fail(e instanceof Error ? e.message : String(e)));
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

  function pump(): void {
    if (disposed) return;
    for (const slot of slots) {
      if (slot.inFlight) continue;
      const job = takeNext();
      if (!job) return;
      slot.worker ??= spawn(slot);
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
    dispose() {
      disposed = true;
      for (const queue of Object.values(queues)) for (const job of queue.splice(0)) job.reject(new CancelledError());
      for (const slot of slots) {
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
