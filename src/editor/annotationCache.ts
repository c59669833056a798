// Annotations cached by content hash in the workspace storage, so reopening a workspace re-reads
// files but does not re-run the language model on text it has already seen. Entries live under a
// folder named after the cache format and the engine build: a new annotator must never be served an
// old one's results. The storage is an interface so the cache logic is unit-tested without VS Code.
import { createHash } from 'node:crypto';
import type { DocumentAnnotation } from '../core/types';

export const CACHE_FORMAT = 1;

export interface AnnotationCache {
  get(contentHash: string): Promise<DocumentAnnotation | undefined>;
  put(contentHash: string, annotation: DocumentAnnotation): Promise<void>;
}

/** A folder of files, addressed by '/'-separated relative paths. */
export interface CacheStorage {
  read(path: string): Promise<Uint8Array | undefined>;
  write(path: string, data: Uint8Array): Promise<void>;
  list(path: string): Promise<string[]>;
  remove(path: string): Promise<void>;
  mkdir(path: string): Promise<void>;
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

interface Entry {
  readonly format: number;
  readonly annotation: DocumentAnnotation;
}

const isSpan = (v: unknown): boolean => {
  const s = v as { start?: unknown; end?: unknown; text?: unknown };
  return typeof s === 'object' && s !== null && typeof s.start === 'number' && typeof s.end === 'number' && s.start <= s.end && typeof s.text === 'string';
};

function isAnnotation(value: unknown): value is DocumentAnnotation {
  if (typeof value !== 'object' || value === null) return false;
  const a = value as Record<string, unknown>;
  return Array.isArray(a.mentions) && a.mentions.every(isSpan) && Array.isArray(a.quotes) && a.quotes.every(isSpan) && Array.isArray(a.definitions);
}

/** No workspace storage (no folder open): nothing is cached, everything still works. */
export const noCache: AnnotationCache = {
  get: async () => undefined,
  put: async () => undefined,
};

/** @param engineKey identifies the annotator build (a hash of the worker bundle). */
export async function createAnnotationCache(storage: CacheStorage | undefined, engineKey: string, log: (m: string) => void): Promise<AnnotationCache> {
  if (!storage) return noCache;
  const dir = `v${CACHE_FORMAT}-${engineKey}`;
  try {
    await storage.mkdir(dir);
    // Results of older engines are dead weight; drop them.
    for (const name of await storage.list('')) if (name !== dir) await storage.remove(name);
  } catch (e) {
    log(`annotation cache unavailable (${String(e)}); indexing without it`);
    return noCache;
  }
  const fileOf = (hash: string) => `${dir}/${hash}.json`;
  return {
    async get(hash) {
      if (!/^[0-9a-f]{16,128}$/.test(hash)) return undefined;
      try {
        const bytes = await storage.read(fileOf(hash));
        if (!bytes) return undefined;
        const entry = JSON.parse(new TextDecoder().decode(bytes)) as Partial<Entry>;
        if (entry.format === CACHE_FORMAT && isAnnotation(entry.annotation)) return entry.annotation;
        log(`ignoring a malformed cache entry ${hash.slice(0, 12)}`);
      } catch (e) {
        // A corrupt entry is just a miss: the document is annotated again and the entry rewritten.
        log(`ignoring an unreadable cache entry ${hash.slice(0, 12)}: ${String(e)}`);
      }
      return undefined;
    },
    async put(hash, annotation) {
      if (!/^[0-9a-f]{16,128}$/.test(hash)) return;
      const entry: Entry = { format: CACHE_FORMAT, annotation };
      try {
        await storage.write(fileOf(hash), new TextEncoder().encode(JSON.stringify(entry)));
      } catch (e) {
        log(`could not write a cache entry: ${String(e)}`);
      }
    },
  };
}
