import * as assert from 'node:assert/strict';
import { createGraphIndex, documentGraph, graphToGraphml, pairCounts, pairEvidence, pairKey, segmentText } from '../../src/core/graph';
import type { Entity, EntityType, ResolvedDocument } from '../../src/core/types';
import { resolvedDoc, type NameSpec } from './corpusViewsKit';

const P = (text: string, id: string, type: EntityType = 'PERSON'): NameSpec => ({ text, entity: id, type });
const NAMES = [P('Dara Quill', 'p:quill'), P('Quill', 'p:quill'), P('Tomas Reyd', 'p:reyd'), P('Harrow Trust', 'o:harrow', 'ORG'), P('Lenmouth', 'l:lenmouth', 'PLACE')];
const ENTITIES = new Map<string, Entity>(NAMES.map((n) => [n.entity, { id: n.entity, type: n.type, name: n.text, aliases: [n.text], descriptors: [], reasons: [] }]));

const one = resolvedDoc('one.txt', 'Dara Quill met Tomas Reyd in Lenmouth. Mr. Reyd left early.\n\nThe Harrow Trust paid. Quill thanked the Harrow Trust in Lenmouth.', NAMES);
const two = resolvedDoc('two.txt', 'Tomas Reyd runs the Harrow Trust.\n\nDara Quill was not there.', NAMES);

describe('text segments', () => {
  it('splits sentences at terminal punctuation but not after abbreviations and initials', () => {
    const text = 'Mr. Reyd met Dr. Ann B. Quill in the U.S. today. "Go," she said. Was it late? Yes!\n\nNew paragraph here.';
    const { sentences, paragraphs } = segmentText(text);
    assert.deepEqual(sentences.map((s) => text.slice(s.start, s.end)), ['Mr. Reyd met Dr. Ann B. Quill in the U.S. today.', '"Go," she said.', 'Was it late?', 'Yes!', 'New paragraph here.']);
    assert.equal(paragraphs.length, 2);
  });

  it('handles CRLF, blank-only text and a quote that ends a sentence', () => {
    const text = 'One here.\r\n\r\n"It ended." Then more.';
    assert.deepEqual(segmentText(text).sentences.map((s) => text.slice(s.start, s.end)), ['One here.', '"It ended."', 'Then more.']);
    assert.deepEqual(segmentText(' \n\n \n'), { sentences: [], paragraphs: [] });
  });
});

