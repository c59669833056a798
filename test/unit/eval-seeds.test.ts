// Targets on the seed gold with the real pipeline (detector + quotes + resolver). These depend on the
// mention detector as well: a failure names the measure that fell short.
import * as assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createAnnotator } from '../../src/core/annotate';
import { scoreCorpus, toPrediction, type EvalResult, type GoldDocument } from '../../src/core/eval';
import { resolveCorpus } from '../../src/core/resolve';

const GOLD_DIR = path.join(__dirname, '..', 'fixtures', 'gold');

describe('seed gold with the real pipeline', function () {
  this.timeout(120000);
  let result: EvalResult;

  before(() => {
    const gold = fs.readdirSync(GOLD_DIR).filter((f) => /^seed_.*\.json$/.test(f)).sort()
      .map((f) => JSON.parse(fs.readFileSync(path.join(GOLD_DIR, f), 'utf8')) as GoldDocument);
    assert.equal(gold.length, 2);
    const annotator = createAnnotator();
    const corpus = resolveCorpus(gold.map((g) => ({ id: g.id, text: g.text, annotation: annotator.annotate(g.text) })));
    result = scoreCorpus(gold, new Map(corpus.documents.map((d) => [d.id, toPrediction(d)])));
  });

  it('merges at least 90% of the alias pairs', () => {
    assert.ok(result.clusters.aliasPairs >= 10, `only ${result.clusters.aliasPairs} alias pairs were found exactly`);
    assert.ok(result.clusters.aliasRecall >= 0.9, `alias merge rate ${result.clusters.aliasRecall.toFixed(3)} (${result.clusters.aliasMerged}/${result.clusters.aliasPairs})`);
  });

  it('finds the full quotes with F1 >= 0.95 and precision >= 0.90, scare quotes counted against it', () => {
    const { overlap, strict } = result.quotes;
    assert.ok(overlap.f >= 0.95, `quote F1 ${overlap.f.toFixed(3)}`);
    assert.ok(overlap.p >= 0.9, `quote precision ${overlap.p.toFixed(3)}`);
    assert.ok(strict.p >= 0.9, `strict quote precision ${strict.p.toFixed(3)}`);
  });

  it('attributes all 12 full quotes to the right speaker', () => {
    assert.equal(result.speaker.gold, 12);
    assert.equal(result.speaker.correct, 12, `${result.speaker.correct}/12 speakers right`);
  });
});
