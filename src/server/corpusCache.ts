// The workspace cache: one compact file per workspace folder (src/core/corpus/persist.ts) holding, for
// every document read from disk, its text, its annotation and the fingerprint (size + modification
// time) the file had when it was read. A warm start loads it in bulk and takes every document whose
// file still has that fingerprint from it, without reading the file (engine.ts decides; this module
// keeps the file).
//
// What is written is always a consistent pair: a fingerprint taken before the read of the text it
// goes with. If the file changed since, its fingerprint differs at the next start and it is read again.
// So an entry can stay in the file while an editor holds unsaved edits of the document: the entry
// still describes the file on disk.
//
// The file of the first folder also holds the corpus's cross-document resolution (every mention's
// entity, the entity table), when the index had one for exactly its documents at the time of the write.
// A warm start restores it (each text checked against the hash it was resolved from) and the engine
// hands it to the index (DeferredCorpusIndex.adoptStored), which uses it only while the documents are exactly
// those. It is stored before the reader's corrections are applied, so it does not depend on them.
//
// Memory: between writes only the documents read since the last write are held here (`fresh`);
// everything else stays in the file, which a write reads back and merges. During a long cold scan a
// write is due every FRESH_LIMIT documents, so the held annotations stay bounded.
import { decodeCorpusCacheFileInSlices, encodeCorpusCacheInSlices, type CachedDocument, type StoredResolution } from '../core/corpus/persist';
import type { DocumentAnnotation, ResolvedCorpus } from '../core/types';
import type { CorpusCacheFile } from './files';

export interface CorpusCacheDeps {
  /** The engine build (a hash of the worker bundle): a file written by another build is not used. */
  readonly engineKey: string;
  /** Workspace folders as absolute paths; each has its own file. */
  readonly folders: readonly string[];
  readonly file: (folder: string) => CorpusCacheFile;
  /** The workspace folder a document id belongs to, if any. */
  readonly folderOf: (documentId: string) => string | undefined;
  /** Documents the index holds now: only these are written. */
  readonly documentIds: () => readonly string[];
  readonly log: (level: 'info' | 'problem', message: string) => void;
  /**
   * The resolver build (a hash of the server bundle): with it, the first folder's file also keeps the
   * resolution, and a stored one is restored only when written by the same build.
   */
  readonly resolverKey?: string;
  /** The index's resolution when it is of exactly the documents it holds now (uncurated), else undefined. */
  readonly resolution?: () => ResolvedCorpus | undefined;
  /**
   * The index's last adopted resolution even when documents changed since (each of its documents keeps
   * the text it was resolved from), or undefined when none should be written now (during a scan, say).
   * A write without an exact resolution stores this one instead of none, so a warm start after a few
   * changes still starts from the last cross-document state and re-resolves later, instead of from nothing.
   */
  readonly latestResolution?: () => ResolvedCorpus | undefined;
  /**
   * Awaited by load() between reading a file and decoding it: the decode holds the thread for seconds at
   * 10k documents, so the engine lets the editor's open documents reach the index first (the first hover).
   */
  readonly beforeDecode?: () => Promise<void>;
}

