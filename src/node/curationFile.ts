// Reading and saving the workspace curation file. Saving refuses to replace a file this version
// cannot read (newer schema, hand-broken JSON), so no correction the reader made is ever lost.
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { CURATION_FILE, emptyCuration, parseCuration, serializeCuration, type Curation, type CurationError } from '../core/curation';
import { writeFileAtomic, type AtomicWriteFs } from './atomicWrite';

export type CurationFileResult =
  | { readonly ok: true; readonly curation: Curation; readonly exists: boolean }
  | { readonly ok: false; readonly error: CurationError | { readonly kind: 'unreadable'; readonly message: string } };

export function curationPathFor(folder: string): string {
  return path.join(folder, ...CURATION_FILE.split('/'));
}

export async function readCurationFile(file: string): Promise<CurationFileResult> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, curation: emptyCuration(), exists: false };
    return { ok: false, error: { kind: 'unreadable', message: `cannot read ${file}: ${(e as Error).message}` } };
  }
  if (text.trim() === '') return { ok: true, curation: emptyCuration(), exists: true };
  const parsed = parseCuration(text);
  return parsed.ok ? { ok: true, curation: parsed.curation, exists: true } : { ok: false, error: parsed.error };
}

/** Saves the curation; fails (without writing) when the file on disk cannot be read by this version. */
export async function writeCurationFile(file: string, curation: Curation, ops?: AtomicWriteFs): Promise<void> {
  const existing = await readCurationFile(file);
  if (!existing.ok) throw new Error(`not saving over ${file}: ${existing.error.message}`);
  await writeFileAtomic(file, serializeCuration(curation), ops);
}
