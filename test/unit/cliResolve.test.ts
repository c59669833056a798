// The CLI resolves and curates without the corpus index when the resolver is incremental
// (resolveAndCurate): the corpus and the curation report must equal the index's, which the editor uses.
import assert from 'node:assert/strict';
import { createAnnotator } from '../../src/core/annotate';
import { createCorpusIndex } from '../../src/core/corpus';
import type { Resolver } from '../../src/core/corpus/resolver';
import type { Curation } from '../../src/core/curation/types';
import { resolveCorpus } from '../../src/core/resolve';
import { resolveAndCurate } from '../../src/node/cli/run';
import { testResolver } from './corpusTestKit';

const TEXTS: Record<string, string> = {
  'b/second.txt': 'Marisol Quenby, the port director of Vellhaven, said on Monday that the Drummore Freight Company would hire. "We are ready," Quenby said.',
  'a/first.txt': 'Tobiah Renwick met Marisol Quenby in Lisbon. Renwick later told the Harlow Institute that talks would go on.',
  'c/third.txt': 'Quenby visited the Harlow Institute in Lisbon with Ezra Pellow of Drummore Freight.',
  // Given twice: the later text replaces the earlier, as in the index.
  'a/first.txt ': 'A note with no names.',
};

describe('cli: resolution and curation without the corpus index', () => {
  const annotator = createAnnotator();
  // Input order is not reading order; one id comes twice.
  const annotated = Object.entries(TEXTS).map(([id, text]) => ({ doc: { id: id.trim(), text }, annotation: annotator.annotate(text) }));

  const viaIndex = (resolve: Resolver, curation: Curation | undefined) => {
    const index = createCorpusIndex({ resolve, curation: () => curation });
    for (const { doc, annotation } of annotated) index.set(doc.id, doc.text, annotation);
    return { corpus: index.snapshot(), report: index.curationReport() };
  };

  it('gives the corpus and report the index gives, with and without corrections', () => {
    const plain = resolveAndCurate(annotated, resolveCorpus, undefined);
    assert.deepEqual(plain, viaIndex(resolveCorpus, undefined));
    assert.deepEqual(plain.corpus.documents.map((d) => d.id), ['a/first.txt', 'b/second.txt', 'c/third.txt'], 'reading order');
    const quenby = [...plain.corpus.entities.values()].find((e) => e.name === 'Marisol Quenby');
    assert.ok(quenby, 'the test corpus names her');
    const curation = {
      version: 1,
      corrections: [
        { seq: 1, op: 'rename', entity: { id: quenby.id, name: 'Marisol Quenby' }, name: 'Director Quenby' },
        { seq: 2, op: 'rename', entity: { name: 'Nobody Atall' }, name: 'Still Nobody' },
      ],
    } as unknown as Curation;
    const curated = resolveAndCurate(annotated, resolveCorpus, curation);
    assert.deepEqual(curated, viaIndex(resolveCorpus, curation));
    assert.ok([...curated.corpus.entities.values()].some((e) => e.name === 'Director Quenby'), 'the rename applied');
    assert.deepEqual(curated.report.results.map((r) => r.status), viaIndex(resolveCorpus, curation).report.results.map((r) => r.status));
  });

  it('goes through the index with a resolver that is not incremental', () => {
    const resolve = testResolver();
    assert.equal(resolve.incremental, undefined);
    assert.deepEqual(resolveAndCurate(annotated, resolve, undefined), viaIndex(resolve, undefined));
  });
});
