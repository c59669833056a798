// The engine's only door to the file system: listing the workspace, reading documents, watching for
// changes, the annotation cache's storage and the curation file. Everything else in src/server works
// on the FileAccess interface, so the engine can run where there is no Node `fs` (a browser build
// would supply another FileAccess) and unit tests can hand it a folder of their own.
import { createHash } from 'node:crypto';
import { watch, type Dirent, type FSWatcher } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import type { Curation } from '../core/curation';
import { curationPathFor, readCurationFile } from '../node/curationFile';
import type { CacheStorage } from '../editor/annotationCache';
import { decodeText, sizeLimitReason } from '../editor/decodeText';

/** A document read from disk, or why it is skipped (the reason reads as the end of "Skipped <file>: it …"). */
export type ReadResult = { readonly text: string; readonly fingerprint?: string } | { readonly skip: string } | { readonly missing: true };

/**
 * The workspace cache file of one workspace folder (the compact corpus cache, src/core/corpus/persist.ts).
 * read() gives undefined when there is none yet; write() replaces it atomically (temp file + rename),
 * so a crash mid-write leaves the previous file, never half of one. Both reject on I/O errors.
 */
export interface CorpusCacheFile {
  /** Where it lives, for log lines. */
  readonly path: string;
  read(): Promise<Uint8Array | undefined>;
  write(data: Uint8Array): Promise<void>;
}

export interface WatchEvents {
  /** A file was created or changed (absolute path). */
  changed(file: string): void;
  /** A file or folder vanished (absolute path). */
  deleted(file: string): void;
}

export interface FileAccess {
  /**
   * Every regular file under the folder, as '/'-separated paths relative to it, that `keep` accepts.
   * Folders `prune` accepts (a relative path ending in '/') are not entered.
   */
  list(folder: string, keep: (relative: string) => boolean, prune: (relative: string) => boolean): Promise<string[]>;
  /**
   * Reads a document; files over maxFileSizeMB, binary files and invalid UTF-8 are skipped with a reason.
   * The text comes with the file's fingerprint taken before the read (see fingerprint()), so a file that
   * changes during the read is never recorded with a fingerprint newer than its text.
   */
  read(file: string, maxFileSizeMB: number): Promise<ReadResult>;
  /**
   * An opaque string that changes when the file changes: size and modification time from a stat,
   * without reading the content. Undefined when the file is missing or not a regular file.
   */
  fingerprint(file: string): Promise<string | undefined>;
  /** The compact cache file for a workspace folder, kept under the client's cache folder. */
  corpusCache(cacheFolder: string, workspaceFolder: string): CorpusCacheFile;
  /** Watches a folder recursively; events for one path within 100 ms arrive once. */
  watch(folder: string, events: WatchEvents): { dispose(): void; /** Resolves once the folder is watched (where that takes a walk; for tests). */ readonly ready?: Promise<void> };
  /** The annotation cache's storage under `folder`, or undefined when the folder cannot be made. */
  cacheStorage(folder: string): CacheStorage;
  /** A short key for the engine build (a hash of the worker bundle): a new engine never reads an old cache. */
  engineKey(workerPath: string): Promise<string>;
  /** The workspace's corrections (.source-annotator/curation.json), or why they are not used. */
  readCuration(folder: string): Promise<{ readonly curation: Curation } | { readonly problem: string }>;
  /** The curation file's path for a workspace folder. */
  curationPath(folder: string): string;
}

export const fileUri = (file: string): string => URI.file(file).toString();
export const filePath = (uri: string): string | undefined => {
  const parsed = URI.parse(uri);
  return parsed.scheme === 'file' ? parsed.fsPath : undefined;
};

/** Size and modification time in nanoseconds: what tells a changed file without reading it. */
const fingerprintOf = (stat: import('node:fs').BigIntStats): string => `${stat.size}:${stat.mtimeNs}`;

