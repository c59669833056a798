// Canonicalizing data decoded from a thread message (src/core/corpus/canonical.ts): the result is equal
// to what came in, key order included, and equal values are shared (one copy per distinct value).
import * as assert from 'node:assert/strict';
import { createCanonicalizer } from '../../src/core/corpus/canonical';
import type { DocumentAnnotation, Entity } from '../../src/core/types';

const ANNOTATION: DocumentAnnotation = {
  mentions: [
    { start: 0, end: 13, text: 'Ysolde Marrin', type: 'PERSON', evidence: 'full', descriptors: ['harbour pilot'] },
    { start: 40, end: 46, text: 'Marrin', type: 'PERSON', evidence: 'surname', descriptors: ['harbour pilot'] },
    { start: 60, end: 73, text: 'Quillby Board', type: 'ORG', name: 'the Quillby Board' },
    // A key the columns do not know: kept as it is.
    { start: 80, end: 86, text: 'Ostend', type: 'PLACE', extra: 1 } as unknown as DocumentAnnotation['mentions'][number],
  ],
  quotes: [{ start: 100, end: 120, text: '"We sail at dawn."', kind: 'indirect', speakerMention: 1, speakerText: 'Marrin', cue: 'said' }],
  definitions: [{ short: 'QB', long: 'Quillby Board' }],
};

describe('canonical copies of decoded messages', () => {
  it('gives an annotation equal to the one sent, with the same keys in the same order', () => {
    const c = createCanonicalizer();
    const decoded = structuredClone(ANNOTATION);
    const out = c.annotation(decoded);
    assert.deepStrictEqual(out, ANNOTATION);
    assert.equal(JSON.stringify(out), JSON.stringify(ANNOTATION));
    // A new annotation object: the caller's mention list is not replaced.
    assert.notEqual(out, decoded);
    assert.equal(decoded.mentions.length, ANNOTATION.mentions.length);
  });

  it('shares equal values: one descriptor list for equal lists, across documents', () => {
    const c = createCanonicalizer();
    const a = c.annotation(structuredClone(ANNOTATION));
    const b = c.annotation(structuredClone(ANNOTATION));
    assert.equal(a.mentions[0].descriptors, a.mentions[1].descriptors);
    assert.equal(a.mentions[0].descriptors, b.mentions[1].descriptors);
    // The unusual mention is the decoded object itself, unchanged.
    assert.deepStrictEqual(a.mentions[3], ANNOTATION.mentions[3]);
  });

  it('canonicalizes every string of a nested entity in place and keeps it equal', () => {
    const c = createCanonicalizer();
    const entity: Entity = {
      id: 'P:marrin', type: 'PERSON', name: 'Ysolde Marrin', aliases: ['Ysolde Marrin', 'Marrin'], descriptors: ['harbour pilot'],
      reasons: [{ alias: 'Marrin', target: 'Ysolde Marrin', rule: 'surname' } as unknown as Entity['reasons'][number]],
    };
    const decoded = structuredClone(entity);
    assert.equal(c.entity(decoded), decoded);
    assert.deepStrictEqual(decoded, entity);
    assert.ok(c.size >= 5);
  });

  it('leaves values that are not plain data alone', () => {
    const c = createCanonicalizer();
    const when = new Date(0);
    const tree = { at: when, list: ['x', 1, null], nested: { s: 'y' } };
    c.strings(tree);
    assert.equal(tree.at, when);
    assert.deepStrictEqual(tree, { at: new Date(0), list: ['x', 1, null], nested: { s: 'y' } });
  });
});
