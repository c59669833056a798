import assert from 'node:assert/strict';
import { createCorpusIndex } from '../../src/core/corpus';
import { addCorrection, emptyCuration, type Curation } from '../../src/core/curation';
import { annotation, testResolver } from './corpusTestKit';

const A = 'Ann Smith met Bo Diallo in Lyon. Later Smith left Lyon.';
const B = 'In Lyon, Smith spoke. "We are done," Smith said.';
const C = 'Nobody here but Bo Diallo.';
const names = [['Ann Smith', 'PERSON'], ['Smith', 'PERSON'], ['Bo Diallo', 'PERSON'], ['Lyon', 'PLACE']] as const;

function fixture(curation?: () => Curation | undefined) {
  const resolve = testResolver({ Smith: 'Ann Smith' });
  const index = createCorpusIndex({ resolve, curation });
  // Added out of order: reading order must still be by id.
  index.set('c.txt', C, annotation(C, names));
  index.set('a.txt', A, annotation(A, names));
  index.set('b.txt', B, annotation(B, names, [{ text: '"We are done,"', speaker: 'Smith' }]));
  return { index, resolve };
}

describe('corpus index', () => {
  it('resolves lazily, once per change', () => {
    const { index, resolve } = fixture();
    assert.equal(resolve.calls, 0);
    index.snapshot();
    index.mentionsOf('PERSON:Ann Smith');
    index.summary('PERSON:Ann Smith');
    assert.equal(resolve.calls, 1);
    const v = index.version;
    index.set('b.txt', B, annotation(B, names));
    assert.ok(index.version > v);
    index.snapshot();
    assert.equal(resolve.calls, 2);
  });

  it('keeps documents in reading order and removes them', () => {
    const { index } = fixture();
    assert.deepEqual(index.snapshot().documents.map((d) => d.id), ['a.txt', 'b.txt', 'c.txt']);
    assert.equal(index.remove('b.txt'), true);
    assert.equal(index.remove('b.txt'), false);
    assert.equal(index.has('b.txt'), false);
    assert.deepEqual(index.snapshot().documents.map((d) => d.id), ['a.txt', 'c.txt']);
    assert.equal(index.document('b.txt'), undefined);
  });

  it('finds the mention and quote at an offset', () => {
    const { index } = fixture();
    const at = A.indexOf('Diallo');
    assert.equal(index.mentionAt('a.txt', at)?.text, 'Bo Diallo');
    assert.equal(index.mentionAt('a.txt', A.indexOf('Bo')) ?.entity, 'PERSON:Bo Diallo');
    assert.equal(index.mentionAt('a.txt', A.indexOf(' met')), undefined, 'end is exclusive');
    assert.equal(index.mentionAt('a.txt', 0)?.text, 'Ann Smith');
    assert.equal(index.mentionAt('missing.txt', 0), undefined);
    assert.equal(index.quoteAt('b.txt', B.indexOf('done'))?.speaker, 'PERSON:Ann Smith');
    assert.equal(index.quoteAt('b.txt', 0), undefined);
  });

  it('lists mentions of an entity across documents in reading order', () => {
    const { index } = fixture();
    const refs = index.mentionsOf('PERSON:Ann Smith');
    assert.deepEqual(refs.map((r) => [r.documentId, r.mention.text]), [
      ['a.txt', 'Ann Smith'], ['a.txt', 'Smith'], ['b.txt', 'Smith'], ['b.txt', 'Smith'],
    ]);
    assert.deepEqual(index.mentionsOf('nobody'), []);
  });

  it('moves to the next and previous mention, wrapping across documents', () => {
    const { index } = fixture();
    const id = 'PERSON:Ann Smith';
    const bSecond = B.lastIndexOf('Smith');
    const next = index.nextMention(id, 'b.txt', bSecond, 1);
    assert.deepEqual([next?.documentId, next?.mention.start], ['a.txt', 0], 'wraps forward to the first document');
    const prev = index.nextMention(id, 'a.txt', 0, -1);
    assert.deepEqual([prev?.documentId, prev?.mention.start], ['b.txt', bSecond], 'wraps backward to the last document');
    const fromInside = index.nextMention(id, 'a.txt', A.lastIndexOf('Smith') + 2, -1);
    assert.deepEqual([fromInside?.documentId, fromInside?.mention.start], ['a.txt', 0], 'from inside a mention, previous means the one before it');
    const across = index.nextMention(id, 'a.txt', A.lastIndexOf('Smith'), 1);
    assert.deepEqual([across?.documentId, across?.mention.start], ['b.txt', B.indexOf('Smith')]);
    const fromOther = index.nextMention('PERSON:Bo Diallo', 'b.txt', 0, 1);
    assert.deepEqual([fromOther?.documentId, fromOther?.mention.text], ['c.txt', 'Bo Diallo'], 'works from a document without the entity');
    assert.equal(index.nextMention('nobody', 'a.txt', 0, 1), undefined);
  });

  it('summarizes an entity', () => {
    const { index } = fixture();
    const s = index.summary('PERSON:Ann Smith');
    assert.ok(s);
    assert.equal(s.mentionCount, 4);
    assert.equal(s.documentCount, 2);
    assert.deepEqual(s.documents, [{ documentId: 'a.txt', count: 2 }, { documentId: 'b.txt', count: 2 }]);
    assert.deepEqual(s.quotes.map((q) => q.quote.text), ['"We are done,"']);
    assert.deepEqual([s.definition.documentId, s.definition.mention.text], ['a.txt', 'Ann Smith']);
    assert.equal(index.summary('nobody'), undefined);
  });

  it('finds entities by any alias, ignoring case and accents', () => {
    const resolve = testResolver();
    const index = createCorpusIndex({ resolve });
    const text = 'São Paulo and NATO and Paulo Freire.';
    index.set('x', text, annotation(text, [['São Paulo', 'PLACE'], ['NATO', 'ORG'], ['Paulo Freire', 'PERSON']]));
    assert.deepEqual(index.findEntities('sao paulo').map((e) => e.name), ['São Paulo']);
    assert.deepEqual(index.findEntities('nato').map((e) => e.name), ['NATO']);
    assert.deepEqual(index.findEntities('paulo').map((e) => e.name).sort(), ['Paulo Freire', 'São Paulo']);
    assert.equal(index.findEntities('paulo')[0].name, 'Paulo Freire', 'a name starting with the query ranks first');
    assert.equal(index.findEntities('', 2).length, 2);
    assert.deepEqual(index.findEntities('zzz'), []);
  });

  it('applies curation and recomputes when the curation object changes, without re-resolving', () => {
    const state: { curation?: Curation } = {};
    const { index, resolve } = fixture(() => state.curation);
    assert.equal(index.snapshot().entities.get('PERSON:Ann Smith')?.name, 'Ann Smith');
    const v = index.version;
    state.curation = addCorrection(emptyCuration(), { op: 'rename', entity: { name: 'Smith' }, name: 'Dr. Ann Smith' });
    assert.ok(index.version > v);
    assert.equal(index.snapshot().entities.get('PERSON:Ann Smith')?.name, 'Dr. Ann Smith');
    assert.equal(index.curationReport().results[0].status, 'applied');
    assert.equal(resolve.calls, 1);
  });

  it('keeps applying curation after an edit shifts every offset, and reports stale corrections', () => {
    const curation = [
      { op: 'rename', entity: { name: 'Smith' }, name: 'Dr. Ann Smith' },
      { op: 'reject', text: 'Lyon', document: 'a.txt' },
      { op: 'merge', entity: { name: 'Nobody Here' }, into: { name: 'Smith' } },
    ] as const;
    const state = { curation: curation.reduce(addCorrection, emptyCuration()) };
    const { index } = fixture(() => state.curation);
    const check = (shift: number) => {
      assert.equal(index.entity('PERSON:Ann Smith')?.name, 'Dr. Ann Smith');
      assert.equal(index.mentionAt('a.txt', shift + A.indexOf('Lyon')), undefined);
      assert.equal(index.mentionAt('b.txt', B.indexOf('Lyon'))?.text, 'Lyon');
      assert.deepEqual(index.curationReport().results.map((r) => r.status), ['applied', 'applied', 'stale']);
    };
    check(0);
    const edited = 'Correction appended.\n\n' + A;
    index.set('a.txt', edited, annotation(edited, names));
    check('Correction appended.\n\n'.length);
    assert.equal(index.mentionAt('a.txt', edited.indexOf('Bo Diallo'))?.text, 'Bo Diallo');
  });

  it('indexes 10,000 small documents', () => {
    const resolve = testResolver();
    const index = createCorpusIndex({ resolve });
    const people = ['Ann Smith', 'Bo Diallo', 'Cy Young', 'Di Prince'];
    for (let i = 0; i < 10000; i++) {
      const p = people[i % people.length];
      const text = `Story ${i}: ${p} visited Lyon.`;
      index.set(`doc${String(i).padStart(5, '0')}.txt`, text, annotation(text, [[p, 'PERSON'], ['Lyon', 'PLACE']]));
    }
    assert.equal(index.mentionsOf('PLACE:Lyon').length, 10000);
    const last = index.nextMention('PLACE:Lyon', 'doc09999.txt', 30, 1);
    assert.equal(last?.documentId, 'doc00000.txt');
    index.set('doc05000.txt', 'Changed.', annotation('Changed.', []));
    assert.equal(index.mentionsOf('PLACE:Lyon').length, 9999);
    assert.equal(index.summary('PERSON:Ann Smith')?.documentCount, 2499, 'doc05000 was about Ann Smith');
  });
});
