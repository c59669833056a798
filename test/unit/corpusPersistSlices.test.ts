// The workspace cache file written in time slices (encodeCorpusCacheInSlices): the very bytes of the
// one-block encoder, whatever the pieces (documents, the resolution's documents and entities, the
// string table in groups of whole strings, the payload copied and hashed in 4 MiB pieces), with a pause
// between pieces so a server answers requests meanwhile; and the file decodes as before.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createAnnotator } from '../../src/core/annotate';
import { decodeCorpusCacheFile, decodeCorpusCacheFileInSlices, encodeCorpusCache, encodeCorpusCacheInSlices, type CachedDocument } from '../../src/core/corpus/persist';
import { resolveCorpus } from '../../src/core/resolve';

const KEY = 'engine-build';
const RESOLVER = 'server-build';

const annotator = createAnnotator();
/** Invented documents: names repeat across documents so the resolution has cross-document entities. */
function documents(count: number, pad = ''): CachedDocument[] {
  const docs: CachedDocument[] = [];
  for (let i = 0; i < count; i++) {
    const head = `Orlanda Veskimaa, director of the Brindlecombe Harbour Trust, met Kasimir Ulvang in Tarrowmere (${i}).\n"The quay stays open," Veskimaa said.\n`;
    // The padding goes after the annotated part (its offsets stay right) and is not annotated: a fast test.
    docs.push({ documentId: `file:///w/doc${String(i).padStart(4, '0')}.txt`, fingerprint: `fp-${i}`, text: head + pad, annotation: annotator.annotate(head) });
  }
  return docs;
}

/** A pause that counts its calls and yields to the event loop. */
function countingPause(): { pause: () => Promise<void>; count: () => number } {
  let n = 0;
  return { pause: () => (n++, new Promise<void>((resolve) => setImmediate(resolve))), count: () => n };
}

describe('corpus cache file written in slices', () => {
  it('gives the one-block encoder\'s bytes for any documents, pausing between pieces (property)', async () => {
    await fc.assert(fc.asyncProperty(
      fc.array(fc.record({ id: fc.string({ unit: 'binary', minLength: 1 }), fingerprint: fc.string(), text: fc.string({ unit: 'binary', maxLength: 80 }) }), { maxLength: 8 }),
      async (rows) => {
        const docs: CachedDocument[] = rows.map((r) => ({ documentId: r.id, fingerprint: r.fingerprint, text: r.text, annotation: { mentions: [], quotes: [], definitions: [] } }));
        const sliced = await encodeCorpusCacheInSlices(KEY, docs, undefined, { sliceMs: 0 });
        assert.deepEqual(sliced, encodeCorpusCache(KEY, docs));
      },
    ), { numRuns: 25 });
  });

  it('writes documents and their resolution in many pieces, the same bytes, and the file restores', async () => {
    const docs = documents(40);
    const corpus = resolveCorpus(docs.map((d) => ({ id: d.documentId, text: d.text, annotation: d.annotation })));
    const resolution = { resolverKey: RESOLVER, corpus };
    const counter = countingPause();
    const sliced = await encodeCorpusCacheInSlices(KEY, docs, resolution, { sliceMs: 0, pause: counter.pause });
    assert.deepEqual(sliced, encodeCorpusCache(KEY, docs, resolution));
    // At least one pause per document and per resolved document: no piece spans two documents.
    assert.ok(counter.count() >= 2 * docs.length, `${counter.count()} pauses for ${docs.length} documents`);
    const contents = decodeCorpusCacheFile(sliced, KEY);
    assert.equal(contents?.documents.length, docs.length);
    const restored = contents?.resolution?.restore(() => undefined);
    assert.ok(restored && 'corpus' in restored, 'the stored resolution restores');
    assert.deepEqual([...restored.corpus.entities.keys()].sort(), [...corpus.entities.keys()].sort());
  });

  it('encodes a string table of several megabytes in groups of whole strings (multi-byte and lone surrogates kept)', async () => {
    // Each text ~300k characters with two- and three-byte characters and an emoji, so groups end at
    // many different byte offsets, the payload is well over one 4 MiB piece, and one text has a lone
    // surrogate (stored as UTF-16 apart from the UTF-8 block).
    const pad = 'Zoë façade – naïve café 🌊 '.repeat(12_000);
    const docs = documents(14, pad);
    docs[5] = { ...docs[5], text: `${docs[5].text}\uD800 lone`, annotation: { mentions: [], quotes: [], definitions: [] } };
    const sliced = await encodeCorpusCacheInSlices(KEY, docs, undefined, { sliceMs: 0 });
    assert.ok(sliced.length > 1 << 22, `${sliced.length} bytes: more than one piece`);
    assert.deepEqual(sliced, encodeCorpusCache(KEY, docs));
    const back = decodeCorpusCacheFile(sliced, KEY)?.documents;
    assert.ok(back);
    assert.deepEqual(back.map((d) => d.text), docs.map((d) => d.text));
  });

  it('decodes in slices to what the one-block decoder gives, pausing between pieces, texts of several megabytes included', async () => {
    const pad = 'Zoë façade – naïve café 🌊 '.repeat(12_000);
    const docs = documents(14, pad);
    docs[3] = { ...docs[3], text: `\uFEFF${docs[3].text}\uDFFF`, annotation: { mentions: [], quotes: [], definitions: [] } };
    const corpus = resolveCorpus(docs.map((d) => ({ id: d.documentId, text: d.text, annotation: d.annotation })));
    const bytes = encodeCorpusCache(KEY, docs, { resolverKey: RESOLVER, corpus });
    const counter = countingPause();
    const sliced = await decodeCorpusCacheFileInSlices(bytes, KEY, { sliceMs: 0, pause: counter.pause });
    const whole = decodeCorpusCacheFile(bytes, KEY);
    assert.ok(sliced && whole);
    assert.ok(counter.count() >= docs.length, `${counter.count()} pauses`);
    const plain = (c: typeof whole) => JSON.parse(JSON.stringify(c.documents)) as unknown;
    assert.deepEqual(plain(sliced), plain(whole));
    assert.deepEqual(sliced.documents.map((d) => d.text), docs.map((d) => d.text));
    const restored = sliced.resolution?.restore(() => undefined);
    assert.ok(restored && 'corpus' in restored);
    assert.equal(restored.corpus.documents.length, docs.length);
  });

  it('rejects in slices what the one-block decoder rejects: another key, a cut file, a changed byte in the string table', async () => {
    const docs = documents(6, 'Zoë 🌊 '.repeat(50_000));
    const bytes = encodeCorpusCache(KEY, docs);
    assert.equal(await decodeCorpusCacheFileInSlices(bytes, 'another-build', { sliceMs: 0 }), undefined);
    assert.equal(await decodeCorpusCacheFileInSlices(bytes.subarray(0, bytes.length - 1), KEY, { sliceMs: 0 }), undefined);
    for (const at of [bytes.length >> 1, bytes.length - 5, 200]) {
      const damaged = bytes.slice();
      damaged[at] ^= 0x40;
      assert.equal(await decodeCorpusCacheFileInSlices(damaged, KEY, { sliceMs: 0 }), undefined, `byte ${at}`);
    }
  });
});
