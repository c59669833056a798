// Finding and reading the documents. Every problem with one input becomes a one-line message and
// that input is skipped; the others are still annotated.
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { decodeDocumentBytes } from '../../core/decodeText';

export const DOCUMENT_EXTENSIONS = ['.txt', '.md'];
/** Folders that hold tooling, not documents. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.source-annotator']);

export interface InputDocument {
  /** The path as the user would write it: the argument, joined with the path found below it. */
  readonly id: string;
  readonly absolute: string;
  readonly text: string;
}

export interface InputProblem {
  readonly path: string;
  readonly message: string;
}

export interface CollectedInputs {
  readonly documents: InputDocument[];
  readonly problems: InputProblem[];
  /** Folder arguments, where a workspace curation file may live. */
  readonly folders: string[];
}

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return (e as Error).message;
}

async function walk(dir: string, shown: string, found: { absolute: string; id: string }[], problems: InputProblem[]): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (e) {
    problems.push({ path: shown, message: `cannot read folder: ${reason(e)}` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const absolute = path.join(dir, entry.name);
    const id = path.join(shown, entry.name);
    // Symbolic links to folders are not followed, so a link loop cannot make the walk endless.
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) await walk(absolute, id, found, problems);
    } else if ((entry.isFile() || entry.isSymbolicLink()) && DOCUMENT_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) {
      found.push({ absolute, id });
    }
  }
}

/** Decodes bytes as a document, or says why they are not one. */
export function decodeDocument(bytes: Uint8Array): { ok: true; text: string } | { ok: false; message: string } {
  const decoded = decodeDocumentBytes(bytes);
  if ('text' in decoded) return { ok: true, text: decoded.text };
  return decoded.problem === 'binary'
    ? { ok: false, message: 'binary file (contains NUL bytes); skipped' }
    : { ok: false, message: 'not valid UTF-8 text; skipped (convert it to UTF-8 first)' };
}

export async function collectInputs(args: readonly string[], cwd: string): Promise<CollectedInputs> {
  const problems: InputProblem[] = [];
  const folders: string[] = [];
  const files: { absolute: string; id: string }[] = [];
  for (const arg of args) {
    const absolute = path.resolve(cwd, arg);
    let stat;
    try {
      stat = await fs.stat(absolute);
    } catch (e) {
      problems.push({ path: arg, message: reason(e) });
      continue;
    }
    if (stat.isDirectory()) {
      folders.push(absolute);
      const before = files.length;
      await walk(absolute, arg, files, problems);
      if (files.length === before) problems.push({ path: arg, message: `no ${DOCUMENT_EXTENSIONS.join(' or ')} files in this folder` });
    } else if (stat.isFile()) {
      files.push({ absolute, id: arg });
    } else {
      // Devices and pipes could block or never end.
      problems.push({ path: arg, message: 'not a regular file or folder' });
    }
  }
  const documents: InputDocument[] = [];
  const seen = new Set<string>();
  for (const file of files) {
    if (seen.has(file.absolute)) continue;
    seen.add(file.absolute);
    let bytes: Uint8Array;
    try {
      bytes = await fs.readFile(file.absolute);
    } catch (e) {
      problems.push({ path: file.id, message: `cannot read: ${reason(e)}` });
      continue;
    }
    const decoded = decodeDocument(bytes);
    if (decoded.ok) documents.push({ id: file.id, absolute: file.absolute, text: decoded.text });
    else problems.push({ path: file.id, message: decoded.message });
  }
  return { documents, problems, folders };
}
