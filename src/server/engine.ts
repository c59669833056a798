// The engine behind the language server: keeps the corpus index in step with the workspace folders
// (an initial scan, the file watcher, and the editor's open documents with their unsaved edits), with
// the annotation in a worker pool, the annotation cache and the reader's corrections. No Node `fs`
// here: the disk is reached through FileAccess (files.ts), so the engine is testable and portable.
//
// Pacing: results of a scan are applied to the index in batches, spaced so that applying a batch takes
// at most about a fifth of the thread; requests (hover, references) are answered between batches. Open
// documents go first and apply at once. Cross-document resolution never runs on this thread: each
// document goes to the resolve worker as it reaches the index, a pass is asked for after each batch
// (coalesced while one runs, resolveScheduler.ts), and answers come from the last finished pass
// meanwhile, a changed document from its own resolution (DeferredCorpusIndex).
import { Minimatch } from 'minimatch';
import { createDeferredCorpusIndex, type DeferredCorpusIndex } from '../core/corpus';
import type { Curation } from '../core/curation';
import { resolveCorpus } from '../core/resolve';
import type { DocumentAnnotation } from '../core/types';
import { runInSlices } from '../core/util/slices';
import { contentHash, type AnnotationCache } from '../editor/annotationCache';
import { createFileFilter, type FileFilter } from '../editor/fileFilter';
import type { FilterSettings, IndexChangedParams, IndexStats, ScanProgress } from '../protocol';
import { CancelledError, type Cancellation, type Priority } from './annotatorPool';
import { createCorpusCache, type CorpusCache } from './corpusCache';
import { fileUri, filePath, type CorpusCacheFile, type FileAccess } from './files';
import type { CachedDocument } from '../core/corpus/persist';
import { createLagMonitor } from './lagMonitor';
import { createResolveScheduler } from './resolveScheduler';
import { inProcessResolveChannel, type ResolveChannel } from './resolveWorker';

export interface EngineDeps {
  readonly files: FileAccess;
  readonly annotate: (text: string, priority: Priority, token?: Cancellation) => Promise<DocumentAnnotation>;
  /**
   * Annotations by content hash, one small file each. The workspace cache (`persist`) serves files
   * unchanged on disk; this one is still needed for text that has no file behind it or not this one:
   * unsaved editor text (restored with the window), a file touched or checked out again with the same
   * content, a file renamed or copied.
   */
  readonly cache: AnnotationCache;
  /** The workspace cache, one compact file per folder (corpusCache.ts); without it every start reads every file. */
  readonly persist?: { readonly engineKey: string; readonly file: (folder: string) => CorpusCacheFile; /** Server build: the cache keeps the resolution too (corpusCache.ts). */ readonly resolverKey?: string };
  /** Workspace folders as absolute file-system paths; the first holds the corrections file. */
  readonly folders: readonly string[];
  readonly filter: FilterSettings;
  readonly log: (level: 'info' | 'problem', message: string) => void;
  /** Told whenever the index changed or a scan moved (at most every 250 ms for progress alone). */
  readonly notify: (params: IndexChangedParams) => void;
  /** Milliseconds before a scan's first batch is applied; later batches are paced by their cost. */
  readonly firstBatchMs?: number;
  /**
   * Where cross-document resolution runs: a new channel to a resolve worker (resolveWorker.ts), asked
   * again after a failure. Default: in this thread, a macrotask later (tests).
   */
  readonly resolveChannel?: () => ResolveChannel;
}

/** An open editor document as the client announced it (textDocument/didOpen and didChange). */
export interface OpenDocument {
  readonly uri: string;
  readonly languageId: string;
  readonly text: string;
}