export function nodeFileAccess(): FileAccess {
  let temporaries = 0;
  return {
    async list(folder, keep, prune) {
      const out: string[] = [];
      const walk = async (dir: string, rel: string) => {
        let entries: import('node:fs').Dirent[];
        try {
          entries = await fs.readdir(dir, { withFileTypes: true });
        } catch {
          return; // A folder that vanished or cannot be read holds nothing to annotate.
        }
        for (const e of entries) {
          const relative = rel ? `${rel}/${e.name}` : e.name;
          if (e.isDirectory()) {
            if (!prune(`${relative}/`)) await walk(path.join(dir, e.name), relative);
          } else if ((e.isFile() || e.isSymbolicLink()) && keep(relative)) out.push(relative);
        }
      };
      await walk(folder, '');
      return out;
    },
    async read(file, maxFileSizeMB) {
      try {
        const stat = await fs.stat(file, { bigint: true });
        if (!stat.isFile()) return { skip: 'is not a file' };
        const size = Number(stat.size);
        if (size > maxFileSizeMB * 1024 * 1024) return { skip: sizeLimitReason(size, maxFileSizeMB) };
        // A named pipe or device would block a plain read; stat already said this is a regular file.
        const read = decodeText(await fs.readFile(file), maxFileSizeMB);
        return 'text' in read ? { text: read.text, fingerprint: fingerprintOf(stat) } : read;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { missing: true };
        return { skip: `could not be read (${(e as Error).message})` };
      }
    },
    async fingerprint(file) {
      try {
        const stat = await fs.stat(file, { bigint: true });
        return stat.isFile() ? fingerprintOf(stat) : undefined;
      } catch {
        return undefined;
      }
    },
    corpusCache(cacheFolder, workspaceFolder) {
      // One file per workspace folder, named by a hash of its path: folder names may hold anything.
      const name = createHash('sha256').update(workspaceFolder).digest('hex').slice(0, 16);
      const dir = path.join(cacheFolder, 'corpus');
      const file = path.join(dir, `${name}.sacc`);
      return {
        path: file,
        async read() {
          try {
            return await fs.readFile(file);
          } catch (e) {
            if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
            throw e;
          }
        },
        async write(data) {
          await fs.mkdir(dir, { recursive: true });
          const tmp = `${file}.${process.pid}-${++temporaries}.tmp`;
          try {
            await fs.writeFile(tmp, data);
            await fs.rename(tmp, file);
          } catch (e) {
            await fs.rm(tmp, { force: true }).catch(() => undefined);
            throw e;
          }
        },
      };
    },
    watch(folder, events) {
      const timers = new Map<string, NodeJS.Timeout>();
      let watcher: FSWatcher | undefined;
      let tree: TreeWatch | undefined;
      const settle = (file: string) => {
        clearTimeout(timers.get(file));
        timers.set(
          file,
          setTimeout(() => {
            timers.delete(file);
            fs.stat(file).then(
              // A new or renamed folder brings its files: the engine lists it as it would at a scan.
              (s) => {
                if (s.isDirectory()) void tree?.addDirectory(file);
                if (s.isFile() || s.isDirectory()) events.changed(file);
              },
              () => {
                tree?.removed(file);
                events.deleted(file);
              },
            );
          }, 100),
        );
      };
      if (recursiveWatchStatsEveryFile()) tree = watchTree(folder, settle);
      else {
        try {
          watcher = watch(folder, { recursive: true }, (_event, name) => {
            if (name) settle(path.join(folder, name.toString()));
          });
          watcher.on('error', () => undefined);
        } catch {
          // No recursive watching on this platform: the client's rescans still keep the index right.
        }
      }
      return {
        ready: tree?.ready,
        dispose() {
          watcher?.close();
          tree?.close();
          for (const t of timers.values()) clearTimeout(t);
          timers.clear();
        },
      };
    },
    cacheStorage(folder) {
      const root = path.join(folder, 'annotations');
      const at = (p: string) => (p ? path.join(root, ...p.split('/')) : root);
      return {
        async read(p) {
          try {
            return await fs.readFile(at(p));
          } catch (e) {
            if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
            throw e;
          }
        },
        async write(p, data) {
          // Write then rename: a crash mid-write leaves no half entry for the next start to trip on.
          const tmp = `${at(p)}.${process.pid}.tmp`;
          await fs.writeFile(tmp, data);
          await fs.rename(tmp, at(p));
        },
        list: async (p) => fs.readdir(at(p)).catch((e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? [] : Promise.reject(e))),
        remove: (p) => fs.rm(at(p), { recursive: true, force: true }),
        mkdir: async (p) => {
          await fs.mkdir(at(p), { recursive: true });
        },
      };
    },
    async engineKey(workerPath) {
      try {
        return createHash('sha256').update(await fs.readFile(workerPath)).digest('hex').slice(0, 16);
      } catch {
        return `unknown${Date.now()}`;
      }
    },
    async readCuration(folder) {
      const result = await readCurationFile(curationPathFor(folder));
      if (result.ok) return { curation: result.curation };
      return { problem: result.error.message };
    },
    curationPath: (folder) => curationPathFor(folder),
  };
}

