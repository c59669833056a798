// Interning: a corpus repeats a few thousand surfaces, entity ids and cue words hundreds of thousands of
// times. Each distinct string is kept once and referred to by a small integer that fits a typed array.

/** Distinct strings numbered 0, 1, 2 … in order of first sight. */
export interface StringTable {
  /** The string's number, adding it when new. */
  intern(value: string): number;
  /** The string's number, or -1 when it was never interned (never adds). */
  lookup(value: string): number;
  /** The string with that number; throws RangeError for a number the table never gave. */
  get(id: number): string;
  readonly size: number;
}

export function createStringTable(): StringTable {
  const ids = new Map<string, number>();
  const strings: string[] = [];
  return {
    intern(value: string): number {
      let id = ids.get(value);
      if (id === undefined) {
        id = strings.length;
        strings.push(value);
        ids.set(value, id);
      }
      return id;
    },
    lookup: (value: string) => ids.get(value) ?? -1,
    get(id: number): string {
      const value = strings[id];
      if (value === undefined) throw new RangeError(`no interned string ${id}`);
      return value;
    },
    get size() {
      return strings.length;
    },
  };
}

/** Lists of strings (a mention's descriptors) numbered like strings; equal lists share one number and one array. */
export interface ListTable {
  intern(values: readonly string[]): number;
  get(id: number): readonly string[];
  readonly size: number;
}

export function createListTable(): ListTable {
  const ids = new Map<string, number>();
  const lists: (readonly string[])[] = [];
  return {
    intern(values: readonly string[]): number {
      // JSON of an array of strings is unambiguous ("a,b" and ["a","b"] differ), unlike a join.
      const key = JSON.stringify(values);
      let id = ids.get(key);
      if (id === undefined) {
        id = lists.length;
        lists.push(Object.freeze([...values]));
        ids.set(key, id);
      }
      return id;
    },
    get(id: number): readonly string[] {
      const list = lists[id];
      if (list === undefined) throw new RangeError(`no interned list ${id}`);
      return list;
    },
    get size() {
      return lists.length;
    },
  };
}
