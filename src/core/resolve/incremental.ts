// Resolution kept up to date one document at a time. Each document is prepared (validated, names
// normalised, definitions found) once per version; a snapshot reruns only the cross-document stage over
// the prepared documents and reuses every resolved document whose mentions keep their entities. The
// result is exactly resolveCorpus over the same documents.
import type { ResolvedCorpus } from '../types';
import type { DocumentMemo } from './entities';
import { resolvePrepared } from './global';
import { createParser, prepareDocument, type CorpusInput, type PreparedDocument } from './prepare';

export interface IncrementalResolver {
  /** Adds or replaces a document; the same text and annotation object again changes nothing. */
  set(doc: CorpusInput): void;
  remove(documentId: string): boolean;
  /** Cached until the next change. */
  snapshot(): ResolvedCorpus;
}

/** Normalised surfaces kept before the cache starts over, so a long session's edits cannot grow it without end. */
const PARSE_CACHE_LIMIT = 500_000;

export function createIncrementalResolver(): IncrementalResolver {
  let parse = createParser();
  let parsed = 0;
  const prepared = new Map<string, PreparedDocument>();
  /** Prepared documents sorted by id, kept sorted on every change. */
  const order: PreparedDocument[] = [];
  const memo = new Map<string, DocumentMemo>();
  let last: ResolvedCorpus | undefined;

  /** Position of the id in `order`, or where it would go. */
  function positionOf(id: string): number {
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (order[mid].input.id < id) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  return {
    set(doc: CorpusInput) {
      const before = prepared.get(doc.id);
      if (before && before.input.text === doc.text && before.input.annotation === doc.annotation) return;
      if (parsed > PARSE_CACHE_LIMIT) {
        parse = createParser();
        parsed = 0;
      }
      const next = prepareDocument({ id: doc.id, text: doc.text, annotation: doc.annotation }, parse);
      parsed += next.mentions.length;
      prepared.set(doc.id, next);
      const at = positionOf(doc.id);
      if (before) order[at] = next; else order.splice(at, 0, next);
      last = undefined;
    },
    remove(documentId: string) {
      if (!prepared.delete(documentId)) return false;
      order.splice(positionOf(documentId), 1);
      memo.delete(documentId);
      last = undefined;
      return true;
    },
    snapshot() {
      last ??= resolvePrepared(order, parse, memo);
      return last;
    },
  };
}
