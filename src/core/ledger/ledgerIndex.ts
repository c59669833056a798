// Quote ledgers for a corpus kept in memory (the language server's, the bench's): every document's
// quotes are prepared once per document version (words, cue, sentence, title, date) and posted under
// their speaker, so one speaker's ledger reads its posting list and groups it, without touching the
// rest of the corpus. Updates are bounded per call like the graph index's.
import { detectDocumentDate, type DocumentDate } from '../docdate';
import { planDocumentSync, runInSlices, runToEnd, syncInSlices, type SliceOptions, type Sliced } from '../util/slices';
import type { Entity, ResolvedDocument, ResolvedQuote } from '../types';
import { groupSources, prepareQuote, type Ledger, type PreparedQuote, type RankedSource } from './ledger';
import { documentTitle } from './title';

export interface LedgerIndexOptions {
  /** The file name a document id stands for (titles and dates read it); default: the id's last path segment, URI-decoded. */
  readonly fileName?: (documentId: string) => string;
}

export interface LedgerQueryOptions {
  /** A document's modification time (ms since the epoch), used for documents with no date of their own. */
  readonly modifiedMs?: (documentId: string) => number | undefined;
}

export interface LedgerIndex {
  /**
   * Brings the index in line with `documents` (reading order), applying at most `maxDocuments`
   * changed or removed documents in this call. Returns how many remain; call again until 0.
   */
  sync(documents: readonly ResolvedDocument[], maxDocuments?: number): number;
  /** Like `sync`, but stops once about `budgetMs` milliseconds have passed (at least one document is applied). */
  syncFor(documents: readonly ResolvedDocument[], budgetMs: number): number;
  /** Syncs to `documents()` in time slices, reading the newest list at each slice. */
  syncInSlices(documents: () => readonly ResolvedDocument[], options?: SliceOptions): Promise<void>;
  /** Number of quotes posted under the speaker. */
  quoteCount(entityId: string): number;
  /** The speaker's ledger, as buildLedger gives it for the same documents. */
  ledger(entity: Pick<Entity, 'id' | 'name' | 'type'>, options?: LedgerQueryOptions): Ledger;
  /** `ledger` as sliced work: a few dozen sources or diffs per piece. */
  ledgerSliced(entity: Pick<Entity, 'id' | 'name' | 'type'>, options?: LedgerQueryOptions): Sliced<Ledger>;
  /** `ledger` run in time slices. */
  ledgerAsync(entity: Pick<Entity, 'id' | 'name' | 'type'>, options?: LedgerQueryOptions & SliceOptions): Promise<Ledger>;
  /** Number of synced documents. */
  readonly size: number;
}

/** One synced document: its version, title and date, and its prepared quotes with their speakers now. */
interface DocumentRecord {
  readonly document: ResolvedDocument;
  readonly title: string;
  readonly date?: DocumentDate;
  readonly quotes: readonly PreparedQuote[];
  readonly speakers: readonly (string | null)[];
}