describe('co-occurrence graph', () => {
  it('counts sentence and paragraph co-occurrences with evidence offsets that match the text', () => {
    const segments = segmentText(one.text);
    const g = documentGraph(one, segments);
    const pair = (x: string, y: string) => {
      const packed = g.pairs.get(pairKey(x, y));
      return packed === undefined ? undefined : pairCounts(pairKey(x, y), packed);
    };
    assert.equal(pair('p:quill', 'p:reyd')?.sentences, 1);
    assert.equal(pair('p:quill', 'l:lenmouth')?.sentences, 2);
    assert.equal(pair('o:harrow', 'l:lenmouth')?.sentences, 1);
    assert.equal(pair('o:harrow', 'p:quill')?.sentences, 1);
    assert.equal(pair('o:harrow', 'p:reyd'), undefined, 'different paragraphs');
    for (const [key, packed] of g.pairs) {
      const p = pairCounts(key, packed);
      const evidence = pairEvidence(one, segments, p.b, p.a, 10);
      assert.equal(evidence.filter((e) => e.scope === 'sentence').length, p.sentences);
      assert.equal(evidence.filter((e) => e.scope === 'paragraph').length, p.paragraphs);
      for (const ev of evidence) {
        const passage = one.text.slice(ev.start, ev.end);
        assert.ok(ev.a.start >= ev.start && ev.a.end <= ev.end && ev.b.start >= ev.start && ev.b.end <= ev.end, 'mentions inside the passage');
        const aText = one.text.slice(ev.a.start, ev.a.end);
        const bText = one.text.slice(ev.b.start, ev.b.end);
        assert.ok(NAMES.some((n) => n.entity === p.a && n.text === aText), `${aText} is a mention of ${p.a}`);
        assert.ok(NAMES.some((n) => n.entity === p.b && n.text === bText), `${bText} is a mention of ${p.b}`);
        if (ev.scope === 'sentence') assert.match(passage, /[.!?]$/);
      }
    }
    assert.equal(g.mentions.get('p:quill')?.count, 2);
  });

  it('counts a pair once per paragraph only when it shares no sentence there', () => {
    const doc = resolvedDoc('p.txt', 'Dara Quill spoke. Then Tomas Reyd spoke.\n\nDara Quill and Tomas Reyd left.', NAMES);
    const segments = segmentText(doc.text);
    const key = pairKey('p:quill', 'p:reyd');
    const p = pairCounts(key, documentGraph(doc, segments).pairs.get(key) ?? 0);
    assert.equal(p.sentences, 1);
    assert.equal(p.paragraphs, 1);
    assert.deepEqual(pairEvidence(doc, segments, 'p:quill', 'p:reyd', 5).map((e) => e.scope), ['paragraph', 'sentence'], 'document order');
  });

  it('sums documents, and an update or removal gives the same graph as a fresh build', () => {
    const index = createGraphIndex();
    assert.equal(index.sync([one, two], ENTITIES), 0);
    const edge = index.query().edges.find((e) => e.source === 'o:harrow' && e.target === 'p:reyd');
    assert.equal(edge?.weight, 1);
    assert.equal(edge?.documents, 1);
    const quillReyd = index.query().edges.find((e) => e.id === 'p:quill|p:reyd');
    assert.deepEqual([quillReyd?.sentences, quillReyd?.paragraphs, quillReyd?.documents], [1, 0, 1]);

    const twoEdited = resolvedDoc('two.txt', 'Tomas Reyd and Dara Quill run the Harrow Trust.', NAMES);
    index.sync([one, twoEdited], ENTITIES);
    const fresh = createGraphIndex();
    fresh.sync([one, twoEdited], ENTITIES);
    assert.deepEqual(index.query(), fresh.query());
    index.sync([twoEdited], ENTITIES);
    const onlyTwo = createGraphIndex();
    onlyTwo.sync([twoEdited], ENTITIES);
    assert.deepEqual(index.query(), onlyTwo.query());
    assert.equal(index.size, 1);
  });

  it('does bounded work per sync call', () => {
    const docs: ResolvedDocument[] = Array.from({ length: 25 }, (_, i) => resolvedDoc(`d${String(i).padStart(2, '0')}.txt`, 'Dara Quill met Tomas Reyd.', NAMES));
    const index = createGraphIndex();
    assert.equal(index.sync(docs, ENTITIES, 10), 15);
    assert.equal(index.sync(docs, ENTITIES, 10), 5);
    assert.equal(index.sync(docs, ENTITIES, 10), 0);
    assert.equal(index.query().edges[0].weight, 25);
  });

  it('returns evidence sentences for an edge, in reading order', () => {
    const index = createGraphIndex();
    index.sync([one, two], ENTITIES);
    const ev = index.evidence('p:reyd', 'o:harrow');
    assert.deepEqual(ev.map((e) => [e.documentId, e.text]), [['two.txt', 'Tomas Reyd runs the Harrow Trust.']]);
    assert.equal(index.evidence('o:harrow', 'p:reyd', 50, (id) => id === 'one.txt').length, 0);
  });

  it('filters by type, minimum weight and documents; centres on a focus; keeps the best connected', () => {
    const index = createGraphIndex();
    index.sync([one, two], ENTITIES);
    assert.deepEqual(index.query({ types: ['PERSON'] }).nodes.map((n) => n.id).sort(), ['p:quill', 'p:reyd']);
    assert.deepEqual(index.query({ minWeight: 2 }).edges.map((e) => e.id), ['l:lenmouth|p:quill']);
    const focused = index.query({ focus: 'o:harrow', limit: 2 });
    assert.equal(focused.focus, 'o:harrow');
    assert.equal(focused.nodes[0].id, 'o:harrow');
    assert.equal(focused.nodes.length, 2);
    assert.equal(focused.totalNodes, 4);
    const onlyTwo = index.query({ documents: (id) => id === 'two.txt' });
    assert.deepEqual(onlyTwo.edges.map((e) => e.id), ['o:harrow|p:reyd']);
    const top = index.query({ limit: 1 });
    assert.equal(top.nodes[0].id, 'p:quill', 'the best connected first (weight 4, ties broken by mentions)');
  });

  it('writes GraphML with escaped names', () => {
    const index = createGraphIndex();
    const entities = new Map(ENTITIES);
    entities.set('o:harrow', { ...(entities.get('o:harrow') as Entity), name: 'Harrow & <Sons> "Trust"' });
    index.sync([two], entities);
    const xml = graphToGraphml(index.query());
    assert.match(xml, /<data key="name">Harrow &amp; &lt;Sons&gt; &quot;Trust&quot;<\/data>/);
    assert.equal((xml.match(/<edge /g) ?? []).length, 1);
    assert.doesNotMatch(xml, /<Sons>/);
  });
});