export interface Engine {
  readonly index: DeferredCorpusIndex;
  start(): void;
  /** An editor opened or changed a document; `delayMs` debounces typing. */
  openOrChange(document: OpenDocument, delayMs?: number): void;
  /** The editor closed it: the file on disk is the truth again, or the document leaves the index. */
  close(uri: string): void;
  /** Whether the engine indexes this document (so the standard features answer for it). */
  covers(uri: string, languageId: string | undefined): boolean;
  /** The text the index holds for a document, if any. */
  indexedText(uri: string): string | undefined;
  setFilter(settings: FilterSettings): Promise<void>;
  rescan(): Promise<void>;
  /** Stops the running workspace scan, if any: documents already indexed stay. */
  cancelScan(): void;
  /** Reads the corrections file again; resolves when the index uses what it holds. */
  reloadCuration(): Promise<void>;
  /** Why the corrections file is not used, while it is not. */
  curationProblem(): string | undefined;
  whenIndexed(): Promise<IndexStats>;
  /**
   * Resolves when the index holds the document, or at once when it does (even an older text of it),
   * or when the engine is idle without it, or after timeoutMs. Requests about an open document that
   * is still being annotated wait here: VS Code keeps an empty answer (an outline, say) until the
   * document changes, so answering "nothing" too early would stick.
   */
  whenDocument(uri: string, timeoutMs?: number): Promise<void>;
  stats(): IndexStats;
  progress(): ScanProgress | undefined;
  /** Writes the workspace cache if anything changed since it was last written (before shutdown). */
  flushCache(): Promise<void>;
  dispose(): void;
}

/** Longest stretch of applying a batch's results before requests get their turn. */
const APPLY_SLICE_MS = 15;

/** After a change outside a scan, the workspace cache is written once things are quiet this long. */
const CACHE_WRITE_DELAY_MS = 5000;
/** Longest wait for the open documents before the workspace cache is decoded (openDocumentsFirst). */
const OPEN_FIRST_MAX_MS = 2000;
/** Wait for a first open document when none is open yet at that point (openDocumentsFirst). */
const OPEN_GRACE_MS = 250;
/** During a scan, no corpus-wide pass before the index holds this many documents (see flush). */
const SCAN_PASS_MIN_DOCUMENTS = 300;
/** After a pass the workspace cache lacks (resolutionBehind), it is written this soon. */
const RESOLUTION_WRITE_DELAY_MS = 500;

const LANGUAGES = ['plaintext', 'markdown'];
/** Above this many changed ids a notification says "everything" instead of listing them. */
const MAX_LISTED = 200;

interface Pending {
  readonly text: string;
  readonly annotation: DocumentAnnotation;
  /** Undefined for a document from the workspace cache: hashing every text would cost a warm start. */
  readonly hash: string | undefined;
  readonly seq: number;
  readonly fromCache: boolean;
  /** The file's fingerprint when the text was read from disk. */
  readonly fingerprint: string | undefined;
  /** Whether the document came from the workspace cache (so it is in its file already). */
  readonly persisted?: boolean;
}

class Token implements Cancellation {
  isCancellationRequested = false;
  cancel(): void {
    this.isCancellationRequested = true;
  }
}

