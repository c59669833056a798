// The compact structures of resolution keep the behaviour of what they replaced: Counts orders and
// counts keys as a Map<K, number> does (checked against a Map on random operations), and a resolved
// mention lists the detected mention's fields in their order, with its type and entity, as a spread
// of it would (checked through resolveCorpus on mentions of several shapes). Names invented.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { resolveCorpus } from '../../src/core/resolve';
import { Counts } from '../../src/core/resolve/counts';
import type { DetectedMention } from '../../src/core/types';

describe('resolve: compact structures behave as what they replaced', () => {
  it('Counts keeps the keys, their counts and their order as a Map does, through adds, sets and deletes', () => {
    const key = fc.constantFrom('a', 'b', 'c', 'd');
    const op = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), key, by: fc.integer({ min: -2, max: 3 }) }),
      fc.record({ kind: fc.constant('set' as const), key, by: fc.integer({ min: 0, max: 5 }) }),
      fc.record({ kind: fc.constant('delete' as const), key, by: fc.constant(0) }),
    );
    fc.assert(fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
      const counts = new Counts<string>();
      const map = new Map<string, number>();
      for (const o of ops) {
        if (o.kind === 'add') {
          counts.add(o.key, o.by);
          map.set(o.key, (map.get(o.key) ?? 0) + o.by);
        } else if (o.kind === 'set') {
          counts.set(o.key, o.by);
          map.set(o.key, o.by);
        } else assert.equal(counts.delete(o.key), map.delete(o.key));
        const seen: [string, number][] = [];
        for (let i = 0; i < counts.size; i++) seen.push([counts.keyAt(i), counts.countAt(i)]);
        assert.deepEqual(seen, [...map.entries()]);
        assert.equal(counts.total(), [...map.values()].reduce((a, b) => a + b, 0));
        for (const k of ['a', 'b', 'c', 'd']) assert.equal(counts.get(k), map.get(k));
      }
    }));
  });

  it('a resolved mention has the detected mention\'s fields in their order, then its entity, whatever its shape', () => {
    const text = 'Orla Venn met Venn. Kestrel Board spoke. Doria wept.';
    const at = (s: string) => text.indexOf(s);
    const shapes: DetectedMention[] = [
      { start: at('Orla Venn'), end: at('Orla Venn') + 9, text: 'Orla Venn', type: 'PERSON', evidence: 'given-name', descriptors: ['chair'] },
      { start: at('Venn.'), end: at('Venn.') + 4, text: 'Venn', type: 'PERSON', evidence: 'verb' },
      // Another order of the same fields, and a field of its own: not the annotator's shapes.
      { evidence: 'head:Board', start: at('Kestrel'), end: at('Kestrel') + 13, text: 'Kestrel Board', type: 'ORG' } as DetectedMention,
      { start: at('Doria'), end: at('Doria') + 5, text: 'Doria', type: 'PLACE', evidence: 'default', name: 'Doria' },
      { start: 0, end: 0, text: '', type: 'PLACE' },
    ];
    const annotation = { mentions: shapes, quotes: [], definitions: [] };
    const [doc] = resolveCorpus([{ id: 'd', text, annotation }]).documents;
    const byStart = new Map(doc.mentions.map((m) => [m.start, m]));
    for (const m of shapes.filter((x) => x.end > x.start)) {
      const resolved = byStart.get(m.start);
      assert.ok(resolved);
      const expected = { ...m, type: resolved.type, entity: resolved.entity };
      assert.deepEqual(Object.keys(resolved), Object.keys(expected));
      assert.deepEqual(resolved, expected);
    }
  });
});
