// The curation file: text in, text out. Anything this version does not fully understand is refused
// with an error the reader can act on; nothing here ever produces text from a refused file, so it
// cannot be overwritten with less than it held.
import { ENTITY_TYPES, type EntityType } from '../types';
import { stableStringify } from './stableJson';
import { CORRECTION_OPS, CURATION_SCHEMA_VERSION, type Correction, type Curation, type EntityRef } from './types';

/** Suggested place in a workspace. */
export const CURATION_FILE = '.source-annotator/curation.json';

export type CurationError =
  | { readonly kind: 'malformed-json'; readonly message: string; readonly line?: number; readonly column?: number }
  | { readonly kind: 'newer-version'; readonly message: string; readonly found: number; readonly supported: number }
  | { readonly kind: 'invalid'; readonly message: string; readonly path: string };

export type ParseResult = { readonly ok: true; readonly curation: Curation } | { readonly ok: false; readonly error: CurationError };

export function emptyCuration(): Curation {
  return { version: CURATION_SCHEMA_VERSION, corrections: [] };
}

class Invalid extends Error {
  constructor(readonly path: string, message: string) {
    super(message);
  }
}

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(o: Obj, key: string, path: string): string {
  const v = o[key];
  if (typeof v !== 'string' || v.trim() === '') throw new Invalid(`${path}.${key}`, 'must be a non-empty string');
  return v;
}

function optStr(o: Obj, key: string, path: string): string | undefined {
  return o[key] === undefined ? undefined : str(o, key, path);
}

function type(o: Obj, key: string, path: string): EntityType {
  const v = o[key];
  if (!ENTITY_TYPES.includes(v as EntityType)) throw new Invalid(`${path}.${key}`, `must be one of ${ENTITY_TYPES.join(', ')}`);
  return v as EntityType;
}

function ref(o: Obj, key: string, path: string): EntityRef {
  const v = o[key];
  const p = `${path}.${key}`;
  if (!isObj(v)) throw new Invalid(p, 'must be an object like {"name": "..."}');
  const name = str(v, 'name', p);
  return v.type === undefined ? { name } : { name, type: type(v, 'type', p) };
}

function correction(v: unknown, path: string): Correction {
  if (!isObj(v)) throw new Invalid(path, 'must be an object');
  const seq = v.seq;
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 0) throw new Invalid(`${path}.seq`, 'must be a whole number >= 0');
  const op = v.op;
  switch (op) {
    case 'rename': return { op, seq, entity: ref(v, 'entity', path), name: str(v, 'name', path) };
    case 'merge': return { op, seq, entity: ref(v, 'entity', path), into: ref(v, 'into', path) };
    case 'split': return { op, seq, entity: ref(v, 'entity', path), alias: str(v, 'alias', path) };
    case 'retype': return { op, seq, entity: ref(v, 'entity', path), type: type(v, 'type', path) };
    case 'reject': {
      const document = optStr(v, 'document', path);
      return document === undefined ? { op, seq, text: str(v, 'text', path) } : { op, seq, text: str(v, 'text', path), document };
    }
    case 'add': return { op, seq, text: str(v, 'text', path), type: type(v, 'type', path) };
    case 'speaker': {
      const speaker = v.speaker === null ? null : ref(v, 'speaker', path);
      const document = optStr(v, 'document', path);
      const start = v.start;
      if (start !== undefined && (typeof start !== 'number' || !Number.isSafeInteger(start) || start < 0)) throw new Invalid(`${path}.start`, 'must be a whole number >= 0 (the quote\'s offset in its document)');
      const base = { op, seq, quote: str(v, 'quote', path), speaker, ...(start !== undefined ? { start } : {}) };
      return document === undefined ? base : { ...base, document };
    }
    case 'notSame': return { op, seq, entity: ref(v, 'entity', path), document: str(v, 'document', path) };
    case 'sameEntity': return { op, seq, entity: ref(v, 'entity', path), document: str(v, 'document', path), into: ref(v, 'into', path) };
    default:
      throw new Invalid(`${path}.op`, `must be one of ${CORRECTION_OPS.join(', ')}`);
  }
}

