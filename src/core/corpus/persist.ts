// The persisted annotation cache as one compact file per workspace, read and written in bulk: every
// string once in a table (UTF-8, one block), every number in a column of 32-bit integers, and mentions
// packed exactly as the index packs them (mentionColumns.ts). Pure and vscode-free: the caller reads
// and writes the bytes. A file from another engine version, cut short or damaged decodes to undefined,
// never to wrong annotations and never to an exception.
//
// Layout (little-endian):
//   "SACC" | format u32 | payload length u32 | checksum u32 | engine key (u32 length + UTF-8) | payload
//   payload: string table, descriptor lists, mention shapes, documents, mentions, quotes, definitions,
//   each a count followed by its columns; then a flag and, when it is 1, the resolution (format 3):
//   resolver key, resolved documents (id, text hash, counts), their mentions (with entity), their quotes
//   (with speaker), the entity table.
//
// The resolution is the cross-document state (every mention's entity, the entity table with its merge
// reasons and possible links) computed from exactly the documents it lists. It is stored before the
// reader's corrections are applied (the index applies them on top), so a new correction does not make
// it stale. It is usable only with the same resolver build and the same texts: each document's text
// hash is checked when it is restored, and the caller checks that its documents are exactly these.
import { ENTITY_TYPES, type DetectedMention, type DetectedQuote, type EntityType, type DocumentAnnotation, type Entity, type MergeReason, type ResolvedCorpus, type ResolvedDocument, type ResolvedMention, type ResolvedQuote } from '../types';
import { createInterner, DESCRIPTORS, ENTITY, EVIDENCE, isMentionShape, literalMask, META, NAME, packMentions, STRIDE, TEXT, unpackMention, type Interner, type MentionColumns, type MentionField, type MentionLike } from './mentionColumns';
import { createListTable, createStringTable, type StringTable } from './strings';
import { runInSlices, runToEnd, type Sliced } from '../util/slices';

/** One document's annotation as cached, with whatever the caller uses to tell that the file changed. */
export interface CachedDocument {
  readonly documentId: string;
  /** Compared by the caller, never interpreted here (for example size and modification time). */
  readonly fingerprint: string;
  readonly text: string;
  readonly annotation: DocumentAnnotation;
}

/**
 * The cross-document resolution of a set of documents as the cache file keeps it. Documents are in
 * reading order; their texts are not stored a second time (restoreResolution takes them from the
 * cached documents, checking each against its hash).
 */
export interface CachedResolution {
  /** The resolver build it was computed with (the server bundle's hash): another build's is never used. */
  readonly resolverKey: string;
  readonly corpus: ResolvedCorpus;
  /**
   * Documents whose text another cache file holds (another workspace folder's): stored by a hash of
   * the text, which restore checks against the text it is given. Any other document not in this file
   * (an editor's unsaved or untitled text) is stored with its text.
   */
  readonly elsewhere?: (documentId: string) => boolean;
}

/** A resolution read from a cache file, not yet joined with its documents' texts. */
export interface StoredResolution {
  readonly resolverKey: string;
  /** The documents it covers, in reading order. */
  readonly documentIds: readonly string[];
  /**
   * The resolved corpus over the given texts, or why not: a document's text missing or not the one
   * the resolution was computed from (hash), or an offset beyond its text. Never throws.
   */
  restore(textOf: (documentId: string) => string | undefined): RestoreResult;
  /**
   * restore() in slices: after about `sliceMs` of work (between documents) it awaits `pause` (a timer
   * turn, say), so requests are answered while 10,000 documents' mentions are rebuilt. Never rejects
   * unless `pause` does.
   */
  restoreInSlices(textOf: (documentId: string) => string | undefined, pause: () => Promise<void>, sliceMs?: number): Promise<RestoreResult>;
}

/** A restored resolution, or why it is not used. */
export type RestoreResult = { readonly corpus: ResolvedCorpus } | { readonly problem: string };

/** What a cache file holds. */
export interface CacheContents {
  readonly documents: CachedDocument[];
  readonly resolution?: StoredResolution;
}

const MAGIC = 0x43434153; // "SACC" read as a little-endian u32
const FORMAT = 3;
const HEADER = 16;
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** -2 in a quote's text column: the quote's text is the document's text between its offsets. */
const SLICE = -2;
const ANNOTATION_KEYS = 'mentions,quotes,definitions';
const QUOTE_FIELDS: ReadonlySet<string> = new Set(['start', 'end', 'text', 'kind', 'speakerMention', 'speakerText', 'cue', 'speakerRole']);
/** A resolved quote has its speaker's entity id (or null) besides. */
const RESOLVED_QUOTE_FIELDS: ReadonlySet<string> = new Set([...QUOTE_FIELDS, 'speaker']);
const ENTITY_KEYS = 'id,type,name,aliases,descriptors,reasons';
const INT32_MAX = 2 ** 31 - 1;
const isOffset = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= INT32_MAX && !Object.is(v, -0);
const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;
const isPlainArray = (v: unknown): v is unknown[] => Array.isArray(v) && Object.getPrototypeOf(v) === Array.prototype;

