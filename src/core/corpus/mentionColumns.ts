// A document's mentions as columns of typed arrays instead of one object each: at 10,000 news articles
// (464,000 mentions) the objects, their hidden classes and the arrays holding them were most of the
// editor's heap. Strings (surfaces, entity ids, cue names) are interned, so a column holds their numbers.
// A mention object is rebuilt on demand, with exactly the keys, key order and values it came with; a
// mention the columns cannot hold exactly (an unknown key, a fractional offset) is kept as it was.
import { ENTITY_TYPES, type DetectedMention, type EntityType } from '../types';
import type { ListTable, StringTable } from './strings';

/** Keys a packed mention may have; any other key keeps the mention as an object. */
const FIELDS = ['start', 'end', 'text', 'type', 'evidence', 'descriptors', 'name', 'entity'] as const;
export type MentionField = (typeof FIELDS)[number];
type Field = MentionField;
const FIELD_SET: ReadonlySet<string> = new Set(FIELDS);

/** Whether a key list names only fields a packed mention can have. */
export const isMentionShape = (keys: readonly string[]): keys is readonly MentionField[] => keys.every((k) => FIELD_SET.has(k));

/** The interning tables one index (or one cache file) shares across all its documents. */
export interface Interner {
  readonly strings: StringTable;
  readonly lists: ListTable;
  /** Key lists (the shape of a mention object), numbered like strings. */
  readonly shapes: {
    intern(keys: readonly Field[]): number;
    get(id: number): readonly Field[];
    /** Which optional fields the shape has (LITERAL_* bits) when its keys are in FIELDS order, else -1. */
    literal(id: number): number;
    readonly size: number;
  };
}

const LITERAL_EVIDENCE = 1;
const LITERAL_DESCRIPTORS = 2;
const LITERAL_NAME = 4;
const LITERAL_ENTITY = 8;

/** The literal mask of a key list: required fields first, then optional ones, all in FIELDS order. */
export function literalMask(keys: readonly string[]): number {
  if (keys.length < 4 || keys[0] !== 'start' || keys[1] !== 'end' || keys[2] !== 'text' || keys[3] !== 'type') return -1;
  const bits: Record<string, number> = { evidence: LITERAL_EVIDENCE, descriptors: LITERAL_DESCRIPTORS, name: LITERAL_NAME, entity: LITERAL_ENTITY };
  let mask = 0;
  let last = 0;
  for (let i = 4; i < keys.length; i++) {
    const bit = bits[keys[i]];
    if (bit === undefined || bit <= last) return -1;
    mask |= bit;
    last = bit;
  }
  return mask;
}

export function createShapeTable(): Interner['shapes'] {
  const ids = new Map<string, number>();
  const shapes: (readonly Field[])[] = [];
  const literals: number[] = [];
  return {
    intern(keys: readonly Field[]): number {
      const key = keys.join(',');
      let id = ids.get(key);
      if (id === undefined) {
        id = shapes.length;
        shapes.push([...keys]);
        literals.push(literalMask(keys));
        ids.set(key, id);
      }
      return id;
    },
    literal: (id: number) => literals[id] ?? -1,
    get(id: number): readonly Field[] {
      const shape = shapes[id];
      if (!shape) throw new RangeError(`no mention shape ${id}`);
      return shape;
    },
    get size() {
      return shapes.length;
    },
  };
}

/** A mention as the columns see it: a detected mention, resolved (with `entity`) or not. */
export type MentionLike = DetectedMention & { readonly entity?: string };

/**
 * Where each value of mention i sits in MentionColumns.data: data[i * STRIDE + field]. One interleaved
 * Int32Array per document rather than a column per field: each typed array costs a JS object and an
 * ArrayBuffer of its own, as much as a document's numbers.
 */
export const STRIDE = 8;
export const START = 0;
export const END = 1;
/** Interned surface (`text`). */
export const TEXT = 2;
/** Interned entity id, -1 for a mention not yet resolved (or an entity key whose value is undefined). */
export const ENTITY = 3;
export const EVIDENCE = 4;
export const NAME = 5;
/** Interned descriptor list. */
export const DESCRIPTORS = 6;
/** Shape number in the low 16 bits, index into ENTITY_TYPES above them. */
export const META = 7;

/**
 * One document's mentions, in the order given (resolved documents keep theirs sorted by start).
 * Offsets are UTF-16 code units; string fields hold interned numbers, -1 for an absent value.
 */
export interface MentionColumns {
  readonly length: number;
  readonly data: Int32Array;
  /** Mentions kept as objects, by position, because the columns cannot hold them exactly. */
  readonly kept: ReadonlyMap<number, MentionLike> | undefined;
  /** Length (end - start) of the longest mention, so a lookup knows how far back a span can reach. */
  readonly longest: number;
}

