// Finding and reading the documents. Every problem with one input becomes a one-line message and
// that input is skipped; the others are still annotated.
import { closeSync, constants as fsConstants, fstatSync, openSync, readFileSync, statSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { decodeDocumentBytes } from '../../core/decodeText';
import { notRegularFile } from '../fileKind';

export const DOCUMENT_EXTENSIONS = ['.txt', '.md'];
/** Folders that hold tooling, not documents. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.source-annotator']);

export interface InputDocument {
  /** The path as the user would write it: the argument, joined with the path found below it. */
  readonly id: string;
  /** Absolute path; a name that is not valid UTF-8 shows U+FFFD here and is in `fsPath` as bytes. */
  readonly absolute: string;
  readonly text: string;
  /** The raw path, only when it is not valid UTF-8. */
  readonly fsPath?: Buffer;
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

/**
 * A path as the file system knows it: a string, or the raw bytes when a name is not valid UTF-8
 * (such a name cannot round-trip through a JavaScript string, so it is kept as bytes).
 */
export type FsPath = string | Buffer;

/** A file to read: where it is, and the path to show for it. */
export interface FoundFile {
  readonly absolute: string;
  readonly fsPath: FsPath;
  readonly id: string;
}

function joinPath(dir: FsPath, name: Buffer): FsPath {
  const text = name.toString('utf8');
  if (typeof dir === 'string' && Buffer.from(text, 'utf8').equals(name)) return path.join(dir, text);
  return Buffer.concat([typeof dir === 'string' ? Buffer.from(dir, 'utf8') : dir, Buffer.from(path.sep), name]);
}

const shownPath = (p: FsPath): string => (typeof p === 'string' ? p : p.toString('utf8'));

async function walk(dir: FsPath, shown: string, found: FoundFile[], problems: InputProblem[]): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true, encoding: 'buffer' });
  } catch (e) {
    problems.push({ path: shown, message: `cannot read folder: ${reason(e)}` });
    return;
  }
  entries.sort((a, b) => Buffer.compare(a.name, b.name));
  for (const entry of entries) {
    const name = entry.name.toString('utf8');
    const fsPath = joinPath(dir, entry.name);
    const id = path.join(shown, name);
    // Symbolic links to folders are not followed, so a link loop cannot make the walk endless.
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(name) && !name.startsWith('.')) await walk(fsPath, id, found, problems);
      continue;
    }
    if (!DOCUMENT_EXTENSIONS.includes(path.extname(name).toLowerCase())) continue;
    // What a link (or the entry itself) really is: a pipe would block the read forever, a device
    // like /dev/zero never ends. Only regular files are documents.
    let stat;
    try {
      // Synchronous for the reason given at readRegular.
      stat = statSync(fsPath);
    } catch (e) {
      problems.push({ path: id, message: entry.isSymbolicLink() ? `link to a missing file (${reason(e)}); skipped` : `cannot read: ${reason(e)}` });
      continue;
    }
    if (stat.isFile()) found.push({ absolute: shownPath(fsPath), fsPath, id });
    else problems.push({ path: id, message: `${notRegularFile(stat, entry.isSymbolicLink())}; skipped` });
  }
}

/**
 * The raw bytes of a command-line argument that is not valid UTF-8 (Node decodes argv lossily, so
 * such a file name would not be found). Linux only, from /proc/self/cmdline; undefined elsewhere.
 */
async function rawArgument(arg: string): Promise<Buffer | undefined> {
  if (!arg.includes('\uFFFD')) return undefined;
  let cmdline: Buffer;
  try {
    cmdline = await fs.readFile('/proc/self/cmdline');
  } catch {
    return undefined;
  }
  const parts: Buffer[] = [];
  for (let start = 0, i = cmdline.indexOf(0); i >= 0; start = i + 1, i = cmdline.indexOf(0, start)) parts.push(cmdline.subarray(start, i));
  return parts.find((raw) => raw.toString('utf8') === arg && !Buffer.from(arg, 'utf8').equals(raw));
}

/**
 * Reads a regular file without ever blocking on a pipe put in its place since it was listed.
 * Synchronous on purpose: the CLI has nothing else to do meanwhile, and four thread-pool round trips
 * per file (open, stat, read, close) left the process idle for about a quarter of a second per 500
 * news-length files (CPU profile of the bench's run).
 */
