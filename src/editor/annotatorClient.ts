// Host side of the annotation worker: a priority queue with one request in flight, so an edit in the
// open editor overtakes the initial bulk indexing, and a crashed or hung worker is replaced instead of
// taking the extension down with it.
import { Worker } from 'node:worker_threads';
import type * as vscode from 'vscode';
import type { DocumentAnnotation } from '../core/types';
import type { AnnotateRequest, AnnotateResponse } from '../worker';

export type Priority = 'interactive' | 'background';

export interface AnnotatorClient extends vscode.Disposable {
  annotate(text: string, priority: Priority, token?: vscode.CancellationToken): Promise<DocumentAnnotation>;
}

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
  }
}

export interface AnnotatorClientOptions {
  readonly workerPath: string;
  readonly log: (message: string) => void;
  /** A document that takes longer than this is given up on, and the worker restarted. */
  readonly timeoutMs?: number;
}

interface Job {
  readonly id: number;
  readonly text: string;
  readonly resolve: (a: DocumentAnnotation) => void;
  readonly reject: (e: Error) => void;
  readonly token?: vscode.CancellationToken;
}

export function createAnnotatorClient(options: AnnotatorClientOptions): AnnotatorClient {
  const timeoutMs = options.timeoutMs ?? 120_000;
  const queues: Record<Priority, Job[]> = { interactive: [], background: [] };
  let worker: Worker | undefined;
  let inFlight: { job: Job; timer: NodeJS.Timeout } | undefined;
  let nextId = 1;
  let disposed = false;

  const spawn = (): Worker => {
    const w = new Worker(options.workerPath);
    w.on('message', (response: AnnotateResponse) => {
      if (!inFlight || inFlight.job.id !== response.id) return;
      const { job, timer } = inFlight;
      clearTimeout(timer);
      inFlight = undefined;
      if ('error' in response) job.reject(new Error(response.error));
      else job.resolve(response.annotation);
      pump();
    });
    const fail = (reason: string) => {
      if (worker !== w) return;
      worker = undefined;
      options.log(`annotation worker stopped: ${reason}`);
      if (inFlight) {
        clearTimeout(inFlight.timer);
        inFlight.job.reject(new Error(`annotation worker stopped: ${reason}`));
        inFlight = undefined;
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
    if (disposed || inFlight) return;
    const job = takeNext();
    if (!job) return;
    worker ??= spawn();
    const w = worker;
    const timer = setTimeout(() => {
      options.log(`annotation took longer than ${timeoutMs / 1000} s; restarting the worker`);
      // terminate() makes 'exit' fire, which rejects the job and moves on.
      void w.terminate();
    }, timeoutMs);
    inFlight = { job, timer };
    const request: AnnotateRequest = { id: job.id, text: job.text };
    w.postMessage(request);
  }

  return {
    annotate(text, priority, token) {
      if (disposed) return Promise.reject(new CancelledError());
      if (token?.isCancellationRequested) return Promise.reject(new CancelledError());
      return new Promise<DocumentAnnotation>((resolve, reject) => {
        queues[priority].push({ id: nextId++, text, resolve, reject, token });
        pump();
      });
    },
    dispose() {
      disposed = true;
      for (const queue of Object.values(queues)) for (const job of queue.splice(0)) job.reject(new CancelledError());
      if (inFlight) {
        clearTimeout(inFlight.timer);
        inFlight.job.reject(new CancelledError());
        inFlight = undefined;
      }
      const w = worker;
      worker = undefined;
      void w?.terminate();
    },
  };
}
