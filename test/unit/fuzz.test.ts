// Property-based fuzzing of the engine (issue 11): thousands of generated texts, hostile and
// ordinary, checked for the invariants every consumer relies on. The seed is fixed so CI is
// reproducible; FUZZ_SEED=<n> FUZZ_RUNS=<n> explore further. Failing inputs found this way are kept as
// fixed regression cases at the end of this file.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { createAnnotator } from '../../src/core/annotate';
import { createDefaultCorpusIndex } from '../../src/core/corpus/default';
import { applyCuration } from '../../src/core/curation';
import { resolveCorpus } from '../../src/core/resolve';
import { splitsSurrogatePair, isGraphemeBoundary } from '../../src/core/graphemes';
import { growthRatio } from './growth';
import type { DocumentAnnotation, Span } from '../../src/core/types';

const SEED = Number(process.env.FUZZ_SEED ?? 20261129);
const RUNS = Number(process.env.FUZZ_RUNS ?? 1500);
// Pieces per generated text (FUZZ_PIECES=400 for long documents).
const PIECES = Number(process.env.FUZZ_PIECES ?? 60);
const params = (numRuns: number) => ({ seed: SEED, numRuns, endOnFailure: process.env.FUZZ_SHRINK === undefined });

// Invented names and the pieces hostile text is made of.
const WORDS = [
  'Orlena', 'Vastrick', 'Pemberly-Quist', 'Dr.', 'Ms.', 'Senator', 'Brillmoor', 'Institute', 'Ministry', 'of',
  'Kelvaro', 'City', 'said', 'says', 'told', 'the', 'and', 'He', 'She', 'they', 'in', 'at', 'WHY', "DON'T", 'YOU',
  'Zorblax’s', 'O’Neary', 'José', 'Jose\u0301', 'Ελλάδα', 'Владислав', '習近平', 'A.B.C.', 'UNX', '2024', 'Room5',
  'e@mail', 'Ε@sé', '#tag', 'https://x.example/a?b=c', 'http\u0000', '\u202E', '\uFEFF',
];
const PUNCT = ['.', ',', ';', ':', '!', '?', '"', '“', '”', '‘', '’', "'", '(', ')', '—', '-', '…', '«', '»'];
const ODD = ['😀', '👩🏽‍🚀', '🇫🇷', '𝒜', '\u0301', '\u0301\u0302\u0303', '\u200D', '\uFE0F', '\uD83D', '\uDE00', 'e\u0301', '\u0000', '\t', '\r', '\u2028'];
const SPACE = [' ', ' ', ' ', '\n', '\r\n', '\n\n', '\u00A0'];

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 5, arbitrary: fc.constantFrom(...SPACE) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 4 }) },
  { weight: 1, arbitrary: fc.constantFrom('😀'.repeat(60), 'x'.repeat(120), '-'.repeat(110)) },
);
const text = fc.array(piece, { maxLength: PIECES, size: 'max' }).map((parts) => parts.join(''));

const annotator = createAnnotator();

function spans(a: DocumentAnnotation): (Span & { text: string; what: string })[] {
  return [...a.mentions.map((m) => ({ ...m, what: 'mention' })), ...a.quotes.map((q) => ({ ...q, what: 'quote' }))];
}

/** Every invariant of one annotation of `t`; throws with a description of the first broken one. */
function checkAnnotation(t: string, a: DocumentAnnotation): void {
  for (const s of spans(a)) {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start < s.end && s.end <= t.length, `${s.what} ${s.start}-${s.end} outside 0-${t.length}`);
    assert.equal(t.slice(s.start, s.end), s.text, `${s.what} text differs from its slice`);
    assert.ok(!splitsSurrogatePair(t, s.start) && !splitsSurrogatePair(t, s.end), `${s.what} ${s.start}-${s.end} splits a surrogate pair`);
    assert.ok(isGraphemeBoundary(t, s.start) && isGraphemeBoundary(t, s.end), `${s.what} ${s.start}-${s.end} splits a grapheme cluster`);
  }
  for (const list of [a.mentions, a.quotes] as const) {
    for (let i = 1; i < list.length; i++) assert.ok(list[i - 1].end <= list[i].start, `overlap at ${list[i].start}`);
  }
  for (const q of a.quotes) {
    if (q.speakerMention !== null) assert.ok(q.speakerMention >= 0 && q.speakerMention < a.mentions.length, 'speaker index out of range');
  }
}

