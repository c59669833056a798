// The resolution kept in the workspace cache file: what is stored restores to the resolution the real
// resolver gives for the same documents; a text that is not the one resolved, a missing document or a
// damaged file is never used; and an index given the restored resolution answers as a fresh resolution
// does, resolving nothing while its documents are exactly those and everything once one differs.
import assert from 'node:assert/strict';
import { createAnnotator } from '../../src/core/annotate';
import { createDeferredCorpusIndex } from '../../src/core/corpus';
import { decodeCorpusCache, decodeCorpusCacheFile, encodeCorpusCache, type CachedDocument } from '../../src/core/corpus/persist';
import type { Resolver } from '../../src/core/corpus/resolver';
import { resolveCorpus } from '../../src/core/resolve';
import type { DocumentAnnotation, ResolvedCorpus } from '../../src/core/types';

const KEY = 'engine-build';
const RESOLVER = 'server-build';

/** Invented documents: one person and one agency across documents, a quote with a speaker, a lone surname. */
const TEXTS: Record<string, string> = {
  'file:///w/a.txt': 'Officials said Marisol Venkataraman, director of the Quillfeather Water Board, would resign.\n"We did what we could," Venkataraman said on Monday.\n',
  'file:///w/b.txt': 'The Quillfeather Water Board (QWB) met in Dunmarrow. Marisol Venkataraman did not attend.\n',
  'file:///w/c.txt': 'Venkataraman, a Dunmarrow engineer, said the pumps were old. Teodor Aaltonen agreed.\n',
  'file:///w/d.txt': 'A note on the weather in Dunmarrow, and nothing else.\n',
};

const annotator = createAnnotator();
const annotations = new Map<string, DocumentAnnotation>(Object.entries(TEXTS).map(([id, text]) => [id, annotator.annotate(text)]));
const inputs = (ids = Object.keys(TEXTS), texts = TEXTS) => ids.map((id) => ({ id, text: texts[id], annotation: texts === TEXTS ? (annotations.get(id) as DocumentAnnotation) : annotator.annotate(texts[id]) }));
const cached = (ids = Object.keys(TEXTS)): CachedDocument[] => inputs(ids).map((d) => ({ documentId: d.id, fingerprint: `fp-${d.id}`, text: d.text, annotation: d.annotation }));

/** The corpus as plain data: JSON drops keys whose value is undefined, which a restored object does not have. */
const plain = (corpus: ResolvedCorpus) => JSON.parse(JSON.stringify({ documents: corpus.documents, entities: [...corpus.entities] })) as unknown;

function restore(bytes: Uint8Array, textOf: (id: string) => string | undefined = (id) => TEXTS[id]) {
  const contents = decodeCorpusCacheFile(bytes, KEY);
  assert.ok(contents?.resolution, 'the file holds a resolution');
  return contents.resolution.restore(textOf);
}

/** resolveCorpus with a count of its cross-document passes (full and incremental snapshots). */
function countingResolver(): Resolver & { passes: number } {
  const counted = ((docs: Parameters<Resolver>[0]) => (counted.passes++, resolveCorpus(docs))) as Resolver & { passes: number };
  counted.passes = 0;
  Object.defineProperty(counted, 'incremental', {
    value: () => {
      const inner = resolveCorpus.incremental();
      return { set: inner.set, remove: inner.remove, snapshot: () => (counted.passes++, inner.snapshot()) };
    },
  });
  return counted;
}

