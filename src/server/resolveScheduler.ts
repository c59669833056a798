// The request thread's side of cross-document resolution: documents go to the resolve worker as they
// reach the index; a pass is asked for after each applied batch; while one runs, further requests only
// mark it dirty, and one more pass follows it (never a queue of passes). A finished pass is adopted by
// the index (stale-while-revalidate: until then, answers come from the previous one). If the worker
// dies or a pass fails, a new worker is started, given every document again, and the pass retried.
import type { DeferredCorpusIndex } from '../core/corpus';
import type { DocumentAnnotation, Entity, ResolvedDocument } from '../core/types';
import type { FromResolver, ResolveChannel } from './resolveWorker';

export interface ResolveSchedulerDeps {
  readonly index: DeferredCorpusIndex;
  /** A new channel to a fresh resolve host (a worker thread); called again after a failure. */
  readonly channel: () => ResolveChannel;
  readonly log: (level: 'info' | 'problem', message: string) => void;
  /** A pass was adopted: the ids of the documents whose resolution changed (all: too many to list). */
  readonly adopted: (documents: readonly string[]) => void;
  /** Nothing running and nothing due: what whenIndexed() waits for. */
  readonly idle: () => void;
  /**
   * Milliseconds to leave between a pass that took `lastPassMs` and the next one (asked for during it);
   * read again on each request. The engine leaves some while a scan runs, so the worker's core goes to
   * annotation most of the time. Default 0.
   */
  readonly gapMs?: (lastPassMs: number) => number;
}

export interface ResolveStats {
  /** Passes adopted since the server started. */
  readonly passes: number;
  /** Wall-clock milliseconds of the longest pass, request to adoption. */
  readonly maxPassMs: number;
  /** Of the last pass. */
  readonly lastPassMs: number | undefined;
  /** Requests that found a pass running and were folded into the next one. */
  readonly coalesced: number;
  /** Of the longest pass: milliseconds the worker spent resolving (the rest is waiting and delivery). */
  readonly maxPassWorkerMs?: number;
}

export interface ResolveScheduler {
  /** A document reached the index (call right after index.set). */
  set(id: string, text: string, annotation: DocumentAnnotation): void;
  /** It left the index. */
  remove(id: string): void;
  /** Resolve the documents as they are now: starts a pass, or marks the running one dirty. */
  request(): void;
  /** A pass is running or due. */
  busy(): boolean;
  /** A pass waiting out its gap starts now. */
  hurry(): void;
  /**
   * While held, documents set are not sent to the worker (a warm start whose stored resolution answers:
   * sending each annotation costs the request thread about a millisecond, 10 s at 10,000 documents, for a
   * pass that may never be needed). The first pass asked for after that sends them first, in slices.
   */
  hold(on: boolean): void;
  stats(): ResolveStats;
  dispose(): void;
}

/** Consecutive failed passes before giving up (the index keeps its last resolution). */
const MAX_RESTARTS = 3;

