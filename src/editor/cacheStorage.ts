// The annotation cache's storage, through workspace.fs so it works wherever VS Code keeps the folder:
// under the extension's global storage, keyed by the workspace folders (see cacheRootFor).
import { createHash } from 'node:crypto';
import * as vscode from 'vscode';
import type { CacheStorage } from './annotationCache';

export function workspaceCacheStorage(storageUri: vscode.Uri | undefined): CacheStorage | undefined {
  if (!storageUri) return undefined;
  const root = vscode.Uri.joinPath(storageUri, 'annotations');
  const at = (path: string) => (path ? vscode.Uri.joinPath(root, ...path.split('/')) : root);
  return {
    async read(path) {
      try {
        return await vscode.workspace.fs.readFile(at(path));
      } catch (e) {
        if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return undefined;
        throw e;
      }
    },
    write: (path, data) => Promise.resolve(vscode.workspace.fs.writeFile(at(path), data)),
    list: async (path) => (await vscode.workspace.fs.readDirectory(at(path))).map(([name]) => name),
    remove: (path) => Promise.resolve(vscode.workspace.fs.delete(at(path), { recursive: true, useTrash: false })),
    mkdir: (path) => Promise.resolve(vscode.workspace.fs.createDirectory(at(path))),
  };
}

/**
 * The folder that holds the annotation cache: `<globalStorage>/workspaces/<hash of the workspace folders'
 * URIs>`. VS Code's per-workspace storage (context.storageUri) is named after the workspace as the window
 * addresses it, which under code-server includes the server's port, so a restart on another port started
 * cold; the folders' own URIs (file:// paths in the extension host) do not change. Without a folder open,
 * the workspace storage (or nothing) as before.
 */
export function cacheRootFor(globalStorageUri: vscode.Uri, folders: readonly vscode.WorkspaceFolder[] | undefined, storageUri: vscode.Uri | undefined): vscode.Uri | undefined {
  if (!folders || folders.length === 0) return storageUri;
  const key = createHash('sha256').update(folders.map((f) => f.uri.toString()).sort().join('\n')).digest('hex').slice(0, 24);
  return vscode.Uri.joinPath(globalStorageUri, 'workspaces', key);
}

/** Removes the cache an earlier version kept in the workspace storage; best effort, it is only our own data. */
export function dropLegacyCache(storageUri: vscode.Uri | undefined, root: vscode.Uri | undefined): void {
  if (!storageUri || root?.toString() === storageUri.toString()) return;
  void Promise.resolve(vscode.workspace.fs.delete(vscode.Uri.joinPath(storageUri, 'annotations'), { recursive: true, useTrash: false })).catch(() => undefined);
}

/** A short key for the engine build: any change to the worker bundle invalidates the cache. */
export async function engineKeyOf(workerUri: vscode.Uri): Promise<string> {
  try {
    return createHash('sha256').update(await vscode.workspace.fs.readFile(workerUri)).digest('hex').slice(0, 16);
  } catch {
    // Without a readable bundle the worker cannot run either; a unique key disables reuse safely.
    return `unknown${Date.now()}`;
  }
}