/** A growable column of 32-bit integers. */
class Column {
  private data = new Int32Array(64);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = v;
  }
  append(values: Int32Array): void {
    let size = this.data.length;
    while (size < this.length + values.length) size *= 2;
    if (size !== this.data.length) {
      const grown = new Int32Array(size);
      grown.set(this.data.subarray(0, this.length));
      this.data = grown;
    }
    this.data.set(values, this.length);
    this.length += values.length;
  }
  values(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

/** A lone surrogate cannot pass through UTF-8; such strings are stored as UTF-16 code units. */
const LONE_SURROGATE = /\p{Cs}/u;
const wellFormed = (s: string): boolean => {
  const native = (s as { isWellFormed?: () => boolean }).isWellFormed;
  return native ? native.call(s) : !LONE_SURROGATE.test(s);
};

/**
 * The documents as one cache file, with the resolution when given (see CachedResolution). Documents
 * whose fields are not strings are left out (the caller annotates them again); an annotation the
 * columns cannot hold exactly (extra keys, fractional offsets) is stored as JSON, so it comes back as
 * JSON.parse gives it. A resolution the columns cannot hold exactly is left out. Throws nothing for
 * odd input.
 */
export function encodeCorpusCache(engineKey: string, docs: Iterable<CachedDocument>, resolution?: CachedResolution): Uint8Array {
  return runToEnd(encoding(engineKey, docs, resolution));
}

/**
 * encodeCorpusCache in time slices: the same bytes, built in pieces of about `sliceMs` (default 15)
 * with `pause` (a timer turn by default) between them, so a server answers requests while 10,000
 * documents are written (at 10k one block was 3.3 s). Rejects only when `pause` does.
 */
export function encodeCorpusCacheInSlices(engineKey: string, docs: Iterable<CachedDocument>, resolution?: CachedResolution, options: { readonly sliceMs?: number; readonly pause?: () => Promise<void> } = {}): Promise<Uint8Array> {
  return runInSlices(encoding(engineKey, docs, resolution), { sliceMs: options.sliceMs ?? 15, pause: options.pause });
}

/** Largest piece of bytes copied or hashed between two yields of the encoder (4 MiB: a few ms). */
const BYTES_PER_STEP = 1 << 22;
/** Characters of the string table encoded as UTF-8 between two yields. */
const CHARS_PER_STEP = 1 << 20;

/** The encoder as sliced work (see encodeCorpusCache); yields after each document, entity group or block. */
function* encoding(engineKey: string, docs: Iterable<CachedDocument>, resolution?: CachedResolution): Sliced<Uint8Array> {
  const strings = createStringTable();
  const interner = createInterner(strings, createListTable());
  const documents = { id: new Column(), fingerprint: new Column(), text: new Column(), json: new Column(), mentions: new Column(), quotes: new Column(), definitions: new Column() };
  const mentionColumns: MentionColumns[] = [];
  const quotes = quoteColumns(false);
  /** Texts of the documents this file holds, by id: a resolved document with the same text refers to it. */
  const own = new Map<string, string>();
  const definitions = { short: new Column(), long: new Column() };

  for (const doc of docs) {
    if (!doc || typeof doc.documentId !== 'string' || typeof doc.fingerprint !== 'string' || typeof doc.text !== 'string') continue;
    const packed = packAnnotation(doc.text, doc.annotation, interner);
    let json = -1;
    if (!packed) {
      let text: string | undefined;
      try {
        text = JSON.stringify(doc.annotation);
      } catch {
        text = undefined;
      }
      if (typeof text !== 'string') continue;
      json = strings.intern(text);
    }
    own.set(doc.documentId, doc.text);
    documents.id.push(strings.intern(doc.documentId));
    documents.fingerprint.push(strings.intern(doc.fingerprint));
    documents.text.push(strings.intern(doc.text));
    documents.json.push(json);
    documents.mentions.push(packed ? packed.mentions.length : 0);
    documents.quotes.push(packed ? packed.quotes.length : 0);
    documents.definitions.push(packed ? packed.definitions.length : 0);
    if (!packed) {
      yield;
      continue;
    }
    mentionColumns.push(packed.mentions);
    for (const q of packed.quotes) pushQuote(quotes, q);
    for (const d of packed.definitions) {
      definitions.short.push(d[0]);
      definitions.long.push(d[1]);
    }
    yield;
  }
  // Packed before the string table is written: its strings go into the same table.
  const resolved = resolution ? yield* packResolution(resolution, interner, own) : undefined;

  // Mention shapes travel as their key lists, interned like any string.
  const shapeNames: number[] = [];
  for (let s = 0; s < interner.shapes.size; s++) shapeNames.push(strings.intern(interner.shapes.get(s).join(',')));
  const mentionData = new Column();
  for (const c of mentionColumns) mentionData.append(c.data);
  const listLengths = new Column();
  const listItems = new Column();
  for (let l = 0; l < interner.lists.size; l++) {
    const list = interner.lists.get(l);
    listLengths.push(list.length);
    for (const item of list) listItems.push(strings.intern(item));
    if (l % 1024 === 1023) yield;
  }

  const out = new Writer();
  yield* writeStrings(out, strings);
  out.column(listLengths.values());
  out.column(listItems.values());
  out.column(Int32Array.from(shapeNames));
  for (const c of Object.values(documents)) out.column(c.values());
  out.column(mentionData.values());
  for (const c of Object.values(quotes)) out.column(c.values());
  for (const c of Object.values(definitions)) out.column(c.values());
  out.u32(resolved ? 1 : 0);
  if (resolved) for (const c of resolved) out.column(c.values());
  yield;

  // The payload is copied once, straight into the file after its header, in bounded pieces.
  const key = new TextEncoder().encode(engineKey);
  const payloadStart = HEADER + 4 + key.length;
  const file = new Uint8Array(payloadStart + out.size);
  yield* out.copyInto(file, payloadStart);
  const payload = file.subarray(payloadStart);
  const view = new DataView(file.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, FORMAT, true);
  view.setUint32(8, payload.length, true);
  view.setUint32(12, yield* checksumming(payload), true);
  view.setUint32(HEADER, key.length, true);
  file.set(key, HEADER + 4);
  return file;
}

type QuoteColumns = Record<keyof PackedQuote, Column>;

function quoteColumns(resolved: boolean): QuoteColumns {
  const c = { shape: new Column(), start: new Column(), end: new Column(), text: new Column(), kind: new Column(), speakerMention: new Column(), speakerText: new Column(), cue: new Column(), speakerRole: new Column() };
  return (resolved ? { ...c, speaker: new Column() } : c) as QuoteColumns;
}

function pushQuote(columns: QuoteColumns, q: PackedQuote): void {
  for (const key of Object.keys(columns) as (keyof PackedQuote)[]) columns[key].push(q[key] ?? -1);
}

/**
 * 32-bit FNV-1a and a second, differently mixed 32-bit hash of a text's UTF-16 code units: a 64-bit
 * fingerprint of the text a resolution was computed from (not a defence against tampering).
 */
export function textHash(text: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9747b28c ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return [a | 0, b | 0];
}

/** -2 in a resolved document's text column: its text is the one of this file's document with that id. */
const OWN_TEXT = -2;
/** Keys a merge reason may have; any other key leaves the resolution out of the file. */
const REASON_FIELDS: ReadonlySet<string> = new Set(['alias', 'target', 'rule', 'evidence', 'strength', 'score', 'documents']);

/**
 * The resolution as columns (in the order storedResolution reads them), or undefined when they cannot
 * hold it exactly. `own`: the texts this file holds by document id; a resolved document with another
 * text is stored with its hash (resolution.elsewhere) or its text.
 */
function* packResolution(resolution: CachedResolution, interner: Interner, own: ReadonlyMap<string, string>): Sliced<Column[] | undefined> {
  const { corpus, resolverKey } = resolution;
  if (typeof resolverKey !== 'string' || !corpus || !Array.isArray(corpus.documents) || !(corpus.entities instanceof Map)) return undefined;
  const strings = interner.strings;
  const docs = { id: new Column(), text: new Column(), hashA: new Column(), hashB: new Column(), mentions: new Column(), quotes: new Column() };
  const mentionData = new Column();
  const quotes = quoteColumns(true);
  let previous: string | undefined;
  for (const doc of corpus.documents) {
    if (!isPlain(doc) || typeof doc.id !== 'string' || typeof doc.text !== 'string' || !isPlainArray(doc.mentions) || !isPlainArray(doc.quotes)) return undefined;
    if (previous !== undefined && !(previous < doc.id)) return undefined;
    previous = doc.id;
    const columns = packMentions(doc.mentions as MentionLike[], interner, 'known');
    if (columns.kept) return undefined;
    for (let i = 0; i < columns.length; i++) if (columns.data[i * STRIDE + ENTITY] < 0) return undefined;
    const packedQuotes: PackedQuote[] = [];
    const last = { keys: [] as string[], shape: -1 };
    for (const q of doc.quotes) {
      const packed = packQuote(doc.text, q, strings, last, RESOLVED_QUOTE_FIELDS);
      if (!packed) return undefined;
      packedQuotes.push(packed);
    }
    const where = own.get(doc.id) === doc.text ? OWN_TEXT : resolution.elsewhere?.(doc.id) ? -1 : strings.intern(doc.text);
    const [hashA, hashB] = where === -1 ? textHash(doc.text) : [0, 0];
    docs.id.push(strings.intern(doc.id));
    docs.text.push(where);
    docs.hashA.push(hashA);
    docs.hashB.push(hashB);
    docs.mentions.push(columns.length);
    docs.quotes.push(packedQuotes.length);
    mentionData.append(columns.data);
    for (const q of packedQuotes) pushQuote(quotes, q);
    yield;
  }
  const entities = { id: new Column(), type: new Column(), name: new Column(), aliases: new Column(), descriptors: new Column(), reasons: new Column(), possiblySame: new Column() };
  const reasons = { shape: new Column(), alias: new Column(), target: new Column(), rule: new Column(), evidence: new Column(), strength: new Column(), scoreHigh: new Column(), scoreLow: new Column(), from: new Column(), to: new Column() };
  const score = new Float64Array(1);
  const scoreWords = new Int32Array(score.buffer);
  const optional = (v: unknown) => (typeof v === 'string' ? strings.intern(v) : -1);
  let entityCount = 0;
  for (const [id, e] of corpus.entities) {
    if (++entityCount % 256 === 0) yield;
    if (!isPlain(e) || e.id !== id || typeof id !== 'string' || typeof e.name !== 'string' || !ENTITY_TYPES.includes(e.type as EntityType)) return undefined;
    const keys = Object.keys(e).join(',');
    if (keys !== ENTITY_KEYS && keys !== `${ENTITY_KEYS},possiblySame`) return undefined;
    if (!isStringList(e.aliases) || !isStringList(e.descriptors) || !isPlainArray(e.reasons)) return undefined;
    if (e.possiblySame !== undefined && !isPlainArray(e.possiblySame)) return undefined;
    entities.id.push(strings.intern(id));
    entities.type.push(ENTITY_TYPES.indexOf(e.type as EntityType));
    entities.name.push(strings.intern(e.name));
    entities.aliases.push(interner.lists.intern(e.aliases));
    entities.descriptors.push(interner.lists.intern(e.descriptors));
    entities.reasons.push(e.reasons.length);
    entities.possiblySame.push(e.possiblySame === undefined ? -1 : strings.intern(JSON.stringify(e.possiblySame)));
    for (const r of e.reasons) {
      if (!isPlain(r)) return undefined;
      const rk = Object.keys(r);
      if (!rk.every((k) => REASON_FIELDS.has(k)) || typeof r.alias !== 'string' || typeof r.target !== 'string' || typeof r.rule !== 'string') return undefined;
      if ((r.evidence !== undefined && typeof r.evidence !== 'string') || (r.strength !== undefined && typeof r.strength !== 'string')) return undefined;
      if (r.score !== undefined && typeof r.score !== 'number') return undefined;
      const pair = r.documents;
      if (pair !== undefined && !(isStringList(pair) && pair.length === 2)) return undefined;
      // A key present with the value undefined cannot be told from an absent one.
      if (rk.some((k) => r[k] === undefined)) return undefined;
      score[0] = typeof r.score === 'number' ? r.score : 0;
      reasons.shape.push(strings.intern(rk.join(',')));
      reasons.alias.push(strings.intern(r.alias));
      reasons.target.push(strings.intern(r.target));
      reasons.rule.push(strings.intern(r.rule));
      reasons.evidence.push(optional(r.evidence));
      reasons.strength.push(optional(r.strength));
      reasons.scoreHigh.push(scoreWords[0]);
      reasons.scoreLow.push(scoreWords[1]);
      reasons.from.push(pair ? strings.intern(pair[0]) : -1);
      reasons.to.push(pair ? strings.intern(pair[1]) : -1);
    }
  }
  const key = new Column();
  key.push(strings.intern(resolverKey));
  return [key, ...Object.values(docs), mentionData, ...Object.values(quotes), ...Object.values(entities), ...Object.values(reasons)];
}

const isStringList = (v: unknown): v is string[] => isPlainArray(v) && v.every((x) => typeof x === 'string');

/**
 * The documents of a cache file, in the order they were encoded; undefined when the file was written
 * for another engine key or format, is cut short, or fails its checksum or any consistency check.
 * Never throws.
 */
export function decodeCorpusCache(bytes: Uint8Array, engineKey: string): CachedDocument[] | undefined {
  return decodeCorpusCacheFile(bytes, engineKey)?.documents;
}

/**
 * The documents of a cache file and, when it holds one, its resolution (not yet checked against any
 * text: see StoredResolution.restore); undefined when the file is unusable, as for decodeCorpusCache.
 * Never throws.
 */
export function decodeCorpusCacheFile(bytes: Uint8Array, engineKey: string): CacheContents | undefined {
  return runToEnd(decodingSafely(bytes, engineKey));
}

/**
 * decodeCorpusCacheFile in time slices: the same result, decoded in pieces of about `sliceMs` (default
 * 15) with `pause` (a timer turn by default) between them (the checksum and the string table in 4 MiB
 * pieces, the documents one by one), so a server answers requests while a 10,000-document file is read.
 * Rejects only when `pause` does.
 */
export function decodeCorpusCacheFileInSlices(bytes: Uint8Array, engineKey: string, options: { readonly sliceMs?: number; readonly pause?: () => Promise<void> } = {}): Promise<CacheContents | undefined> {
  return runInSlices(decodingSafely(bytes, engineKey), { sliceMs: options.sliceMs ?? 15, pause: options.pause });
}

function* decodingSafely(bytes: Uint8Array, engineKey: string): Sliced<CacheContents | undefined> {
  try {
    return yield* decoding(bytes, engineKey);
  } catch {
    return undefined;
  }
}

interface PackedQuote {
  readonly shape: number;
  readonly start: number;
  readonly end: number;
  readonly text: number;
  readonly kind: number;
  readonly speakerMention: number;
  readonly speakerText: number;
  readonly cue: number;
  readonly speakerRole: number;
  /** Resolved quotes only: the speaker's interned entity id, -1 for null. */
  readonly speaker?: number;
}

/** The annotation as columns, or undefined when they cannot hold it exactly. */
function packAnnotation(text: string, annotation: unknown, interner: Interner): { mentions: MentionColumns; quotes: PackedQuote[]; definitions: [number, number][] } | undefined {
  if (!isPlain(annotation) || Object.keys(annotation).join(',') !== ANNOTATION_KEYS) return undefined;
  const { mentions, quotes, definitions } = annotation;
  if (!isPlainArray(mentions) || !isPlainArray(quotes) || !isPlainArray(definitions)) return undefined;
  // Holes would come back as undefined entries; JSON keeps them as null, so both take the JSON path.
  for (let i = 0; i < mentions.length; i++) if (!(i in mentions)) return undefined;
  const packedQuotes: PackedQuote[] = [];
  const last = { keys: [] as string[], shape: -1 };
  for (let i = 0; i < quotes.length; i++) {
    const q = packQuote(text, quotes[i], interner.strings, last);
    if (!q) return undefined;
    packedQuotes.push(q);
  }
  const packedDefinitions: [number, number][] = [];
  for (let i = 0; i < definitions.length; i++) {
    const d = definitions[i];
    if (!isPlain(d) || Object.keys(d).join(',') !== 'short,long' || typeof d.short !== 'string' || typeof d.long !== 'string') return undefined;
    packedDefinitions.push([interner.strings.intern(d.short), interner.strings.intern(d.long)]);
  }
  const columns = packMentions(mentions as DocumentAnnotation['mentions'], interner);
  if (columns.kept) return undefined;
  // The file has no entity column: a detected mention has no entity yet.
  for (let i = 0; i < columns.length; i++) {
    const at = i * STRIDE;
    if (columns.data[at + ENTITY] >= 0 || interner.shapes.get(columns.data[at + META] & 0xffff).includes('entity')) return undefined;
  }
  return { mentions: columns, quotes: packedQuotes, definitions: packedDefinitions };
}

function packQuote(text: string, q: unknown, strings: StringTable, last: { keys: string[]; shape: number }, fields = QUOTE_FIELDS): PackedQuote | undefined {
  if (!isPlain(q)) return undefined;
  const keys = Object.keys(q);
  let hasStart = false;
  let hasEnd = false;
  for (const k of keys) {
    if (!fields.has(k)) return undefined;
    if (k === 'start') hasStart = true;
    else if (k === 'end') hasEnd = true;
  }
  const { start, end, text: own, kind, speakerMention, speakerText, cue, speakerRole, speaker } = q;
  const resolved = fields === RESOLVED_QUOTE_FIELDS;
  // A resolved quote always names its speaker (an entity id or null).
  if (resolved && !(speaker === null || typeof speaker === 'string')) return undefined;
  if ((hasStart && !isOffset(start)) || (hasEnd && !isOffset(end))) return undefined;
  if ((own !== undefined && typeof own !== 'string') || (kind !== undefined && typeof kind !== 'string')) return undefined;
  if (speakerMention !== undefined && speakerMention !== null && !isOffset(speakerMention)) return undefined;
  if (speakerText !== undefined && speakerText !== null && typeof speakerText !== 'string') return undefined;
  if ((cue !== undefined && typeof cue !== 'string') || (speakerRole !== undefined && typeof speakerRole !== 'string')) return undefined;
  // A key present with the value undefined cannot be told from an absent one below.
  if ((keys.includes('text') && own === undefined) || (keys.includes('kind') && kind === undefined) || (keys.includes('speakerMention') && speakerMention === undefined) || (keys.includes('speakerText') && speakerText === undefined)) return undefined;
  const from = hasStart ? (start as number) : 0;
  const to = hasEnd ? (end as number) : 0;
  const sliced = hasStart && hasEnd && typeof own === 'string' && own === text.slice(from, to);
  let shape = last.shape;
  if (!(last.keys.length === keys.length && last.keys.every((k, i) => k === keys[i]))) {
    shape = strings.intern(keys.join(','));
    last.keys = keys;
    last.shape = shape;
  }
  return {
    shape,
    start: from,
    end: to,
    text: sliced ? SLICE : typeof own === 'string' ? strings.intern(own) : -1,
    kind: typeof kind === 'string' ? strings.intern(kind) : -1,
    speakerMention: typeof speakerMention === 'number' ? speakerMention : -1,
    speakerText: typeof speakerText === 'string' ? strings.intern(speakerText) : -1,
    cue: typeof cue === 'string' ? strings.intern(cue) : -1,
    speakerRole: typeof speakerRole === 'string' ? strings.intern(speakerRole) : -1,
    ...(resolved ? { speaker: typeof speaker === 'string' ? strings.intern(speaker) : -1 } : {}),
  };
}

function* decoding(bytes: Uint8Array, engineKey: string): Sliced<CacheContents | undefined> {
  if (!(bytes instanceof Uint8Array) || bytes.length < HEADER + 4) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== FORMAT) return undefined;
  const keyLength = view.getUint32(HEADER, true);
  const payloadStart = HEADER + 4 + keyLength;
  if (payloadStart > bytes.length) return undefined;
  if (new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(HEADER + 4, HEADER + 4 + keyLength)) !== engineKey) return undefined;
  const payloadLength = view.getUint32(8, true);
  if (payloadStart + payloadLength !== bytes.length) return undefined;
  const payload = bytes.subarray(payloadStart);
  if ((yield* checksumming(payload)) !== view.getUint32(12, true)) return undefined;

  const r = new Reader(payload);
  const table = yield* readStrings(r);
  const str = (id: number): string => {
    const s = table[id];
    if (s === undefined) throw new RangeError(`string ${id}`);
    return s;
  };
  const listLengths = r.column();
  const listItems = r.column();
  const lists: (readonly string[])[] = [];
  let item = 0;
  for (const n of listLengths) {
    if (n < 0 || item + n > listItems.length) return undefined;
    lists.push(Object.freeze(Array.from(listItems.subarray(item, item + n), str)));
    item += n;
  }
  const shapes = Array.from(r.column(), (id) => str(id).split(','));
  if (!shapes.every(isMentionShape)) return undefined;
  const literals = shapes.map(literalMask);
  const [docIds, fingerprints, texts, jsons, mentionCounts, quoteCounts, definitionCounts] = r.columns(7);
  const mentionData = r.column();
  const quoteData = r.columns(9);
  const [dShort, dLong] = r.columns(2);
  const hasResolution = r.u32();
  if (hasResolution > 1) return undefined;
  const resolutionData = hasResolution === 1 ? r.columns(RESOLUTION_COLUMNS) : undefined;
  if (!r.done()) return undefined;
  const n = docIds.length;
  if ([fingerprints, texts, jsons, mentionCounts, quoteCounts, definitionCounts].some((c) => c.length !== n)) return undefined;
  if (!validMentions(mentionData, shapes.length) || !validStrings(mentionData, table.length, lists.length)) return undefined;
  const mentionTotal = mentionData.length / STRIDE;
  if (quoteData.some((c) => c.length !== quoteData[0].length)) return undefined;
  if (dLong.length !== dShort.length) return undefined;

  const interner: Interner = {
    strings: { intern: () => -1, lookup: () => -1, get: str, size: table.length },
    lists: { intern: () => -1, get: (id) => lists[id] ?? fail(`list ${id}`), size: lists.length },
    shapes: { intern: () => -1, get: (id) => (shapes[id] as readonly MentionField[] | undefined) ?? fail(`shape ${id}`), literal: (id) => literals[id] ?? -1, size: shapes.length },
  };
  const readQuotes = quoteReader(str, quoteData);
  // All mentions of the file as one set of columns; unpackMention checks every string number it reads.
  const allMentions: MentionColumns = { length: mentionTotal, data: mentionData, kept: undefined, longest: 0 };
  const docs: CachedDocument[] = [];
  let m = 0;
  let q = 0;
  let d = 0;
  for (let i = 0; i < n; i++) {
    const text = str(texts[i]);
    let annotation: DocumentAnnotation;
    if (jsons[i] >= 0) {
      annotation = JSON.parse(str(jsons[i])) as DocumentAnnotation;
    } else {
      const mentionCount = mentionCounts[i];
      if (mentionCount < 0 || m + mentionCount > mentionTotal) return undefined;
      const first = m;
      m += mentionCount;
      const quoteCount = quoteCounts[i];
      if (quoteCount < 0 || q + quoteCount > quoteData[0].length) return undefined;
      const quotes = readQuotes(q, quoteCount, text) as unknown as DetectedQuote[];
      q += quoteCount;
      const definitionCount = definitionCounts[i];
      if (definitionCount < 0 || d + definitionCount > dShort.length) return undefined;
      const definitions: { short: string; long: string }[] = [];
      for (let k = d; k < d + definitionCount; k++) definitions.push({ short: str(dShort[k]), long: str(dLong[k]) });
      d += definitionCount;
      annotation = lazyAnnotation(() => {
        const mentions = new Array(mentionCount);
        for (let k = 0; k < mentionCount; k++) mentions[k] = unpackMention(allMentions, first + k, interner);
        return mentions;
      }, quotes, definitions);
    }
    docs.push({ documentId: str(docIds[i]), fingerprint: str(fingerprints[i]), text, annotation });
    yield;
  }
  if (m !== mentionTotal || q !== quoteData[0].length || d !== dShort.length) return undefined;
  const resolution = resolutionData && storedResolution(resolutionData, str, interner, lists, docs);
  if (resolutionData && !resolution) return undefined;
  return resolution ? { documents: docs, resolution } : { documents: docs };
}

