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

export async function writeFileAtomic(file: string, data: string, ops: AtomicWriteFs = nodeAtomicWriteFs): Promise<void> {
  const dir = path.dirname(file);
  await ops.mkdir(dir);
  // Same directory, so the rename never crosses file systems; a unique name, so two writers never share it.
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  try {
    await ops.writeFile(temp, data);
    await ops.rename(temp, file);
  } catch (error) {
    await ops.unlink(temp).catch(() => undefined);
    throw error;
  }
}