/**
 * A file's modification time in milliseconds since the epoch (the ledger's date of last resort for a
 * document with no date of its own); undefined when the file cannot be read.
 */
export function fileModifiedMs(file: string): Promise<number | undefined> {
  return fs.stat(file).then((s) => s.mtimeMs, () => undefined);
}

/**
 * Linux: Node's recursive fs.watch is a JavaScript walk with a stat of every file (see treeWatch.ts),
 * so the server watches each directory instead. Elsewhere (macOS, Windows) it is the system's own
 * recursive watch and costs nothing per file.
 */
function recursiveWatchStatsEveryFile(): boolean {
  return process.platform === 'linux';
}

// Watching a folder tree with one non-recursive fs.watch per directory (inotify on Linux), for the
// file watcher above.
//
// Why not `fs.watch(folder, { recursive: true })` on Linux: Node 20 implements it in JavaScript by
// walking the tree with a synchronous stat of every file at the start (117 ms of the server's thread
// for 3,000 files, measured; linear in the corpus, so before the first hover at 10k) and by putting an
// inotify watch on each file (10,000 at 10k documents, past the limit of 8,192 that many systems keep). Why not chokidar (4.0.3, measured on the same 3,000 files): it stats every file
// too, 1.1 s until ready with event-loop gaps up to 96 ms. A directory's inotify watch reports what
// happens to the files in it, so one watch per directory is all that is needed: the start costs one
// readdir per directory, never a stat per file.
export interface TreeWatch {
  /** Resolves when every directory found at the start is watched (for tests; events may come before). */
  readonly ready: Promise<void>;
  /**
   * A directory appeared under the tree (told by the caller after an event, once it has checked it is
   * one): it and every directory under it are watched from now on.
   */
  addDirectory(dir: string): Promise<void>;
  /** A path under the tree is gone: watches of it and of directories under it are closed. */
  removed(file: string): void;
  close(): void;
}

/**
 * Watches `root` and every directory under it (symbolic links are not followed). `changed` gets the
 * absolute path an event names (a file or directory created, changed, renamed or deleted), perhaps
 * several times for one change; the caller checks what is there. Directories that cannot be read or
 * watched are left out quietly (their files are still found by a rescan).
 */
export function watchTree(root: string, changed: (file: string) => void): TreeWatch {
  const watchers = new Map<string, FSWatcher>();
  let closed = false;

  const unwatch = (dir: string) => {
    watchers.get(dir)?.close();
    watchers.delete(dir);
  };

  async function addDirectory(dir: string): Promise<void> {
    if (closed || watchers.has(dir)) return;
    let watcher: FSWatcher;
    try {
      // Not persistent: the server lives as long as its connection, and a watch of a folder deleted
      // under it (a test's temporary folder) must not keep a process alive.
      watcher = watch(dir, { persistent: false }, (_event, name) => {
        if (name) changed(path.join(dir, name.toString()));
      });
    } catch {
      return;
    }
    // A deleted or unmounted directory: its watch ends (the parent's watch reports the deletion).
    watcher.on('error', () => unwatch(dir));
    watchers.set(dir, watcher);
    let entries: Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) if (e.isDirectory()) await addDirectory(path.join(dir, e.name));
  }

  return {
    ready: addDirectory(root),
    addDirectory,
    removed(file) {
      const prefix = file.endsWith(path.sep) ? file : file + path.sep;
      for (const dir of [...watchers.keys()]) if (dir === file || dir.startsWith(prefix)) unwatch(dir);
    },
    close() {
      closed = true;
      for (const dir of [...watchers.keys()]) unwatch(dir);
    },
  };
}
