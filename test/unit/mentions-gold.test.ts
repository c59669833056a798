import * as assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createAnnotator } from '../../src/core/annotate';
import { emptyCounts, f1, scoreDocument, type GoldMention } from './helpers/mentionScore';

interface GoldDoc {
  readonly id: string;
  readonly text: string;
  readonly mentions: readonly GoldMention[];
  readonly boilerplateSpans?: readonly (readonly [number, number])[];
}

describe('mentions: seed gold threshold (exact typed F1, outside boilerplate)', function () {
  this.timeout(60000);
  const dir = path.join(__dirname, '..', 'fixtures', 'gold');
  const docs: GoldDoc[] = fs.readdirSync(dir).filter((f) => /^seed_.*\.json$/.test(f)).sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as GoldDoc);
  const annotator = createAnnotator();
  const counts = emptyCounts();
  before(() => {
    for (const d of docs) scoreDocument(d.mentions, annotator.annotate(d.text).mentions, d.boilerplateSpans ?? [], counts);
  });

  it('has the seed gold to score against', () => {
    assert.ok(docs.length >= 2, 'seed gold files missing');
  });
  it('overall F1 >= 0.90', () => {
    assert.ok(f1(counts.ALL) >= 0.9, `overall F1 ${f1(counts.ALL).toFixed(3)}`);
  });
  for (const type of ['PERSON', 'ORG', 'PLACE'] as const) {
    it(`${type} F1 >= 0.85`, () => {
      assert.ok(f1(counts[type]) >= 0.85, `${type} F1 ${f1(counts[type]).toFixed(3)}`);
    });
  }
});

describe('mentions: scoring helper', () => {
  it('treats optional gold as neutral and accepts altTypes', () => {
    const gold: GoldMention[] = [
      { start: 0, end: 4, type: 'ORG' },
      { start: 5, end: 9, type: 'PLACE', optional: true },
      { start: 10, end: 14, type: 'ORG', altTypes: ['PLACE'] },
    ];
    const c = scoreDocument(gold, [
      { start: 0, end: 4, type: 'ORG' },
      { start: 5, end: 9, type: 'PERSON' },
      { start: 10, end: 14, type: 'PLACE' },
      { start: 20, end: 24, type: 'PERSON' },
    ]);
    assert.equal(c.ALL.p.tp, 2);
    assert.equal(c.ALL.p.predicted, 3);
    assert.equal(c.ALL.r.gold, 2);
    assert.equal(f1(c.ALL), 2 * (2 / 3) * 1 / (2 / 3 + 1));
  });
});
