// The resolve worker's wire (src/server/resolveWorker.ts): entities are told apart by a 53-bit hash of
// their JSON, and answers decoded on the request thread are canonical copies equal to what was sent.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { hash53 } from '../../src/core/hash53';
import { canonicalAnswers, type FromResolver } from '../../src/server/resolveWorker';

describe('resolve worker wire', () => {
  it('hash53 is deterministic, an integer below 2^53, and tells different strings apart', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 60 }), (a, b) => {
      const h = hash53(a);
      assert.equal(h, hash53(a));
      assert.ok(Number.isSafeInteger(h) && h >= 0);
      if (a !== b) assert.notEqual(h, hash53(b));
    }), { numRuns: 2000 });
    // One code unit changed anywhere in a long entity's JSON changes the hash.
    const json = JSON.stringify({ id: 'P:quillon', name: 'Maren Quillon', aliases: Array.from({ length: 200 }, (_, i) => `Quillon ${i}`) });
    for (let i = 0; i < json.length; i += 97) assert.notEqual(hash53(json), hash53(json.slice(0, i) + '\u0001' + json.slice(i + 1)));
  });

  it('decodes answers into equal data with shared strings', () => {
    const decode = canonicalAnswers();
    const sent: FromResolver = {
      t: 'documents', pass: 3,
      documents: [{
        id: 'file:///a.txt',
        mentions: [{ start: 0, end: 12, text: 'Maren Quillon', type: 'PERSON', evidence: 'full', entity: 'P:quillon' }],
        quotes: [{ start: 20, end: 30, text: '"Enough."', kind: 'full', speakerMention: 0, speakerText: 'Quillon', cue: 'said', speaker: 'P:quillon' }],
      }],
    };
    assert.deepStrictEqual(decode(structuredClone(sent)), sent);
    const done: FromResolver = { t: 'done', pass: 3, order: ['file:///a.txt'], entityOrder: ['P:quillon'], ms: 4 };
    assert.deepStrictEqual(decode(structuredClone(done)), done);
  });
});
