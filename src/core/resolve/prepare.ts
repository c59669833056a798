// The part of resolution that depends on one document alone: which mentions are usable, how their
// names normalise, which acronyms the text defines. Computed once per document version, so an edit
// re-reads only the edited document.
import { ENTITY_TYPES, type DetectedMention, type DocumentAnnotation } from '../types';
import { documentDefinitions, type Definition } from './definitions';
import { readName } from './nameContext';
import { classOf, displayForm, isAcronym, nameWords, type NameClass } from './names';

export interface CorpusInput {
  readonly id: string;
  readonly text: string;
  readonly annotation: DocumentAnnotation;
}

export const nodeId = (cls: NameClass, key: string) => `${cls}|${key}`;

/**
 * The document index of an id scoped to its document (`<index>\u0001<node>`, as resolution scopes
 * name groups), or -1 for an id without one. Reads the leading digits without slicing the string.
 */
export function scopeIndex(id: string): number {
  let d = 0;
  let i = 0;
  for (let c = id.charCodeAt(0); c >= 48 && c <= 57; c = id.charCodeAt(++i)) d = d * 10 + (c - 48);
  return i > 0 && id.charCodeAt(i) === 1 ? d : -1;
}

export interface Parsed {
  readonly key: string;
  readonly words: string[];
  readonly acronym: boolean;
  /** The surface as entities show it (displayForm). */
  readonly display: string;
  /** Node ids of this surface as a person and as an organization or place. */
  readonly ids: Readonly<Record<NameClass, string>>;
}

export type Parser = (surface: string) => Parsed;

/** Surfaces repeat across a corpus thousands of times; each is normalised once per parser. */
export function createParser(): Parser {
  const cache = new Map<string, Parsed>();
  return (surface: string): Parsed => {
    let p = cache.get(surface);
    if (!p) {
      const words = nameWords(surface);
      const key = words.join(' ') || `#${surface}`;
      p = { key, words, acronym: isAcronym(surface), display: displayForm(surface), ids: { P: nodeId('P', key), OP: nodeId('OP', key) } };
      cache.set(surface, p);
    }
    return p;
  };
}

export interface PreparedMention {
  /** Index of the mention in its document's annotation. */
  readonly index: number;
  readonly mention: DetectedMention;
  readonly parsed: Parsed;
  readonly cls: NameClass;
}

/**
 * A document as resolution reads it. Its well-formed mentions, in annotation order, are two parallel
 * columns (`indexes`, `parsed`) rather than an object each: the incremental resolver keeps every
 * document prepared, and an object per mention of the corpus was a large share of what it kept.
 */
export interface PreparedDocument {
  readonly input: CorpusInput;
  /** Index in the annotation of each well-formed mention, in annotation order. */
  readonly indexes: Int32Array;
  /** How each of those mentions' names parse (`parsed[i]` for `indexes[i]`). */
  readonly parsed: readonly Parsed[];
  readonly definitions: readonly Definition[];
  /** The definitions as name keys: the short name's key and the long name's node. */
  readonly definitionKeys: readonly { readonly short: string; readonly long: string }[];
  /** Name group -> sorted starts of its mentions, before any cross-document move; never modified. */
  readonly localNodes: ReadonlyMap<string, readonly number[]>;
}

export function prepareDocument(input: CorpusInput, parse: Parser): PreparedDocument {
  const raw = Array.isArray(input.annotation?.mentions) ? input.annotation.mentions : [];
  const text = typeof input.text === 'string' ? input.text : '';
  const kept: number[] = [];
  const parsed: Parsed[] = [];
  const localNodes = new Map<string, number[]>();
  raw.forEach((m, index) => {
    if (!m || typeof m.text !== 'string' || !(m.end > m.start) || !ENTITY_TYPES.includes(m.type)) return;
    const surface = typeof m.name === 'string' && m.name !== '' ? m.name : m.text;
    const p = parseInContext(text, m, surface, index, parse);
    kept.push(index);
    parsed.push(p);
    const id = p.ids[classOf(m.type)];
    const starts = localNodes.get(id);
    if (starts) starts.push(m.start); else localNodes.set(id, [m.start]);
  });
  const definitions = documentDefinitions(text, input.annotation, (x) => parse(x).acronym);
  for (const starts of localNodes.values()) starts.sort((a, b) => a - b);
  const definitionKeys = definitions.map((def) => ({ short: parse(def.short).key, long: nodeId('OP', parse(def.long).key) }));
  return { input, indexes: Int32Array.from(kept), parsed, definitions, definitionKeys, localNodes };
}

/** The i-th well-formed mention of the document (0 <= i < indexes.length). */
export function mentionAt(doc: PreparedDocument, i: number): DetectedMention {
  return doc.input.annotation.mentions[doc.indexes[i]];
}

/** The document's well-formed mentions as objects, for the few callers that handle one document. */
export function preparedMentions(doc: PreparedDocument): PreparedMention[] {
  const out: PreparedMention[] = [];
  for (let i = 0; i < doc.indexes.length; i++) {
    const mention = mentionAt(doc, i);
    out.push({ index: doc.indexes[i], mention, parsed: doc.parsed[i], cls: classOf(mention.type) });
  }
  return out;
}

/**
 * The mention's name as its text reads it (nameContext.ts): a region of a place is named with its
 * compass word ("northern Italy"); a fragment of a longer name is a name group of its own, with no
 * words for any alias rule or cross-document key to use (its key holds the mention's index, so it is
 * stable while prose around it changes).
 */
function parseInContext(text: string, m: DetectedMention, surface: string, index: number, parse: Parser): Parsed {
  const reading = readName(text, m);
  if (reading.kind === 'name') return parse(surface);
  if (reading.kind === 'region') return parse(`${reading.modifier} ${surface}`);
  const own = parse(surface);
  const key = `${own.key}\u0002${index}`;
  return { key, words: [], acronym: false, display: own.display, ids: { P: nodeId('P', key), OP: nodeId('OP', key) } };
}

export function compareInputIds(a: { readonly id: string }, b: { readonly id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
