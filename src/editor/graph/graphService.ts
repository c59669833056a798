// Keeps the core's graph index in step with the corpus without blocking the extension host: each
// turn of the event loop recomputes at most a few documents' contributions, then yields.
import type { CorpusIndex } from '../../core/corpusTypes';
import { createGraphIndex, type GraphIndex } from '../../core/graph';

export interface GraphService {
  /** The graph index synced to the current snapshot; resolves after the last chunk. */
  ready(): Promise<GraphIndex>;
}

/** Documents per synchronous step: a few milliseconds of work on ordinary news-length texts. */
const CHUNK = 25;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export function createGraphService(index: CorpusIndex, chunk = CHUNK): GraphService {
  const graph = createGraphIndex();
  let running: Promise<GraphIndex> | undefined;
  const run = async (): Promise<GraphIndex> => {
    for (;;) {
      const corpus = index.snapshot();
      const remaining = graph.sync(corpus.documents, corpus.entities, chunk);
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