export interface CorpusCache {
  /**
   * Every folder's file, decoded, documents by id. A missing file gives no documents; an unreadable,
   * damaged or foreign one gives none either, with a log line (a cold start). Never rejects.
   */
  load(): Promise<ReadonlyMap<string, CachedDocument>>;
  /**
   * A document read from disk went into the index. Without an annotation (the text was already
   * indexed, only the fingerprint is new), the entry in the file is kept if its text is the same.
   */
  indexed(documentId: string, fingerprint: string, text: string, annotation: DocumentAnnotation | undefined): void;
  /**
   * The resolution the last load() restored, once (later calls give undefined, so it is not held):
   * written by the same resolver build, every document's text present among the loaded documents and
   * equal to the one it was resolved from. Otherwise undefined, with a log line saying why.
   */
  takeResolution(): ResolvedCorpus | undefined;
  /** A document left the index (or was in the file and is gone from disk): it drops out at the next write. */
  removed(documentId: string): void;
  /**
   * Whether the index has an exact resolution that the file should keep and does not: the file holds
   * none, or one that was not exact when written. (A file holding an exact one is not rewritten for every
   * later pass, as while the reader types: those go with the next write.) The engine then schedules a write.
   */
  resolutionBehind(): boolean;
  /** No write due, none running, and the file not behind the index's resolution (resolutionBehind). */
  settled(): boolean;
  /** Writes changed folders' files after delayMs, unless a write is already due sooner. */
  schedule(delayMs: number): void;
  /** Writes what changed now; resolves when written (or failed, with a log line). Never rejects. */
  flush(): Promise<void>;
  dispose(): void;
}

/** Documents held in memory before a write is due even in the middle of a scan (at least; see indexed). */
export const FRESH_LIMIT = 2000;

interface Fresh {
  readonly fingerprint: string;
  readonly text: string;
  readonly annotation: DocumentAnnotation | undefined;
}

