// The synthetic archive behind `npm run bench` and `npm run test:scale` must be reproducible from its
// seed (so runs on different days measure the same text) and shaped like news: several thousand
// characters per document, with entities shared across documents.
import * as assert from 'node:assert/strict';
import { generateScaleCorpus } from '../../scripts/scale-corpus';

describe('scale corpus generator', () => {
  it('gives the same documents for the same seed, and others for another seed', () => {
    const a = generateScaleCorpus({ docs: 30, seed: 7 });
    assert.deepEqual(generateScaleCorpus({ docs: 30, seed: 7 }), a);
    assert.notDeepEqual(generateScaleCorpus({ docs: 30, seed: 8 }).map((d) => d.text), a.map((d) => d.text));
    assert.equal(new Set(a.map((d) => d.name)).size, 30);
    assert.equal(new Set(a.map((d) => d.text)).size, 30, 'distinct documents');
  });

  it('writes news-length documents whose names recur across documents', () => {
    const docs = generateScaleCorpus({ docs: 40, seed: 3 });
    for (const d of docs) assert.ok(d.text.length > 3000 && d.text.length < 6000, `${d.name}: ${d.text.length} characters`);
    // Full names introduced as "First Last, the role of ..."; the same person turns up in several documents.
    const introduced = new Map<string, number>();
    for (const d of docs) {
      for (const m of new Set(d.text.match(/[A-Z][a-z]+ [A-Z][a-z]+(?=, the )/gu) ?? [])) introduced.set(m, (introduced.get(m) ?? 0) + 1);
    }
    assert.ok([...introduced.values()].some((n) => n >= 3), 'some person appears in three or more documents');
  });
});