describe('fuzz: engine invariants on generated text', function () {
  this.timeout(120_000);

  it('never throws; spans inside the text, equal to their slice, on cluster boundaries, without overlaps', () => {
    fc.assert(fc.property(text, (t) => {
      checkAnnotation(t, annotator.annotate(t));
    }), params(RUNS));
  });

  it('gives the same result for the same text whatever was annotated before', () => {
    const other = createAnnotator();
    fc.assert(fc.property(text, text, (a, b) => {
      const first = annotator.annotate(a);
      other.annotate(b);
      other.annotate(a.toUpperCase());
      assert.deepEqual(other.annotate(a), first);
    }), params(Math.ceil(RUNS / 3)));
  });

  it('leaves the corpus as if never added when a document is added then removed', () => {
    fc.assert(fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), text, (docs, extra) => {
      const annotations = docs.map((t) => annotator.annotate(t));
      const build = () => {
        const index = createDefaultCorpusIndex();
        docs.forEach((t, i) => index.set(`doc${i}.txt`, t, annotations[i]));
        return index;
      };
      const never = build();
      const touched = build();
      touched.snapshot();
      touched.set('extra.txt', extra, annotator.annotate(extra));
      touched.snapshot();
      touched.remove('extra.txt');
      assert.deepEqual(touched.snapshot(), never.snapshot());
    }), params(Math.ceil(RUNS / 10)));
  });

  it('applies an "add" correction of any piece of the text without cutting a character', () => {
    fc.assert(fc.property(text, fc.nat(), fc.nat({ max: 12 }), (t, at, length) => {
      if (t.length === 0) return;
      const start = at % t.length;
      const needle = t.slice(start, start + 1 + length);
      const corpus = resolveCorpus([{ id: 'a.txt', text: t, annotation: annotator.annotate(t) }]);
      const { corpus: out } = applyCuration(corpus, { version: 1, corrections: [{ op: 'add', seq: 1, text: needle, type: 'ORG' }] });
      for (const m of out.documents[0].mentions) {
        assert.equal(t.slice(m.start, m.end), m.text);
        assert.ok(isGraphemeBoundary(t, m.start) && isGraphemeBoundary(t, m.end), `mention ${m.start}-${m.end} of "${needle}" cuts a character`);
      }
    }), params(Math.ceil(RUNS / 3)));
  });

  it('grows about linearly with the length of the text (ratio of CPU times of two sizes, not a time limit)', () => {
    const samples = fc.sample(text.filter((t) => t.length > 80), { seed: SEED, numRuns: 3 });
    for (const sample of samples) {
      // Large enough that allocation and fixed costs do not dominate the small size.
      const small = sample.repeat(Math.ceil(64_000 / sample.length));
      const large = small.repeat(4);
      const ratio = growthRatio(() => annotator.annotate(small), () => annotator.annotate(large), { limit: 10, rounds: 2 });
      // Linear is 4, n log n a little more, quadratic 16.
      assert.ok(ratio < 10, `4 times the text took ${ratio.toFixed(1)} times as long`);
    }
  });
});

describe('fuzz: regression cases found by fuzzing and by the issue', () => {
  const cases: Record<string, string> = {
    'emoji run before names': `${'😀'.repeat(50)} Orlena Vastrick visited Kelvaro.`,
    'at sign next to a non-ASCII letter': 'He met Ε@sé. Then Orlena Vastrick left.',
    'decomposed accent at a name end': 'Dr. Jose\u0301 Vastrick said "fine." to Orlena.',
    'lone surrogates': 'Orlena \uD83D Vastrick \uDE00 said "no."',
    'combining marks on a capital': 'O\u0301\u0302\u0303\u0304rlena met A\u0308\u0308\u0308 in Kelvaro.',
    'all-caps contraction': "WHY DON'T YOU ASK ORLENA VASTRICK?",
    'flags and ZWJ sequences': 'Orlena 🇫🇷🇩🇪 Vastrick 👩🏽‍🚀 said “yes.”',
  };
  for (const [name, t] of Object.entries(cases)) {
    it(name, () => {
      const a = annotator.annotate(t);
      checkAnnotation(t, a);
      assert.deepEqual(createAnnotator().annotate(t), a);
    });
  }
});
