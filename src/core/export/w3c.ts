// W3C Web Annotation (JSON-LD): one annotation per mention and per quote, each targeting its document
// with a TextPositionSelector (positions in code points, as the model requires) and a
// TextQuoteSelector (exact text with some context) so a consumer can re-anchor after edits.
import type { Entity, QuoteKind, ResolvedCorpus, ResolvedDocument } from '../types';
import { codePointOffsets } from './codePoints';

export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Context length in code points on each side of a TextQuoteSelector. */
const CONTEXT = 32;

export interface W3cExportOptions {
  /** IRI of a document (the CLI passes file: URLs); the id itself by default. */
  readonly source?: (documentId: string) => string;
}

type Json = Record<string, unknown>;

/** The tag each kind of quote gets in its annotation body. */
const QUOTE_TAGS: Readonly<Record<QuoteKind, string>> = { full: 'quote', fragment: 'quote fragment', turn: 'transcript turn', indirect: 'reported speech' };

function entityIri(id: string): string {
  return `urn:source-annotator:entity:${encodeURIComponent(id)}`;
}

function selectors(doc: ResolvedDocument, chars: readonly string[], cp: (n: number) => number, start: number, end: number): Json[] {
  const s = cp(start);
  const e = cp(end);
  return [
    { type: 'TextPositionSelector', start: s, end: e },
    {
      type: 'TextQuoteSelector',
      exact: doc.text.slice(start, end),
      prefix: chars.slice(Math.max(0, s - CONTEXT), s).join(''),
      suffix: chars.slice(e, e + CONTEXT).join(''),
    },
  ];
}

function describeSpeaker(entity: Entity | undefined, text: string | null): string {
  return `Said by ${entity?.name ?? text ?? 'unknown'}`;
}

export function documentAnnotations(doc: ResolvedDocument, entities: ResolvedCorpus['entities'], source: string): Json[] {
  const cp = codePointOffsets(doc.text);
  const chars = Array.from(doc.text);
  const base = `urn:source-annotator:annotation:${encodeURIComponent(doc.id)}`;
  const out: Json[] = [];
  for (const m of doc.mentions) {
    const entity = entities.get(m.entity);
    out.push({
      id: `${base}:mention:${cp(m.start)}-${cp(m.end)}`,
      type: 'Annotation',
      motivation: 'identifying',
      body: [
        { type: 'TextualBody', purpose: 'identifying', value: entity?.name ?? m.text },
        { type: 'TextualBody', purpose: 'classifying', value: m.type },
        { type: 'SpecificResource', purpose: 'identifying', source: entityIri(m.entity) },
      ],
      target: { source, selector: selectors(doc, chars, cp, m.start, m.end) },
    });
  }
  for (const q of doc.quotes) {
    const speaker = q.speaker != null ? entities.get(q.speaker) : undefined;
    const body: Json[] = [{ type: 'TextualBody', purpose: 'tagging', value: QUOTE_TAGS[q.kind] ?? 'quote' }];
    // The cue that attributed it ("said", "according to", "label"), for a reader to judge the attribution.
    if (q.cue) body.push({ type: 'TextualBody', purpose: 'commenting', value: `cue: ${q.cue}` });
    if (q.speaker != null) {
      body.push({ type: 'TextualBody', purpose: 'describing', value: describeSpeaker(speaker, q.speakerText) });
      body.push({ type: 'SpecificResource', purpose: 'linking', source: entityIri(q.speaker) });
    }
    out.push({
      id: `${base}:quote:${cp(q.start)}-${cp(q.end)}`,
      type: 'Annotation',
      motivation: 'tagging',
      body,
      target: { source, selector: selectors(doc, chars, cp, q.start, q.end) },
    });
  }
  return out;
}

/** The whole corpus as one AnnotationCollection with a single page. */
export function toW3cCollection(corpus: ResolvedCorpus, options: W3cExportOptions = {}): Json {
  const sourceOf = options.source ?? ((id: string) => id);
  const items = corpus.documents.flatMap((d) => documentAnnotations(d, corpus.entities, sourceOf(d.id)));
  return {
    '@context': W3C_CONTEXT,
    type: 'AnnotationCollection',
    label: 'Source Annotator: people, organizations, places and quotes',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}
