// Issue 11, items 1, 2 and 4: offsets survive any run of characters, the same text gets the same
// answer whatever was annotated before, and any number of annotators can be created in one process.
import * as assert from 'node:assert/strict';
import { createAnnotator } from '../../src/core/annotate';
import { breakLongRuns, createTagger } from '../../src/core/nlp';
import { growthRatio } from './growth';

describe('nlp: runs of astral characters keep every offset (kind: replacement changed the length)', () => {
  const annotator = createAnnotator();
  for (const [name, run] of [
    ['emoji', '😀'.repeat(50)],
    ['emoji with modifiers and joiners', '👩🏽‍🚀'.repeat(30)],
    ['astral letters', '𝒜𝒷'.repeat(60)],
    ['mixed punctuation and emoji', '🎉!—🎉,'.repeat(40)],
  ] as const) {
    it(`${name}: breakLongRuns keeps the UTF-16 length and later names are found`, () => {
      const text = `${run} Tobias Quenneville visited Marseille.\n${run}`;
      assert.equal(breakLongRuns(text).length, text.length);
      const { mentions } = annotator.annotate(text);
      for (const m of mentions) assert.equal(text.slice(m.start, m.end), m.text);
      assert.deepEqual(mentions.map((m) => m.text), ['Tobias Quenneville', 'Marseille']);
    });
  }
  it('breaks long runs in time linear in their length (ratio of two sizes; found by fuzzing)', () => {
    // Segmenting a whole run with Intl.Segmenter was quadratic: 128k characters took seconds.
    const unit = `VelkantoraBrimsWexley’s${'-'.repeat(110)}of`;
    const run = (n: number) => {
      const text = unit.repeat(Math.ceil(n / unit.length));
      return () => void breakLongRuns(text);
    };
    // Sizes large enough that one call takes milliseconds, not microseconds (timer and GC noise).
    const ratio = growthRatio(run(100_000), run(400_000), { limit: 10, rounds: 5, warm: run(20_000) });
    assert.ok(ratio < 10, `4 times the run took ${ratio.toFixed(1)} times as long`);
  });
  it('never leaves a piece boundary inside a surrogate pair of a long letter run', () => {
    const text = `x${'𝐀'.repeat(200)} y`;
    const tagged = breakLongRuns(text);
    assert.equal(tagged.length, text.length);
    for (const t of createTagger()(text).tokens) {
      assert.ok(!/[\uDC00-\uDFFF]/.test(text[t.start] ?? ''), `token starts mid-pair at ${t.start}`);
      assert.ok(!/[\uD800-\uDBFF]/.test(text[t.end - 1] ?? ''), `token ends mid-pair at ${t.end}`);
    }
  });
});

describe('nlp: same text, same answer (kind: tagger state learned across calls)', () => {
  const texts = [
    'Vantrell’s plan failed, said Vantrell’s.',
    'QUIRMBAUER’S deal and quirmbauer’s reply, said Dana Quirmbauer.',
    'Mx. Ozzlewick’d said it. Ozzlewick’d nothing to add.',
  ];
  it('tags a text identically before and after other texts, and like a new tagger', () => {
    const tag = createTagger();
    for (const text of texts) {
      const first = JSON.stringify(tag(text));
      for (const other of texts) tag(other);
      tag(text.toUpperCase());
      assert.equal(JSON.stringify(tag(text)), first);
      assert.equal(JSON.stringify(createTagger()(text)), first);
    }
  });
  it('tags the same after thousands of documents with new word shapes (packed feature tables do not overflow)', () => {
    // Found by fuzzing: relearned prefixes kept growing the packed prefix table until it overflowed.
    const tag = createTagger();
    const text = '😀Pemberly-Quist\u0000 A.B.C.' + '😀'.repeat(60);
    const first = JSON.stringify(tag(text));
    // 40 words with prefixes the model does not know, relearned by each of 1,000 documents.
    const words = Array.from({ length: 40 }, (_, k) => String.fromCharCode(0x430 + (k % 30)) + String.fromCharCode(0x431 + ((k * 7) % 29)) + 'ово').join(' ');
    for (let i = 1; i <= 1000; i++) {
      tag(words);
      if (i % 100 === 0) assert.equal(JSON.stringify(tag(text)), first, `after ${i} documents`);
    }
  });
  it('annotates a repeated unusual possessive the same way twice', () => {
    const annotator = createAnnotator();
    const text = texts[0];
    const once = annotator.annotate(text);
    assert.deepEqual(annotator.annotate(text), once);
    assert.deepEqual(createAnnotator().annotate(text), once);
  });
});

describe('nlp: the language model loads once per process (kind: per-load decoding exhausted memory)', () => {
  it('creates 30 annotators in one process, each working', () => {
    for (let i = 0; i < 30; i++) {
      const { mentions } = createAnnotator().annotate('Ingrid Halvorsen spoke in Oslo.');
      assert.ok(mentions.some((m) => m.text === 'Oslo'), `annotator ${i}`);
    }
  });
});