function defaultFileName(documentId: string): string {
  const last = documentId.replace(/[?#].*$/, '').split(/[\\/]/).filter(Boolean).pop() ?? documentId;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** True when a quote's prepared form does not depend on what changed between the two versions. */
function sameQuoteVersion(a: ResolvedQuote, b: ResolvedQuote): boolean {
  return a.start === b.start && a.end === b.end && a.text === b.text && a.kind === b.kind && a.cue === b.cue;
}

/** Documents read per piece of a sliced ledger. */
const DOCUMENTS_PER_PIECE = 128;

/** Creates an empty ledger index. */
export function createLedgerIndex(options: LedgerIndexOptions = {}): LedgerIndex {
  const fileName = options.fileName ?? defaultFileName;
  const records = new Map<string, DocumentRecord>();
  /** Speaker id → documents with at least one quote of theirs. */
  const postings = new Map<string, Set<DocumentRecord>>();
  const counts = new Map<string, number>();
  let rank = new Map<string, number>();
  let removals: string[] = [];
  let pending: ResolvedDocument[] = [];
  let pendingFor: readonly ResolvedDocument[] | undefined;

  const post = (record: DocumentRecord, sign: 1 | -1) => {
    for (const speaker of record.speakers) {
      if (speaker === null) continue;
      const n = (counts.get(speaker) ?? 0) + sign;
      if (n > 0) counts.set(speaker, n);
      else counts.delete(speaker);
      let docs = postings.get(speaker);
      if (sign > 0) {
        if (!docs) postings.set(speaker, (docs = new Set()));
        docs.add(record);
      } else if (docs) {
        docs.delete(record);
        if (docs.size === 0) postings.delete(speaker);
      }
    }
  };

  const plan = (documents: readonly ResolvedDocument[]) => {
    ({ rank, pending, removals } = planDocumentSync(records, documents));
    pendingFor = documents;
  };

  const applyOne = () => {
    const gone = removals.pop();
    if (gone !== undefined) {
      const old = records.get(gone);
      if (old) post(old, -1);
      records.delete(gone);
      return;
    }
    const d = pending.pop() as ResolvedDocument;
    const old = records.get(d.id);
    const kept = old !== undefined && old.document.text === d.text ? old : undefined;
    const info = kept ? { title: kept.title, date: kept.date } : {
      title: documentTitle(d.text, fileName(d.id)),
      date: detectDocumentDate({ text: d.text, fileName: fileName(d.id) }),
    };
    // A quote unchanged in a version with the same text keeps its prepared form (speakers may differ).
    const quotes = d.quotes.map((q, i) => {
      const before = kept?.document.quotes[i];
      return kept && before && sameQuoteVersion(before, q) ? kept.quotes[i] : prepareQuote(d.text, q);
    });
    const next: DocumentRecord = { document: d, ...info, quotes, speakers: d.quotes.map((q) => q.speaker) };
    if (old) post(old, -1);
    post(next, 1);
    records.set(d.id, next);
  };

  const remaining = () => removals.length + pending.length;
  const prepare = (documents: readonly ResolvedDocument[]) => {
    if (pendingFor !== documents) plan(documents);
  };

  const ledgerSliced = function* (entity: Pick<Entity, 'id' | 'name' | 'type'>, query: LedgerQueryOptions = {}): Sliced<Ledger> {
    const sources: RankedSource[] = [];
    const docs = [...(postings.get(entity.id) ?? [])];
    for (let n = 0; n < docs.length; n++) {
      if (n % DOCUMENTS_PER_PIECE === DOCUMENTS_PER_PIECE - 1) yield;
      const record = docs[n];
      const id = record.document.id;
      const modified = record.date ? undefined : query.modifiedMs?.(id);
      const date = record.date ?? (modified !== undefined ? detectDocumentDate({ text: '', modifiedMs: modified }) : undefined);
      record.speakers.forEach((speaker, i) => {
        if (speaker !== entity.id) return;
        sources.push({ documentId: id, title: record.title, date, rank: rank.get(id) ?? 0, ...record.quotes[i] });
      });
    }
    return yield* groupSources(entity, sources);
  };

  const index: LedgerIndex = {
    get size() {
      return records.size;
    },
    sync(documents, maxDocuments = Infinity) {
      prepare(documents);
      for (let done = 0; remaining() > 0 && done < maxDocuments; done++) applyOne();
      return remaining();
    },
    syncFor(documents, budgetMs) {
      prepare(documents);
      const started = performance.now();
      do {
        if (remaining() > 0) applyOne();
      } while (remaining() > 0 && performance.now() - started < budgetMs);
      return remaining();
    },
    syncInSlices: (documents, slice) => syncInSlices(documents, (list, budgetMs) => index.syncFor(list, budgetMs), (before, now) => now === before, slice),
    quoteCount: (entityId) => counts.get(entityId) ?? 0,
    ledger: (entity, query) => runToEnd(ledgerSliced(entity, query)),
    ledgerSliced,
    ledgerAsync: (entity, query) => runInSlices(ledgerSliced(entity, query), query),
  };
  return index;
}
