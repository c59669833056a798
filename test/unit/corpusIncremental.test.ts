// The index keeps one incremental resolver and patches its lookup tables when an edit touched few
// documents; every answer must equal that of an index built from scratch over the same documents.
import * as assert from 'node:assert/strict';
import { createDefaultCorpusIndex } from '../../src/core/corpus/default';
import type { CuratedCorpusIndex } from '../../src/core/corpus';
import type { DocumentAnnotation, EntityType } from '../../src/core/types';
import { annotation } from './corpusTestKit';

const NAMES: readonly (readonly [string, EntityType])[] = [
  ['Ann Smith', 'PERSON'], ['Tom Smith', 'PERSON'], ['Smith', 'PERSON'], ['Bo Diallo', 'PERSON'], ['Diallo', 'PERSON'],
  ['Acme Corporation', 'ORG'], ['Acme', 'ORG'], ['Lyon', 'PLACE'], ['Britain', 'PLACE'], ['United Kingdom', 'PLACE'],
];

function random(seed: number): (n: number) => number {
  let s = seed;
  return (n: number) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return Math.floor((s / 2147483648) * n);
  };
}

function text(rand: (n: number) => number): string {
  const parts: string[] = [];
  for (let i = 0, n = 1 + rand(6); i < n; i++) {
    const [name] = NAMES[rand(NAMES.length)];
    parts.push(rand(3) === 0 ? `"We are done," ${name} said.` : `Later ${name} left.`);
  }
  return parts.join(' ');
}

function annotate(t: string): DocumentAnnotation {
  const first = NAMES.find(([name]) => t.includes(`," ${name} said`));
  return annotation(t, NAMES, first && t.includes('"We are done,"') ? [{ text: '"We are done,"', speaker: first[0] }] : []);
}

/** Everything the editor asks, for every entity and every mention position. */
function answers(index: CuratedCorpusIndex) {
  const corpus = index.snapshot();
  const out: unknown[] = [];
  for (const id of [...corpus.entities.keys()].sort()) {
    out.push(id, index.mentionsOf(id), index.summary(id));
    const first = index.mentionsOf(id)[0];
    if (first) out.push(index.nextMention(id, first.documentId, first.mention.start, 1), index.nextMention(id, first.documentId, first.mention.start, -1));
  }
  for (const doc of corpus.documents) {
    out.push(index.document(doc.id));
    for (const m of doc.mentions) out.push(index.mentionAt(doc.id, m.start));
    for (const q of doc.quotes) out.push(index.quoteAt(doc.id, q.start));
  }
  out.push(index.findEntities('smith'), index.findEntities(''));
  return out;
}

describe('corpus index: incremental updates', () => {
  it('answers like a fresh index after edits in prose, edits of names, additions and removals', function () {
    this.timeout(60000);
    const rand = random(7);
    const texts = new Map<string, string>();
    const index = createDefaultCorpusIndex();
    const put = (id: string, t: string) => {
      texts.set(id, t);
      index.set(id, t, annotate(t));
    };
    for (let i = 0; i < 12; i++) put(`d${i}.txt`, text(rand));
    for (let step = 0; step < 60; step++) {
      const ids = [...texts.keys()];
      const id = ids[rand(ids.length)];
      const op = rand(6);
      // Mostly prose typed in front of the names, the edit that keeps entities as they are.
      if (op < 3) put(id, `${'so '.repeat(1 + rand(3))}${texts.get(id) as string}`);
      else if (op === 3) put(id, text(rand));
      else if (op === 4) put(`d${12 + rand(20)}.txt`, text(rand));
      else if (ids.length > 2) {
        texts.delete(id);
        index.remove(id);
      }
      // Ask only sometimes, so that some views are skipped and some tables never built.
      if (rand(3) === 0) continue;
      const fresh = createDefaultCorpusIndex();
      for (const [k, t] of texts) fresh.set(k, t, annotate(t));
      assert.deepEqual(answers(index), answers(fresh), `step ${step}`);
    }
  });
});
