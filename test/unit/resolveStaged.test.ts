// resolveCorpusStaged (the bench's stage timings) reports each stage once, in order, and returns exactly
// what resolveCorpus returns. Generated corpus of invented names (fast-check), so no result is written here.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { resolveCorpus, resolveCorpusStaged, type CorpusInput, type ResolveStage } from '../../src/core/resolve';
import type { DetectedMention, EntityType } from '../../src/core/types';

const NAMES: readonly (readonly [string, EntityType])[] = [
  ['Talia Vorne', 'PERSON'], ['Vorne', 'PERSON'], ['Talia', 'PERSON'], ['Brisk Vorne', 'PERSON'], ['Quarry Harbor Authority', 'ORG'], ['QHA', 'ORG'],
  ['Ostmark', 'PLACE'], ['Main Street', 'PLACE'], ['Council', 'ORG'], ['Ostmark Grain Board', 'ORG'], ['OGB', 'ORG'], ['Pellin', 'ORG'],
];

/** A document naming `picks` in turn; `define` defines each acronym by the long name before it. */
function build(id: string, picks: readonly number[], define: boolean): CorpusInput {
  let text = '';
  const mentions: DetectedMention[] = [];
  const definitions: { short: string; long: string }[] = [];
  for (const n of picks) {
    const [name, type] = NAMES[n];
    text += 'Then ';
    mentions.push({ start: text.length, end: text.length + name.length, text: name, type });
    text += `${name} spoke. `;
    if (define && (name === 'QHA' || name === 'OGB')) definitions.push({ short: name, long: NAMES[n - 1][0] });
  }
  return { id, text, annotation: { mentions, quotes: [], definitions } };
}

const corpus = fc.array(fc.tuple(fc.array(fc.nat(NAMES.length - 1), { minLength: 1, maxLength: 8 }), fc.boolean()), { minLength: 1, maxLength: 6 })
  .map((docs) => docs.map(([picks, define], i) => build(`d${i}`, picks, define)));

describe('resolveCorpusStaged', () => {
  it('reports prepare, within-document, cross-document and entities once each, in order', () => {
    const stages: ResolveStage[] = [];
    resolveCorpusStaged([build('a', [0, 1, 4, 5], true), build('b', [1, 6, 5], false)], (s) => stages.push(s));
    assert.deepEqual(stages, ['prepare', 'within-document', 'cross-document', 'entities']);
  });

  it('returns what resolveCorpus returns on generated corpora', () => {
    fc.assert(fc.property(corpus, (docs) => {
      const staged = resolveCorpusStaged(docs, () => undefined);
      const plain = resolveCorpus(docs);
      assert.deepEqual(JSON.parse(JSON.stringify({ d: staged.documents, e: [...staged.entities] })), JSON.parse(JSON.stringify({ d: plain.documents, e: [...plain.entities] })));
    }), { numRuns: 60 });
  });
});
