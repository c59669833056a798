// The reader's corrections for this workspace, kept in .source-annotator/curation.json in the first
// workspace folder (so they travel with the documents and the CLI reads the same file). External
// edits to the file are picked up; a file this version cannot read is never overwritten.
import * as vscode from 'vscode';
import { CURATION_FILE, emptyCuration, serializeCuration, type Curation } from '../core/curation';
import { curationPathFor, readCurationFile, writeCurationFile } from '../node/curationFile';
import type { Log } from './log';

export interface CurationStore extends vscode.Disposable {
  /** The corrections in force; undefined while the file on disk is unreadable. */
  current(): Curation | undefined;
  readonly onDidChange: vscode.Event<void>;
  /** Applies a change and saves it; resolves false (after telling the user) when it could not be saved. */
  update(change: (curation: Curation) => Curation): Promise<boolean>;
  readonly fileUri: vscode.Uri | undefined;
}

export async function createCurationStore(log: Log): Promise<CurationStore> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  const fileUri = folder && folder.uri.scheme === 'file' ? vscode.Uri.joinPath(folder.uri, ...CURATION_FILE.split('/')) : undefined;
  const changed = new vscode.EventEmitter<void>();
  let curation: Curation | undefined = emptyCuration();
  let lastText = '';
  let brokenReason: string | undefined;

  const load = async (): Promise<void> => {
    if (!fileUri) return;
    const result = await readCurationFile(curationPathFor(folder!.uri.fsPath));
    if (!result.ok) {
      const reason = result.error.message;
      if (reason !== brokenReason) log.problem(`Corrections in ${CURATION_FILE} are not applied: ${reason}. Fix or remove the file.`);
      brokenReason = reason;
      curation = undefined;
      changed.fire();
      return;
    }
    brokenReason = undefined;
    const text = serializeCuration(result.curation);
    // Our own save comes back through the watcher; only a real change refreshes the views.
    if (text === lastText && curation) return;
    lastText = text;
    curation = result.curation;
    changed.fire();
  };

  await load();
  const disposables: vscode.Disposable[] = [changed];
  if (folder && fileUri) {
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, CURATION_FILE));
    const reload = () => void load();
    disposables.push(watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload));
  }

  return {
    current: () => curation,
    onDidChange: changed.event,
    fileUri,
    async update(change) {
      if (!curation) {
        void vscode.window.showErrorMessage(`Source Annotator: ${CURATION_FILE} cannot be read (${brokenReason}); fix or remove it before making corrections.`);
        return false;
      }
      const next = change(curation);
      if (fileUri && folder) {
        try {
          await writeCurationFile(curationPathFor(folder.uri.fsPath), next);
        } catch (e) {
          void vscode.window.showErrorMessage(`Source Annotator: could not save the correction: ${e instanceof Error ? e.message : String(e)}`);
          return false;
        }
      }
      curation = next;
      lastText = serializeCuration(next);
      changed.fire();
      return true;
    },
    dispose: () => vscode.Disposable.from(...disposables).dispose(),
  };
}
