// The compact index keeps mentions as columns and rebuilds objects on demand: every rebuilt object must
// equal the one packed (values and key order), and every answer must be the same whether the resolved
// snapshot's objects are still alive or have been collected.
import assert from 'node:assert/strict';
import v8 from 'node:v8';
import vm from 'node:vm';
import fc from 'fast-check';
import { createCorpusIndex } from '../../src/core/corpus';
import { compactCorpus, compactDocument, documentOf, isLeanDocument, leanDocument, materialize, mentionIndexAt, mentionOf } from '../../src/core/corpus/compact';
import { createCompactView } from '../../src/core/corpus/compactView';
import { findEntities, nextMention, summarize } from '../../src/core/corpus/queries';
import { buildView } from '../../src/core/corpus/view';
import { createInterner, packMentions, unpackMention, type MentionLike } from '../../src/core/corpus/mentionColumns';
import type { CorpusDocumentInput } from '../../src/core/corpus/resolver';
import { spanAt } from '../../src/core/corpus/spans';
import { createListTable, createStringTable } from '../../src/core/corpus/strings';
import type { ResolvedCorpus, ResolvedMention } from '../../src/core/types';
import { annotation, corpusOf, testResolver } from './corpusTestKit';

const interner = () => createInterner(createStringTable(), createListTable());

/** A mention with any subset of the optional keys, in any key order. */
const mentionArb: fc.Arbitrary<MentionLike> = fc
  .record({
    start: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    length: fc.integer({ min: 1, max: 60 }),
    text: fc.string({ unit: 'binary' }),
    type: fc.constantFrom('PERSON', 'ORG', 'PLACE'),
    evidence: fc.option(fc.string(), { nil: undefined }),
    descriptors: fc.option(fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 3 }), { nil: undefined }),
    name: fc.option(fc.string(), { nil: undefined }),
    entity: fc.option(fc.string(), { nil: undefined }),
    optional: fc.shuffledSubarray(['evidence', 'descriptors', 'name', 'entity']),
    order: fc.array(fc.integer(), { minLength: 8, maxLength: 8 }),
  })
  .map((r) => {
    const values: Record<string, unknown> = { start: r.start, end: Math.min(2 ** 31 - 1, r.start + r.length), text: r.text, type: r.type, evidence: r.evidence, descriptors: r.descriptors, name: r.name, entity: r.entity };
    const keys = ['start', 'end', 'text', 'type', ...r.optional];
    keys.sort((a, b) => r.order[keys.indexOf(a)] - r.order[keys.indexOf(b)]);
    const m: Record<string, unknown> = {};
    for (const k of keys) m[k] = values[k];
    return m as unknown as MentionLike;
  });

