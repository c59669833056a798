// The reader's corrections for this workspace, kept in .source-annotator/curation.json in the first
// workspace folder (so they travel with the documents and the CLI reads the same file). External
// edits to the file (a git pull, a hand edit) are picked up; a file this version cannot read is
// never overwritten, and while it is unreadable the views show the automatic annotations.
import * as fs from 'node:fs/promises';
import * as vscode from 'vscode';
import { CURATION_FILE, emptyCuration, serializeCuration, type Curation } from '../../core/curation';
import { curationPathFor, readCurationFile, writeCurationFile } from '../../node/curationFile';
import { createProblemNotifier } from './notice';
import { Commands } from '../ids';
import type { Log } from '../log';

export interface CurationStore extends vscode.Disposable {
  /** The corrections in force; undefined while the file on disk is unreadable. */
  current(): Curation | undefined;
  /** Why the file is not used, while it is not. */
  problem(): string | undefined;
  readonly onDidChange: vscode.Event<void>;
  /**
   * Applies a change to the corrections as they are on disk now (so an external edit not yet seen
   * by the watcher is kept) and saves it atomically; resolves false, after telling the user, when
   * the file cannot be read or written.
   */
  update(change: (curation: Curation) => Curation): Promise<boolean>;
  /** Reads the file again, as on activation. */
  reload(): Promise<void>;
  readonly fileUri: vscode.Uri | undefined;
}

/** A burst of watcher events (a git checkout rewrites the file several times) costs one read. */
const RELOAD_DELAY_MS = 150;
/**
 * File events get lost: VS Code coalesces "created" then "deleted" into nothing, so deleting the
 * file soon after a save (ours is a rename) goes unseen. One stat this often catches whatever the
 * watcher missed.
 */
const POLL_MS = 2000;

/** Changes whenever the file is replaced, rewritten, or removed. */
async function stampOf(file: string): Promise<string> {
  try {
    const s = await fs.stat(file);
    return `${s.ino}:${s.size}:${s.mtimeMs}`;
  } catch {
    return 'absent';
  }
}

export async function createCurationStore(log: Log): Promise<CurationStore> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  const filePath = folder && folder.uri.scheme === 'file' ? curationPathFor(folder.uri.fsPath) : undefined;
  const fileUri = filePath ? vscode.Uri.file(filePath) : undefined;
  const changed = new vscode.EventEmitter<void>();
  let curation: Curation | undefined = emptyCuration();
  let lastText = serializeCuration(emptyCuration());
  const notifier = createProblemNotifier(
    (problem) => {
      void vscode.window.showErrorMessage(`Source Annotator: ${CURATION_FILE} is not used: ${problem}. The file is left untouched and corrections are paused until it is fixed or removed; automatic annotations are still shown.`, 'Open File', 'Show Output').then((choice) => {
        if (choice === 'Open File' && fileUri) void vscode.window.showTextDocument(fileUri);
        if (choice === 'Show Output') void vscode.commands.executeCommand(Commands.showOutput);
      });
    },
    (line) => log.info(`${CURATION_FILE}: ${line}`),
  );

  // Reads and writes run one at a time, so a slow read cannot land after a newer save.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  const adopt = (next: Curation | undefined) => {
    if (!next && !curation) return;
    const text = next ? serializeCuration(next) : undefined;
    // Our own save comes back through the watcher; only a real change refreshes the views.
    if (text !== undefined && text === lastText && curation) return;
    curation = next;
    if (text !== undefined) lastText = text;
    changed.fire();
  };

  let stamp = '';
  const load = async (): Promise<void> => {
    if (!filePath) return;
    // Taken before reading, so a write during the read shows up as a change at the next poll.
    stamp = await stampOf(filePath);
    const result = await readCurationFile(filePath);
    notifier.update(result.ok ? undefined : result.error.message);
    adopt(result.ok ? result.curation : undefined);
  };

  await load();
  const disposables: vscode.Disposable[] = [changed];
  let timer: NodeJS.Timeout | undefined;
  if (folder && fileUri) {
    const schedule = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        void serial(load);
      }, RELOAD_DELAY_MS);
    };
    // A recursive glob, not the plain path: VS Code watches a plain path (or one folder) by itself,
    // and that watch loses the file once it is replaced by a rename (our atomic save, git) and
    // misses its later deletion. Events for other files of that name are filtered out below.
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, `**/${CURATION_FILE}`));
    const ours = (uri: vscode.Uri) => uri.fsPath === fileUri.fsPath && schedule();
    const poll = setInterval(() => void stampOf(fileUri.fsPath).then((now) => now !== stamp && schedule()), POLL_MS);
    disposables.push(
      { dispose: () => clearInterval(poll) },
      watcher, watcher.onDidChange(ours), watcher.onDidCreate(ours), watcher.onDidDelete(ours),
      // Saving the file from an editor tab is picked up even where file watching is unreliable.
      vscode.workspace.onDidSaveTextDocument((doc) => doc.uri.fsPath === fileUri.fsPath && schedule()),
      { dispose: () => timer && clearTimeout(timer) },
    );
  }

  const refuse = (problem: string) => {
    void vscode.window.showErrorMessage(`Source Annotator: the correction was not saved: ${CURATION_FILE} cannot be used (${problem}). Fix or remove the file first; it was left untouched.`);
    return false;
  };

  const update = (change: (curation: Curation) => Curation) => serial(async (): Promise<boolean> => {
    if (!filePath) {
      // No folder to keep the file in: corrections last for this session only.
      adopt(change(curation ?? emptyCuration()));
      return true;
    }
    const onDisk = await readCurationFile(filePath);
    if (!onDisk.ok) {
      notifier.update(onDisk.error.message);
      adopt(undefined);
      return refuse(onDisk.error.message);
    }
    notifier.update(undefined);
    const next = change(onDisk.curation);
    // Nothing changed (undo with nothing to undo): no write, so no file appears for nothing.
    if (serializeCuration(next) === serializeCuration(onDisk.curation)) {
      adopt(onDisk.curation);
      return true;
    }
    try {
      await writeCurationFile(filePath, next);
    } catch (e) {
      void vscode.window.showErrorMessage(`Source Annotator: could not save the correction: ${e instanceof Error ? e.message : String(e)}`);
      adopt(onDisk.curation);
      return false;
    }
    stamp = await stampOf(filePath);
    adopt(next);
    return true;
  });

  return {
    current: () => curation,
    problem: () => notifier.current(),
    onDidChange: changed.event,
    fileUri,
    update,
    reload: () => serial(load),
    dispose: () => vscode.Disposable.from(...disposables).dispose(),
  };
}