/** Columns of a resolution: key, 5 of documents, mentions, 10 of quotes, 7 of entities. */
const RESOLUTION_COLUMNS = 1 + 6 + 1 + 10 + 7 + 10;

/** Every mention's shape and type in range (strings are checked as they are read). */
function validMentions(data: Int32Array, shapeCount: number): boolean {
  if (data.length % STRIDE !== 0) return false;
  for (let at = META; at < data.length; at += STRIDE) {
    const meta = data[at];
    if ((meta & 0xffff) >= shapeCount || meta >>> 16 >= ENTITY_TYPES.length) return false;
  }
  return true;
}

/**
 * Every string and list number of the mentions within the tables, so that mentions built later (a
 * lazy annotation) cannot fail on a damaged file the checksum missed.
 */
function validStrings(data: Int32Array, strings: number, lists: number): boolean {
  for (let at = 0; at < data.length; at += STRIDE) {
    if (data[at + TEXT] < 0 || data[at + TEXT] >= strings) return false;
    if (data[at + ENTITY] >= strings || data[at + EVIDENCE] >= strings || data[at + NAME] >= strings || data[at + DESCRIPTORS] >= lists) return false;
  }
  return true;
}

/**
 * A document's annotation whose mentions are built on first read: on a warm start that adopts the
 * stored resolution, the detected mentions are never needed (only a later resolution reads them). An
 * own enumerable accessor, so spreading, JSON and Object.keys see a plain { mentions, quotes, definitions }.
 */
