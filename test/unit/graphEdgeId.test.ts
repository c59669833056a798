// Graph edge ids are printable and unambiguous (a first-time user's run found a NUL between the two
// entity ids in the CLI's JSON): any two ids, however odd their characters, give an id with no control
// or invisible character that splits back into the same two ids.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { createGraphIndex, edgeId, graphToGraphml, parseEdgeId } from '../../src/core/graph';
import { fromWire, toWire } from '../../src/core/graph/wire';
import type { Entity, EntityType } from '../../src/core/types';
import { resolvedDoc, type NameSpec } from './corpusViewsKit';

// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/;

describe('graph edge ids', () => {
  it('join the two ids in sorted order with "|", readable for ordinary ids', () => {
    assert.equal(edgeId('person:ann-vell', 'place:orlov'), 'person:ann-vell|place:orlov');
    assert.equal(edgeId('place:orlov', 'person:ann-vell'), 'person:ann-vell|place:orlov');
    assert.equal(edgeId('org:a|b', 'org:c'), 'org:a%7Cb|org:c');
    assert.equal(edgeId('org:50%', 'x\u0000y'), 'org:50%25|x%00y');
  });

  it('are printable and split back into the same two ids, for any ids (property)', () => {
    const id = fc.string({ unit: fc.constantFrom('a', 'Z', ':', '-', '|', '%', '%u', '25', '\u0000', '\n', '\u200b', '\u202e', 'é', '😀', '\ufeff', ' ') });
    fc.assert(fc.property(id, id, (a, b) => {
      const e = edgeId(a, b);
      assert.ok(!UNPRINTABLE.test(e), JSON.stringify(e));
      assert.equal((e.match(/\|/g) ?? []).length, 1);
      assert.deepEqual(parseEdgeId(e), a < b ? [a, b] : [b, a]);
      assert.equal(edgeId(b, a), e);
    }), { numRuns: 500 });
  });

  it('says null for what is not an edge id', () => {
    assert.equal(parseEdgeId('no-bar'), null);
    assert.equal(parseEdgeId('a|b|c'), null);
  });

  it('the graph query, its wire round trip and GraphML carry no NUL', () => {
    const P = (text: string, entity: string, type: EntityType = 'PERSON'): NameSpec => ({ text, entity, type });
    const names = [P('Wenna Drossel', 'person:wenna-drossel'), P('Kettle Bay Fishery', 'org:kettle-bay-fishery', 'ORG'), P('Saltmere', 'place:saltmere', 'PLACE')];
    const entities = new Map<string, Entity>(names.map((n) => [n.entity, { id: n.entity, type: n.type, name: n.text, aliases: [n.text], descriptors: [], reasons: [] }]));
    const doc = resolvedDoc('a.txt', 'Wenna Drossel runs the Kettle Bay Fishery in Saltmere.', names);
    const index = createGraphIndex();
    index.sync([doc], entities);
    const graph = index.query();
    assert.equal(graph.edges.length, 3);
    for (const e of graph.edges) assert.deepEqual(parseEdgeId(e.id), [e.source, e.target].sort());
    const json = JSON.stringify(graph);
    assert.ok(!json.includes('\\u0000') && !json.includes('\u0000'));
    assert.deepEqual(fromWire(toWire(graph)).edges.map((e) => e.id), graph.edges.map((e) => e.id));
    assert.ok(!graphToGraphml(graph).includes('\u0000'));
    assert.ok(graph.edges.some((e) => e.id === 'org:kettle-bay-fishery|person:wenna-drossel'));
  });
});
