// The part of resolution that depends on one document alone: which mentions are usable, how their
// names normalise, which acronyms the text defines. Computed once per document version, so an edit
// re-reads only the edited document.
import { ENTITY_TYPES, type DetectedMention, type DocumentAnnotation } from '../types';
import { documentDefinitions, type Definition } from './definitions';
import { classOf, isAcronym, nameWords, type NameClass } from './names';

export interface CorpusInput {
  readonly id: string;
  readonly text: string;
  readonly annotation: DocumentAnnotation;
}

export const nodeId = (cls: NameClass, key: string) => `${cls}|${key}`;

export interface Parsed {
  readonly key: string;
  readonly words: string[];
  readonly acronym: boolean;
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
      p = { key, words, acronym: isAcronym(surface), ids: { P: nodeId('P', key), OP: nodeId('OP', key) } };
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

export interface PreparedDocument {
  readonly input: CorpusInput;
  /** Well-formed mentions only, in annotation order. */
  readonly mentions: readonly PreparedMention[];
  readonly definitions: readonly Definition[];
}

export function prepareDocument(input: CorpusInput, parse: Parser): PreparedDocument {
  const raw = Array.isArray(input.annotation?.mentions) ? input.annotation.mentions : [];
  const mentions: PreparedMention[] = [];
  raw.forEach((m, index) => {
    if (!m || typeof m.text !== 'string' || !(m.end > m.start) || !ENTITY_TYPES.includes(m.type)) return;
    mentions.push({ index, mention: m, parsed: parse(m.text), cls: classOf(m.type) });
  });
  const text = typeof input.text === 'string' ? input.text : '';
  const definitions = documentDefinitions(text, input.annotation, (x) => parse(x).acronym);
  return { input, mentions, definitions };
}

export function compareInputIds(a: { readonly id: string }, b: { readonly id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