function lazyAnnotation(build: () => DetectedMention[], quotes: DetectedQuote[], definitions: DocumentAnnotation['definitions']): DocumentAnnotation {
  let mentions: DetectedMention[] | undefined;
  return {
    get mentions() {
      return (mentions ??= build());
    },
    quotes,
    definitions,
  };
}

/** Reads `count` quotes from position `from` of the quote columns (9, or 10 with the speaker) as objects. */
function quoteReader(str: (id: number) => string, columns: Int32Array[]): (from: number, count: number, text: string) => Record<string, unknown>[] {
  const [qShape, qStart, qEnd, qText, qKind, qSpeakerMention, qSpeakerText, qCue, qSpeakerRole, qSpeaker] = columns;
  const optional = (id: number) => (id < 0 ? undefined : str(id));
  const quoteShapes = new Map<number, string[]>();
  const quoteShape = (id: number): string[] => {
    let keys = quoteShapes.get(id);
    if (!keys) {
      const shape = str(id);
      quoteShapes.set(id, (keys = shape === '' ? [] : shape.split(',')));
    }
    return keys;
  };
  return (from, count, text) => {
    const quotes: Record<string, unknown>[] = [];
    for (let k = from; k < from + count; k++) {
      const o: Record<string, unknown> = {};
      for (const key of quoteShape(qShape[k])) {
        switch (key) {
          case 'start': o.start = qStart[k]; break;
          case 'end': o.end = qEnd[k]; break;
          case 'text': o.text = qText[k] === SLICE ? text.slice(qStart[k], qEnd[k]) : str(qText[k]); break;
          case 'kind': o.kind = str(qKind[k]); break;
          case 'speakerMention': o.speakerMention = qSpeakerMention[k] < 0 ? null : qSpeakerMention[k]; break;
          case 'speakerText': o.speakerText = qSpeakerText[k] < 0 ? null : str(qSpeakerText[k]); break;
          case 'cue': o.cue = optional(qCue[k]); break;
          case 'speakerRole': o.speakerRole = optional(qSpeakerRole[k]); break;
          case 'speaker':
            if (!qSpeaker) fail('speaker of a detected quote');
            o.speaker = qSpeaker[k] < 0 ? null : str(qSpeaker[k]);
            break;
          default: fail(`quote field ${key}`);
        }
      }
      quotes.push(o);
    }
    return quotes;
  };
}

