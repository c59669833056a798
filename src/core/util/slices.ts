// Work that an editor or language server must spread over many turns of its event loop: a generator
// that yields after each bounded piece and returns its result. The same work runs to the end in one
// call (the CLI, tests) or in time slices with a pause between them (the server), so both give the
// same answer by construction.

/** A computation in bounded pieces: each `next()` does a bounded amount of work. */
export type Sliced<T> = Generator<void, T, void>;

/** Runs sliced work to the end synchronously. */
export function runToEnd<T>(work: Sliced<T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}

export interface SliceOptions {
  /** Longest stretch of synchronous work before a pause, in milliseconds (default 10). */
  readonly sliceMs?: number;
  /** Lets other work run; default: a zero-delay timer (Node and browsers). */
  readonly pause?: () => Promise<void>;
  /** Checked at each pause; when true, the work stops with an Error('cancelled'). */
  readonly cancelled?: () => boolean;
}

const defaultPause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Runs sliced work, pausing whenever about `sliceMs` of work has run since the last pause. One piece
 * is never interrupted, so a slice lasts `sliceMs` plus at most one piece. Rejects with
 * Error('cancelled') when `cancelled()` turns true.
 */
export async function runInSlices<T>(work: Sliced<T>, options: SliceOptions = {}): Promise<T> {
  const sliceMs = options.sliceMs ?? 10;
  const pause = options.pause ?? defaultPause;
  let started = performance.now();
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
    if (performance.now() - started >= sliceMs) {
      await pause();
      if (options.cancelled?.()) {
        work.return(undefined as never);
        throw new Error('cancelled');
      }
      started = performance.now();
    }
  }
}

/**
 * Keeps an index in step with a moving target, in time slices: each piece reads the newest target
 * with `read()` and lets `advance(target, sliceMs)` apply changes for about `sliceMs` milliseconds,
 * returning how much work is left; the loop ends once none is left and `read()` still gives the same
 * target (`same`), so the index matches the target as it is at that moment. Run by `runInSlices`
 * (pauses, cancellation: rejects with Error('cancelled')).
 */
export function syncInSlices<T>(read: () => T, advance: (target: T, budgetMs: number) => number, same: (before: T, now: T) => boolean, options: SliceOptions = {}): Promise<void> {
  const budgetMs = options.sliceMs ?? 10;
  const work = function* (): Sliced<void> {
    for (;;) {
      const target = read();
      if (advance(target, budgetMs) === 0 && same(target, read())) return;
      yield;
    }
  };
  return runInSlices(work(), options);
}

/** What keeping an index of documents in step with a new list means: see planDocumentSync. */
export interface DocumentSyncPlan<D extends { readonly id: string }> {
  /** Each listed document's position in the list. */
  readonly rank: Map<string, number>;
  /** Listed documents the index does not hold as this very object (new or changed), in list order. */
  readonly pending: D[];
  /** Ids the index holds that the list no longer has. */
  readonly removals: string[];
}

/**
 * Compares an index's records (by document id, each holding the document object it was built from) with
 * a new document list: changed documents are told by object identity, as the corpus index hands out a
 * new object for every changed document. Shared by the graph and ledger indexes.
 */
export function planDocumentSync<D extends { readonly id: string }>(records: ReadonlyMap<string, { readonly document: D }>, documents: readonly D[]): DocumentSyncPlan<D> {
  const rank = new Map<string, number>();
  const pending: D[] = [];
  documents.forEach((d, i) => {
    rank.set(d.id, i);
    if (records.get(d.id)?.document !== d) pending.push(d);
  });
  const removals: string[] = [];
  for (const id of records.keys()) if (!rank.has(id)) removals.push(id);
  return { rank, pending, removals };
}
