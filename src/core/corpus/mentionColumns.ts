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
  readonly shapes: { intern(keys: readonly Field[]): number; get(id: number): readonly Field[]; readonly size: number };
}

export function createShapeTable(): Interner['shapes'] {
  const ids = new Map<string, number>();
  const shapes: (readonly Field[])[] = [];
  return {
    intern(keys: readonly Field[]): number {
      const key = keys.join(',');
      let id = ids.get(key);
      if (id === undefined) {
        id = shapes.length;
        shapes.push([...keys]);
        ids.set(key, id);
      }
      return id;
    },
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
 * One document's mentions, in the order given (resolved documents keep theirs sorted by start).
 * Offsets are UTF-16 code units. String columns hold interned numbers, -1 for an absent value.
 */
export interface MentionColumns {
  readonly length: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Interned surface (`text`). */
  readonly texts: Int32Array;
  /** Index into ENTITY_TYPES. */
  readonly types: Uint8Array;
  /** Interned entity id, -1 for a mention not yet resolved. */
  readonly entities: Int32Array;
  readonly evidence: Int32Array;
  readonly names: Int32Array;
  /** Interned descriptor list. */
  readonly descriptors: Int32Array;
  readonly shapes: Uint16Array;
  /** Mentions kept as objects, by position, because the columns cannot hold them exactly. */
  readonly kept: ReadonlyMap<number, MentionLike> | undefined;
  /** Length (end - start) of the longest mention, so a lookup knows how far back a span can reach. */
  readonly longest: number;
}

const INT32_MAX = 2 ** 31 - 1;
const isOffset = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= INT32_MAX && !Object.is(v, -0);
const optionalString = (v: unknown) => v === undefined || typeof v === 'string';

function packable(m: unknown): m is MentionLike {
  if (typeof m !== 'object' || m === null || Object.getPrototypeOf(m) !== Object.prototype) return false;
  const o = m as Record<string, unknown>;
  for (const key of Object.keys(o)) if (!FIELD_SET.has(key)) return false;
  if (!isOffset(o.start) || !isOffset(o.end) || typeof o.text !== 'string' || !ENTITY_TYPES.includes(o.type as EntityType)) return false;
  if (!optionalString(o.evidence) || !optionalString(o.name) || !optionalString(o.entity)) return false;
  const d = o.descriptors;
  if (d !== undefined) {
    if (!Array.isArray(d) || Object.getPrototypeOf(d) !== Array.prototype) return false;
    for (let i = 0; i < d.length; i++) if (typeof d[i] !== 'string') return false;
  }
  return true;
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Packs mentions into columns; never modifies them. */
export function packMentions(mentions: readonly MentionLike[], interner: Interner): MentionColumns {
  const n = mentions.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const texts = new Int32Array(n).fill(-1);
  const types = new Uint8Array(n);
  const entities = new Int32Array(n).fill(-1);
  const evidence = new Int32Array(n).fill(-1);
  const names = new Int32Array(n).fill(-1);
  const descriptors = new Int32Array(n).fill(-1);
  const shapes = new Uint16Array(n);
  let kept: Map<number, MentionLike> | undefined;
  let longest = 0;
  let lastKeys: string[] | undefined;
  let lastShape = -1;
  const { strings, lists } = interner;
  const str = (v: string | undefined) => (v === undefined ? -1 : strings.intern(v));
  for (let i = 0; i < n; i++) {
    const m = mentions[i];
    const span = m && typeof m.start === 'number' && typeof m.end === 'number' ? m.end - m.start : 0;
    if (span > longest) longest = span;
    let shape = -1;
    if (packable(m)) {
      // Mentions of one document nearly always share one shape: compare with the last before interning.
      const keys = Object.keys(m);
      if (lastKeys && sameKeys(keys, lastKeys)) shape = lastShape;
      else {
        shape = interner.shapes.intern(keys as Field[]);
        lastKeys = keys;
        lastShape = shape;
      }
    }
    if (shape < 0 || shape > 0xffff) {
      (kept ??= new Map()).set(i, m);
      // Keep the offsets searchable; a kept mention is still found by position.
      starts[i] = m && isOffset(m.start) ? m.start : 0;
      ends[i] = m && isOffset(m.end) ? m.end : starts[i];
      continue;
    }
    starts[i] = m.start;
    ends[i] = m.end;
    texts[i] = strings.intern(m.text);
    types[i] = ENTITY_TYPES.indexOf(m.type);
    entities[i] = str(m.entity);
    evidence[i] = str(m.evidence);
    names[i] = str(m.name);
    descriptors[i] = m.descriptors === undefined ? -1 : lists.intern(m.descriptors);
    shapes[i] = shape;
  }
  return { length: n, starts, ends, texts, types, entities, evidence, names, descriptors, shapes, kept, longest };
}

/** The mention at position i as an object equal (deepStrictEqual, same key order) to the one packed. */
export function unpackMention(c: MentionColumns, i: number, interner: Interner): MentionLike {
  const kept = c.kept?.get(i);
  if (kept) return kept;
  const { strings, lists } = interner;
  const o: Record<string, unknown> = {};
  for (const key of interner.shapes.get(c.shapes[i])) {
    switch (key) {
      case 'start': o.start = c.starts[i]; break;
      case 'end': o.end = c.ends[i]; break;
      case 'text': o.text = strings.get(c.texts[i]); break;
      case 'type': o.type = ENTITY_TYPES[c.types[i]]; break;
      case 'evidence': o.evidence = c.evidence[i] < 0 ? undefined : strings.get(c.evidence[i]); break;
      case 'descriptors': o.descriptors = c.descriptors[i] < 0 ? undefined : lists.get(c.descriptors[i]); break;
      case 'name': o.name = c.names[i] < 0 ? undefined : strings.get(c.names[i]); break;
      case 'entity': o.entity = c.entities[i] < 0 ? undefined : strings.get(c.entities[i]); break;
    }
  }
  return o as unknown as MentionLike;
}

/** The surface of the mention at position i, without building the object. */
export function mentionText(c: MentionColumns, i: number, interner: Interner): string {
  const kept = c.kept?.get(i);
  return kept ? String(kept.text) : interner.strings.get(c.texts[i]);
}

/**
 * Position of the innermost mention containing offset (start <= offset < end), or -1. Mentions must be
 * sorted by start; nested ones are found because earlier mentions are checked while they could reach.
 */
export function mentionIndexAt(c: MentionColumns, offset: number): number {
  const starts = c.starts;
  let lo = 0;
  let hi = c.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid] <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  for (let i = found; i >= 0; i--) {
    if (offset < c.ends[i]) return i;
    if (offset - starts[i] >= c.longest) break;
  }
  return -1;
}

export function createInterner(strings: StringTable, lists: ListTable): Interner {
  return { strings, lists, shapes: createShapeTable() };
}