/** The resolution's columns checked for consistency and wrapped for restoring; undefined when inconsistent. */
function storedResolution(columns: Int32Array[], str: (id: number) => string, interner: Interner, lists: readonly (readonly string[])[], ownDocs: readonly CachedDocument[]): StoredResolution | undefined {
  const [[keyId], docIds, docTexts, hashA, hashB, mentionCounts, quoteCounts, mentionData, ...rest] = columns;
  const quoteData = rest.slice(0, 10);
  const entityData = rest.slice(10, 17);
  const reasonData = rest.slice(17);
  const [eId, eType, eName, eAliases, eDescriptors, eReasons, ePossibly] = entityData;
  const [rShape, rAlias, rTarget, rRule, rEvidence, rStrength, rScoreHigh, rScoreLow, rFrom, rTo] = reasonData;
  if (keyId === undefined || columns[0].length !== 1) return undefined;
  const resolverKey = str(keyId);
  const n = docIds.length;
  if ([docTexts, hashA, hashB, mentionCounts, quoteCounts].some((c) => c.length !== n)) return undefined;
  if (!validMentions(mentionData, interner.shapes.size)) return undefined;
  if (quoteData.some((c) => c.length !== quoteData[0].length)) return undefined;
  if (entityData.some((c) => c.length !== eId.length) || reasonData.some((c) => c.length !== rShape.length)) return undefined;
  const documentIds = Array.from(docIds, str);
  for (let i = 1; i < n; i++) if (!(documentIds[i - 1] < documentIds[i])) return undefined;
  let mentionSum = 0;
  let quoteSum = 0;
  let reasonSum = 0;
  for (let i = 0; i < n; i++) {
    if (mentionCounts[i] < 0 || quoteCounts[i] < 0) return undefined;
    mentionSum += mentionCounts[i];
    quoteSum += quoteCounts[i];
  }
  for (const c of eReasons) {
    if (c < 0) return undefined;
    reasonSum += c;
  }
  if (mentionSum * STRIDE !== mentionData.length || quoteSum !== quoteData[0].length || reasonSum !== rShape.length) return undefined;
  const readQuotes = quoteReader(str, quoteData);
  const list = (id: number) => lists[id] ?? fail(`list ${id}`);
  const ownText = new Map<string, string>();
  for (const d of ownDocs) ownText.set(d.documentId, d.text);
  const score = new Float64Array(1);
  const scoreWords = new Int32Array(score.buffer);
  const reasonShapes = new Map<number, string[]>();

  function reasonAt(k: number): MergeReason {
    let keys = reasonShapes.get(rShape[k]);
    if (!keys) reasonShapes.set(rShape[k], (keys = str(rShape[k]).split(',')));
    const o: Record<string, unknown> = {};
    for (const key of keys) {
      switch (key) {
        case 'alias': o.alias = str(rAlias[k]); break;
        case 'target': o.target = str(rTarget[k]); break;
        case 'rule': o.rule = str(rRule[k]); break;
        case 'evidence': o.evidence = str(rEvidence[k]); break;
        case 'strength': o.strength = str(rStrength[k]); break;
        case 'score':
          scoreWords[0] = rScoreHigh[k];
          scoreWords[1] = rScoreLow[k];
          o.score = score[0];
          break;
        case 'documents': o.documents = [str(rFrom[k]), str(rTo[k])]; break;
        default: fail(`reason field ${key}`);
      }
    }
    return o as unknown as MergeReason;
  }

  function* restoring(textOf: (documentId: string) => string | undefined): Generator<void, RestoreResult, void> {
    try {
      const entities = new Map<string, Entity>();
      let r = 0;
      for (let k = 0; k < eId.length; k++) {
        const type = ENTITY_TYPES[eType[k]] ?? fail(`entity type ${eType[k]}`);
        const reasons: MergeReason[] = new Array(eReasons[k]);
        for (let j = 0; j < reasons.length; j++) reasons[j] = reasonAt(r++);
        const id = str(eId[k]);
        const base = { id, type, name: str(eName[k]), aliases: list(eAliases[k]), descriptors: list(eDescriptors[k]), reasons };
        entities.set(id, ePossibly[k] < 0 ? base : { ...base, possiblySame: JSON.parse(str(ePossibly[k])) as Entity['possiblySame'] });
      }
      const documents: ResolvedDocument[] = new Array(n);
      let m = 0;
      let q = 0;
      for (let i = 0; i < n; i++) {
        const id = documentIds[i];
        let text: string | undefined;
        if (docTexts[i] === OWN_TEXT) {
          // Written together with this file's document: the same text by construction.
          text = ownText.get(id);
          if (text === undefined) return { problem: `${id} is not in the file` };
        } else if (docTexts[i] >= 0) {
          text = str(docTexts[i]);
        } else {
          text = textOf(id);
          if (text === undefined) return { problem: `${id} is not among the cached documents` };
          const [a, b] = textHash(text);
          if (a !== hashA[i] || b !== hashB[i]) return { problem: `${id} is not the text it was resolved from` };
        }
        const count = mentionCounts[i];
        const columns: MentionColumns = { length: count, data: mentionData.subarray(m * STRIDE, (m + count) * STRIDE), kept: undefined, longest: 0 };
        const mentions: ResolvedMention[] = new Array(count);
        for (let k = 0; k < count; k++) {
          const mention = unpackMention(columns, k, interner);
          if (mention.end > text.length || mention.start > mention.end || typeof mention.entity !== 'string') return { problem: `a mention of ${id} is out of its text or has no entity` };
          mentions[k] = mention as ResolvedMention;
        }
        m += count;
        const quotes = readQuotes(q, quoteCounts[i], text) as unknown as ResolvedQuote[];
        q += quoteCounts[i];
        documents[i] = { id, text, mentions, quotes };
        yield;
      }
      return { corpus: { documents, entities } };
    } catch (e) {
      return { problem: `the resolution is damaged (${e instanceof Error ? e.message : String(e)})` };
    }
  }

  return {
    resolverKey,
    documentIds,
    restore: (textOf) => runToEnd(restoring(textOf)),
    restoreInSlices: (textOf, pause, sliceMs = 15) => runInSlices(restoring(textOf), { pause, sliceMs }),
  };
}

