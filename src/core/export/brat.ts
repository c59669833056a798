// brat standoff: one .ann per document, beside an identical copy of its text. brat counts offsets in
// code points, checks that the text after the offsets matches the document, and needs a span that
// crosses a line break written as fragments ("0 5;6 11") whose texts are joined by single spaces.
import type { Entity, ResolvedCorpus, ResolvedDocument } from '../types';
import { codePointOffsets } from './codePoints';

/** Characters that end a line for brat's line-based file reading, plus the tab that separates fields. */
// eslint-disable-next-line no-control-regex -- these separators are exactly what must be found
const BREAK = /[\n\r\t\v\f\u001c\u001d\u001e\u0085\u2028\u2029]/;

export const BRAT_QUOTE_TYPE = 'Quote';

interface Fragment { start: number; end: number }

/** The pieces of a span between line breaks, each non-empty after trimming edge whitespace. */
export function bratFragments(text: string, start: number, end: number): Fragment[] {
  const fragments: Fragment[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i < end && !BREAK.test(text[i])) continue;
    let s = from;
    let e = i;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) fragments.push({ start: s, end: e });
    from = i + 1;
  }
  return fragments;
}

/** Note text must stay on one line and inside its field. */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- record separators would split brat's lines
  return text.replace(/[\s\u001c-\u001e\u0085\u2028\u2029]+/gu, ' ').trim();
}

function describeEntity(entity: Entity | undefined, id: string): string {
  return entity ? `${oneLine(entity.name)} [${oneLine(id)}]` : `[${oneLine(id)}]`;
}

export function toBratAnn(doc: ResolvedDocument, entities: ResolvedCorpus['entities']): string {
  const cp = codePointOffsets(doc.text);
  const lines: string[] = [];
  let t = 0;
  let notes = 0;
  let attributes = 0;
  let relations = 0;
  const spanLine = (type: string, start: number, end: number): string | undefined => {
    const fragments = bratFragments(doc.text, start, end);
    if (fragments.length === 0) return undefined;
    const offsets = fragments.map((f) => `${cp(f.start)} ${cp(f.end)}`).join(';');
    const text = fragments.map((f) => doc.text.slice(f.start, f.end)).join(' ');
    const id = `T${++t}`;
    lines.push(`${id}\t${type} ${offsets}\t${text}`);
    return id;
  };
  const mentionIds: (string | undefined)[] = doc.mentions.map((m) => {
    const id = spanLine(m.type, m.start, m.end);
    if (id) lines.push(`#${++notes}\tAnnotatorNotes ${id}\t${describeEntity(entities.get(m.entity), m.entity)}`);
    return id;
  });
  for (const q of doc.quotes) {
    const id = spanLine(BRAT_QUOTE_TYPE, q.start, q.end);
    if (!id) continue;
    lines.push(`A${++attributes}\tKind ${id} ${q.kind}`);
    if (q.speaker != null) {
      lines.push(`#${++notes}\tAnnotatorNotes ${id}\tspeaker: ${describeEntity(entities.get(q.speaker), q.speaker)}`);
      const speakerId = q.speakerMention != null ? mentionIds[q.speakerMention] : undefined;
      if (speakerId) lines.push(`R${++relations}\tSpeaker Arg1:${id} Arg2:${speakerId}`);
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}

/** annotation.conf for the export folder, so brat knows the types, the attribute and the relation. */
export function bratAnnotationConf(): string {
  return [
    '[entities]',
    'PERSON',
    'ORG',
    'PLACE',
    BRAT_QUOTE_TYPE,
    '[relations]',
    `Speaker\tArg1:${BRAT_QUOTE_TYPE}, Arg2:PERSON|ORG|PLACE`,
    // Names inside quotes overlap the quote span.
    '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
    '[events]',
    '[attributes]',
    `Kind\tArg:${BRAT_QUOTE_TYPE}, Value:full|fragment|turn|indirect`,
    '',
  ].join('\n');
}
