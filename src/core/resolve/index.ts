// Cross-document resolution: every mention gets an entity, and every merge keeps its reason. The
// per-document stage is in prepare.ts, the cross-document stage in global.ts; resolveCorpus runs both
// from scratch, createIncrementalResolver keeps the first per document across changes.
import type { ResolvedCorpus } from '../types';
import { resolvePrepared } from './global';
import { createIncrementalResolver } from './incremental';
import { compareInputIds, createParser, prepareDocument, type CorpusInput } from './prepare';

export type { CorpusInput } from './prepare';
export type { Link } from './global';
export { createIncrementalResolver, type IncrementalResolver } from './incremental';

/** The whole corpus from scratch; a pure function of the documents. */
export function resolveCorpus(docs: readonly CorpusInput[]): ResolvedCorpus {
  const parse = createParser();
  return resolvePrepared([...docs].sort(compareInputIds).map((doc) => prepareDocument(doc, parse)));
}
/** Lets the corpus index keep one incremental resolver instead of calling this on every change. */
resolveCorpus.incremental = createIncrementalResolver;