function fail(what: string): never {
  throw new RangeError(`corrupt cache: ${what}`);
}

/**
 * 32-bit hash of the payload, to tell a damaged file from a good one (not a defence against tampering),
 * as sliced work: yields after each BYTES_PER_STEP bytes hashed.
 */
function* checksumming(bytes: Uint8Array): Sliced<number> {
  let h = 0x811c9dc5 ^ bytes.length;
  const words = bytes.length >>> 2;
  const view = LITTLE_ENDIAN ? undefined : new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // Pieces start at multiples of 4 bytes, so the words hashed are the same as in one go.
  for (let from = 0; from < words; from += BYTES_PER_STEP >>> 2) {
    const to = Math.min(words, from + (BYTES_PER_STEP >>> 2));
    if (view) {
      for (let i = from; i < to; i++) {
        h = Math.imul(h ^ view.getUint32(i * 4, true), 0x85ebca6b);
        h ^= h >>> 13;
      }
    } else {
      // Word reads need 4-byte alignment; copying a piece is faster than reading through a DataView.
      // (Uint8Array's slice copies; Node's Buffer.slice would not, hence the explicit prototype.)
      const piece = (bytes.byteOffset + from * 4) % 4 === 0 ? bytes.subarray(from * 4, to * 4) : Uint8Array.prototype.slice.call(bytes, from * 4, to * 4);
      const u32 = new Uint32Array(piece.buffer, piece.byteOffset, to - from);
      for (let i = 0; i < u32.length; i++) {
        h = Math.imul(h ^ u32[i], 0x85ebca6b);
        h ^= h >>> 13;
      }
    }
    yield;
  }
  for (let i = words * 4; i < bytes.length; i++) {
    h = Math.imul(h ^ bytes[i], 0x85ebca6b);
    h ^= h >>> 13;
  }
  return h >>> 0;
}

