// Worker thread: runs the per-document annotator so the extension host's main thread stays free for
// typing. Protocol: {id, text} in, {id, annotation} or {id, error} out, one message per request.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { createAnnotator, type Annotator } from './core/annotate';
import type { DocumentAnnotation } from './core/types';
import { lowerThreadPriority } from './server/threadPriority';

export interface AnnotateRequest {
  readonly id: number;
  readonly text: string;
}

export type AnnotateResponse = { readonly id: number; readonly annotation: DocumentAnnotation } | { readonly id: number; readonly error: string };

function serve(port: MessagePort): void {
  // Loading the language model is the slow part; do it once, on the first request.
  let annotator: Annotator | undefined;
  port.on('message', (request: AnnotateRequest) => {
    let response: AnnotateResponse;
    try {
      annotator ??= createAnnotator();
      response = { id: request.id, annotation: annotator.annotate(String(request.text)) };
    } catch (e) {
      response = { id: request.id, error: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e) };
    }
    port.postMessage(response);
  });
}

if (parentPort) {
  // The language server's pool asks for a lower priority (threadPriority.ts); the CLI's does not.
  lowerThreadPriority((workerData as { threadNice?: number } | null)?.threadNice);
  serve(parentPort);
}

// Loaded with require() outside a worker (no parentPort), this bundle is the engine itself: the CLI
// annotates one or two documents in its own thread through it, so dist/cli.js need not carry a copy.
export { createAnnotator };
