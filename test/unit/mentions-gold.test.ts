// Regression guard on the seed gold: exact typed mention F1 outside boilerplate, with the project's
// scorer (optional gold neutral, altTypes accepted), so a detector change that loses quality fails CI.
import * as assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createAnnotator } from '../../src/core/annotate';
import { scoreCorpus, type GoldDocument, type PredictedDocument } from '../../src/core/eval';

describe('mentions: seed gold threshold (exact typed F1, outside boilerplate)', function () {
  this.timeout(60000);
  const dir = path.join(__dirname, '..', 'fixtures', 'gold');
  const docs: GoldDocument[] = fs.readdirSync(dir).filter((f) => /^seed_.*\.json$/.test(f)).sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as GoldDocument);
  let exact: ReturnType<typeof scoreCorpus>['mentions'][string];
  before(() => {
    const annotator = createAnnotator();
    const preds = new Map<string, PredictedDocument>();
    for (const d of docs) preds.set(d.id, { mentions: annotator.annotate(d.text).mentions, quotes: [] });
    exact = scoreCorpus(docs, preds).mentions.exact;
  });

  it('has the seed gold to score against', () => {
    assert.ok(docs.length >= 2, 'seed gold files missing');
  });
  it('overall F1 >= 0.90', () => {
    assert.ok(exact.ALL.f >= 0.9, `overall F1 ${exact.ALL.f.toFixed(3)}`);
  });
  for (const type of ['PERSON', 'ORG', 'PLACE'] as const) {
    it(`${type} F1 >= 0.85`, () => {
      const f = exact[type]?.f ?? 0;
      assert.ok(f >= 0.85, `${type} F1 ${f.toFixed(3)}`);
    });
  }
});