export function createCorpusCache(deps: CorpusCacheDeps): CorpusCache {
  const fresh = new Map<string, Fresh>();
  /**
   * Documents that left the index (or the disk) since the load: their entries drop out at the next write.
   * Every other entry of the file stays, indexed yet or not: a write in the middle of a warm scan (a
   * pass, a watcher event) once kept only the documents indexed so far, and the file lost the rest for
   * good (a warm 3k start wrote 2,578 of 3,001; the next start read and annotated the others again).
   */
  const gone = new Set<string>();
  /** Entries in the files as last loaded or written (see indexed). */
  let fileEntries = 0;
  /** Folders whose file holds entries (loaded or written this session): a write reads it back first. */
  const holding = new Set<string>();
  const dirty = new Set<string>();
  let timer: { handle: NodeJS.Timeout; due: number } | undefined;
  let writing: Promise<void> = Promise.resolve();
  /** Flushes started and not finished. */
  let flushing = 0;
  let disposed = false;
  let restored: ResolvedCorpus | undefined;
  /** The resolution the file holds (written or restored this session), so a newer one is written at the next chance. */
  let stored: WeakRef<ResolvedCorpus> | undefined;
  /** Whether the resolution the file holds was exact when written (restored: judged by identity, see resolutionBehind). */
  let storedExact = false;
  /** The folder whose file keeps the resolution. */
  const resolutionFolder = deps.resolverKey !== undefined && deps.resolution ? deps.folders[0] : undefined;

  const markDirty = (id: string) => {
    const folder = deps.folderOf(id);
    if (folder !== undefined) dirty.add(folder);
    // The resolution spans every folder: any change makes the one in the first folder's file stale.
    if (folder !== undefined && resolutionFolder !== undefined) dirty.add(resolutionFolder);
  };

  /** The resolution to store with the folder's file, if it keeps one and the index has one to keep. */
  function resolutionFor(folder: string): { corpus: ResolvedCorpus; exact: boolean } | undefined {
    if (folder !== resolutionFolder) return undefined;
    const exact = deps.resolution?.();
    const corpus = exact ?? deps.latestResolution?.();
    // Documents outside the folders (unsaved, untitled) are in no file: the resolution could never be restored.
    if (!corpus || corpus.documents.length === 0 || corpus.documents.some((d) => deps.folderOf(d.id) === undefined)) return undefined;
    return { corpus, exact: corpus === exact };
  }

  /** The folder's file as it is now, by id; empty when missing or unusable (it is rewritten whole). */
  async function readBack(file: CorpusCacheFile): Promise<Map<string, CachedDocument>> {
    const bytes = await file.read().catch(() => undefined);
    const docs = bytes && (await decodeCorpusCacheFileInSlices(bytes, deps.engineKey))?.documents;
    return new Map((docs ?? []).map((d) => [d.documentId, d]));
  }

  async function writeFolder(folder: string): Promise<void> {
    const file = deps.file(folder);
    // The file is read back only for documents not read since the last write (after a cold scan,
    // none). Decoding and encoding each hold the thread; requests are answered in between.
    const needsOld = holding.has(folder) || deps.documentIds().some((id) => deps.folderOf(id) === folder && !fresh.get(id)?.annotation);
    const old = needsOld ? await readBack(file) : new Map<string, CachedDocument>();
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (disposed) return;
    const entries: CachedDocument[] = [];
    const taken: [string, Fresh][] = [];
    const seen = new Set<string>();
    for (const id of deps.documentIds()) {
      if (deps.folderOf(id) !== folder) continue;
      seen.add(id);
      const f = fresh.get(id);
      const o = old.get(id);
      if (f) {
        fresh.delete(id);
        taken.push([id, f]);
      }
      if (f?.annotation) entries.push({ documentId: id, fingerprint: f.fingerprint, text: f.text, annotation: f.annotation });
      else if (f && o && o.text === f.text) entries.push({ ...o, fingerprint: f.fingerprint });
      else if (!f && o) entries.push(o);
    }
    // Not in the index (yet): a warm scan has not reached it, or it was skipped this time. Kept unless it left.
    for (const [id, o] of old) if (!seen.has(id) && !gone.has(id) && deps.folderOf(id) === folder) entries.push(o);
    const chosen = resolutionFor(folder);
    const corpus = chosen?.corpus;
    try {
      const elsewhere = (id: string) => deps.folderOf(id) !== folder;
      if (folder === resolutionFolder) {
        stored = corpus && new WeakRef(corpus);
        storedExact = chosen?.exact ?? false;
      }
      // Encoded in slices (at 10k documents one block held the server 3.3 s during a cold scan).
      // Finished even if the cache is disposed meanwhile (a shutdown): the entries left `fresh` above.
      const bytes = await encodeCorpusCacheInSlices(deps.engineKey, entries, corpus && deps.resolverKey !== undefined ? { resolverKey: deps.resolverKey, corpus, elsewhere } : undefined);
      await file.write(bytes);
      holding.add(folder);
      fileEntries = Math.max(fileEntries, entries.length);
      if (folder === resolutionFolder) {
        deps.log('info', `workspace cache: wrote ${entries.length} documents to ${file.path}, ${corpus ? `with the resolution of ${corpus.documents.length} documents (${chosen?.exact ? 'exact' : 'the last pass; documents changed since'})` : 'without a resolution (no pass adopted yet)'}`);
      }
    } catch (e) {
      if (folder === resolutionFolder) storedExact = false;
      // Nothing lost but time: the next start reads these files again. Keep them for the next write.
      for (const [id, f] of taken) if (!fresh.has(id)) fresh.set(id, f);
      deps.log('problem', `Could not write the workspace cache ${file.path}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  /**
   * A resolution of exactly the indexed documents that the file does not hold yet (a write in the middle
   * of a scan had none to store, or the pass ended after the write): the first folder's file is due again.
   */
  const noteResolution = () => {
    if (resolutionFolder === undefined) return;
    const now = deps.resolution?.();
    if (now && stored?.deref() !== now) dirty.add(resolutionFolder);
  };

  const flush = (): Promise<void> => {
    noteResolution();
    if (timer) clearTimeout(timer.handle);
    timer = undefined;
    flushing++;
    writing = writing.then(async () => {
      for (const folder of [...dirty]) {
        if (disposed) return;
        dirty.delete(folder);
        await writeFolder(folder);
      }
    }).finally(() => void flushing--);
    return writing;
  };

  return {
    async load() {
      const all = new Map<string, CachedDocument>();
      let stored: StoredResolution | undefined;
      restored = undefined;
      for (const folder of deps.folders) {
        const file = deps.file(folder);
        let bytes: Uint8Array | undefined;
        try {
          bytes = await file.read();
        } catch (e) {
          deps.log('problem', `Could not read the workspace cache ${file.path} (${e instanceof Error ? e.message : String(e)}); reading the documents instead.`);
          continue;
        }
        if (!bytes) continue;
        await deps.beforeDecode?.();
        // In slices: at 10k documents the file is about 100 MB and one block held the server for a second.
        const contents = await decodeCorpusCacheFileInSlices(bytes, deps.engineKey);
        const docs = contents?.documents;
        if (folder === resolutionFolder) {
          stored = contents?.resolution;
          if (contents && !stored) deps.log('info', `workspace cache: ${file.path} holds no resolution; resolving the documents after the scan.`);
        }
        if (!docs) {
          deps.log('info', `The workspace cache ${file.path} is damaged or from another engine version; reading the documents instead.`);
          // Rewritten whole at the next write.
          dirty.add(folder);
          continue;
        }
        for (const d of docs) if (deps.folderOf(d.documentId) === folder) all.set(d.documentId, d);
        if (docs.length > 0) holding.add(folder);
        fileEntries = Math.max(fileEntries, docs.length);
        deps.log('info', `workspace cache: ${docs.length} documents in ${file.path}`);
      }
      if (stored && stored.resolverKey !== deps.resolverKey) {
        deps.log('info', 'workspace cache: the stored resolution is from another engine build; resolving the documents instead.');
      } else if (stored) {
        // Restoring 10,000 documents' mentions takes a second or more: in slices, so requests are answered meanwhile.
        const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
        await pause();
        const result = await stored.restoreInSlices((id) => all.get(id)?.text, pause);
        if ('problem' in result) deps.log('info', `workspace cache: the stored resolution is not used (${result.problem}); resolving the documents instead.`);
        else {
          restored = result.corpus;
          deps.log('info', `workspace cache: restored the resolution of ${restored.documents.length} documents`);
        }
      }
      // Without a usable resolution the file gets the one this start computes, at the write after the scan.
      if (!restored && resolutionFolder !== undefined && all.size > 0) dirty.add(resolutionFolder);
      return all;
    },
    takeResolution() {
      const corpus = restored;
      restored = undefined;
      if (corpus) {
        stored = new WeakRef(corpus);
        // Exact or not is told by identity: an index that adopted it unchanged reports it as its exact one.
        storedExact = false;
      }
      return corpus;
    },
    settled() {
      return !timer && flushing === 0 && !this.resolutionBehind();
    },
    resolutionBehind() {
      if (resolutionFolder === undefined || disposed) return false;
      const now = deps.resolution?.();
      return now !== undefined && stored?.deref() !== now && !storedExact;
    },
    indexed(id, fingerprint, text, annotation) {
      gone.delete(id);
      fresh.set(id, { fingerprint, text, annotation });
      markDirty(id);
      // Each write reads back and encodes the whole file on this thread (at 10k, seconds): due when the
      // documents held reach FRESH_LIMIT or the number the file holds, whichever is more, so a cold scan
      // writes at 2,000, 4,000, 8,000 documents and then at its end (it was every 2,000: a 15 s stall at 10k).
      if (fresh.size >= Math.max(FRESH_LIMIT, fileEntries)) this.schedule(0);
    },
    removed(id) {
      gone.add(id);
      fresh.delete(id);
      markDirty(id);
    },
    schedule(delayMs) {
      noteResolution();
      if (disposed || dirty.size === 0) return;
      const due = performance.now() + delayMs;
      if (timer && timer.due <= due) return;
      if (timer) clearTimeout(timer.handle);
      timer = { handle: setTimeout(() => void flush(), delayMs), due };
    },
    flush: () => (disposed ? writing : flush()),
    dispose() {
      disposed = true;
      if (timer) clearTimeout(timer.handle);
      timer = undefined;
      fresh.clear();
    },
  };
}
