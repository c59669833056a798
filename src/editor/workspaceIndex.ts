// Keeps the corpus index in step with the workspace: an initial scan with progress, then file events
// and unsaved edits. All language work happens in the annotation worker; this file only decides what
// to (re)annotate, when, and what to tell the user when a file can't be read.
import * as vscode from 'vscode';
import type { CorpusIndex } from '../core/corpusTypes';
import type { DocumentAnnotation } from '../core/types';
import { contentHash, type AnnotationCache } from './annotationCache';
import { CancelledError, type AnnotatorClient, type Priority } from './annotatorClient';
import { documentId, documentLength } from './convert';
import { decodeText, sizeLimitReason } from './decodeText';
import type { FileFilter } from './fileFilter';
import { progressMessage } from './indexProgress';
import { LANGUAGES } from './ids';
import type { Log } from './log';

export interface WorkspaceIndexDeps {
  readonly index: CorpusIndex;
  readonly annotator: AnnotatorClient;
  readonly cache: AnnotationCache;
  readonly log: Log;
  /** The current include/exclude/size settings; onFilterChange fires when they change. */
  readonly filter: () => FileFilter;
  readonly onFilterChange: vscode.Event<void>;
}

export interface WorkspaceIndex extends vscode.Disposable {
  /** Fires with the ids of documents whose annotation changed (batched). */
  readonly onDidChange: vscode.Event<readonly string[]>;
  /** Resolves once the initial scan and every queued update have reached the index. */
  whenIndexed(): Promise<void>;
  /** Forget everything and scan the workspace again. */
  rescan(): Promise<void>;
  /** True when the index holds exactly this document's current text (offsets line up). */
  isCurrent(document: vscode.TextDocument): boolean;
  /** Whether the document is one the index covers (so providers answer for it). */
  covers(document: vscode.TextDocument): boolean;
  /** Tells every view that all documents changed (the reader's corrections apply everywhere). */
  announceAll(): void;
  /** How documents reached the index since activation: run through the model, or served from the cache. */
  stats(): IndexStats;
  /** The running workspace scan, or undefined when none is running; onDidChangeProgress fires as it moves. */
  progress(): ScanProgress | undefined;
  readonly onDidChangeProgress: vscode.Event<void>;
}

export interface IndexStats {
  readonly annotated: number;
  readonly fromCache: number;
  /** Cross-document snapshots computed for batches of background results since activation. */
  readonly batches?: number;
  /** Milliseconds of the last workspace scan, from its start to its last document in the index; undefined while one runs. */
  readonly lastScanMs?: number;
}

export interface ScanProgress {
  /** Documents of this scan that have reached the index (or were skipped). */
  readonly done: number;
  readonly total: number;
  /** Milliseconds since the scan started. */
  readonly elapsedMs: number;
}

/** Typing in a large document waits a little longer, so the worker isn't fed every keystroke. */
function editDelayMs(length: number): number {
  return 200 + Math.min(800, Math.round(length / 2000));
}

class Skip extends Error {}

/** A background result waiting for the next batch; applied only if no newer update for the document came since. */
interface Pending {
  readonly text: string;
  readonly annotation: DocumentAnnotation;
  readonly hash: string;
  readonly seq: number;
  readonly fromCache: boolean;
}