/** Application order: by seq; equal seqs (two branches merged by version control) by content. */
export function sortCorrections(corrections: readonly Correction[]): Correction[] {
  const keyed = corrections.map((c) => ({ c, key: stableStringify(c) }));
  keyed.sort((a, b) => a.c.seq - b.c.seq || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map((k) => k.c);
}

/** What a JSON value is, in words, for messages ("found a string"). */
function found(v: unknown): string {
  if (v === undefined) return 'it is missing';
  if (v === null) return 'found null';
  if (Array.isArray(v)) return 'found an array';
  if (typeof v === 'string') return `found the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  return `found ${typeof v === 'object' ? 'an object' : `${typeof v} ${String(v)}`}`;
}

/** 1-based line and column of a UTF-16 offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lastBreak = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: before.length - lastBreak };
}

/**
 * Reads the curation file's text (a leading byte-order mark is ignored). `source` names the file in
 * messages; a JSON syntax error says where: "<source>:<line>:<column>: not valid JSON: …" (line and
 * column 1-based, column in UTF-16 code units). Every other message names the field at fault.
 */
export function parseCuration(text: string, source?: string): ParseResult {
  let data: unknown;
  const body = text.replace(/^\uFEFF/, '');
  try {
    data = JSON.parse(body);
  } catch (e) {
    const reason = (e as Error).message;
    // V8 says "at position N" (and, in newer versions, "(line L column C)"); running off the end has no position.
    const at = /position (\d+)/.exec(reason);
    const { line, column } = lineColumn(body, at ? Number(at[1]) : body.length);
    const where = `${source ?? 'curation file'}:${line}:${column}`;
    return { ok: false, error: { kind: 'malformed-json', line, column, message: `${where}: not valid JSON: ${reason.replace(/ in JSON at position \d+.*$/, '')}` } };
  }
  if (!isObj(data)) return { ok: false, error: { kind: 'invalid', path: '$', message: `the file must hold a JSON object with "version" and "corrections" (${found(data)})` } };
  const version = data.version;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
    return { ok: false, error: { kind: 'invalid', path: '$.version', message: `"version" must be a whole number >= 1 (${found(version)})` } };
  }
  if (version > CURATION_SCHEMA_VERSION) {
    return {
      ok: false,
      error: {
        kind: 'newer-version', found: version, supported: CURATION_SCHEMA_VERSION,
        message: `written by a newer Source Annotator (schema ${version}; this version reads up to ${CURATION_SCHEMA_VERSION}); left untouched`,
      },
    };
  }
  if (!Array.isArray(data.corrections)) {
    return { ok: false, error: { kind: 'invalid', path: '$.corrections', message: `"corrections" must be an array of corrections (${found(data.corrections)})` } };
  }
  try {
    const corrections = data.corrections.map((c, i) => correction(c, `$.corrections[${i}]`));
    return { ok: true, curation: { version: CURATION_SCHEMA_VERSION, corrections: sortCorrections(corrections) } };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, error: { kind: 'invalid', path: e.path, message: `${e.path} ${e.message} (${found(valueAt(data, e.path))})` } };
    throw e;
  }
}

/** The value a `$.a[0].b` path names, for messages. */
function valueAt(data: unknown, path: string): unknown {
  let v = data;
  for (const part of path.replace(/^\$/, '').match(/\.[^.[]+|\[\d+\]/g) ?? []) {
    if (v === null || typeof v !== 'object') return undefined;
    v = part.startsWith('[') ? (v as unknown[])[Number(part.slice(1, -1))] : (v as Obj)[part.slice(1)];
  }
  return v;
}

/**
 * The file's text for a curation. With `previous` (the text the file holds now), whatever this
 * version does not know is carried over: keys of the file other than version and corrections, and
 * unknown keys of every correction that is still there (also inside its entity references). A
 * correction counts as still there when its known fields are unchanged.
 */
export function serializeCuration(curation: Curation, previous?: string): string {
  const corrections = sortCorrections(curation.corrections);
  const old = previous === undefined ? undefined : rawFile(previous);
  if (!old) return stableStringify({ version: CURATION_SCHEMA_VERSION, corrections });
  return stableStringify({ ...old.top, version: CURATION_SCHEMA_VERSION, corrections: corrections.map((c) => withUnknownKeys(c, old.byKnown)) });
}

/** The previous file's own object and its corrections keyed by their known content. */
function rawFile(text: string): { top: Obj; byKnown: Map<string, Obj[]> } | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
  if (!isObj(data)) return undefined;
  const byKnown = new Map<string, Obj[]>();
  if (Array.isArray(data.corrections)) {
    data.corrections.forEach((raw, i) => {
      if (!isObj(raw)) return;
      let known: Correction;
      try {
        known = correction(raw, `$.corrections[${i}]`);
      } catch {
        return;
      }
      const key = stableStringify(known);
      byKnown.set(key, [...(byKnown.get(key) ?? []), raw]);
    });
  }
  return { top: data, byKnown };
}

function withUnknownKeys(c: Correction, byKnown: Map<string, Obj[]>): Correction | Obj {
  const raws = byKnown.get(stableStringify(c));
  const raw = raws?.shift();
  if (!raw) return c;
  const merged: Obj = { ...raw };
  for (const [key, value] of Object.entries(c)) {
    // One level down too: an entity reference may carry keys of its own.
    merged[key] = isObj(value) && isObj(raw[key]) ? { ...raw[key], ...value } : value;
  }
  return merged;
}

/** One line for a status bar or stderr. */
export function describeCurationError(error: CurationError): string {
  return error.message;
}
