// Replace a file so that readers (and a crash half-way) see either the old content or the new,
// never a truncated mix: write a temporary file beside it, flush it, then rename over the target.
import * as fs from 'node:fs/promises';
import * as path from 'node:path';

/** The file operations used, replaceable so tests can make one fail. */
export interface AtomicWriteFs {
  writeFile(file: string, data: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
  mkdir(dir: string): Promise<void>;
}

/** What the replacement keeps of the file it replaces. */
export interface AtomicWriteOptions {
  /** Permission bits (e.g. 0o600) given to the new file before it takes the old one's place. */
  readonly mode?: number;
  /** Owner, kept when the process may set it (root); silently not kept otherwise. */
  readonly uid?: number;
  readonly gid?: number;
}

async function flushWrite(file: string, data: string): Promise<void> {
  const handle = await fs.open(file, 'w');
  try {
    await handle.writeFile(data, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export const nodeAtomicWriteFs: AtomicWriteFs = {
  writeFile: flushWrite,
  rename: (from, to) => fs.rename(from, to),
  unlink: (file) => fs.unlink(file),
  mkdir: async (dir) => {
    await fs.mkdir(dir, { recursive: true });
  },
};

/** Our temporary files: `.<name>.<pid>.<random>.tmp` beside the target. */
function tempName(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
}

/** A temporary file of a process that is gone, or older than this, is debris of an interrupted write. */
export const STALE_TEMP_AGE_MS = 24 * 60 * 60 * 1000;

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes temporary files that an interrupted write of `file` left behind (killed process, power
 * cut): ours by name, and either from a process that no longer runs or older than a day. Files of
 * a live writer are kept. Returns the names removed; never throws.
 */
export async function removeStaleTemps(file: string, now: number = Date.now()): Promise<string[]> {
  const dir = path.dirname(file);
  const prefix = `.${path.basename(file)}.`;
  const removed: string[] = [];
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const m = /^(\d+)\.[a-z0-9]+\.tmp$/.exec(name.slice(prefix.length));
    if (!m) continue;
    const pid = Number(m[1]);
    const full = path.join(dir, name);
    try {
      const stat = await fs.lstat(full);
      if (!stat.isFile()) continue;
      const old = now - stat.mtimeMs > STALE_TEMP_AGE_MS;
      if (!old && (pid === process.pid || processAlive(pid))) continue;
      await fs.unlink(full);
      removed.push(name);
    } catch {
      // Gone already, or not ours to remove.
    }
  }
  return removed;
}

/**
 * Writes `data` (UTF-8) to `file` atomically. The temporary file gets `options.mode` (and owner)
 * before the rename, so a private file stays private. Throws the file system's error; the old file
 * is then untouched and the temporary file removed. Stale temporary files of earlier interrupted
 * writes of the same file are cleaned up first.
 */
export async function writeFileAtomic(file: string, data: string, ops: AtomicWriteFs = nodeAtomicWriteFs, options: AtomicWriteOptions = {}): Promise<void> {
  const dir = path.dirname(file);
  await ops.mkdir(dir);
  await removeStaleTemps(file);
  // Same directory, so the rename never crosses file systems; a unique name, so two writers never share it.
  const temp = tempName(file);
  try {
    await ops.writeFile(temp, data);
    if (options.mode !== undefined) await fs.chmod(temp, options.mode);
    if (options.uid !== undefined && options.gid !== undefined) await fs.chown(temp, options.uid, options.gid).catch(() => undefined);
    await ops.rename(temp, file);
  } catch (error) {
    await ops.unlink(temp).catch(() => undefined);
    throw error;
  }
}

/**
 * Rewrites a file in place, for a file with several hard links (a rename would detach this name from
 * the others). The new content is first written and flushed to a temporary file beside it, which
 * stays as a recovery copy if the in-place write is interrupted, and is removed once it succeeded.
 */
export async function writeFileInPlace(file: string, data: string): Promise<void> {
  const temp = tempName(file);
  await flushWrite(temp, data);
  const bytes = Buffer.from(data, 'utf8');
  const handle = await fs.open(file, 'r+');
  try {
    await handle.write(bytes, 0, bytes.length, 0);
    await handle.truncate(bytes.length);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.unlink(temp).catch(() => undefined);
}

/**
 * Writes several files as one unit: every new content is written and flushed to a temporary file
 * first; only when all of them are complete are they renamed into place. A failure while writing
 * (disk full) removes the temporary files and leaves every old file as it was. Renames need no space;
 * should one still fail, the files already renamed are new and the rest old, and the error says so.
 */
export async function writeFilesAtomic(files: readonly { readonly file: string; readonly data: string }[], ops: AtomicWriteFs = nodeAtomicWriteFs): Promise<void> {
  const temps: { temp: string; file: string }[] = [];
  try {
    for (const { file, data } of files) {
      await ops.mkdir(path.dirname(file));
      await removeStaleTemps(file);
      const temp = tempName(file);
      temps.push({ temp, file });
      await ops.writeFile(temp, data);
    }
  } catch (error) {
    for (const { temp } of temps) await ops.unlink(temp).catch(() => undefined);
    throw error;
  }
  for (let i = 0; i < temps.length; i++) {
    try {
      await ops.rename(temps[i].temp, temps[i].file);
    } catch (error) {
      for (const { temp } of temps.slice(i)) await ops.unlink(temp).catch(() => undefined);
      throw new Error(`${(error as Error).message} (after ${i} of ${temps.length} files were replaced)`);
    }
  }
}
