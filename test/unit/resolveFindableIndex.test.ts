// The cross-document step's candidate index (indexFindable, built without a key list per entity) is the
// same index as its plain reference form (indexFindableReference), on generated document-level
// entities of invented names: people, long and short organization and place names, acronyms, names
// shown under several surfaces (the initials follow the most frequent one). Both are computed here.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { Counts } from '../../src/core/resolve/counts';
import { indexFindable, indexFindableReference, type FindableEntity } from '../../src/core/resolve/crossDocument';
import type { NodeInfo } from '../../src/core/resolve/entities';
import { isAcronym, nameKey, nameWords } from '../../src/core/resolve/names';
import type { EntityType } from '../../src/core/types';

/** Names with the surfaces they may be written in. */
const NAMES: readonly (readonly [cls: 'P' | 'OP', surfaces: readonly string[]])[] = [
  ['P', ['Talia Vorne']], ['P', ['Vorne']], ['P', ['Talia']], ['P', ['Brisk Talia Vorne']], ['P', ['de Vorne']],
  ['OP', ['Quarry Harbor Authority', 'QUARRY HARBOR AUTHORITY', 'Quarry Harbour Authority']], ['OP', ['QHA']], ['OP', ['Q.H.A.']],
  ['OP', ['Ministry of Harbors']], ['OP', ['Harbors Ministry']], ['OP', ['Ostmark Grain Board', 'Ostmark grain board']], ['OP', ['OGB']],
  ['OP', ['Ostmark']], ['OP', ['Main Street']], ['OP', ['Council']], ['OP', ['Pellin Trust Bank']], ['OP', ['Trust Bank']],
];
const TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'PLACE'];

function node(i: number, counts: readonly number[]): NodeInfo {
  const [cls, surfaces] = NAMES[i];
  const key = nameKey(surfaces[0]);
  const info: NodeInfo = { id: `${cls}:${key}`, cls, key, words: nameWords(surfaces[0]), acronym: isAcronym(surfaces[0]), surfaces: new Counts(), types: new Counts() };
  surfaces.forEach((s, k) => info.surfaces.add(s, 1 + (counts[k] ?? 0)));
  return info;
}

const entity = fc.record({
  type: fc.nat(TYPES.length - 1),
  names: fc.array(fc.tuple(fc.nat(NAMES.length - 1), fc.array(fc.nat(3), { minLength: 3, maxLength: 3 })), { minLength: 1, maxLength: 4 }),
  strong: fc.array(fc.nat(NAMES.length - 1), { maxLength: 2 }),
  weak: fc.array(fc.nat(NAMES.length - 1), { maxLength: 2 }),
});

/** Every key either function could index (all wanted), to pick the wanted ones from. */
const everything = { has: () => true } as unknown as ReadonlySet<string>;

describe('indexFindable', () => {
  it('builds the same candidate index as its reference form, whatever keys are wanted', () => {
    fc.assert(fc.property(fc.array(entity, { minLength: 1, maxLength: 12 }), fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), (spec, pick) => {
      const entities: FindableEntity[] = spec.map((s, index) => {
        const type = TYPES[s.type];
        const key = (n: number) => `${type}|${nameKey(NAMES[n][1][0])}`;
        return { index, type, names: s.names.map(([n, c]) => node(n, c)), strong: s.strong.map((n) => ({ key: key(n) })), weak: s.weak.map(key) };
      });
      const all = [...indexFindableReference(entities, everything).keys()].sort();
      const wanted = new Set(all.filter((_, i) => pick[i % pick.length]));
      for (const w of [wanted, new Set(all)]) {
        const fast = indexFindable(entities, w);
        const plain = indexFindableReference(entities, w);
        assert.deepEqual(new Map([...fast].sort()), new Map([...plain].sort()));
      }
      // Initials are among the keys when a long organization name is present (the path the fast form keeps apart).
      if (entities.some((e) => e.type !== 'PERSON' && e.names.some((n) => n.key === 'quarry harbor authority'))) {
        assert.ok(all.some((k) => k.endsWith('|qha')));
      }
    }), { numRuns: 200 });
  });
});
