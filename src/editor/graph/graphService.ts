// Keeps the core's graph index in step with the corpus without blocking the extension host: each
// turn of the event loop recomputes documents' contributions for about 10 ms, then yields.
import type { CorpusIndex } from '../../core/corpusTypes';
import { createGraphIndex, type GraphIndex } from '../../core/graph';

export interface GraphService {
  /** The graph index synced to the current snapshot; resolves after the last chunk. */
  ready(): Promise<GraphIndex>;
}

/** Milliseconds of graph work per turn of the event loop: one document more at most. */
const BUDGET_MS = 10;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export function createGraphService(index: CorpusIndex, budgetMs = BUDGET_MS): GraphService {
  const graph = createGraphIndex();
  let running: Promise<GraphIndex> | undefined;
  const run = async (): Promise<GraphIndex> => {
    for (;;) {
      const corpus = index.snapshot();
      const started = performance.now();
      let remaining: number;
      do remaining = graph.sync(corpus.documents, corpus.entities, 1);
      while (remaining > 0 && performance.now() - started < budgetMs);
      if (remaining === 0 && index.snapshot() === corpus) return graph;
      await yieldToEventLoop();
    }
  };
  return {
    ready() {
      running ??= run().finally(() => {
        running = undefined;
      });
      return running;
    },
  };
}
