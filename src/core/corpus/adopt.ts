// A resolver that can take a resolution computed earlier (the workspace cache's, persist.ts) instead of
// computing it, for exactly the documents it was computed from. On a warm start every document comes
// back with the text it had, so the index is complete without a cross-document pass; the first
// document that differs (another text, a document the resolution does not know) drops the adopted
// resolution for good, and the wrapped resolver takes over with every document it was given.
//
// While documents are still arriving (a warm scan), answers come from the adopted resolution limited
// to the documents present so far: what the reader saw last time, rather than a cross-document pass per
// batch over a partial corpus. Once the caller says nothing more is coming (settle), only the exact
// document set keeps the adopted resolution; a missing document (deleted since) drops it.
import type { ResolvedCorpus, ResolvedDocument } from '../types';
import type { CorpusDocumentInput, IncrementalResolution, Resolver } from './resolver';

export interface AdoptingResolver {
  /** Give this to createCorpusIndex in place of the wrapped resolver. */
  readonly resolve: Resolver;
  /**
   * Use `corpus` (documents in reading order) while the documents given are exactly its documents with
   * the same texts. Returns false (and adopts nothing) when a document already given differs, when the
   * wrapped resolver is not incremental, or when the index has not asked for its incremental resolution.
   */
  adopt(corpus: ResolvedCorpus): boolean;
  /** No more documents are on their way: from the next snapshot on, only an exact match keeps the adopted resolution. */
  settle(): void;
  /** Whether the adopted resolution is in use (exactly or while documents arrive). */
  adopted(): boolean;
  /**
   * The resolution last handed out, when it is the resolution of exactly the documents given now (no
   * change since) and not a partial view: what the workspace cache may store. Held weakly.
   */
  current(): ResolvedCorpus | undefined;
}

export function createAdoptingResolver(base: Resolver): AdoptingResolver {
  let instance: AdoptingIncremental | undefined;
  const resolve = ((docs: readonly CorpusDocumentInput[]) => base(docs)) as Resolver;
  const makeIncremental = base.incremental;
  if (makeIncremental) {
    Object.defineProperty(resolve, 'incremental', {
      value: () => (instance = new AdoptingIncremental(makeIncremental())),
    });
  }
  return {
    resolve,
    adopt: (corpus) => instance?.adopt(corpus) ?? false,
    settle: () => instance?.settle(),
    adopted: () => instance?.isAdopted() ?? false,
    current: () => instance?.current(),
  };
}

class AdoptingIncremental implements IncrementalResolution {
  /** Every document given, as given. */
  private readonly docs = new Map<string, CorpusDocumentInput>();
  private adoptedCorpus: ResolvedCorpus | undefined;
  private byId: Map<string, ResolvedDocument> | undefined;
  /** Changes held back from the wrapped resolver while a resolution is adopted (null: removed). */
  private readonly held = new Map<string, CorpusDocumentInput | null>();
  private settled = false;
  /** The partial view handed out since the last change. */
  private partial: ResolvedCorpus | undefined;
  private exact: WeakRef<ResolvedCorpus> | undefined;

  constructor(private readonly inner: IncrementalResolution) {}

  adopt(corpus: ResolvedCorpus): boolean {
    const byId = new Map<string, ResolvedDocument>();
    for (const d of corpus.documents) byId.set(d.id, d);
    for (const [id, doc] of this.docs) if (byId.get(id)?.text !== doc.text) return false;
    this.drop();
    this.adoptedCorpus = corpus;
    this.byId = byId;
    this.settled = false;
    this.changed();
    return true;
  }

  settle(): void {
    this.settled = true;
  }

  isAdopted(): boolean {
    return this.adoptedCorpus !== undefined;
  }

  current(): ResolvedCorpus | undefined {
    return this.exact?.deref();
  }

  set(doc: CorpusDocumentInput): void {
    this.docs.set(doc.id, doc);
    this.changed();
    if (this.byId) {
      if (this.byId.get(doc.id)?.text === doc.text) {
        this.held.set(doc.id, doc);
        return;
      }
      this.drop();
    }
    this.inner.set(doc);
  }

  remove(documentId: string): boolean {
    if (!this.docs.delete(documentId)) return false;
    this.changed();
    if (this.byId) this.held.set(documentId, null);
    else this.inner.remove(documentId);
    return true;
  }

  snapshot(): ResolvedCorpus {
    const corpus = this.adoptedCorpus;
    if (corpus) {
      if (this.docs.size === corpus.documents.length) {
        // Every document given matches one of the adopted resolution's (set checks), and as many.
        this.exact = new WeakRef(corpus);
        return corpus;
      }
      if (!this.settled) {
        this.partial ??= { documents: corpus.documents.filter((d) => this.docs.has(d.id)), entities: corpus.entities };
        return this.partial;
      }
      this.drop();
    }
    const resolved = this.inner.snapshot();
    this.exact = new WeakRef(resolved);
    return resolved;
  }

  private changed(): void {
    this.partial = undefined;
    this.exact = undefined;
  }

  /** Back to the wrapped resolver, with every change it has not seen. */
  private drop(): void {
    if (!this.adoptedCorpus) return;
    this.adoptedCorpus = undefined;
    this.byId = undefined;
    this.partial = undefined;
    for (const [id, doc] of this.held) {
      if (doc) this.inner.set(doc);
      else this.inner.remove(id);
    }
    this.held.clear();
  }
}