/** Start offset of mention i. */
export const startOf = (c: MentionColumns, i: number): number => c.data[i * STRIDE + START];
/** End offset (exclusive) of mention i. */
export const endOf = (c: MentionColumns, i: number): number => c.data[i * STRIDE + END];

const INT32_MAX = 2 ** 31 - 1;
const isOffset = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= INT32_MAX && !Object.is(v, -0);
const optionalString = (v: unknown) => v === undefined || typeof v === 'string';

const hasOwn = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/** Whether the columns can hold the mention's values (keys aside). */
function packableValues(m: unknown): m is MentionLike {
  if (typeof m !== 'object' || m === null || Object.getPrototypeOf(m) !== Object.prototype) return false;
  const o = m as Record<string, unknown>;
  if (!isOffset(o.start) || !isOffset(o.end) || typeof o.text !== 'string' || !ENTITY_TYPES.includes(o.type as EntityType)) return false;
  if (!optionalString(o.evidence) || !optionalString(o.name) || !optionalString(o.entity)) return false;
  const d = o.descriptors;
  if (d !== undefined) {
    if (!Array.isArray(d) || Object.getPrototypeOf(d) !== Array.prototype) return false;
    for (let i = 0; i < d.length; i++) if (typeof d[i] !== 'string') return false;
  }
  return true;
}

/**
 * How packMentions learns a mention's keys. 'exact': read them (Object.keys), so a rebuilt mention has
 * the same keys in the same order and one with an unknown key is kept as it is. 'known': test each
 * field of FIELDS with hasOwnProperty and rebuild in FIELDS order (the order the annotator and the
 * resolver write them). Reading the keys fills the enum cache of the object's hidden class: nothing
 * when mentions share hidden classes, about a hundred bytes per mention when each object has its own,
 * as objects copied by spreading do; the index reads resolved mentions with 'known' for that reason.
 */
export type KeyReading = 'exact' | 'known';

/** ResolvedMention has no field outside FIELDS: adding one to the type fails here until FIELDS has it. */
const everyFieldKnown: Exclude<keyof MentionLike, Field> extends never ? true : false = true;

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Packs mentions into columns; never modifies them. */
export function packMentions(mentions: readonly MentionLike[], interner: Interner, keys: KeyReading = 'exact'): MentionColumns {
  const n = mentions.length;
  const data = new Int32Array(n * STRIDE).fill(-1);
  let kept: Map<number, MentionLike> | undefined;
  let longest = 0;
  let lastKeys: string[] | undefined;
  let lastShape = -1;
  const byMask = new Map<number, number>();
  const { strings, lists } = interner;
  for (let i = 0; i < n; i++) {
    const m = mentions[i];
    const at = i * STRIDE;
    const span = m && typeof m.start === 'number' && typeof m.end === 'number' ? m.end - m.start : 0;
    if (span > longest) longest = span;
    let shape = -1;
    if (!everyFieldKnown || !packableValues(m)) {
      shape = -1;
    } else if (keys === 'known') {
      let mask = 0;
      for (let f = 0; f < FIELDS.length; f++) if (hasOwn(m, FIELDS[f])) mask |= 1 << f;
      shape = byMask.get(mask) ?? -1;
      if (shape < 0) byMask.set(mask, (shape = interner.shapes.intern(FIELDS.filter((_, f) => mask & (1 << f)))));
    } else {
      // Mentions of one document nearly always share one shape: compare with the last before interning.
      const own = Object.keys(m);
      if (!own.every((k) => FIELD_SET.has(k))) shape = -1;
      else if (lastKeys && sameKeys(own, lastKeys)) shape = lastShape;
      else {
        shape = interner.shapes.intern(own as Field[]);
        lastKeys = own;
        lastShape = shape;
      }
    }
    if (shape < 0 || shape > 0xffff) {
      (kept ??= new Map()).set(i, m);
      // Keep the offsets searchable; a kept mention is still found by position.
      data[at + START] = m && isOffset(m.start) ? m.start : 0;
      data[at + END] = m && isOffset(m.end) ? m.end : data[at + START];
      data[at + META] = 0;
      continue;
    }
    data[at + START] = m.start;
    data[at + END] = m.end;
    data[at + TEXT] = strings.intern(m.text);
    if (m.entity !== undefined) data[at + ENTITY] = strings.intern(m.entity);
    if (m.evidence !== undefined) data[at + EVIDENCE] = strings.intern(m.evidence);
    if (m.name !== undefined) data[at + NAME] = strings.intern(m.name);
    if (m.descriptors !== undefined) data[at + DESCRIPTORS] = lists.intern(m.descriptors);
    data[at + META] = shape | (ENTITY_TYPES.indexOf(m.type) << 16);
  }
  return { length: n, data, kept, longest };
}