/** Bytes written in order; columns are a count then that many little-endian int32. */
class Writer {
  private readonly chunks: Uint8Array[] = [];
  /** Bytes written so far. */
  size = 0;
  u32(v: number): void {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setUint32(0, v, true);
    this.raw(b);
  }
  raw(b: Uint8Array): void {
    this.chunks.push(b);
    this.size += b.length;
  }
  column(values: Int32Array): void {
    this.u32(values.length);
    if (LITTLE_ENDIAN) {
      this.raw(new Uint8Array(values.buffer, values.byteOffset, values.byteLength));
      return;
    }
    const b = new Uint8Array(values.length * 4);
    const view = new DataView(b.buffer);
    values.forEach((v, i) => view.setInt32(i * 4, v, true));
    this.raw(b);
  }
  /** Copies everything written into `target` from `at`, yielding after each BYTES_PER_STEP bytes. */
  *copyInto(target: Uint8Array, at: number): Sliced<void> {
    for (const c of this.chunks) {
      for (let from = 0; from < c.length; from += BYTES_PER_STEP) {
        const piece = c.subarray(from, Math.min(c.length, from + BYTES_PER_STEP));
        target.set(piece, at);
        at += piece.length;
        yield;
      }
    }
  }
}

class Reader {
  private at = 0;
  constructor(private readonly bytes: Uint8Array) {}
  u32(): number {
    if (this.at + 4 > this.bytes.length) fail('cut short');
    const v = new DataView(this.bytes.buffer, this.bytes.byteOffset + this.at, 4).getUint32(0, true);
    this.at += 4;
    return v;
  }
  raw(length: number): Uint8Array {
    if (length < 0 || this.at + length > this.bytes.length) fail('cut short');
    const b = this.bytes.subarray(this.at, this.at + length);
    this.at += length;
    return b;
  }
  column(): Int32Array {
    const n = this.u32();
    // Checked against the bytes left before anything is allocated, so a damaged count cannot ask for gigabytes.
    const b = this.raw(n * 4);
    if (LITTLE_ENDIAN) {
      // A copy, aligned for Int32Array (b may sit at any offset; Node's Buffer.slice would not copy).
      const copy = new Uint8Array(b.length);
      copy.set(b);
      return new Int32Array(copy.buffer);
    }
    const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
    return Int32Array.from({ length: n }, (_, i) => view.getInt32(i * 4, true));
  }
  columns(count: number): Int32Array[] {
    return Array.from({ length: count }, () => this.column());
  }
  done(): boolean {
    return this.at === this.bytes.length;
  }
}