async function readRegular(file: FsPath): Promise<Uint8Array> {
  const fd = openSync(file, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw Object.assign(new Error(`${notRegularFile(stat)}; skipped`), { code: 'ENOTREG' });
    return readFileSync(fd);
  } finally {
    closeSync(fd);
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

/**
 * One note per document with no text to annotate (empty, or only spaces and line breaks): it is no
 * failure (the exit status is unchanged), but a reader who expected text in it should hear why it yields
 * nothing. `outcome` ends each note with what the command did with it (annotate: "written with no
 * mentions"); none for commands that write no per-document output. Lines in input order, without the
 * program prefix: "<id>: empty (no text to annotate)" or "<id>: only white space (no text to annotate)".
 */
export function emptyDocumentNotes(documents: readonly { readonly id: string; readonly text: string }[], outcome?: string): string[] {
  return documents.filter((d) => !/\S/u.test(d.text)).map((d) => `${d.id}: ${d.text.length === 0 ? 'empty' : 'only white space'} (no text to annotate)${outcome ? `; ${outcome}` : ''}`);
}

/** The files the arguments name, found but not yet read. */
export interface FoundInputs {
  readonly files: readonly FoundFile[];
  readonly problems: InputProblem[];
  readonly folders: string[];
}

/** Walks the arguments: every file to read, and each argument that is not one (missing, a device, an empty folder). */
export async function findInputs(args: readonly string[], cwd: string): Promise<FoundInputs> {
  const problems: InputProblem[] = [];
  const folders: string[] = [];
  const files: FoundFile[] = [];
  for (const arg of args) {
    const absolute = path.resolve(cwd, arg);
    let fsPath: FsPath = absolute;
    let stat;
    try {
      stat = await fs.stat(absolute);
    } catch (e) {
      const raw = (e as NodeJS.ErrnoException).code === 'ENOENT' ? await rawArgument(arg) : undefined;
      stat = raw && (await fs.stat((fsPath = path.isAbsolute(arg) ? raw : Buffer.concat([Buffer.from(cwd + path.sep), raw]))).catch(() => undefined));
      if (!stat) {
        problems.push({ path: arg, message: reason(e) });
        continue;
      }
    }
    if (stat.isDirectory()) {
      folders.push(absolute);
      const before = files.length;
      await walk(fsPath, arg, files, problems);
      if (files.length === before) problems.push({ path: arg, message: `no ${DOCUMENT_EXTENSIONS.join(' or ')} files in this folder` });
    } else if (stat.isFile()) {
      files.push({ absolute, fsPath, id: arg });
    } else {
      // Devices and pipes could block or never end.
      problems.push({ path: arg, message: `${notRegularFile(stat)}; skipped` });
    }
  }
  return { files, problems, folders };
}

/**
 * Reads the files found, in order, each at most once. A file that cannot be read or is not text is a
 * problem appended to `found.problems`; `onDocument` sees each document as soon as it is read, so its
 * annotation can start while the next file is being read.
 */
export async function readInputs(found: FoundInputs, onDocument?: (doc: InputDocument) => void): Promise<CollectedInputs> {
  const { problems, folders } = found;
  const documents: InputDocument[] = [];
  const seen = new Set<string>();
  for (const file of found.files) {
    const key = typeof file.fsPath === 'string' ? file.fsPath : file.fsPath.toString('hex');
    if (seen.has(key)) continue;
    seen.add(key);
    let bytes: Uint8Array;
    try {
      bytes = await readRegular(file.fsPath);
    } catch (e) {
      problems.push({ path: file.id, message: (e as NodeJS.ErrnoException).code === 'ENOTREG' ? (e as Error).message : `cannot read: ${reason(e)}` });
      continue;
    }
    const decoded = decodeDocument(bytes);
    if (!decoded.ok) {
      problems.push({ path: file.id, message: decoded.message });
      continue;
    }
    const doc: InputDocument = { id: file.id, absolute: file.absolute, text: decoded.text, ...(typeof file.fsPath === 'string' ? {} : { fsPath: file.fsPath }) };
    documents.push(doc);
    onDocument?.(doc);
  }
  return { documents, problems, folders };
}

/** Finds and reads every document the arguments name; see findInputs and readInputs. */
export async function collectInputs(args: readonly string[], cwd: string): Promise<CollectedInputs> {
  return readInputs(await findInputs(args, cwd));
}
