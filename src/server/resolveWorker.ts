// Cross-document resolution on a thread of its own. The worker keeps its own copy of each document's
// annotation (fed as documents arrive, in order) and an incremental resolver; asked for a pass, it
// resolves and sends back only what changed since its last answer: the resolved documents that are not
// the same objects as last time and the entities whose content changed, in chunks, then the reading
// order. Texts never travel back: the request thread has them (see resolveScheduler.ts). The request
// thread pulls the chunks one at a time ('more'): a MessagePort delivers every message already queued
// in one go, so chunks pushed all at once were one long stall again (measured: 7–15 s at 10k).
//
// Why a worker rather than time slices: the resolver (src/core/resolve) is one synchronous pass of
// 7–9 s CPU at 10,000 documents; slicing it would mean rewriting it as resumable steps, while on a
// worker the request thread's share is only decoding the changes (measured in the commit message).
import { hash53 } from '../core/hash53';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { createCanonicalizer } from '../core/corpus/canonical';
import { createIncrementalResolver } from '../core/resolve';
import { lowerThreadPriority } from './threadPriority';
import type { DocumentAnnotation, Entity, ResolvedDocument, ResolvedMention, ResolvedQuote } from '../core/types';

/** Request thread → resolve worker. */
export type ToResolver =
  | { readonly t: 'set'; readonly id: string; readonly text: string; readonly annotation: DocumentAnnotation }
  | { readonly t: 'remove'; readonly id: string }
  | { readonly t: 'resolve'; readonly pass: number }
  /** The next chunk of this pass's answer, please. */
  | { readonly t: 'more'; readonly pass: number };

/** A resolved document without its text (the request thread has it). */
export interface WireDocument {
  readonly id: string;
  readonly mentions: readonly ResolvedMention[];
  readonly quotes: readonly ResolvedQuote[];
}

/** Resolve worker → request thread: for one pass, chunks (one per 'more'), then `done` (or `failed`). */
export type FromResolver =
  | { readonly t: 'documents'; readonly pass: number; readonly documents: readonly WireDocument[] }
  | { readonly t: 'entities'; readonly pass: number; readonly entities: readonly Entity[] }
  | {
    readonly t: 'done'; readonly pass: number;
    /** Every document id in reading order. */
    readonly order: readonly string[];
    /** Every entity id, in the resolver's map order; entities not sent in this pass are unchanged. */
    readonly entityOrder: readonly string[];
    /** Worker CPU for the pass (resolution and diff), milliseconds. */
    readonly ms: number;
  }
  | { readonly t: 'failed'; readonly pass: number; readonly message: string };

/** Documents per `documents` message: decoding and packing one takes about 0.1-0.3 ms, so a chunk stays under about 15 ms. */
const DOCUMENT_CHUNK = 50;
const ENTITY_CHUNK = 500;

/**
 * The worker's side, transport aside: feed it every message in order; it posts the answers. Pure
 * apart from `post`, so tests run it in-process.
 */
export function createResolveHost(send: (message: FromResolver) => void): (message: ToResolver) => void {
  const resolver = createIncrementalResolver();
  // A document arrives as a structured clone: its strings are copies (see canonical.ts).
  const canonical = createCanonicalizer();
  /** What the request thread holds: the documents and each entity's content as last sent. */
  const sentDocuments = new Map<string, ResolvedDocument>();
  // Each entity's content as a hash of its JSON, not the JSON itself: at 10,000 documents the kept JSON
  // of every entity was tens of megabytes. Two contents that differ hash alike with odds of 2^-53.
  const sentEntities = new Map<string, { entity: Entity; hash: number; length: number }>();
  /** The answer of the last pass, not yet pulled. */
  let outbox: { pass: number; messages: FromResolver[] } = { pass: -1, messages: [] };

  function resolve(pass: number): void {
    const started = performance.now();
    const corpus = resolver.snapshot();
    const out: FromResolver[] = [];
    const post = (m: FromResolver) => void out.push(m);
    let chunk: WireDocument[] = [];
    const seen = new Set<string>();
    for (const d of corpus.documents) {
      seen.add(d.id);
      if (sentDocuments.get(d.id) === d) continue;
      sentDocuments.set(d.id, d);
      chunk.push({ id: d.id, mentions: d.mentions, quotes: d.quotes });
      if (chunk.length >= DOCUMENT_CHUNK) {
        post({ t: 'documents', pass, documents: chunk });
        chunk = [];
      }
    }
    if (chunk.length > 0) post({ t: 'documents', pass, documents: chunk });
    for (const id of [...sentDocuments.keys()]) if (!seen.has(id)) sentDocuments.delete(id);

    // Entities are rebuilt on every full pass; most have the same content, so only changed ones go.
    let entities: Entity[] = [];
    const entityOrder: string[] = [];
    for (const e of corpus.entities.values()) {
      entityOrder.push(e.id);
      const before = sentEntities.get(e.id);
      if (before?.entity === e) continue;
      const json = JSON.stringify(e);
      const hash = hash53(json);
      sentEntities.set(e.id, { entity: e, hash, length: json.length });
      if (before?.hash === hash && before.length === json.length) continue;
      entities.push(e);
      if (entities.length >= ENTITY_CHUNK) {
        post({ t: 'entities', pass, entities });
        entities = [];
      }
    }
    if (entities.length > 0) post({ t: 'entities', pass, entities });
    if (sentEntities.size > entityOrder.length) {
      const live = new Set(entityOrder);
      for (const id of [...sentEntities.keys()]) if (!live.has(id)) sentEntities.delete(id);
    }
    post({ t: 'done', pass, order: corpus.documents.map((d) => d.id), entityOrder, ms: Math.round(performance.now() - started) });
    outbox = { pass, messages: out.reverse() };
    pull(pass);
  }

  function pull(pass: number): void {
    if (outbox.pass !== pass) return;
    const next = outbox.messages.pop();
    if (next) send(next);
  }

  return (message) => {
    switch (message.t) {
      case 'set':
        resolver.set({ id: message.id, text: message.text, annotation: canonical.annotation(message.annotation) });
        break;
      case 'remove':
        resolver.remove(message.id);
        break;
      case 'resolve':
        try {
          resolve(message.pass);
        } catch (e) {
          // The request thread keeps its last resolution; the worker is replaced (its state is unsure).
          send({ t: 'failed', pass: message.pass, message: e instanceof Error ? e.message : String(e) });
        }
        break;
      case 'more':
        pull(message.pass);
        break;
    }
  };
}

