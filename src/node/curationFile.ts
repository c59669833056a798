// Reading and saving the workspace curation file. The file is the reader's: saving refuses to replace
// a file this version cannot read (newer schema, hand-broken JSON, not UTF-8, not a regular file,
// read-only), keeps what this version does not understand (unknown keys, byte-order mark, line
// endings), and keeps the file's identity (a symlink stays a symlink to the same target, hard links
// stay linked, permission bits and owner are kept).
import { constants as fsConstants } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { CURATION_FILE, emptyCuration, parseCuration, serializeCuration, type Curation, type CurationError } from '../core/curation';
import { writeFileAtomic, writeFileInPlace, type AtomicWriteFs } from './atomicWrite';
import { notRegularFile } from './fileKind';

export type CurationFileResult =
  | { readonly ok: true; readonly curation: Curation; readonly exists: boolean }
  | { readonly ok: false; readonly error: CurationError | { readonly kind: 'unreadable'; readonly message: string } };

export function curationPathFor(folder: string): string {
  return path.join(folder, ...CURATION_FILE.split('/'));
}

/** The file as found on disk, or why it cannot be used. */
type RawFile =
  | { readonly ok: true; readonly exists: false }
  | { readonly ok: true; readonly exists: true; readonly text: string; readonly bom: boolean; readonly crlf: boolean; readonly stat: import('node:fs').Stats; readonly real: string }
  | { readonly ok: false; readonly message: string };

/**
 * Opens without blocking (a named pipe in the file's place would otherwise wait for a writer
 * forever) and checks on the open handle that it is a regular file; decodes strictly as UTF-8.
 */
async function readRaw(file: string): Promise<RawFile> {
  let real: string;
  try {
    real = await fs.realpath(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') return { ok: false, message: `cannot read ${file}: ${(e as Error).message}` };
    const link = await fs.lstat(file).catch(() => undefined);
    if (link?.isSymbolicLink()) return { ok: false, message: `${file} is a symbolic link to a missing file (${await fs.readlink(file).catch(() => '?')})` };
    return { ok: true, exists: false };
  }
  let handle;
  try {
    handle = await fs.open(real, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
  } catch (e) {
    return { ok: false, message: `cannot read ${file}: ${(e as Error).message}` };
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return { ok: false, message: `${file}: ${notRegularFile(stat)}; it is not read or replaced` };
    const bytes = await handle.readFile();
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      const at = firstInvalidUtf8(bytes);
      return { ok: false, message: `${file} is not valid UTF-8 (byte 0x${bytes[at]?.toString(16).padStart(2, '0') ?? '??'} at offset ${at}); it was left untouched. Save it as UTF-8 to use it` };
    }
    const bom = text.startsWith('\uFEFF');
    return { ok: true, exists: true, text, bom, crlf: text.includes('\r\n'), stat, real };
  } finally {
    await handle.close();
  }
}

/** Offset of the first byte that does not start a valid UTF-8 character. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const n = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (n === 0 || i + n > bytes.length) return i;
    try {
      decoder.decode(bytes.subarray(i, i + n));
    } catch {
      return i;
    }
    i += n;
  }
  return 0;
}

export async function readCurationFile(file: string): Promise<CurationFileResult> {
  const raw = await readRaw(file);
  if (!raw.ok) return { ok: false, error: { kind: 'unreadable', message: raw.message } };
  if (!raw.exists) return { ok: true, curation: emptyCuration(), exists: false };
  if (raw.text.replace(/^\uFEFF/, '').trim() === '') return { ok: true, curation: emptyCuration(), exists: true };
  const parsed = parseCuration(raw.text, file);
  return parsed.ok ? { ok: true, curation: parsed.curation, exists: true } : { ok: false, error: parsed.error };
}

/**
 * Saves the curation. Throws, without writing anything, when the file on disk cannot be read by
 * this version or is read-only. Unknown keys, a byte-order mark and CRLF line endings of the file
 * are kept; a symbolic link is written through (the link and its target stay); a file with several
 * hard links is rewritten in place; permission bits and owner are kept.
 */
export async function writeCurationFile(file: string, curation: Curation, ops?: AtomicWriteFs): Promise<void> {
  const raw = await readRaw(file);
  if (!raw.ok) throw new Error(`not saving over ${file}: ${raw.message}`);
  if (!raw.exists) {
    await writeFileAtomic(file, serializeCuration(curation), ops);
    return;
  }
  if (raw.text.replace(/^\uFEFF/, '').trim() !== '') {
    const parsed = parseCuration(raw.text, file);
    if (!parsed.ok) throw new Error(`not saving over ${file}: ${parsed.error.message}`);
  }
  // Running as root ignores permission bits, so read-only is judged by the bits themselves.
  if ((raw.stat.mode & 0o222) === 0) {
    throw new Error(`not saving over ${file}: it is read-only (mode ${(raw.stat.mode & 0o7777).toString(8).padStart(4, '0')}); make it writable to save corrections`);
  }
  let text = serializeCuration(curation, raw.text);
  if (raw.crlf) text = text.replace(/\n/g, '\r\n');
  if (raw.bom) text = `\uFEFF${text}`;
  if (raw.stat.nlink > 1) {
    await writeFileInPlace(raw.real, text);
    return;
  }
  await writeFileAtomic(raw.real, text, ops, { mode: raw.stat.mode & 0o7777, uid: raw.stat.uid, gid: raw.stat.gid });
}