/**
 * The table as two blocks: strings that are well-formed UTF-16 joined and encoded as UTF-8 in one go,
 * the rest as raw UTF-16 code units; per string its block (0 or 1) and its length in code units.
 */
function* writeStrings(out: Writer, strings: StringTable): Sliced<void> {
  const lengths = new Int32Array(strings.size);
  const raw = new Uint8Array(strings.size);
  // UTF-8 of well-formed strings concatenates: the block is encoded in pieces of whole strings.
  const encoder = new TextEncoder();
  const utf8: Uint8Array[] = [];
  let utf8Length = 0;
  let group: string[] = [];
  let groupChars = 0;
  const encodeGroup = () => {
    const bytes = encoder.encode(group.join(''));
    utf8.push(bytes);
    utf8Length += bytes.length;
    group = [];
    groupChars = 0;
  };
  const utf16: string[] = [];
  for (let i = 0; i < strings.size; i++) {
    const s = strings.get(i);
    lengths[i] = s.length;
    if (!wellFormed(s)) {
      raw[i] = 1;
      utf16.push(s);
    } else {
      group.push(s);
      groupChars += s.length;
      if (groupChars >= CHARS_PER_STEP) {
        encodeGroup();
        yield;
      }
    }
  }
  if (group.length > 0) encodeGroup();
  out.column(lengths);
  out.u32(raw.length);
  out.raw(raw);
  out.u32(utf8Length);
  for (const bytes of utf8) out.raw(bytes);
  const units = utf16.join('');
  const wide = new Uint8Array(units.length * 2);
  const view = new DataView(wide.buffer);
  for (let i = 0; i < units.length; i++) view.setUint16(i * 2, units.charCodeAt(i), true);
  out.u32(wide.length);
  out.raw(wide);
}

function* readStrings(r: Reader): Sliced<string[]> {
  const lengths = r.column();
  const raw = r.raw(r.u32());
  if (raw.length !== lengths.length) fail('string kinds');
  // ignoreBOM: a string that starts with U+FEFF keeps it. Decoded in pieces (a streaming decoder keeps a
  // character cut by a piece's end for the next), each string sliced once its characters have arrived.
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const block = r.raw(r.u32());
  let read = 0;
  let utf8 = '';
  let a = 0;
  /** Decodes the next piece of the block onto what is left of the current text; false at the block's end. */
  const more = (): boolean => {
    if (read >= block.length) return false;
    const end = Math.min(block.length, read + BYTES_PER_STEP);
    const last = end === block.length;
    const piece = decoder.decode(block.subarray(read, end), { stream: !last });
    read = end;
    utf8 = utf8.slice(a) + piece;
    a = 0;
    return true;
  };
  if (block.length === 0) decoder.decode();
  const wideBytes = r.raw(r.u32());
  if (wideBytes.length % 2 !== 0) fail('utf-16 block');
  const wideView = new DataView(wideBytes.buffer, wideBytes.byteOffset, wideBytes.byteLength);
  const table: string[] = new Array(lengths.length);
  let b = 0;
  for (let i = 0; i < lengths.length; i++) {
    const n = lengths[i];
    if (n < 0) fail('string length');
    if (raw[i] === 0) {
      while (a + n > utf8.length) {
        if (!more()) fail('utf-8 block');
        yield;
      }
      table[i] = utf8.slice(a, a + n);
      a += n;
    } else {
      if ((b + n) * 2 > wideBytes.length) fail('utf-16 block');
      let s = '';
      for (let k = 0; k < n; k++) s += String.fromCharCode(wideView.getUint16((b + k) * 2, true));
      table[i] = s;
      b += n;
    }
  }
  if (more() || a !== utf8.length || b * 2 !== wideBytes.length) fail('string blocks');
  return table;
}