/** The mention at position i as an object equal (deepStrictEqual, same key order) to the one packed. */
export function unpackMention(c: MentionColumns, i: number, interner: Interner): MentionLike {
  const kept = c.kept?.get(i);
  if (kept) return kept;
  const { strings, lists } = interner;
  const d = c.data;
  const at = i * STRIDE;
  const shape = d[at + META] & 0xffff;
  const type = ENTITY_TYPES[d[at + META] >>> 16];
  if (type === undefined) throw new RangeError(`no entity type ${d[at + META] >>> 16}`);
  const start = d[at + START];
  const end = d[at + END];
  const text = strings.get(d[at + TEXT]);
  const evidence = d[at + EVIDENCE] < 0 ? undefined : strings.get(d[at + EVIDENCE]);
  const descriptors = d[at + DESCRIPTORS] < 0 ? undefined : lists.get(d[at + DESCRIPTORS]);
  const name = d[at + NAME] < 0 ? undefined : strings.get(d[at + NAME]);
  const entity = d[at + ENTITY] < 0 ? undefined : strings.get(d[at + ENTITY]);
  const mask = interner.shapes.literal(shape);
  if (mask >= 0) return literal(mask, start, end, text, type, evidence, descriptors, name, entity);
  const o: Record<string, unknown> = {};
  for (const key of interner.shapes.get(shape)) {
    switch (key) {
      case 'start': o.start = start; break;
      case 'end': o.end = end; break;
      case 'text': o.text = text; break;
      case 'type': o.type = type; break;
      case 'evidence': o.evidence = evidence; break;
      case 'descriptors': o.descriptors = descriptors; break;
      case 'name': o.name = name; break;
      case 'entity': o.entity = entity; break;
    }
  }
  return o as unknown as MentionLike;
}

/**
 * Object literals, one per combination of optional fields in FIELDS order: objects built by a literal
 * share one hidden class per combination, where objects grown key by key or made by spreading can
 * each get their own (hundreds of bytes apiece at this scale).
 */
function literal(mask: number, start: number, end: number, text: string, type: EntityType, evidence: string | undefined, descriptors: readonly string[] | undefined, name: string | undefined, entity: string | undefined): MentionLike {
  switch (mask) {
    case 0: return { start, end, text, type };
    case 1: return { start, end, text, type, evidence };
    case 2: return { start, end, text, type, descriptors };
    case 3: return { start, end, text, type, evidence, descriptors };
    case 4: return { start, end, text, type, name };
    case 5: return { start, end, text, type, evidence, name };
    case 6: return { start, end, text, type, descriptors, name };
    case 7: return { start, end, text, type, evidence, descriptors, name };
    case 8: return { start, end, text, type, entity };
    case 9: return { start, end, text, type, evidence, entity };
    case 10: return { start, end, text, type, descriptors, entity };
    case 11: return { start, end, text, type, evidence, descriptors, entity };
    case 12: return { start, end, text, type, name, entity };
    case 13: return { start, end, text, type, evidence, name, entity };
    case 14: return { start, end, text, type, descriptors, name, entity };
    default: return { start, end, text, type, evidence, descriptors, name, entity };
  }
}

/** The surface of the mention at position i, without building the object. */
export function mentionText(c: MentionColumns, i: number, interner: Interner): string {
  const kept = c.kept?.get(i);
  return kept ? String(kept.text) : interner.strings.get(c.data[i * STRIDE + TEXT]);
}

/** Interned surface of mention i, or -1 for a mention kept as an object. */
export function textIdOf(c: MentionColumns, i: number): number {
  return c.kept?.has(i) ? -1 : c.data[i * STRIDE + TEXT];
}

/** Interned entity id of mention i, or -1 (a kept mention's entity is looked up, never added). */
export function entityIdOf(c: MentionColumns, i: number, strings: StringTable): number {
  const kept = c.kept?.get(i);
  if (kept) return typeof kept.entity === 'string' ? strings.lookup(kept.entity) : -1;
  return c.data[i * STRIDE + ENTITY];
}

/**
 * Position of the innermost mention containing offset (start <= offset < end), or -1. Mentions must be
 * sorted by start; nested ones are found because earlier mentions are checked while they could reach.
 */
export function mentionIndexAt(c: MentionColumns, offset: number): number {
  const d = c.data;
  let lo = 0;
  let hi = c.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (d[mid * STRIDE + START] <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  for (let i = found; i >= 0; i--) {
    if (offset < d[i * STRIDE + END]) return i;
    if (offset - d[i * STRIDE + START] >= c.longest) break;
  }
  return -1;
}

export function createInterner(strings: StringTable, lists: ListTable): Interner {
  return { strings, lists, shapes: createShapeTable() };
}