describe('workspace cache: the stored resolution', function () {
  this.timeout(60_000);
  const fresh = resolveCorpus(inputs());

  it('restores to the resolution the resolver gives for the same documents', () => {
    const bytes = encodeCorpusCache(KEY, cached(), { resolverKey: RESOLVER, corpus: fresh });
    const result = restore(bytes);
    assert.ok('corpus' in result, 'problem' in result ? result.problem : '');
    assert.deepEqual(plain(result.corpus), plain(fresh));
    assert.ok(fresh.documents.some((d) => d.quotes.some((q) => q.speaker !== null)), 'the documents have a quote with a speaker');
    assert.ok([...fresh.entities.values()].some((e) => e.reasons.length > 0), 'and an entity with merge reasons');
    // The documents section is as before.
    assert.deepEqual(decodeCorpusCache(bytes, KEY)?.map((d) => d.documentId), Object.keys(TEXTS));
    assert.equal(decodeCorpusCacheFile(bytes, KEY)?.resolution?.resolverKey, RESOLVER);
    assert.deepEqual(decodeCorpusCacheFile(bytes, KEY)?.resolution?.documentIds, Object.keys(TEXTS));
  });

  it('restores in slices to the same resolution, pausing between documents when a slice is used up', async () => {
    const bytes = encodeCorpusCache(KEY, cached(), { resolverKey: RESOLVER, corpus: fresh });
    const stored = decodeCorpusCacheFile(bytes, KEY)?.resolution;
    assert.ok(stored);
    let pauses = 0;
    const sliced = await stored.restoreInSlices((id) => TEXTS[id], async () => void pauses++, 0);
    assert.ok('corpus' in sliced);
    assert.deepEqual(plain(sliced.corpus), plain(fresh));
    assert.equal(pauses, Object.keys(TEXTS).length, 'a pause after each document with a zero slice');
    // Texts from other files are checked in slices too.
    const elsewhere = decodeCorpusCacheFile(encodeCorpusCache(KEY, [], { resolverKey: RESOLVER, corpus: fresh, elsewhere: () => true }), KEY)?.resolution;
    const wrong = await elsewhere?.restoreInSlices((id) => (id.endsWith('d.txt') ? `${TEXTS[id]}!` : TEXTS[id]), async () => undefined, 0);
    assert.ok(wrong && 'problem' in wrong && /d\.txt is not the text/.test(wrong.problem));
  });

  it('is not restored over a text other than the one resolved, nor without every document', () => {
    // c.txt and d.txt are another folder's: this file keeps their hashes, not their texts.
    const elsewhere = (id: string) => /[cd]\.txt$/.test(id);
    const bytes = encodeCorpusCache(KEY, cached(['file:///w/a.txt', 'file:///w/b.txt']), { resolverKey: RESOLVER, corpus: fresh, elsewhere });
    const whole = restore(bytes);
    assert.ok('corpus' in whole && whole.corpus.documents.length === 4);
    const changed = restore(bytes, (id) => (id.endsWith('c.txt') ? TEXTS[id].replace('old', 'new') : TEXTS[id]));
    assert.ok('problem' in changed && /c\.txt is not the text it was resolved from/.test(changed.problem));
    const missing = restore(bytes, (id) => (id.endsWith('d.txt') ? undefined : TEXTS[id]));
    assert.ok('problem' in missing && /d\.txt is not among the cached documents/.test(missing.problem));
  });

  it('keeps the text of a resolved document that no cache file has (an editor\'s text)', () => {
    const bytes = encodeCorpusCache(KEY, cached(['file:///w/a.txt']), { resolverKey: RESOLVER, corpus: fresh });
    const result = restore(bytes, () => undefined);
    assert.ok('corpus' in result);
    assert.deepEqual(plain(result.corpus), plain(fresh));
  });

  it('a file with a resolution rejects any damaged byte, and is written without one it cannot hold', () => {
    const bytes = encodeCorpusCache(KEY, cached(['file:///w/d.txt']), { resolverKey: RESOLVER, corpus: resolveCorpus(inputs(['file:///w/d.txt'])) });
    for (let i = 0; i < bytes.length; i += 7) {
      const copy = bytes.slice();
      copy[i] ^= 0x5a;
      assert.equal(decodeCorpusCacheFile(copy, KEY), undefined, `byte ${i} changed`);
    }
    for (let n = 0; n < bytes.length; n += 13) assert.equal(decodeCorpusCacheFile(bytes.subarray(0, n), KEY), undefined);
    // An entity with a key the columns do not know: the documents are kept, the resolution is not.
    const odd = { documents: fresh.documents, entities: new Map([...fresh.entities].map(([id, e]) => [id, { ...e, extra: 1 }])) } as unknown as ResolvedCorpus;
    const contents = decodeCorpusCacheFile(encodeCorpusCache(KEY, cached(), { resolverKey: RESOLVER, corpus: odd }), KEY);
    assert.equal(contents?.documents.length, 4);
    assert.equal(contents?.resolution, undefined);
  });

  describe('an index given the restored resolution (the language server\'s deferred index)', () => {
    const restored = () => {
      const result = restore(encodeCorpusCache(KEY, cached(), { resolverKey: RESOLVER, corpus: fresh }));
      assert.ok('corpus' in result);
      return result.corpus;
    };
    const setup = () => {
      const counted = countingResolver();
      const index = createDeferredCorpusIndex({ resolve: counted });
      return { counted, index };
    };

    it('answers as a fresh resolution and resolves nothing when the documents are exactly those', () => {
      const { counted, index } = setup();
      index.adoptStored(restored());
      for (const d of inputs()) index.set(d.id, d.text, d.annotation);
      assert.deepEqual(plain(index.snapshot()), plain(fresh));
      const person = fresh.documents[0].mentions.find((m) => m.type === 'PERSON');
      assert.ok(person);
      assert.equal(index.mentionsOf(person.entity).length, fresh.documents.flatMap((d) => d.mentions).filter((m) => m.entity === person.entity).length);
      const freshC = fresh.documents.find((x) => x.id === 'file:///w/c.txt');
      assert.ok(freshC && freshC.mentions.length > 0);
      assert.equal(index.mentionAt(freshC.id, freshC.mentions[0].start)?.entity, freshC.mentions[0].entity);
      assert.equal(counted.passes, 0, 'no resolution at all, not even of one document');
      assert.ok(index.exactResolution(), 'the exact resolution is what the cache may store again and what spares a pass');
    });

    it('while documents arrive it answers from the stored resolution; one with another text answers from its own and makes it inexact', () => {
      const { index } = setup();
      index.adoptStored(restored());
      const [a, b, c, d] = inputs();
      index.set(a.id, a.text, a.annotation);
      index.set(b.id, b.text, b.annotation);
      assert.equal(index.exactResolution(), undefined, 'a partial set is never exact');
      assert.equal(index.document(a.id)?.mentions.length, fresh.documents[0].mentions.length);
      assert.equal(index.document(c.id), undefined, 'a document not set yet has no answers of its own');
      const edited = { ...TEXTS, [c.id]: `${c.text}Marisol Venkataraman declined to comment.\n` };
      const changed = inputs([c.id], edited)[0];
      index.set(changed.id, changed.text, changed.annotation);
      index.set(d.id, d.text, d.annotation);
      assert.equal(index.document(c.id)?.text, changed.text);
      const own = index.document(c.id);
      assert.ok(own);
      assert.deepEqual(JSON.parse(JSON.stringify(own.mentions)), JSON.parse(JSON.stringify(resolveCorpus([changed]).documents[0].mentions)), 'its own resolution');
      assert.equal(index.exactResolution(), undefined, 'a text the resolution was not computed from');
    });

    it('keeps the stored resolution over a pass begun before it was adopted (the open document\'s own pass at a warm start)', () => {
      const { index } = setup();
      const [a, ...rest] = inputs();
      index.set(a.id, a.text, a.annotation);
      const before = index.documentsVersion;
      index.adoptStored(restored());
      index.adopt(resolveCorpus([a]), before);
      for (const x of rest) index.set(x.id, x.text, x.annotation);
      assert.ok(index.exactResolution(), 'the late single-document pass did not replace the stored resolution');
      assert.deepEqual(index.resolutionDrift(), { changed: 0, gone: 0 });
      // A pass begun after it replaces it as usual.
      index.adopt(resolveCorpus(inputs()), index.documentsVersion);
      assert.deepEqual(plain(index.snapshot()), plain(fresh));
    });

    it('takes a pass asked for after the stored resolution even when no document is set in between (every document open before the cache was read)', () => {
      const { index } = setup();
      const other = inputs(['file:///w/a.txt'], { ...TEXTS, 'file:///w/a.txt': 'Nothing here.\n' })[0];
      const all = [other, ...inputs().slice(1)];
      for (const x of all) index.set(x.id, x.text, x.annotation);
      index.adoptStored(restored());
      assert.equal(index.exactResolution(), undefined, 'a document changed while the editor was closed');
      // The pass the engine asks for at the end of the scan: nothing was set since the stored resolution.
      index.adopt(resolveCorpus(all), index.documentsVersion);
      assert.deepEqual(plain(index.snapshot()), plain(resolveCorpus(all)), 'the pass of the current texts answers, not the stored one');
      assert.ok(index.exactResolution(), 'and is exact');
    });

    it('is not exact when a document is missing or removed, nor for a document set before with another text', () => {
      const partial = setup().index;
      partial.adoptStored(restored());
      const [a, b, , d] = inputs();
      for (const x of [a, b, d]) partial.set(x.id, x.text, x.annotation);
      assert.equal(partial.exactResolution(), undefined);

      const removed = setup().index;
      removed.adoptStored(restored());
      for (const x of inputs()) removed.set(x.id, x.text, x.annotation);
      assert.ok(removed.exactResolution());
      removed.remove('file:///w/d.txt');
      assert.equal(removed.exactResolution(), undefined);

      const before = setup().index;
      const other = inputs(['file:///w/a.txt'], { ...TEXTS, 'file:///w/a.txt': 'Nothing here.\n' })[0];
      before.set(other.id, other.text, other.annotation);
      before.adoptStored(restored());
      for (const x of inputs().slice(1)) before.set(x.id, x.text, x.annotation);
      assert.equal(before.document(other.id)?.text, 'Nothing here.\n');
      assert.equal(before.exactResolution(), undefined);
    });
  });
});