describe('corpus index: compact columns', () => {
  it('rebuilds every packed mention with the same values and key order', () => {
    fc.assert(fc.property(fc.array(mentionArb, { maxLength: 20 }), (mentions) => {
      const tables = interner();
      const columns = packMentions(mentions, tables);
      assert.equal(columns.kept, undefined, 'every generated mention fits the columns');
      mentions.forEach((m, i) => {
        const back = unpackMention(columns, i, tables);
        assert.deepEqual(back, m);
        assert.deepEqual(Object.keys(back), Object.keys(m));
      });
    }));
  });

  it('rebuilds equal mentions, keys in the canonical order, when it tests known fields instead of reading keys (property)', () => {
    const FIELD_ORDER = ['start', 'end', 'text', 'type', 'evidence', 'descriptors', 'name', 'entity'];
    fc.assert(fc.property(fc.array(mentionArb, { maxLength: 20 }), (mentions) => {
      const tables = interner();
      const columns = packMentions(mentions, tables, 'known');
      mentions.forEach((m, i) => {
        const back = unpackMention(columns, i, tables);
        assert.deepEqual(back, m);
        assert.deepEqual(Object.keys(back), FIELD_ORDER.filter((k) => k in m));
      });
    }));
  });

  it('makes a lean document equal to the resolved one it packs (JSON, keys, spread, deep equality) that keeps no mention objects of its own', () => {
    fc.assert(fc.property(fc.array(mentionArb, { maxLength: 20 }), (generated) => {
      const tables = interner();
      // Keys in the order the resolver writes them (compactDocument reads known fields, not key order).
      const order = ['start', 'end', 'text', 'type', 'evidence', 'descriptors', 'name'];
      const mentions = generated.map((m, i) => ({ ...Object.fromEntries(order.filter((k) => k in m).map((k) => [k, (m as unknown as Record<string, unknown>)[k]])), entity: `e${i % 3}` }) as unknown as ResolvedMention);
      const document = { id: 'doc', text: 'Some text', mentions, quotes: [{ start: 0, end: 4, text: 'Some', kind: 'full' as const, speakerMention: null, speakerText: 'he', cue: 'said', speaker: 'e1' }] };
      const lean = leanDocument(compactDocument(document, tables), tables);
      assert.deepEqual(lean, document);
      assert.equal(JSON.stringify(lean), JSON.stringify(document));
      assert.deepEqual(Object.keys(lean), Object.keys(document));
      assert.deepEqual({ ...lean }, document);
      assert.ok(isLeanDocument(lean) && !isLeanDocument(document));
      // The mentions are built when read, not kept from the document given; read twice in one go, one array.
      assert.notEqual(lean.mentions, mentions);
      assert.equal(lean.mentions, lean.mentions);
      // A corpus of lean documents answers one mention without going through the document's array.
      const corpus = compactCorpus({ documents: [lean], entities: new Map() }, tables, new WeakMap());
      mentions.forEach((m, i) => assert.deepEqual(mentionOf(corpus, 0, i), m));
      assert.equal(documentOf(corpus, 0), lean);
    }));
  });

  it('keeps a mention the columns cannot hold exactly as the very object given', () => {
    const tables = interner();
    const odd = [
      { start: 0, end: 4, text: 'Abcd', type: 'PERSON', confidence: 0.5 },
      { start: 1.5, end: 4, text: 'bcd', type: 'PERSON' },
      { start: 5, end: 9, text: 'Efgh', type: 'CITY' },
    ] as unknown as MentionLike[];
    const plain: MentionLike = { start: 10, end: 14, text: 'Ijkl', type: 'ORG' };
    const columns = packMentions([...odd, plain], tables);
    odd.forEach((m, i) => assert.equal(unpackMention(columns, i, tables), m));
    assert.deepEqual(unpackMention(columns, 3, tables), plain);
  });

  it('answers from the columns alone, as the objects would, once the snapshot is gone', () => {
    const A = 'Mira Volk met Teo Brand in Sarn. Later Volk left Sarn with Teo Brand.';
    const B = 'In Sarn, Volk spoke. "We stay," Volk said.';
    const corpus = corpusOf([
      { id: 'a.txt', text: A, names: [['Mira Volk', 'PERSON'], ['Volk', 'PERSON'], ['Teo Brand', 'PERSON'], ['Sarn', 'PLACE']] },
      { id: 'b.txt', text: B, names: [['Volk', 'PERSON'], ['Sarn', 'PLACE']], quotes: [{ text: '"We stay,"', speaker: 'Volk' }] },
    ], { Volk: 'Mira Volk' });
    const compact = compactCorpus(corpus, interner(), new WeakMap());
    assert.equal(mentionOf(compact, 0, 0), corpus.documents[0].mentions[0], 'while the snapshot lives, its own objects');
    // What a collected WeakRef looks like.
    compact.source = { deref: () => undefined } as unknown as WeakRef<ResolvedCorpus>;
    corpus.documents.forEach((doc, d) => {
      assert.deepEqual(documentOf(compact, d), doc);
      doc.mentions.forEach((m, i) => assert.deepEqual(mentionOf(compact, d, i), m));
      const longest = Math.max(...doc.mentions.map((m) => m.end - m.start));
      for (let offset = -1; offset <= doc.text.length + 1; offset++) {
        const i = mentionIndexAt(compact.documents[d].mentions, offset);
        assert.equal(i < 0 ? undefined : doc.mentions[i], spanAt(doc.mentions, offset, longest), `offset ${offset}`);
      }
    });
    const rebuilt = materialize(compact);
    assert.deepEqual(rebuilt, corpus);
    assert.equal(materialize(compact), rebuilt, 'the rebuilt snapshot is shared while it lives');
    assert.equal(mentionOf(compact, 1, 0), rebuilt.documents[1].mentions[0]);
  });

  it('answers every question as the object tables do, with or without the snapshot (property)', () => {
    const NAMES = [['Lia Moss', 'PERSON'], ['Moss', 'PERSON'], ['Kai Ude', 'PERSON'], ['Ude', 'PERSON'], ['Brill Works', 'ORG'], ['Brill', 'ORG'], ['Osk', 'PLACE']] as const;
    const docArb = fc.array(fc.constantFrom(...NAMES.map(([n]) => n), 'and', 'met', 'in', '"Yes,"'), { minLength: 1, maxLength: 14 }).map((words) => words.join(' ') + '.');
    fc.assert(fc.property(fc.array(docArb, { minLength: 1, maxLength: 6 }), fc.boolean(), (texts, gone) => {
      const corpus = corpusOf(texts.map((text, i) => ({ id: `d${i}.txt`, text, names: NAMES, quotes: text.includes('"Yes," Moss') ? [{ text: '"Yes,"', speaker: 'Moss' }] : [] })), { Moss: 'Lia Moss', Ude: 'Kai Ude', Brill: 'Brill Works' });
      const objects = buildView(corpus);
      const compact = compactCorpus(corpus, interner(), new WeakMap());
      if (gone) compact.source = { deref: () => undefined } as unknown as WeakRef<ResolvedCorpus>;
      const view = createCompactView(compact);
      for (const id of corpus.entities.keys()) {
        const refs = objects.mentionsByEntity.get(id) ?? [];
        assert.deepEqual(view.mentionsOf(id), refs);
        assert.equal(view.mentionCount(id), refs.length);
        assert.deepEqual(view.summary(id), summarize(objects, id));
        for (const doc of corpus.documents) {
          for (let offset = 0; offset <= doc.text.length; offset += 3) {
            for (const direction of [1, -1] as const) assert.deepEqual(view.nextMention(id, doc.id, offset, direction), nextMention(objects, id, doc.id, offset, direction));
          }
        }
      }
      for (const query of ['', 'moss', 'brill w', 'zz']) assert.deepEqual(view.findEntities(query, 5), findEntities(objects, query, 5));
    }), { numRuns: 60 });
  });

  it('keeps answering, from the columns, after the snapshot\'s objects are collected', async () => {
    // A full collection on demand, without starting mocha with --expose-gc.
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const resolve = testResolver({ Volk: 'Mira Volk' });
    const index = createCorpusIndex({ resolve });
    const A = 'Mira Volk met Teo Brand in Sarn. Later Volk left Sarn.';
    const B = '"We stay," Volk said in Sarn.';
    index.set('a.txt', A, annotation(A, [['Mira Volk', 'PERSON'], ['Volk', 'PERSON'], ['Teo Brand', 'PERSON'], ['Sarn', 'PLACE']]));
    index.set('b.txt', B, annotation(B, [['Volk', 'PERSON'], ['Sarn', 'PLACE']], [{ text: '"We stay,"', speaker: 'Volk' }]));
    const ask = () => [
      index.document('a.txt'), index.document('b.txt'),
      [...Array(A.length + 1).keys()].map((o) => index.mentionAt('a.txt', o)),
      index.quoteAt('b.txt', 2), index.mentionsOf('PERSON:Mira Volk'), index.mentionsOfPage('PLACE:Sarn', 1, 1),
      index.summary('PERSON:Mira Volk'), index.nextMention('PLACE:Sarn', 'b.txt', 30, 1), index.findEntities('volk'),
    ];
    // Compared as JSON: holding the answers themselves would keep the snapshot's objects alive.
    const before: unknown = JSON.parse(JSON.stringify(ask()));
    const old = new WeakRef(index.snapshot());
    for (let i = 0; i < 5 && old.deref(); i++) {
      // A WeakRef's target lives at least until the current job ends.
      await new Promise((done) => setImmediate(done));
      gc();
    }
    assert.equal(old.deref(), undefined, 'nothing but the index held the snapshot, and the index holds it weakly');
    assert.deepEqual(JSON.parse(JSON.stringify(ask())), before);
    assert.equal(resolve.calls, 1, 'answered without resolving again');
  });

  it('counts and pages an entity\'s mentions in reading order', () => {
    const index = createCorpusIndex({ resolve: testResolver() });
    for (let i = 0; i < 30; i++) {
      const text = `Report ${i}: Oda Lenz in Harrow, then Oda Lenz again.`;
      index.set(`r${String(i).padStart(2, '0')}.txt`, text, annotation(text, [['Oda Lenz', 'PERSON'], ['Harrow', 'PLACE']]));
    }
    const all = index.mentionsOf('PERSON:Oda Lenz');
    assert.equal(index.mentionCount('PERSON:Oda Lenz'), 60);
    assert.equal(index.mentionCount('PERSON:Nobody'), 0);
    assert.equal(index.size, 30);
    assert.deepEqual(index.mentionsOfPage('PERSON:Oda Lenz', 10, 5), all.slice(10, 15));
    assert.deepEqual(index.mentionsOfPage('PERSON:Oda Lenz', 58, 10), all.slice(58), 'clamped at the end');
    assert.deepEqual(index.mentionsOfPage('PERSON:Oda Lenz', 70, 5), []);
    assert.deepEqual(index.mentionsOfPage('PERSON:Nobody', 0, 5), []);
  });

  it('hands a resolver that is not incremental the annotations exactly as given', () => {
    const seen: CorpusDocumentInput[][] = [];
    const inner = testResolver();
    const resolve = (docs: readonly CorpusDocumentInput[]) => {
      seen.push([...docs]);
      return inner(docs);
    };
    const index = createCorpusIndex({ resolve });
    const text = 'Ines Kolar of the Varn Union (VU) visited Pell.';
    const given = annotation(text, [['Ines Kolar', 'PERSON'], ['Varn Union', 'ORG'], ['Pell', 'PLACE']]);
    const withExtras = { ...given, mentions: given.mentions.map((m, i) => (i === 0 ? { ...m, descriptors: ['envoy'], evidence: 'title' } : m)), definitions: [{ short: 'VU', long: 'Varn Union' }] };
    index.set('x.txt', text, withExtras);
    index.snapshot();
    assert.deepEqual(seen[0][0].annotation, withExtras);
  });
});
