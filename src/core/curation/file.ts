// The curation file: text in, text out. Anything this version does not fully understand is refused
// with an error the reader can act on; nothing here ever produces text from a refused file, so it
// cannot be overwritten with less than it held.
import { ENTITY_TYPES, type EntityType } from '../types';
import { stableStringify } from './stableJson';
import { CORRECTION_OPS, CURATION_SCHEMA_VERSION, type Correction, type Curation, type EntityRef } from './types';

/** Suggested place in a workspace. */
export const CURATION_FILE = '.source-annotator/curation.json';

export type CurationError =
  | { readonly kind: 'malformed-json'; readonly message: string }
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
      const base = { op, seq, quote: str(v, 'quote', path), speaker };
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

export function parseCuration(text: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, error: { kind: 'malformed-json', message: `not valid JSON: ${(e as Error).message}` } };
  }
  if (!isObj(data)) return { ok: false, error: { kind: 'invalid', path: '$', message: 'the file must hold a JSON object with "version" and "corrections"' } };
  const version = data.version;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
    return { ok: false, error: { kind: 'invalid', path: '$.version', message: 'must be a whole number >= 1' } };
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
  if (!Array.isArray(data.corrections)) return { ok: false, error: { kind: 'invalid', path: '$.corrections', message: 'must be an array' } };
  try {
    const corrections = data.corrections.map((c, i) => correction(c, `$.corrections[${i}]`));
    return { ok: true, curation: { version: CURATION_SCHEMA_VERSION, corrections: sortCorrections(corrections) } };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, error: { kind: 'invalid', path: e.path, message: `${e.path} ${e.message}` } };
    throw e;
  }
}

export function serializeCuration(curation: Curation): string {
  return stableStringify({ version: CURATION_SCHEMA_VERSION, corrections: sortCorrections(curation.corrections) });
}

/** One line for a status bar or stderr. */
export function describeCurationError(error: CurationError): string {
  return error.message;
}