/** How the request thread talks to a resolve host: a worker thread, or in-process in tests. */
export interface ResolveChannel {
  post(message: ToResolver): void;
  /** Called with each answer, and with an Error if the channel died (the worker exited or crashed). */
  listen(onMessage: (message: FromResolver) => void, onError: (error: Error) => void): void;
  dispose(): void;
}

/** Marks a worker thread started from the server's own bundle as the resolve worker (see main.ts). */
export const RESOLVE_WORKER_ROLE = 'source-annotator-resolve';

/**
 * A worker thread running `script` (the server bundle itself; see runResolveWorkerIfAsked). `execArgv`:
 * Node options for the thread (tests pass a TypeScript loader). `threadNice`: the nice value the thread
 * gives itself as it starts (threadPriority.ts); undefined: unchanged.
 */
export function workerResolveChannel(script: string, execArgv?: string[], threadNice?: number): ResolveChannel {
  const worker = new Worker(script, { workerData: { role: RESOLVE_WORKER_ROLE, threadNice }, execArgv });
  let disposed = false;
  const canonical = canonicalAnswers();
  return {
    post: (message) => worker.postMessage(message),
    listen(onMessage, onError) {
      worker.on('message', (m: FromResolver) => onMessage(canonical(m)));
      worker.on('error', (e) => !disposed && onError(e instanceof Error ? e : new Error(String(e))));
      worker.on('exit', (code) => !disposed && onError(new Error(`the resolve worker exited (code ${code})`)));
    },
    dispose() {
      disposed = true;
      void worker.terminate();
    },
  };
}

/**
 * In the resolve worker (a thread started with RESOLVE_WORKER_ROLE): serves the parent and returns
 * true. Anywhere else: does nothing and returns false.
 */
export function runResolveWorkerIfAsked(workerData: unknown): boolean {
  if (isMainThread || !parentPort || (workerData as { role?: unknown } | null)?.role !== RESOLVE_WORKER_ROLE) return false;
  lowerThreadPriority((workerData as { threadNice?: number }).threadNice);
  const port = parentPort;
  const host = createResolveHost((m) => port.postMessage(m));
  port.on('message', (m: ToResolver) => host(m));
  return true;
}

/**
 * The request thread's side of the wire: an answer arrives as a structured clone, every string a copy
 * and every object grown key by key; this keeps one copy of each string (shared across all the answers
 * of the channel) and rebuilds quotes as compact objects (see canonical.ts). A document's mentions are
 * left as decoded: the scheduler packs them into the index's columns on arrival and drops the objects
 * (index.lean), so rebuilding them here first (packing to columns and back, canonical.mentions) was a
 * third of the request thread's work per resolved document. Modifies the message.
 */
export function canonicalAnswers(): (message: FromResolver) => FromResolver {
  const canonical = createCanonicalizer();
  return (message) => {
    switch (message.t) {
      case 'documents':
        return { ...message, documents: message.documents.map((d) => ({ id: canonical.string(d.id), mentions: d.mentions, quotes: canonical.objects(d.quotes) })) };
      case 'entities':
        for (const e of message.entities) canonical.entity(e);
        return message;
      case 'done':
        canonical.strings(message.order as string[]);
        canonical.strings(message.entityOrder as string[]);
        return message;
      default:
        return message;
    }
  };
}

/** The host in this thread, answering a macrotask later (as a worker would); for tests and fallbacks. */
export function inProcessResolveChannel(options: { readonly hold?: (pass: number) => Promise<void> } = {}): ResolveChannel {
  let deliver: (m: FromResolver) => void = () => undefined;
  let disposed = false;
  const canonical = canonicalAnswers();
  const host = createResolveHost((m) => {
    const copy = canonical(structuredClone(m));
    setImmediate(() => !disposed && deliver(copy));
  });
  // Messages are handled in order, each after the previous (a held pass holds the ones after it).
  let queue = Promise.resolve();
  return {
    post(message) {
      const copy = structuredClone(message);
      queue = queue.then(async () => {
        if (copy.t === 'resolve' && options.hold) await options.hold(copy.pass);
        if (!disposed) host(copy);
      });
    },
    listen(onMessage) {
      deliver = onMessage;
    },
    dispose() {
      disposed = true;
    },
  };
}
