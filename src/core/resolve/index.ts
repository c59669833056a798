// Cross-document resolution: every mention gets an entity, and every merge keeps its reason. The
// per-document stage is in prepare.ts, the cross-document stage in global.ts; resolveCorpus runs both
// from scratch, createIncrementalResolver keeps the first per document across changes.
import type { ResolvedCorpus } from '../types';
import { resolvePrepared, type ResolveStage } from './global';
import { createIncrementalResolver } from './incremental';
import { compareInputIds, createParser, prepareDocument, type CorpusInput } from './prepare';

export type { CorpusInput } from './prepare';
export type { Link, ResolveStage } from './global';
export { createIncrementalResolver, type IncrementalResolver } from './incremental';

/** The whole corpus from scratch; a pure function of the documents. */
export function resolveCorpus(docs: readonly CorpusInput[]): ResolvedCorpus {
  const parse = createParser();
  return resolvePrepared([...docs].sort(compareInputIds).map((doc) => prepareDocument(doc, parse)));
}
/**
 * resolveCorpus, calling `onStage` as each stage ends (prepare, within-document, cross-document,
 * entities), so a caller can time them with its own clock; the result is resolveCorpus's.
 */
export function resolveCorpusStaged(docs: readonly CorpusInput[], onStage: (stage: ResolveStage) => void): ResolvedCorpus {
  const parse = createParser();
  const prepared = [...docs].sort(compareInputIds).map((doc) => prepareDocument(doc, parse));
  onStage('prepare');
  return resolvePrepared(prepared, undefined, undefined, onStage);
}
/** Lets the corpus index keep one incremental resolver instead of calling this on every change. */
resolveCorpus.incremental = createIncrementalResolver;
