// Property: after any sequence of additions, edits and removals, the incremental resolver's snapshot is
// exactly a fresh resolveCorpus of the same documents. The sentences put names where the words around
// them change what they name (a fragment of a longer name, a region of a place, a road number), so an
// edit of the prose alone can change a document's entities: the quick path must notice. Names invented.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { createIncrementalResolver, resolveCorpus, type CorpusInput } from '../../src/core/resolve';
import type { DetectedMention, EntityType } from '../../src/core/types';

/** Sentence templates: `{}` is where the name goes. */
const FRAMES = ['Later {} left.', 'Goods came from Bright {} too.', 'Floods hit northern {} again.', 'Take {} 41 north.', 'It rained. {} was wet.', 'The Horn of {} is dry.'];
const NAMES: readonly (readonly [string, EntityType])[] = [
  ['Varnia', 'PLACE'], ['ZR', 'PLACE'], ['Zyra Quell', 'PERSON'], ['Quell', 'PERSON'], ['Ostrava Holdings', 'ORG'], ['OH', 'ORG'],
  ['New York', 'PLACE'], ['Tarn Valley Council', 'ORG'], ['Council', 'ORG'],
];

type Sentence = readonly [frame: number, name: number];

function build(id: string, sentences: readonly Sentence[]): CorpusInput {
  let text = '';
  const mentions: DetectedMention[] = [];
  for (const [f, n] of sentences) {
    const [name, type] = NAMES[n];
    const frame = FRAMES[f];
    const at = frame.indexOf('{}');
    const start = text.length + at;
    mentions.push({ start, end: start + name.length, text: name, type });
    text += `${frame.slice(0, at)}${name}${frame.slice(at + 2)} `;
  }
  return { id, text, annotation: { mentions, quotes: [], definitions: [] } };
}

const sentence = fc.tuple(fc.nat(FRAMES.length - 1), fc.nat(NAMES.length - 1));
const op = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), doc: fc.nat(5), sentences: fc.array(sentence, { minLength: 1, maxLength: 6 }) }),
  // The same names in the same order, other frames around them: the edit the quick path takes.
  fc.record({ kind: fc.constant('reframe' as const), doc: fc.nat(5), frames: fc.array(fc.nat(FRAMES.length - 1), { minLength: 6, maxLength: 6 }) }),
  fc.record({ kind: fc.constant('remove' as const), doc: fc.nat(5) }),
);

describe('incremental resolver: property against a fresh resolution', () => {
  it('equals resolveCorpus after any sequence of changes, including prose edits that change what a name reads as', function () {
    this.timeout(120000);
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 12 }), (ops) => {
        const resolver = createIncrementalResolver();
        const docs = new Map<string, readonly Sentence[]>();
        for (const o of ops) {
          const id = `doc-${o.doc}`;
          if (o.kind === 'remove') {
            docs.delete(id);
            resolver.remove(id);
            continue;
          }
          const before = docs.get(id);
          if (o.kind === 'reframe' && !before) continue;
          const sentences = o.kind === 'set' ? o.sentences : (before as readonly Sentence[]).map(([, n], i): Sentence => [o.frames[i % o.frames.length], n]);
          docs.set(id, sentences);
          resolver.set(build(id, sentences));
          const fresh = resolveCorpus([...docs].map(([k, s]) => build(k, s)));
          assert.deepEqual(resolver.snapshot(), fresh);
        }
      }),
      { numRuns: 150, seed: 8 },
    );
  });
});
