// The annotation cache's storage in VS Code's workspace storage folder (context.storageUri), through
// workspace.fs so it works wherever VS Code keeps that folder.
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

/** A short key for the engine build: any change to the worker bundle invalidates the cache. */
export async function engineKeyOf(workerUri: vscode.Uri): Promise<string> {
  try {
    return createHash('sha256').update(await vscode.workspace.fs.readFile(workerUri)).digest('hex').slice(0, 16);
  } catch {
    // Without a readable bundle the worker cannot run either; a unique key disables reuse safely.
    return `unknown${Date.now()}`;
  }
}