export function createResolveScheduler(deps: ResolveSchedulerDeps): ResolveScheduler {
  const { index, log } = deps;
  /** The text of each document as the worker has it. */
  const workerText = new Map<string, string>();
  /** While a pass runs: a document's text as that pass sees it, when changed since (undefined: it had none). */
  const priorText = new Map<string, string | undefined>();
  /** The adopted documents and entities, reused by id for whatever a pass did not send again. */
  const documents = new Map<string, ResolvedDocument>();
  const entities = new Map<string, Entity>();
  let channel: ResolveChannel | undefined;
  let running: { pass: number; atVersion: number; started: number; documents: ResolvedDocument[]; entities: Entity[] } | undefined;
  let dirty = false;
  /** Waiting out the gap before the next pass. */
  let gap: NodeJS.Timeout | undefined;
  let pass = 0;
  let failures = 0;
  let disposed = false;
  let stats: ResolveStats = { passes: 0, maxPassMs: 0, lastPassMs: undefined, coalesced: 0 };
  let held = false;
  /** Documents set while held, not sent to the worker yet. */
  const unsent = new Set<string>();
  /** Sending the unsent documents before a pass (see hold). */
  let feeding: NodeJS.Timeout | undefined;

  function open(sendAll = true): ResolveChannel {
    if (channel) return channel;
    const c = deps.channel();
    channel = c;
    c.listen((m) => channel === c && receive(m), (e) => channel === c && fail(`the resolve worker stopped: ${e.message}`));
    // A new worker knows nothing: every document again (the index keeps each one's input). Not when
    // every document the index holds is among those held back (feed sends them in slices).
    if (!sendAll) return c;
    unsent.clear();
    for (const id of index.documentIds()) {
      const input = index.input(id);
      if (!input) continue;
      c.post({ t: 'set', id, text: input.text, annotation: input.annotation });
      workerText.set(id, input.text);
    }
    return c;
  }

  /** Sends the unsent documents in slices of about 15 ms (requests answered between), then starts the pass. */
  function feed(): void {
    feeding = undefined;
    if (disposed) return;
    // Without a channel (none yet, or the worker failed while documents were held back) the new worker
    // knows nothing: every document the index holds goes to it, in these slices.
    if (!channel) for (const id of index.documentIds()) if (!workerText.has(id)) unsent.add(id);
    const c = channel ?? open(false);
    const until = performance.now() + 15;
    for (const id of unsent) {
      unsent.delete(id);
      const input = index.input(id);
      if (input && workerText.get(id) !== input.text) {
        c.post({ t: 'set', id, text: input.text, annotation: input.annotation });
        workerText.set(id, input.text);
      }
      if (performance.now() > until) break;
    }
    if (unsent.size > 0) feeding = setTimeout(feed, 0);
    else start();
  }

  function start(): void {
    if (unsent.size > 0 && !held) {
      feeding ??= setTimeout(feed, 0);
      return;
    }
    const c = open();
    pass++;
    running = { pass, atVersion: index.documentsVersion, started: performance.now(), documents: [], entities: [] };
    c.post({ t: 'resolve', pass });
  }

  function receive(m: FromResolver): void {
    if (!running || m.pass !== running.pass) return;
    if (m.t === 'documents' || m.t === 'entities') {
      // The next chunk is asked for before this one is taken in, so the worker prepares and posts it
      // meanwhile (a round trip per chunk, 240 at 10,000 documents, had waited each time for the worker's
      // thread to be scheduled: 19 of a pass's 48 s on a loaded machine). It still arrives as a message
      // of its own, after whatever else is waiting (timers, requests) had its turn.
      channel?.post({ t: 'more', pass: running.pass });
    }
    switch (m.t) {
      case 'documents':
        for (const d of m.documents) {
          const text = priorText.has(d.id) ? priorText.get(d.id) : workerText.get(d.id);
          if (text === undefined) continue;
          // Packed into columns as it arrives (spread over the chunks); the wire's mention objects are
          // dropped, the index rebuilds them when asked (at 10,000 documents they were ~55 MB kept).
          running.documents.push(index.lean({ id: d.id, text, mentions: d.mentions, quotes: d.quotes }));
        }
        break;
      case 'entities':
        running.entities.push(...m.entities);
        break;
      case 'failed':
        fail(`resolution failed: ${m.message}`);
        break;
      case 'done':
        adopt(m.order, m.entityOrder, m.ms);
        break;
    }
  }

  function adopt(order: readonly string[], entityOrder: readonly string[], workerMs?: number): void {
    const r = running!;
    const changed = new Set<string>();
    for (const d of r.documents) {
      documents.set(d.id, d);
      changed.add(d.id);
    }
    for (const e of r.entities) entities.set(e.id, e);
    const inOrder: ResolvedDocument[] = [];
    for (const id of order) {
      const d = documents.get(id);
      if (d) inOrder.push(d);
    }
    if (inOrder.length !== order.length) return fail('a resolved document went missing on its way from the worker');
    if (documents.size > order.length) {
      const keep = new Set(order);
      for (const id of [...documents.keys()]) if (!keep.has(id)) {
        documents.delete(id);
        changed.add(id);
      }
    }
    const entityMap = new Map<string, Entity>();
    for (const id of entityOrder) {
      const e = entities.get(id);
      if (e) entityMap.set(id, e);
    }
    if (entities.size > entityMap.size) for (const id of [...entities.keys()]) if (!entityMap.has(id)) entities.delete(id);
    index.adopt({ documents: inOrder, entities: entityMap }, r.atVersion);
    const ms = Math.round(performance.now() - r.started);
    stats = { ...stats, passes: stats.passes + 1, lastPassMs: ms, maxPassMs: Math.max(stats.maxPassMs, ms), maxPassWorkerMs: ms >= stats.maxPassMs ? workerMs : stats.maxPassWorkerMs };
    failures = 0;
    finish();
    deps.adopted([...changed]);
  }

  function fail(message: string): void {
    if (disposed) return;
    log('problem', message);
    channel?.dispose();
    channel = undefined;
    workerText.clear();
    if (running) {
      failures++;
      dirty = failures <= MAX_RESTARTS;
      if (!dirty) log('problem', 'Cross-document links are not updated any more; Re-index or reload the window to try again.');
    }
    finish();
  }

  /** The pass ended (adopted or failed): one more if anything asked meanwhile. */
  function finish(): void {
    running = undefined;
    priorText.clear();
    if (dirty && !disposed) {
      const wait = deps.gapMs?.(stats.lastPassMs ?? 0) ?? 0;
      if (wait > 0) gap = setTimeout(next, wait);
      else next();
    } else deps.idle();
  }

  function next(): void {
    if (gap) clearTimeout(gap);
    gap = undefined;
    if (disposed || running || !dirty) return;
    dirty = false;
    start();
  }

  const noteChange = (id: string) => {
    if (running && !priorText.has(id)) priorText.set(id, workerText.get(id));
  };

  return {
    set(id, text, annotation) {
      if (disposed) return;
      if (held) {
        unsent.add(id);
        return;
      }
      // A new channel is given every document the index holds, this one included.
      if (!channel) return void open();
      noteChange(id);
      channel.post({ t: 'set', id, text, annotation });
      workerText.set(id, text);
    },
    remove(id) {
      unsent.delete(id);
      if (disposed || !workerText.has(id)) return;
      noteChange(id);
      channel?.post({ t: 'remove', id });
      workerText.delete(id);
    },
    request() {
      if (disposed) return;
      if (running || gap || feeding) {
        if (!dirty) stats = { ...stats, coalesced: stats.coalesced + 1 };
        dirty = true;
        // The gap may have ended early (the scan finished): the pass starts now.
        if (gap && (deps.gapMs?.(stats.lastPassMs ?? 0) ?? 0) === 0) next();
      } else start();
    },
    hurry() {
      if (gap) next();
    },
    hold(on) {
      held = on;
    },
    busy: () => running !== undefined || dirty || feeding !== undefined,
    stats: () => stats,
    dispose() {
      disposed = true;
      running = undefined;
      if (gap) clearTimeout(gap);
      if (feeding) clearTimeout(feeding);
      channel?.dispose();
      channel = undefined;
    },
  };
}
