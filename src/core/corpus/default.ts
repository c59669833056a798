// The index wired to the engine's own cross-document resolution; what the editor and CLI normally use.
import type { Curation } from '../curation/types';
import { resolveCorpus } from '../resolve';
import { createCorpusIndex, type CuratedCorpusIndex } from './index';

export function createDefaultCorpusIndex(curation?: () => Curation | undefined): CuratedCorpusIndex {
  return createCorpusIndex({ resolve: resolveCorpus, curation });
}