export function createWorkspaceIndex(deps: WorkspaceIndexDeps): WorkspaceIndex {
  const { index, annotator, cache, log } = deps;
  const disposables: vscode.Disposable[] = [];
  const changed = new vscode.EventEmitter<readonly string[]>();
  disposables.push(changed);

  const lifetime = new vscode.CancellationTokenSource();
  disposables.push(lifetime);
  /** Per document: a sequence number so a slow, older result never overwrites a newer one. */
  const sequence = new Map<string, number>();
  /** Per document: hash of the text in the index, to skip re-annotating identical text. */
  const indexedHash = new Map<string, string>();
  const editTimers = new Map<string, { timer: NodeJS.Timeout; cts: vscode.CancellationTokenSource }>();
  /** Documents already reported as skipped, so a file that stays too big is reported once. */
  const reported = new Set<string>();

  const counts = { annotated: 0, fromCache: 0, batches: 0 };
  let lastScanMs: number | undefined;
  /**
   * Background results not yet in the index. Applying them in batches keeps the index unchanged between
   * batches, so the status bar, context keys, tree, hover and navigation all read one cached corpus
   * snapshot instead of each forcing a fresh cross-document resolution as documents trickle in.
   */
  const pendingSets = new Map<string, Pending>();
  const progressChanged = new vscode.EventEmitter<void>();
  disposables.push(progressChanged);
  let scan: { done: number; total: number; started: number } | undefined;
  let progressTimer: NodeJS.Timeout | undefined;
  /** Progress events at most every 250 ms: a cached scan moves hundreds of documents a second. */
  const noteProgress = () => {
    progressTimer ??= setTimeout(() => {
      progressTimer = undefined;
      if (!disposed) progressChanged.fire();
    }, 250);
  };
  let busy = 0;
  const idleWaiters: (() => void)[] = [];
  let scanCts: vscode.CancellationTokenSource | undefined;
  const pendingIds = new Set<string>();
  let flushTimer: NodeJS.Timeout | undefined;
  let backgroundDelay = 400;
  let disposed = false;

  const enter = () => {
    busy++;
  };
  const leave = () => {
    busy--;
    if (busy === 0 && !flushTimer) for (const w of idleWaiters.splice(0)) w();
  };

  /** Puts the waiting background results into the index; returns how many went in. */
  const applyPending = (): number => {
    let applied = 0;
    for (const [id, p] of pendingSets) {
      if (sequence.get(id) !== p.seq) continue;
      index.set(id, p.text, p.annotation);
      indexedHash.set(id, p.hash);
      counts[p.fromCache ? 'fromCache' : 'annotated']++;
      applied++;
    }
    pendingSets.clear();
    return applied;
  };

  /** Ids of background results waiting in pendingSets, announced when their batch is applied. */
  const batchIds = new Set<string>();
  /** When the waiting batch is applied (performance.now() time), or undefined when none waits. */
  let batchDue: number | undefined;

  const flush = () => {
    flushTimer = undefined;
    if (disposed) return;
    const started = performance.now();
    // An interactive flush (an edit, an opened or removed document) leaves the batch waiting: applying
    // it would turn a quick one-document update into a resolution of the whole corpus.
    const due = batchDue !== undefined && started >= batchDue;
    let applied = 0;
    if (due) {
      applied = applyPending();
      for (const id of batchIds) pendingIds.add(id);
      batchIds.clear();
      batchDue = undefined;
    }
    const ids = [...pendingIds];
    pendingIds.clear();
    if (ids.length > 0) {
      // No resolution here: the views an editor shows (highlights, hover, tree, status) read the
      // engine, and what still reads this index (ledger, graph, corrections, exports) resolves when asked.
      if (applied > 0) counts.batches++;
      changed.fire(ids);
      // Space bulk batches out so that a batch's whole cost (its listeners, which may resolve the
      // corpus: an open ledger or graph does) takes at most about a fifth of the main thread, and at
      // least 2 s apart during a scan; after it, a changed file shows within 10 s.
      if (due) backgroundDelay = Math.min(scan ? 120_000 : 10_000, Math.max(scan ? 2000 : 400, 4 * (performance.now() - started)));
    }
    if (batchDue !== undefined) flushTimer = setTimeout(flush, Math.max(0, batchDue - performance.now()));
    else if (busy === 0) for (const w of idleWaiters.splice(0)) w();
  };
  /** Interactive changes show at once; background results wait for their batch so the views aren't rebuilt per file. */
  const noteChange = (id: string, priority: Priority) => {
    if (priority === 'interactive') {
      pendingIds.add(id);
      if (flushTimer) clearTimeout(flushTimer);
      flushTimer = setTimeout(flush, 0);
    } else {
      batchIds.add(id);
      batchDue ??= performance.now() + (scan ? backgroundDelay : Math.min(10_000, backgroundDelay));
      flushTimer ??= setTimeout(flush, Math.max(0, batchDue - performance.now()));
    }
  };

  /** Applies the waiting batch now (the scan is over, or someone waits for it). */
  const flushBatchNow = () => {
    if (batchDue === undefined) return;
    if (flushTimer) clearTimeout(flushTimer);
    batchDue = performance.now();
    flush();
  };

  const remove = (id: string) => {
    sequence.set(id, (sequence.get(id) ?? 0) + 1);
    pendingSets.delete(id);
    batchIds.delete(id);
    indexedHash.delete(id);
    reported.delete(id);
    if (index.remove(id)) noteChange(id, 'interactive');
  };

  const relativePath = (uri: vscode.Uri) => vscode.workspace.asRelativePath(uri, false);
  const inWorkspace = (uri: vscode.Uri) => uri.scheme === 'file' && vscode.workspace.getWorkspaceFolder(uri) !== undefined;
  const coversUri = (uri: vscode.Uri) => inWorkspace(uri) && deps.filter().covers(relativePath(uri));

  /** Asked on every hover, caret move and keystroke: the workspace folder and relative path are looked up once. */
  const covers = (document: vscode.TextDocument): boolean => {
    const { uri } = document;
    if (uri.scheme !== 'file' && uri.scheme !== 'untitled') return false;
    const plainText = (LANGUAGES as readonly string[]).includes(document.languageId);
    if (!inWorkspace(uri)) return plainText;
    const path = relativePath(uri);
    const filter = deps.filter();
    if (filter.isOwnOutput(path)) return false;
    return plainText || filter.covers(path);
  };

  const openDocument = (uri: vscode.Uri) => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && !d.isClosed);

  /** Annotates text (or takes it from the cache) and puts it in the index unless a newer update won. */
  async function indexText(id: string, text: string, priority: Priority, token: vscode.CancellationToken): Promise<void> {
    const seq = (sequence.get(id) ?? 0) + 1;
    sequence.set(id, seq);
    const hash = contentHash(text);
    if (indexedHash.get(id) === hash && index.has(id)) return;
    let annotation: DocumentAnnotation | undefined = await cache.get(hash);
    const fromCache = annotation !== undefined;
    if (token.isCancellationRequested || sequence.get(id) !== seq) return;
    annotation ??= await annotator.annotate(text, priority, token);
    if (token.isCancellationRequested || sequence.get(id) !== seq || disposed) return;
    reported.delete(id);
    if (priority === 'background') {
      pendingSets.set(id, { text, annotation, hash, seq, fromCache });
    } else {
      pendingSets.delete(id);
      index.set(id, text, annotation);
      indexedHash.set(id, hash);
      counts[fromCache ? 'fromCache' : 'annotated']++;
    }
    noteChange(id, priority);
    if (!fromCache) await cache.put(hash, annotation);
  }

  /** Reads a file, preferring the open editor's text, which includes unsaved edits. */
  async function readText(uri: vscode.Uri): Promise<string> {
    const { maxBytes, settings } = deps.filter();
    const open = openDocument(uri);
    if (open) {
      const length = documentLength(open);
      if (length > maxBytes) throw new Skip(sizeLimitReason(length, settings.maxFileSizeMB));
      return open.getText();
    }
    const stat = await vscode.workspace.fs.stat(uri);
    if ((stat.type & vscode.FileType.File) === 0) throw new Skip('is not a file');
    if (stat.size > maxBytes) throw new Skip(sizeLimitReason(stat.size, settings.maxFileSizeMB));
    const decoded = decodeText(await vscode.workspace.fs.readFile(uri), settings.maxFileSizeMB);
    if ('skip' in decoded) throw new Skip(decoded.skip);
    return decoded.text;
  }

  async function indexUri(uri: vscode.Uri, priority: Priority, token: vscode.CancellationToken): Promise<void> {
    const id = documentId(uri);
    enter();
    try {
      const text = await readText(uri);
      if (token.isCancellationRequested) return;
      await indexText(id, text, priority, token);
    } catch (e) {
      if (e instanceof CancelledError || token.isCancellationRequested) return;
      if (e instanceof vscode.FileSystemError && (e.code === 'FileNotFound' || e.code === 'EntryNotFound')) {
        log.info(`${relativePath(uri)} disappeared while it was indexed`);
        remove(id);
      } else if (e instanceof Skip) {
        remove(id);
        if (!reported.has(id)) log.problem(`Skipped ${relativePath(uri)}: it ${e.message}.`);
        reported.add(id);
      } else {
        log.problem(`Could not annotate ${relativePath(uri)}: ${e instanceof Error ? e.message : String(e)}`);
      }
    } finally {
      leave();
    }
  }

  async function indexOpenDocument(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<void> {
    const id = documentId(document.uri);
    enter();
    try {
      const { maxBytes, settings } = deps.filter();
      const length = documentLength(document);
      if (length > maxBytes) {
        remove(id);
        if (!reported.has(id)) log.problem(`Skipped ${relativePath(document.uri)}: it ${sizeLimitReason(length, settings.maxFileSizeMB)}.`);
        reported.add(id);
        return;
      }
      await indexText(id, document.getText(), 'interactive', token);
    } catch (e) {
      if (!(e instanceof CancelledError) && !token.isCancellationRequested) log.problem(`Could not annotate ${relativePath(document.uri)}: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      leave();
    }
  }

  /** A newer edit or a closed editor makes the pending re-annotation pointless. */
  function cancelPendingEdit(id: string): void {
    const pending = editTimers.get(id);
    if (!pending) return;
    clearTimeout(pending.timer);
    pending.cts.cancel();
    pending.cts.dispose();
    editTimers.delete(id);
    leave();
  }

  function scheduleEdit(document: vscode.TextDocument): void {
    const id = documentId(document.uri);
    cancelPendingEdit(id);
    const cts = new vscode.CancellationTokenSource();
    enter();
    const timer = setTimeout(() => {
      editTimers.delete(id);
      void indexOpenDocument(document, cts.token).finally(() => {
        cts.dispose();
        leave();
      });
    }, editDelayMs(documentLength(document)));
    editTimers.set(id, { timer, cts });
  }

  async function runScan(token: vscode.CancellationToken): Promise<void> {
    const filter = deps.filter();
    const open = vscode.workspace.textDocuments.filter((d) => !d.isClosed && covers(d));
    for (const d of open) void indexOpenDocument(d, token);
    if (!vscode.workspace.workspaceFolders?.length) return;
    const exclude = filter.settings.exclude.trim() ? filter.settings.exclude : null;
    const uris = await vscode.workspace.findFiles(filter.settings.include, exclude, undefined, token);
    if (token.isCancellationRequested) return;
    const openIds = new Set(open.map((d) => documentId(d.uri)));
    const todo = uris.filter((u) => !openIds.has(documentId(u))).sort((a, b) => a.toString().localeCompare(b.toString()));
    // Files the settings no longer cover (or that vanished while nobody watched) leave the index;
    // everything else stays visible while it is re-checked, so a rescan doesn't blank the views.
    const keep = new Set([...openIds, ...todo.map(documentId)]);
    for (const doc of index.snapshot().documents) if (!keep.has(doc.id)) remove(doc.id);
    log.info(`indexing ${todo.length + open.length} documents`);
    let done = 0;
    let next = 0;
    scan = { done: 0, total: todo.length, started: performance.now() };
    const thisScan = scan;
    noteProgress();
    let report: ((message: string) => void) | undefined;
    // Most scans finish from the cache in a moment; only a scan that takes a while gets a
    // (cancellable) notification, instead of one flashing up every time a folder opens.
    let finish: () => void = () => undefined;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    const notifyTimer = setTimeout(() => {
      void vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Source Annotator: indexing', cancellable: true }, async (progress, progressToken) => {
        const stop = progressToken.onCancellationRequested(() => scanCts?.cancel());
        let shown = 0;
        let lastReport = 0;
        report = (message) => {
          // A notification update is a message to the window: a few a second are plenty.
          const now = performance.now();
          if (now - lastReport < 250 && done < todo.length) return;
          lastReport = now;
          progress.report({ message, increment: (100 * (done - shown)) / Math.max(1, todo.length) });
          shown = done;
        };
        report(progressMessage(done, todo.length, performance.now() - thisScan.started));
        await finished;
        stop.dispose();
      });
    }, 1000);
    try {
      // Several reads in flight keep the worker fed (it does one document at a time) and, when the
      // cache answers, overlap the file and cache reads, which are what a warm scan waits on.
      const lane = async () => {
        while (next < todo.length && !token.isCancellationRequested) {
          await indexUri(todo[next++], 'background', token);
          done++;
          thisScan.done = done;
          noteProgress();
          report?.(progressMessage(done, todo.length, performance.now() - thisScan.started));
        }
      };
      await Promise.all(Array.from({ length: 8 }, lane));
      if (token.isCancellationRequested) log.info(`indexing cancelled after ${done} of ${todo.length} documents`);
    } finally {
      clearTimeout(notifyTimer);
      finish();
      if (scan === thisScan) {
        // The scan is over when its last batch is in the index: flush it now, with the scan already
        // marked finished so views that pace themselves during a scan catch up at once.
        scan = undefined;
        flushBatchNow();
        lastScanMs = Math.round(performance.now() - thisScan.started);
        noteProgress();
      }
    }
  }

  function startScan(): Promise<void> {
    scanCts?.cancel();
    scanCts?.dispose();
    const cts = new vscode.CancellationTokenSource();
    scanCts = cts;
    const stop = lifetime.token.onCancellationRequested(() => cts.cancel());
    enter();
    return runScan(cts.token)
      .catch((e) => {
        if (!(e instanceof CancelledError)) log.problem(`Indexing failed: ${e instanceof Error ? e.message : String(e)}`);
      })
      .finally(() => {
        stop.dispose();
        leave();
      });
  }

  /** Files deleted as a folder arrive as one event for the folder: drop everything below it. */
  function removeUnder(uri: vscode.Uri): void {
    const id = documentId(uri);
    const prefix = id.endsWith('/') ? id : `${id}/`;
    for (const doc of index.snapshot().documents) if (doc.id === id || doc.id.startsWith(prefix)) remove(doc.id);
    // Results still waiting for their batch are not in the snapshot yet.
    for (const pending of [...pendingSets.keys()]) if (pending === id || pending.startsWith(prefix)) remove(pending);
  }

  const onFileChanged = (uri: vscode.Uri) => {
    if (!coversUri(uri)) return;
    const open = openDocument(uri);
    // An open editor is the truth for its document (it may hold unsaved edits).
    if (open) return;
    void indexUri(uri, 'background', lifetime.token);
  };

  const watcher = vscode.workspace.createFileSystemWatcher('**/*');
  disposables.push(
    watcher,
    watcher.onDidCreate(onFileChanged),
    watcher.onDidChange(onFileChanged),
    watcher.onDidDelete(removeUnder),
    vscode.workspace.onDidDeleteFiles((e) => e.files.forEach(removeUnder)),
    vscode.workspace.onDidRenameFiles((e) => {
      for (const { oldUri, newUri } of e.files) {
        removeUnder(oldUri);
        // A renamed folder: its files are found by the next scan of that folder.
        void vscode.workspace.fs.stat(newUri).then(
          (s) => {
            if (s.type & vscode.FileType.Directory) {
              const exclude = deps.filter().settings.exclude.trim() || null;
              void vscode.workspace.findFiles(new vscode.RelativePattern(newUri, '**/*'), exclude).then((uris) => uris.forEach(onFileChanged));
            } else onFileChanged(newUri);
          },
          () => undefined,
        );
      }
    }),
    vscode.workspace.onDidOpenTextDocument((d) => {
      if (covers(d)) scheduleEdit(d);
    }),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length > 0 && covers(e.document)) scheduleEdit(e.document);
    }),
    vscode.workspace.onDidCloseTextDocument((d) => {
      const id = documentId(d.uri);
      cancelPendingEdit(id);
      // Unsaved edits are gone with the editor: fall back to the file, or forget ad-hoc documents.
      if (d.uri.scheme === 'file' && coversUri(d.uri)) void indexUri(d.uri, 'background', lifetime.token);
      else if (index.has(id)) remove(id);
    }),
    deps.onFilterChange(() => void rescan()),
    vscode.workspace.onDidChangeWorkspaceFolders(() => void rescan()),
  );

  async function rescan(): Promise<void> {
    // Forget the hashes so every file is read and checked again (the cache still spares the model).
    indexedHash.clear();
    reported.clear();
    await startScan();
  }

  void startScan();

  return {
    onDidChange: changed.event,
    whenIndexed() {
      return new Promise<void>((resolve) => {
        if (busy === 0 && !flushTimer) resolve();
        else idleWaiters.push(resolve);
      });
    },
    rescan,
    isCurrent(document) {
      return index.document(documentId(document.uri))?.text === document.getText();
    },
    covers,
    stats: () => ({ ...counts, lastScanMs: scan ? undefined : lastScanMs }),
    progress: () => (scan ? { done: scan.done, total: scan.total, elapsedMs: performance.now() - scan.started } : undefined),
    onDidChangeProgress: progressChanged.event,
    announceAll() {
      for (const doc of index.snapshot().documents) noteChange(doc.id, 'interactive');
    },
    dispose() {
      disposed = true;
      lifetime.cancel();
      scanCts?.cancel();
      scanCts?.dispose();
      for (const { timer, cts } of editTimers.values()) {
        clearTimeout(timer);
        cts.cancel();
        cts.dispose();
      }
      editTimers.clear();
      if (flushTimer) clearTimeout(flushTimer);
      if (progressTimer) clearTimeout(progressTimer);
      pendingSets.clear();
      for (const w of idleWaiters.splice(0)) w();
      vscode.Disposable.from(...disposables).dispose();
    },
  };
}
