// Annotations cached by content hash in the workspace storage, so reopening a workspace re-reads
// files but does not re-run the language model on text it has already seen. Entries live under a
// folder named after the engine build: a new annotator must never be served an old one's results.
import { createHash } from 'node:crypto';
import * as vscode from 'vscode';
import type { DocumentAnnotation } from '../core/types';

const FORMAT = 1;

export interface AnnotationCache {
  get(contentHash: string): Promise<DocumentAnnotation | undefined>;
  put(contentHash: string, annotation: DocumentAnnotation): Promise<void>;
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

interface Entry {
  readonly format: number;
  readonly annotation: DocumentAnnotation;
}

function isAnnotation(value: unknown): value is DocumentAnnotation {
  if (typeof value !== 'object' || value === null) return false;
  const a = value as Record<string, unknown>;
  return Array.isArray(a.mentions) && Array.isArray(a.quotes) && Array.isArray(a.definitions);
}

/** No workspace storage (no folder open): nothing is cached, everything still works. */
export const noCache: AnnotationCache = {
  get: async () => undefined,
  put: async () => undefined,
};

/**
 * @param engineKey identifies the annotator build (a hash of the worker bundle), see engineKeyOf.
 */
export async function createAnnotationCache(storageUri: vscode.Uri | undefined, engineKey: string, log: (m: string) => void): Promise<AnnotationCache> {
  if (!storageUri) return noCache;
  const root = vscode.Uri.joinPath(storageUri, 'annotations');
  const dir = vscode.Uri.joinPath(root, `v${FORMAT}-${engineKey}`);
  try {
    await vscode.workspace.fs.createDirectory(dir);
    // Results of older engines are dead weight; drop them.
    for (const [name] of await vscode.workspace.fs.readDirectory(root)) {
      if (name !== `v${FORMAT}-${engineKey}`) await vscode.workspace.fs.delete(vscode.Uri.joinPath(root, name), { recursive: true, useTrash: false });
    }
  } catch (e) {
    log(`annotation cache unavailable (${String(e)}); indexing without it`);
    return noCache;
  }
  const fileOf = (hash: string) => vscode.Uri.joinPath(dir, `${hash}.json`);
  return {
    async get(hash) {
      try {
        const entry = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(fileOf(hash)))) as Partial<Entry>;
        if (entry.format === FORMAT && isAnnotation(entry.annotation)) return entry.annotation;
        log(`ignoring a malformed cache entry ${hash.slice(0, 12)}`);
      } catch (e) {
        // A missing entry is the normal miss; anything else (corrupt JSON) is also just a miss.
        if (!(e instanceof vscode.FileSystemError && e.code === 'FileNotFound')) log(`ignoring an unreadable cache entry ${hash.slice(0, 12)}: ${String(e)}`);
      }
      return undefined;
    },
    async put(hash, annotation) {
      const entry: Entry = { format: FORMAT, annotation };
      try {
        await vscode.workspace.fs.writeFile(fileOf(hash), new TextEncoder().encode(JSON.stringify(entry)));
      } catch (e) {
        log(`could not write a cache entry: ${String(e)}`);
      }
    },
  };
}

/** A short key for the engine build: any change to the worker bundle invalidates the cache. */
export async function engineKeyOf(workerUri: vscode.Uri): Promise<string> {
  try {
    return createHash('sha256').update(await vscode.workspace.fs.readFile(workerUri)).digest('hex').slice(0, 16);
  } catch {
    // Without a readable bundle the worker cannot run either; a unique key disables reuse safely.
    return `unknown-${Date.now()}`;
  }
}
