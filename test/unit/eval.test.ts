import * as assert from 'node:assert/strict';
import { scoreCorpus, type GoldDocument, type PredictedDocument } from '../../src/core/eval';

const TEXT = 'Ann Lee met Bob Ray in Oslo. Lee said "We agreed on the plan," and left. The "deal" was done. ';
// Offsets into TEXT: Ann Lee 0-7, Bob Ray 12-19, Oslo 23-27, Lee 29-32, quote 38-62, "deal" 77-83.

function gold(extra: Partial<GoldDocument> = {}): GoldDocument {
  return {
    id: 'd1',
    text: TEXT,
    mentions: [
      { start: 0, end: 7, text: 'Ann Lee', type: 'PERSON', cluster: 'lee' },
      { start: 12, end: 19, text: 'Bob Ray', type: 'PERSON', cluster: 'ray' },
      { start: 23, end: 27, text: 'Oslo', type: 'PLACE', cluster: 'oslo', altTypes: ['ORG'] },
      { start: 29, end: 32, text: 'Lee', type: 'PERSON', cluster: 'lee' },
    ],
    quotes: [{ start: 38, end: 62, kind: 'full', speakerCluster: 'lee', speakerName: 'Ann Lee', speakerNamed: true }],
    unattributedQuoted: [{ start: 77, end: 83 }],
    ...extra,
  };
}

const score = (g: GoldDocument, p: PredictedDocument) => scoreCorpus([g], new Map([[g.id, p]]));

describe('eval: mentions', () => {
  it('counts exact and overlapping spans with types, and accepts alternative types', () => {
    const r = score(gold(), {
      mentions: [
        { start: 0, end: 7, type: 'PERSON' },
        { start: 12, end: 16, type: 'PERSON' }, // "Bob " overlaps Bob Ray only
        { start: 23, end: 27, type: 'ORG' }, // Oslo as ORG is accepted
        { start: 29, end: 32, type: 'ORG' }, // wrong type
      ],
      quotes: [],
    });
    assert.deepEqual([r.mentions.exact.ALL.tp, r.mentions.exact.ALL.np, r.mentions.exact.ALL.ng], [2, 4, 4]);
    assert.deepEqual([r.mentions.overlap.ALL.tp, r.mentions['overlap-untyped'].ALL.tp], [3, 4]);
    assert.equal(r.mentions.exact.PERSON?.p, 1 / 2);
    assert.equal(r.mentions.exact.PERSON?.r, 1 / 3);
    assert.equal(r.mentions.exact.PLACE?.r, 1);
  });

  it('treats optional gold mentions and boilerplate as neutral', () => {
    const g = gold({
      mentions: [...gold().mentions, { start: 77, end: 83, text: '"deal"', type: 'ANY', cluster: 'x', optional: true }],
      boilerplateSpans: [[84, TEXT.length]],
    });
    const r = score(g, { mentions: [{ start: 77, end: 83, type: 'ORG' }, { start: 85, end: 90, type: 'ORG' }], quotes: [] });
    assert.equal(r.mentions.exact.ALL.np, 0);
    assert.equal(r.mentions.overlap.ALL.np, 0);
  });
});

describe('eval: clusters', () => {
  it('measures the alias merge rate over distinct names of a gold entity', () => {
    const merged = score(gold(), { mentions: [{ start: 0, end: 7, type: 'PERSON', cluster: 'p1' }, { start: 29, end: 32, type: 'PERSON', cluster: 'p1' }], quotes: [] });
    assert.deepEqual([merged.clusters.aliasMerged, merged.clusters.aliasPairs], [1, 1]);
    const split = score(gold(), { mentions: [{ start: 0, end: 7, type: 'PERSON', cluster: 'p1' }, { start: 29, end: 32, type: 'PERSON' }], quotes: [] });
    assert.equal(split.clusters.aliasRecall, 0);
  });

  it('computes B-cubed precision and recall', () => {
    // Gold: {Ann Lee, Lee}, {Bob Ray}. Predicted: all three in one cluster.
    const r = score(gold(), {
      mentions: [0, 12, 29].map((s, i) => ({ start: s, end: [7, 19, 32][i], type: 'PERSON', cluster: 'all' })),
      quotes: [],
    });
    assert.ok(Math.abs(r.clusters.b3.p - 5 / 9) < 1e-9);
    assert.equal(r.clusters.b3.r, 1);
    assert.deepEqual([r.clusters.links.tp, r.clusters.links.np, r.clusters.links.ng], [1, 3, 1]);
  });
});

describe('eval: quotes and speakers', () => {
  it('scores full quotes by overlap; non-speech is neutral unless strict', () => {
    const r = score(gold(), { mentions: [], quotes: [{ start: 39, end: 60 }, { start: 77, end: 83 }] });
    assert.deepEqual([r.quotes.overlap.tp, r.quotes.overlap.np, r.quotes.overlap.ng], [1, 1, 1]);
    assert.deepEqual([r.quotes.strict.tp, r.quotes.strict.np], [1, 2]);
    assert.equal(r.quotes.exact.tp, 1);
  });

  it('credits a speaker through the predicted entity or through its name, never a bare pronoun', () => {
    const viaCluster = score(gold(), { mentions: [{ start: 29, end: 32, type: 'PERSON', cluster: 'E' }], quotes: [{ start: 38, end: 62, speakerCluster: 'E' }] });
    assert.equal(viaCluster.speaker.correct, 1);
    const viaName = score(gold(), { mentions: [], quotes: [{ start: 38, end: 62, speakerText: 'Lee' }] });
    assert.equal(viaName.speaker.correct, 1);
    const pronoun = score(gold(), { mentions: [], quotes: [{ start: 38, end: 62, speakerText: 'she' }] });
    assert.deepEqual([pronoun.speaker.correct, pronoun.speaker.matched, pronoun.speaker.gold], [0, 1, 1]);
    const wrong = score(gold(), { mentions: [{ start: 12, end: 19, type: 'PERSON', cluster: 'R' }], quotes: [{ start: 38, end: 62, speakerCluster: 'R' }] });
    assert.equal(wrong.speaker.correct, 0);
  });

  it('keeps fragments neutral and counts a missing document as empty', () => {
    const g = gold({ quotes: [...(gold().quotes ?? []), { start: 77, end: 83, kind: 'fragment' }], unattributedQuoted: [] });
    const r = scoreCorpus([g], new Map());
    assert.deepEqual([r.quotes.overlap.np, r.quotes.overlap.ng, r.quotes.all.ng], [0, 1, 2]);
  });
});
