// One copy of each string and compact objects for data that arrived as a structured clone (a message
// between threads). A clone makes a new string for every string value and objects grown key by key
// (their fields in a separate property array): at 1,000 synthetic news documents, 36 of the language
// server's 55 MB of strings were copies ("PERSON" 33,000 times, each link reason and cue word once per
// use), and the resolve worker kept a second such copy of every document. Canonicalizing on arrival
// keeps one string per distinct value and rebuilds mentions as object literals (mentionColumns.ts).
import type { DocumentAnnotation, Entity } from '../types';
import { createInterner, packMentions, unpackMention, type Interner, type MentionLike } from './mentionColumns';
import { createListTable, createStringTable } from './strings';

export interface Canonicalizer {
  /** The one copy of this string kept so far (this one when new). */
  string(value: string): string;
  /**
   * Mentions equal to these (deepStrictEqual, same keys in the same order) with canonical strings, as
   * object literals; a mention the columns cannot hold exactly is returned as it is.
   */
  mentions<M extends MentionLike>(mentions: readonly M[]): M[];
  /**
   * Replaces every string in a tree of plain objects and arrays by its canonical copy, in place, and
   * returns the tree. Only for data this thread owns alone (just decoded from a message): it is mutated.
   */
  strings<T>(value: T): T;
  /**
   * Plain objects equal to these (same keys in the same order), built key by key so that objects with
   * the same keys share one hidden class, with every field inside the object (createBlankObjects), their
   * string values canonical. The resolver's quotes (the
   * detected quote spread with a speaker) had a hidden class each, 300 bytes apiece, when spread from
   * decoded objects: 77,500 of them at 3,000 documents.
   */
  objects<T extends object>(objects: readonly T[]): T[];
  /**
   * The annotation (a new object with the same keys) with canonical mentions and quotes (see
   * `objects`); its definitions are canonicalized in place.
   */
  annotation(annotation: DocumentAnnotation): DocumentAnnotation;
  /** The entity with canonical strings, in place. */
  entity(entity: Entity): Entity;
  /** Distinct strings kept. */
  readonly size: number;
}

/** Distinct strings after which the tables start over, so a long session's edits cannot grow them without end. */
const RESET_AFTER = 1_000_000;

export function createCanonicalizer(): Canonicalizer {
  let interner: Interner = createInterner(createStringTable(), createListTable());
  const fresh = () => {
    if (interner.strings.size + interner.lists.size > RESET_AFTER) interner = createInterner(createStringTable(), createListTable());
  };
  const string = (value: string) => {
    fresh();
    return interner.strings.get(interner.strings.intern(value));
  };

  function strings<T>(value: T): T {
    fresh();
    return replace(value);
  }

  function replace<T>(value: T): T {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const v: unknown = value[i];
        if (typeof v === 'string') value[i] = string(v);
        else if (typeof v === 'object' && v !== null) replace(v);
      }
    } else if (typeof value === 'object' && value !== null && (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null)) {
      const o = value as Record<string, unknown>;
      for (const key of Object.keys(o)) {
        const v = o[key];
        if (typeof v === 'string') o[key] = string(v);
        else if (typeof v === 'object' && v !== null) replace(v);
      }
    }
    return value;
  }

  function mentions<M extends MentionLike>(list: readonly M[]): M[] {
    fresh();
    const columns = packMentions(list, interner);
    const out = new Array<M>(columns.length);
    for (let i = 0; i < columns.length; i++) out[i] = unpackMention(columns, i, interner) as M;
    return out;
  }

  const blank = createBlankObjects();
  function objects<T extends object>(list: readonly T[]): T[] {
    return list.map((value) => {
      if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return value;
      const from = value as Record<string, unknown>;
      const keys = Object.keys(from);
      const to = blank(keys);
      for (const key of keys) {
        const v = from[key];
        to[key] = typeof v === 'string' ? string(v) : typeof v === 'object' && v !== null ? strings(v) : v;
      }
      return to as T;
    });
  }

  return {
    string,
    mentions,
    objects,
    strings,
    annotation(annotation) {
      if (typeof annotation !== 'object' || annotation === null || !Array.isArray(annotation.mentions)) return annotation;
      strings(annotation.definitions);
      return { ...annotation, mentions: mentions(annotation.mentions), ...(Array.isArray(annotation.quotes) ? { quotes: objects(annotation.quotes) } : {}) };
    },
    entity: (entity) => strings(entity),
    get size() {
      return interner.strings.size;
    },
  };
}

/** Distinct key lists given a constructor of their own; objects of any further list start from `{}`. */
const MAX_KEY_LISTS = 64;

/**
 * Empty plain objects (prototype Object.prototype, so equal to literals under deepStrictEqual) that
 * hold the fields added to them next inside the object. An object made as `{}` has room for four
 * fields; the rest go to a separate property array (a quote's eight fields: 120 bytes instead of 88,
 * measured with V8 12 / Node 20; 155,000 quotes at 3,000 documents). Objects made by a constructor
 * are sized by V8 to the fields the first few of them got (slack tracking), so each key list gets a
 * constructor of its own.
 */
export function createBlankObjects(): (keys: readonly string[]) => Record<string, unknown> {
  const constructors = new Map<string, new () => Record<string, unknown>>();
  return (keys) => {
    const key = keys.join('\u0000');
    let make = constructors.get(key);
    if (!make) {
      if (constructors.size >= MAX_KEY_LISTS) return {};
      make = blankConstructor();
      constructors.set(key, make);
    }
    return new make();
  };
}

function blankConstructor(): new () => Record<string, unknown> {
  // A new function object per call: V8 keeps the sizing (the initial map) per function object.
  const make = function (this: Record<string, unknown>) {
    // Fields are added by the caller.
  } as unknown as { prototype: object } & (new () => Record<string, unknown>);
  make.prototype = Object.prototype;
  return make;
}
