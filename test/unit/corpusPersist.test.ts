// The persisted cache: what is encoded decodes to equal documents (values and key order), and a file
// for another engine, cut short or damaged anywhere decodes to undefined without throwing.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { decodeCorpusCache, encodeCorpusCache, type CachedDocument } from '../../src/core/corpus/persist';
import type { DetectedMention, DetectedQuote, DocumentAnnotation } from '../../src/core/types';

const KEY = 'engine-7|lexicon-3';

/** A document as the annotator leaves it: names at real offsets, quotes sliced from the text or not. */
const documentArb: fc.Arbitrary<CachedDocument> = fc
  .record({
    documentId: fc.string({ unit: 'binary', minLength: 1 }),
    fingerprint: fc.string(),
    text: fc.string({ unit: 'binary', maxLength: 200 }),
    mentions: fc.array(fc.record({
      start: fc.nat(300),
      length: fc.integer({ min: 1, max: 20 }),
      text: fc.string({ unit: 'grapheme-composite', maxLength: 12 }),
      type: fc.constantFrom('PERSON' as const, 'ORG' as const, 'PLACE' as const),
      evidence: fc.option(fc.constantFrom('title:Judge', 'gazetteer:country', 'acronym'), { nil: undefined }),
      descriptors: fc.option(fc.array(fc.string(), { minLength: 1, maxLength: 3 }), { nil: undefined }),
      name: fc.option(fc.string(), { nil: undefined }),
    }), { maxLength: 12 }),
    quotes: fc.array(fc.record({
      start: fc.nat(200),
      length: fc.nat(40),
      own: fc.option(fc.string(), { nil: undefined }),
      kind: fc.constantFrom('full', 'fragment', 'turn', 'indirect'),
      speakerMention: fc.option(fc.nat(11), { nil: null }),
      speakerText: fc.option(fc.string(), { nil: null }),
      cue: fc.option(fc.constantFrom('said', 'according to', 'label'), { nil: undefined }),
      speakerRole: fc.option(fc.constant('government'), { nil: undefined }),
    }), { maxLength: 4 }),
    definitions: fc.array(fc.record({ short: fc.string(), long: fc.string() }), { maxLength: 2 }),
  })
  .map((r) => {
    const mentions: DetectedMention[] = r.mentions.map((m) => ({
      start: m.start,
      end: m.start + m.length,
      text: m.text,
      type: m.type,
      ...(m.evidence !== undefined ? { evidence: m.evidence } : {}),
      ...(m.descriptors !== undefined ? { descriptors: m.descriptors } : {}),
      ...(m.name !== undefined ? { name: m.name } : {}),
    }));
    const quotes: DetectedQuote[] = r.quotes.map((q) => ({
      start: q.start,
      end: q.start + q.length,
      text: q.own ?? r.text.slice(q.start, q.start + q.length),
      kind: q.kind as DetectedQuote['kind'],
      speakerMention: q.speakerMention,
      speakerText: q.speakerText,
      ...(q.cue !== undefined ? { cue: q.cue } : {}),
      ...(q.speakerRole !== undefined ? { speakerRole: 'government' as const } : {}),
    }));
    return { documentId: r.documentId, fingerprint: r.fingerprint, text: r.text, annotation: { mentions, quotes, definitions: r.definitions.map((d) => ({ short: d.short, long: d.long })) } };
  });