export function createEngine(deps: EngineDeps): Engine {
  const { files, cache } = deps;
  let curation: Curation | undefined;
  let curationProblem: string | undefined;
  const index = createDeferredCorpusIndex({ resolve: resolveCorpus, curation: () => curation });
  const lag = createLagMonitor();
  const resolution = createResolveScheduler({
    index,
    channel: deps.resolveChannel ?? (() => inProcessResolveChannel()),
    log: (level, message) => deps.log(level, message),
    adopted: (documents) => {
      for (const id of documents) changedIds.add(id);
      if (!disposed) send();
      // The workspace cache keeps the resolution so that a warm start runs no pass. Written soon after a
      // pass when the file holds no exact one (the scan's write came before the pass ended; a change came
      // in between): a closing window does not wait for a write at shutdown (at 10k it takes seconds and the
      // client gives the server two), so the shutdown write alone left every warm start resolving again.
      // Once the file holds an exact one, later passes (a reader typing) go with the next write.
      if (!scan && corpusCache?.resolutionBehind()) corpusCache.schedule(RESOLUTION_WRITE_DELAY_MS);
    },
    idle: () => settle(),
    // While a scan runs, a pass at most a third of the time: on two cores the resolve worker otherwise
    // takes the annotation worker's core for the whole scan (measured at 10k: scan 336 s against the
    // CLI's 139 s with passes back to back). Answers meanwhile come from the last pass.
    gapMs: (lastPassMs) => (scan ? 2 * lastPassMs : 0),
  });
  /** Into the index and to the resolve worker. */
  const put = (id: string, text: string, annotation: DocumentAnnotation) => {
    index.set(id, text, annotation);
    resolution.set(id, text, annotation);
  };
  /**
   * A warm start's stored resolution (the workspace cache's) answers while the scan runs: no pass is asked
   * for until it ends, and none then if every document came back with the text it was resolved from.
   */
  let usingStored = false;
  /** While the workspace cache loads at the first scan (see requestResolution). */
  let awaitingStored = false;
  /** Resolve what changed since the last pass asked for. */
  let requestedVersion = -1;
  const requestResolution = () => {
    // A warm start may find a stored resolution: a pass before it is known (the open document's, at the
    // start) would replace it with one of a single document and every later document would differ from it.
    if (awaitingStored) return;
    if (usingStored) {
      if (scan) return;
      usingStored = false;
      // Documents set while the stored resolution answered go to the worker before a pass, if one is needed.
      resolution.hold(false);
      // Every document came back with the text the stored resolution was computed from: no pass.
      if (index.exactResolution()) {
        requestedVersion = index.documentsVersion;
        log('info', 'warm start: every document is the one the stored resolution was computed from; no resolution pass');
        return;
      }
      const drift = index.resolutionDrift();
      log('info', `warm start: ${drift.changed} documents changed or new and ${drift.gone} gone since the stored resolution; it answers until a pass ends`);
    }
    if (index.documentsVersion === requestedVersion) return;
    requestedVersion = index.documentsVersion;
    resolution.request();
  };
  let filter: FileFilter = createFileFilter(deps.filter);
  let excludeGlob = compileExclude(deps.filter.exclude);

  const open = new Map<string, OpenDocument>();
  const sequence = new Map<string, number>();
  const indexedHash = new Map<string, string>();
  const reported = new Set<string>();
  const editTimers = new Map<string, { timer: NodeJS.Timeout; token: Token }>();
  const pendingSets = new Map<string, Pending>();
  const changedIds = new Set<string>();
  let announceAll = false;
  const counts = { annotated: 0, fromCache: 0, batches: 0 };
  let lastScanMs: number | undefined;
  let scan: { done: number; total: number; started: number; token: Token } | undefined;
  /** Documents in the index at the last pass asked for during the running scan (see flush). */
  let scanPassDocuments = 0;
  let busy = 0;
  const idleWaiters: (() => void)[] = [];
  let flushTimer: NodeJS.Timeout | undefined;
  let batchDue: number | undefined;
  let backgroundDelay = deps.firstBatchMs ?? 400;
  let progressTimer: NodeJS.Timeout | undefined;
  let disposed = false;
  const lifetime = new Token();
  const watchers: { dispose(): void }[] = [];

  const log = deps.log;
  const relative = (uri: string): { folder: string; path: string } | undefined => {
    const file = filePath(uri);
    if (!file) return undefined;
    for (const folder of deps.folders) {
      const prefix = folder.endsWith('/') ? folder : `${folder}/`;
      if (file.startsWith(prefix)) return { folder, path: file.slice(prefix.length) };
    }
    return undefined;
  };
  const label = (uri: string) => relative(uri)?.path ?? uri;
  const corpusCache: CorpusCache | undefined = deps.persist && createCorpusCache({
    engineKey: deps.persist.engineKey,
    folders: deps.folders,
    file: deps.persist.file,
    folderOf: (id) => relative(id)?.folder,
    documentIds: () => index.documentIds(),
    log,
    resolverKey: deps.persist.resolverKey,
    resolution: () => index.exactResolution(),
    // While the stored resolution still answers (a warm scan), a write keeps it rather than dropping it.
    latestResolution: () => (scan && !usingStored ? undefined : index.adoptedResolution()),
    beforeDecode: () => openDocumentsFirst(),
  });
  /** The workspace cache is read until a scan completes; later scans (rescan) read the files. */
  let cacheLoaded = false;
  /** A document read from disk is in the index: the workspace cache is written after the scan, or soon. */
  const persistLater = (id: string, fingerprint: string | undefined, text: string, annotation: DocumentAnnotation | undefined) => {
    if (!corpusCache || fingerprint === undefined) return;
    corpusCache.indexed(id, fingerprint, text, annotation);
    if (!scan) corpusCache.schedule(CACHE_WRITE_DELAY_MS);
  };

  const covers = (uri: string, languageId: string | undefined): boolean => {
    const scheme = uri.slice(0, uri.indexOf(':'));
    if (scheme !== 'file' && scheme !== 'untitled') return false;
    const plainText = languageId !== undefined && LANGUAGES.includes(languageId);
    const rel = relative(uri);
    if (!rel) return plainText;
    if (filter.isOwnOutput(rel.path)) return false;
    return plainText || filter.covers(rel.path);
  };
  const coversFile = (uri: string) => {
    const rel = relative(uri);
    return rel !== undefined && filter.covers(rel.path);
  };

  const enter = () => void busy++;
  const leave = () => {
    busy--;
    settle();
  };
  const idle = () => busy === 0 && !flushTimer && batchDue === undefined && !resolution.busy();
  const settle = () => {
    if (idle()) {
      for (const w of idleWaiters.splice(0)) w();
      for (const waiters of documentWaiters.values()) for (const w of waiters) w();
      documentWaiters.clear();
    }
  };
  /** Requests waiting for a document to reach the index (see whenDocument). */
  const documentWaiters = new Map<string, (() => void)[]>();
  const documentArrived = (id: string) => {
    const waiters = documentWaiters.get(id);
    if (!waiters || !index.has(id)) return;
    documentWaiters.delete(id);
    for (const w of waiters) w();
  };

  const send = () => {
    for (const id of changedIds) documentArrived(id);
    const documents = announceAll || changedIds.size > MAX_LISTED ? [] : [...changedIds];
    const all = announceAll || changedIds.size > MAX_LISTED;
    changedIds.clear();
    announceAll = false;
    deps.notify({ version: index.version, documents, all: all || undefined, progress: progress(), busy: busy > 0 || pendingSets.size > 0 || resolution.busy() });
  };
  /** Progress alone is told at most every 250 ms: a cached scan moves hundreds of documents a second. */
  const noteProgress = () => {
    progressTimer ??= setTimeout(() => {
      progressTimer = undefined;
      if (!disposed) send();
    }, 250);
  };

  /** Applies pending results for at most `budgetMs` (whole documents); the rest stay pending. */
  const applyPending = (budgetMs: number): number => {
    let applied = 0;
    const started = performance.now();
    for (const [id, p] of pendingSets) {
      if (applied > 0 && performance.now() - started > budgetMs) break;
      pendingSets.delete(id);
      if (sequence.get(id) !== p.seq) continue;
      put(id, p.text, p.annotation);
      if (p.hash !== undefined) indexedHash.set(id, p.hash);
      else indexedHash.delete(id);
      if (!p.persisted) persistLater(id, p.fingerprint, p.text, p.annotation);
      counts[p.fromCache ? 'fromCache' : 'annotated']++;
      changedIds.add(id);
      applied++;
    }
    return applied;
  };

  const flush = () => {
    flushTimer = undefined;
    if (disposed) return;
    const started = performance.now();
    const due = batchDue !== undefined && started >= batchDue;
    if (due) {
      batchDue = undefined;
      // A batch is applied in slices, requests answered between them: each document costs the index and
      // the copy to the resolve worker (about 1 ms at worst on this machine), and a batch can be hundreds.
      const applied = applyPending(APPLY_SLICE_MS);
      if (pendingSets.size > 0) batchDue = performance.now();
      else if (applied > 0) {
        counts.batches++;
        backgroundDelay = Math.min(scan ? 60_000 : 10_000, Math.max(300, 4 * (performance.now() - started)));
      }
    }
    // Outside a scan, one pass per batch on the resolve worker (coalesced while one runs). During a scan
    // the worker's core belongs to annotation: open documents answer from their own resolution anyway,
    // so a corpus-wide pass (references across documents, the tree) is asked for only each time the
    // index has tripled since the last one, and not in the second half of the scan, whose end brings the
    // full pass soon (at 10k: 300, 900, 2,700 documents), so the scan's passes together cost less than
    // half the final pass (measured at 10k with a pass per batch and a gap of twice the last pass: 9
    // passes, cold 1.7-2.1 x CLI; tripling alone, with a pass at 8,100: 1.41 x under load). None at all
    // when no document is open.
    if (pendingSets.size === 0) {
      if (!scan) requestResolution();
      else if (open.size > 0 && scan.done < scan.total / 2 && index.size >= Math.max(SCAN_PASS_MIN_DOCUMENTS, 3 * scanPassDocuments)) {
        scanPassDocuments = index.size;
        requestResolution();
      }
    }
    if (changedIds.size > 0 || announceAll) send();
    if (batchDue !== undefined) flushTimer = setTimeout(flush, Math.max(0, batchDue - performance.now()));
    settle();
  };

  const noteChange = (id: string, priority: Priority) => {
    if (priority === 'interactive') {
      changedIds.add(id);
      if (flushTimer) clearTimeout(flushTimer);
      flushTimer = setTimeout(flush, 0);
    } else {
      batchDue ??= performance.now() + (scan ? backgroundDelay : Math.min(10_000, backgroundDelay));
      flushTimer ??= setTimeout(flush, Math.max(0, batchDue - performance.now()));
    }
  };

  const flushBatchNow = () => {
    if (batchDue === undefined) return;
    if (flushTimer) clearTimeout(flushTimer);
    flushTimer = undefined;
    batchDue = performance.now();
    flush();
  };

  const remove = (id: string) => {
    sequence.set(id, (sequence.get(id) ?? 0) + 1);
    pendingSets.delete(id);
    indexedHash.delete(id);
    reported.delete(id);
    if (corpusCache) {
      corpusCache.removed(id);
      if (!scan) corpusCache.schedule(CACHE_WRITE_DELAY_MS);
    }
    resolution.remove(id);
    if (index.remove(id)) noteChange(id, 'interactive');
  };

  /** `fingerprint`: the file's, when the text was read from disk (undefined for editor text). */
  async function indexText(id: string, text: string, priority: Priority, token: Cancellation, fingerprint?: string): Promise<void> {
    const seq = (sequence.get(id) ?? 0) + 1;
    sequence.set(id, seq);
    const hash = contentHash(text);
    if (indexedHash.get(id) === hash && index.has(id)) {
      // Same text, perhaps a new fingerprint (a touched file): the cached entry stays valid.
      persistLater(id, fingerprint, text, undefined);
      return;
    }
    let annotation = await cache.get(hash);
    const fromCache = annotation !== undefined;
    if (token.isCancellationRequested || sequence.get(id) !== seq) return;
    annotation ??= await deps.annotate(text, priority, token);
    if (token.isCancellationRequested || sequence.get(id) !== seq || disposed) return;
    reported.delete(id);
    if (priority === 'background') {
      pendingSets.set(id, { text, annotation, hash, seq, fromCache, fingerprint });
    } else {
      pendingSets.delete(id);
      put(id, text, annotation);
      indexedHash.set(id, hash);
      persistLater(id, fingerprint, text, annotation);
      counts[fromCache ? 'fromCache' : 'annotated']++;
    }
    noteChange(id, priority);
    if (!fromCache) await cache.put(hash, annotation);
  }

  const skip = (id: string, reason: string) => {
    remove(id);
    if (!reported.has(id)) log('problem', `Skipped ${label(id)}: it ${reason}.`);
    reported.add(id);
  };

  /** A document from the workspace cache, its file unchanged: into the index without reading the file. */
  function indexCached(cached: CachedDocument): void {
    const id = cached.documentId;
    const seq = (sequence.get(id) ?? 0) + 1;
    sequence.set(id, seq);
    reported.delete(id);
    pendingSets.set(id, { text: cached.text, annotation: cached.annotation, hash: undefined, seq, fromCache: true, fingerprint: cached.fingerprint, persisted: true });
    noteChange(id, 'background');
  }

  /** `cached`: the document's entry in the workspace cache, used when the file's fingerprint still matches. */
  async function indexFile(uri: string, priority: Priority, token: Cancellation, cached?: CachedDocument): Promise<void> {
    const file = filePath(uri);
    if (!file) return;
    enter();
    try {
      if (cached) {
        const fingerprint = await files.fingerprint(file);
        if (token.isCancellationRequested || open.has(uri)) return;
        if (fingerprint !== undefined && fingerprint === cached.fingerprint) return indexCached(cached);
      }
      const read = await files.read(file, filter.settings.maxFileSizeMB);
      if (token.isCancellationRequested) return;
      // An open editor is the truth for its document (it may hold unsaved edits).
      if (open.has(uri)) return;
      if ('missing' in read) {
        if (index.has(uri)) log('info', `${label(uri)} disappeared while it was indexed`);
        remove(uri);
      } else if ('skip' in read) skip(uri, read.skip);
      else await indexText(uri, read.text, priority, token, read.fingerprint);
    } catch (e) {
      if (!(e instanceof CancelledError) && !token.isCancellationRequested) log('problem', `Could not annotate ${label(uri)}: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      leave();
    }
  }

  async function indexOpen(document: OpenDocument, token: Cancellation): Promise<void> {
    enter();
    try {
      const { maxBytes, settings } = filter;
      // UTF-16 length stands in for bytes, as the editor did: a cheap bound, not an exact size.
      if (document.text.length > maxBytes) skip(document.uri, `is ${(document.text.length / 1024 / 1024).toFixed(1)} MB, larger than the maximum of ${settings.maxFileSizeMB} MB (setting sourceAnnotator.maxFileSizeMB)`);
      else await indexText(document.uri, document.text, 'interactive', token);
    } catch (e) {
      if (!(e instanceof CancelledError) && !token.isCancellationRequested) log('problem', `Could not annotate ${label(document.uri)}: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      leave();
    }
  }

  function cancelEdit(id: string): void {
    const pending = editTimers.get(id);
    if (!pending) return;
    clearTimeout(pending.timer);
    pending.token.cancel();
    editTimers.delete(id);
    leave();
  }

  async function listFolder(folder: string, under = ''): Promise<string[]> {
    const keep = (rel: string) => filter.covers(under + rel);
    const prune = (rel: string) => filter.isOwnOutput(`${under}${rel}x`) || excludeGlob(`${under}${rel}\u0000`);
    const root = under ? `${folder}/${under.replace(/\/$/, '')}` : folder;
    return (await files.list(root, keep, prune)).map((rel) => fileUri(`${folder}/${under}${rel}`));
  }

  /**
   * Before the workspace cache is decoded (one block of this thread, about a second at 10k documents): the
   * editor's open documents reach the index first, from the annotation cache or the workers, so the first
   * hover does not wait for the decode (measured at 10k: the open document was indexed just after it).
   * An editor restoring its tabs opens them right after the server starts: a short grace when none is open.
   */
  async function openDocumentsFirst(): Promise<void> {
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const deadline = performance.now() + OPEN_FIRST_MAX_MS;
    if (open.size === 0) await pause(OPEN_GRACE_MS);
    const waiting = () => [...open.values()].some((d) => covers(d.uri, d.languageId) && !index.has(d.uri));
    while (!disposed && waiting() && performance.now() < deadline) await pause(20);
  }

  /**
   * Builds the corpus-wide view of a stored resolution in slices right after it is adopted (every
   * document's columns, the posting lists: at 3k documents 0.56 s that the first hover after a warm start
   * used to spend), requests answered between slices; meanwhile an open document answers from its own
   * data (DeferredCorpusIndex.preparing). Open documents are told to refresh once it is built, so a hover
   * card counting only that document is not kept.
   */
  async function prepareView(token: Token): Promise<void> {
    const started = performance.now();
    try {
      const answered = await runInSlices(index.preparing(), { sliceMs: APPLY_SLICE_MS, cancelled: () => token.isCancellationRequested || disposed });
      log('info', `corpus view built in ${Math.round(performance.now() - started)} ms after the stored resolution was adopted${answered ? '; open documents answered from their own data meanwhile' : ''}`);
      if (answered && !disposed) {
        for (const d of open.values()) if (index.has(d.uri)) changedIds.add(d.uri);
        send();
      }
    } catch (e) {
      // Cancelled: a rescan or shutdown. Anything else: requests build the view themselves, as before.
      if (!(e instanceof Error && e.message === 'cancelled')) log('problem', `Could not prepare the corpus view: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  async function runScan(token: Token): Promise<void> {
    for (const d of open.values()) if (covers(d.uri, d.languageId)) void indexOpen(d, token);
    // Read in bulk while the folders are listed; a warm start reads no document before the first hover.
    const loading = corpusCache && !cacheLoaded ? corpusCache.load() : undefined;
    awaitingStored = loading !== undefined;
    const found: string[] = [];
    let cached: Awaited<typeof loading>;
    try {
      for (const folder of deps.folders) found.push(...(await listFolder(folder)));
      cached = await loading;
    } finally {
      awaitingStored = false;
    }
    if (token.isCancellationRequested) return;
    const stored = corpusCache?.takeResolution();
    if (stored) {
      index.adoptStored(stored);
      usingStored = true;
      resolution.hold(true);
      // The first corpus-wide answer packs every document's mentions (at 10k, seconds of this thread):
      // built here in slices while the scan runs, so that request does not stall the server.
      void prepareView(token);
      log('info', `workspace cache: using the stored resolution of ${stored.documents.length} documents while they are unchanged`);
    }
    const todo = found.filter((u) => !open.has(u)).sort((a, b) => a.localeCompare(b));
    const keep = new Set([...open.keys(), ...todo]);
    for (const id of index.documentIds()) if (!keep.has(id)) remove(id);
    // Files gone since the cache was written drop out of it at the next write.
    if (cached) for (const id of cached.keys()) if (!keep.has(id)) corpusCache?.removed(id);
    log('info', `indexing ${todo.length + open.size} documents`);
    lag.reset();
    const thisScan = { done: 0, total: todo.length, started: performance.now(), token };
    scan = thisScan;
    scanPassDocuments = index.size;
    send();
    let next = 0;
    try {
      // Enough reads in flight to keep every worker fed and overlap file and cache reads.
      const lane = async () => {
        while (next < todo.length && !token.isCancellationRequested) {
          const uri = todo[next++];
          await indexFile(uri, 'background', token, cached?.get(uri));
          thisScan.done++;
          noteProgress();
        }
      };
      await Promise.all(Array.from({ length: 8 }, lane));
      if (token.isCancellationRequested) log('info', `indexing cancelled after ${thisScan.done} of ${todo.length} documents`);
    } finally {
      if (scan === thisScan) {
        scan = undefined;
        flushBatchNow();
        // Once the last batch is applied (flush asks then, if slices remain); no gap after the scan.
        if (pendingSets.size === 0) requestResolution();
        resolution.hurry();
        lastScanMs = Math.round(performance.now() - thisScan.started);
        send();
        if (!token.isCancellationRequested) {
          cacheLoaded = true;
          corpusCache?.schedule(0);
        }
      }
    }
  }

  function startScan(): Promise<void> {
    scan?.token.cancel();
    const token = new Token();
    enter();
    return runScan(token)
      .catch((e) => log('problem', `Indexing failed: ${e instanceof Error ? e.message : String(e)}`))
      .finally(leave);
  }

  function removeUnder(uri: string): void {
    const prefix = uri.endsWith('/') ? uri : `${uri}/`;
    for (const id of index.documentIds()) if ((id === uri || id.startsWith(prefix)) && !open.has(id)) remove(id);
    for (const id of [...pendingSets.keys()]) if (id === uri || id.startsWith(prefix)) remove(id);
  }

  let curationReload: Promise<void> = Promise.resolve();
  const curationFolder = deps.folders[0];
  function reloadCuration(): Promise<void> {
    if (!curationFolder) return Promise.resolve();
    enter();
    curationReload = curationReload.then(async () => {
      try {
        const result = await files.readCuration(curationFolder);
        const next = 'curation' in result ? result.curation : undefined;
        const problem = 'problem' in result ? result.problem : undefined;
        if (problem && problem !== curationProblem) log('problem', `${files.curationPath(curationFolder)} is not used: ${problem}`);
        curationProblem = problem;
        if (JSON.stringify(next) !== JSON.stringify(curation)) {
          curation = next;
          announceAll = true;
          send();
        }
      } finally {
        leave();
      }
    });
    return curationReload;
  }

  const onWatched = (file: string, deleted: boolean) => {
    if (curationFolder && file === files.curationPath(curationFolder)) {
      void reloadCuration();
      return;
    }
    const uri = fileUri(file);
    if (deleted) return removeUnder(uri);
    if (open.has(uri)) return;
    if (coversFile(uri)) {
      void indexFile(uri, 'background', lifetime);
      return;
    }
    // A folder that appeared (created, renamed, copied in): its files, as a scan would find them.
    const rel = relative(uri);
    if (rel && !filter.isOwnOutput(`${rel.path}/x`)) {
      enter();
      void listFolder(rel.folder, `${rel.path}/`)
        .then((uris) => uris.forEach((u) => !open.has(u) && void indexFile(u, 'background', lifetime)))
        .finally(leave);
    }
  };

  function progress(): ScanProgress | undefined {
    return scan ? { done: scan.done, total: scan.total, elapsedMs: Math.round(performance.now() - scan.started) } : undefined;
  }
  const stats = (): IndexStats => {
    const r = resolution.stats();
    return { ...counts, lastScanMs: scan ? undefined : lastScanMs, documents: index.documentIds().length, resolvePasses: r.passes, resolveMaxMs: r.maxPassMs, resolveMaxWorkerMs: r.maxPassWorkerMs, serverLagMaxMs: lag.maxMs(), cacheSettled: corpusCache?.settled() };
  };

  return {
    index,
    start() {
      for (const folder of deps.folders) watchers.push(files.watch(folder, { changed: (f) => onWatched(f, false), deleted: (f) => onWatched(f, true) }));
      // Busy from here to the scan's start, so whenIndexed() cannot resolve in between.
      enter();
      void reloadCuration()
        .catch((e) => log('problem', `Could not read the corrections: ${e instanceof Error ? e.message : String(e)}`))
        .then(() => void startScan())
        .finally(leave);
    },
    openOrChange(document, delayMs = 0) {
      open.set(document.uri, document);
      cancelEdit(document.uri);
      if (!covers(document.uri, document.languageId)) return;
      const token = new Token();
      enter();
      const timer = setTimeout(() => {
        editTimers.delete(document.uri);
        void indexOpen(document, token).finally(leave);
      }, delayMs);
      editTimers.set(document.uri, { timer, token });
    },
    close(uri) {
      const was = open.get(uri);
      open.delete(uri);
      cancelEdit(uri);
      // Unsaved edits are gone with the editor: fall back to the file, or forget ad-hoc documents.
      if (uri.startsWith('file:') && coversFile(uri)) void indexFile(uri, 'interactive', lifetime);
      else if (was && index.has(uri)) remove(uri);
    },
    covers,
    indexedText: (uri) => index.document(uri)?.text,
    async setFilter(settings) {
      filter = createFileFilter(settings);
      excludeGlob = compileExclude(settings.exclude);
      await this.rescan();
    },
    cancelScan() {
      scan?.token.cancel();
    },
    async rescan() {
      indexedHash.clear();
      reported.clear();
      await startScan();
    },
    reloadCuration,
    curationProblem: () => curationProblem,
    whenIndexed() {
      return new Promise<IndexStats>((resolve) => {
        const done = () => resolve(stats());
        if (idle()) done();
        else idleWaiters.push(done);
      });
    },
    whenDocument(uri, timeoutMs = 15_000) {
      if (index.has(uri) || disposed) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, timeoutMs);
        const done = () => {
          clearTimeout(timer);
          resolve();
        };
        documentWaiters.set(uri, [...(documentWaiters.get(uri) ?? []), done]);
        settle();
      });
    },
    stats,
    progress,
    flushCache: () => (corpusCache ? corpusCache.flush() : Promise.resolve()),
    dispose() {
      disposed = true;
      resolution.dispose();
      lag.dispose();
      corpusCache?.dispose();
      lifetime.cancel();
      scan?.token.cancel();
      for (const w of watchers.splice(0)) w.dispose();
      for (const { timer, token } of editTimers.values()) {
        clearTimeout(timer);
        token.cancel();
      }
      editTimers.clear();
      if (flushTimer) clearTimeout(flushTimer);
      if (progressTimer) clearTimeout(progressTimer);
      pendingSets.clear();
      for (const w of idleWaiters.splice(0)) w();
      for (const waiters of documentWaiters.values()) for (const w of waiters) w();
      documentWaiters.clear();
    },
  };
}

/** Whether a hypothetical path matches the exclude glob; an empty setting excludes nothing. */
function compileExclude(pattern: string): (path: string) => boolean {
  if (!pattern.trim()) return () => false;
  const glob = new Minimatch(pattern, { dot: true, nocase: process.platform === 'win32' });
  return (p) => glob.match(p);
}