/** Key order matters to exports that serialise objects, so the round trip keeps it. */
function sameKeyOrder(a: unknown, b: unknown, where = '$'): void {
  if (typeof a !== 'object' || a === null) return;
  assert.deepEqual(Object.keys(b as object), Object.keys(a), where);
  for (const k of Object.keys(a)) sameKeyOrder((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${where}.${k}`);
}

const sample: CachedDocument[] = [
  {
    documentId: 'file:///notes/a.txt',
    fingerprint: '4120:1732890000000',
    text: 'Judge Rosa Ebert of the Tarn Council (TC) said: "We will wait." Ebert left. 🎉',
    annotation: {
      mentions: [
        { start: 6, end: 16, text: 'Rosa Ebert', type: 'PERSON', evidence: 'title:Judge', descriptors: ['Judge'] },
        { start: 24, end: 36, text: 'Tarn Council', type: 'ORG', evidence: 'head-noun' },
        { start: 64, end: 69, text: 'Ebert', type: 'PERSON', name: 'Rosa Ebert' },
      ],
      quotes: [{ start: 48, end: 63, text: '"We will wait."', kind: 'full', speakerMention: 0, speakerText: 'Rosa Ebert', cue: 'said' }],
      definitions: [{ short: 'TC', long: 'Tarn Council' }],
    },
  },
  { documentId: 'file:///notes/empty.md', fingerprint: '0:0', text: '', annotation: { mentions: [], quotes: [], definitions: [] } },
];

describe('corpus cache file', () => {
  it('round-trips any documents exactly (property)', () => {
    fc.assert(fc.property(fc.array(documentArb, { maxLength: 6 }), fc.string(), (docs, key) => {
      const back = decodeCorpusCache(encodeCorpusCache(key, docs), key);
      assert.deepEqual(back, docs);
      sameKeyOrder(docs, back);
    }), { numRuns: 100 });
  });

  it('round-trips a realistic document, lone surrogates and a byte-order mark included', () => {
    const odd: CachedDocument = { documentId: '\uFEFFbom.txt', fingerprint: 'x', text: 'half \uD83D pair and \uDC00 more', annotation: { mentions: [], quotes: [], definitions: [] } };
    const docs = [...sample, odd];
    const back = decodeCorpusCache(encodeCorpusCache(KEY, docs), KEY);
    assert.deepEqual(back, docs);
    sameKeyOrder(docs, back);
  });

  it('keeps an annotation the columns cannot hold by way of JSON', () => {
    const extra = { ...sample[0], annotation: { ...sample[0].annotation, language: 'en' } as unknown as DocumentAnnotation };
    const fractional = { ...sample[1], documentId: 'f.txt', annotation: { mentions: [{ start: 0.5, end: 2, text: 'ab', type: 'ORG' }], quotes: [], definitions: [] } as unknown as DocumentAnnotation };
    const docs = [extra, fractional, sample[1]];
    assert.deepEqual(decodeCorpusCache(encodeCorpusCache(KEY, docs), KEY), docs);
  });

  it('leaves out a document it cannot encode instead of failing the file', () => {
    const cyclic: Record<string, unknown> = { mentions: [{ start: 0, end: 1, text: 'x', type: 'ORG', extra: 1 }], quotes: [], definitions: [] };
    cyclic.self = cyclic;
    const docs = [sample[0], { ...sample[1], annotation: cyclic as unknown as DocumentAnnotation }, { documentId: 7 } as unknown as CachedDocument];
    assert.deepEqual(decodeCorpusCache(encodeCorpusCache(KEY, docs), KEY), [sample[0]]);
  });

  it('shares one string for a surface that repeats, so the file grows less than the documents', () => {
    const text = 'Pavel Ostrov met Pavel Ostrov. '.repeat(50);
    const mentions: DetectedMention[] = [];
    for (let at = text.indexOf('Pavel Ostrov'); at >= 0; at = text.indexOf('Pavel Ostrov', at + 1)) mentions.push({ start: at, end: at + 12, text: 'Pavel Ostrov', type: 'PERSON', evidence: 'given-name' });
    const docs = Array.from({ length: 20 }, (_, i) => ({ documentId: `d${i}.txt`, fingerprint: String(i), text, annotation: { mentions, quotes: [], definitions: [] } }));
    const bytes = encodeCorpusCache(KEY, docs);
    assert.ok(bytes.length < JSON.stringify(docs).length / 3, `${bytes.length} bytes`);
    assert.deepEqual(decodeCorpusCache(bytes, KEY), docs);
  });

  it('rejects a file written for another engine key', () => {
    const bytes = encodeCorpusCache(KEY, sample);
    assert.equal(decodeCorpusCache(bytes, 'engine-8|lexicon-3'), undefined);
    assert.equal(decodeCorpusCache(bytes, ''), undefined);
  });

  it('rejects every truncation of a file', () => {
    const bytes = encodeCorpusCache(KEY, sample);
    for (let n = 0; n < bytes.length; n++) assert.equal(decodeCorpusCache(bytes.subarray(0, n), KEY), undefined, `cut at ${n}`);
    const longer = new Uint8Array(bytes.length + 3);
    longer.set(bytes);
    assert.equal(decodeCorpusCache(longer, KEY), undefined, 'trailing bytes');
  });

  it('rejects a file with any single byte changed, and never throws on random bytes (property)', () => {
    const bytes = encodeCorpusCache(KEY, sample);
    for (let i = 0; i < bytes.length; i++) {
      const damaged = bytes.slice();
      damaged[i] ^= 0x5a;
      assert.equal(decodeCorpusCache(damaged, KEY), undefined, `byte ${i}`);
    }
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (random) => {
      assert.equal(decodeCorpusCache(random, KEY), undefined);
    }));
    assert.equal(decodeCorpusCache('not bytes' as unknown as Uint8Array, KEY), undefined);
  });

  it('decodes from a view that does not start at its buffer\'s beginning', () => {
    const bytes = encodeCorpusCache(KEY, sample);
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    assert.deepEqual(decodeCorpusCache(shifted.subarray(3), KEY), sample);
    assert.deepEqual(decodeCorpusCache(Buffer.from(shifted.buffer, 3, bytes.length), KEY), sample, 'a Node Buffer, as fs.readFile gives');
  });
});
