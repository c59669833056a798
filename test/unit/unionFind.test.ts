// The union-find under resolution stores only ids merged under another: the sets it reports, and the
// root it picks (the lexicographically smallest id of a set, whatever the order of the merges), must
// be those of a plain component computation.
import * as assert from 'node:assert/strict';
import { UnionFind } from '../../src/core/resolve/unionFind';

function random(seed: number): (n: number) => number {
  let s = seed;
  return (n: number) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return Math.floor((s / 2147483648) * n);
  };
}

/** Components of the pairs by repeated relabelling: slow and obviously right. */
function components(ids: readonly string[], pairs: readonly [string, string][]): Map<string, string> {
  const label = new Map(ids.map((id) => [id, id]));
  for (const [a, b] of pairs) {
    const [from, to] = [label.get(a) as string, label.get(b) as string];
    if (from === to) continue;
    const keep = from < to ? from : to;
    const drop = from < to ? to : from;
    for (const [id, l] of label) if (l === drop) label.set(id, keep);
  }
  return label;
}

describe('resolve: union-find', () => {
  it('an id never merged is its own root, and union reports whether two sets joined', () => {
    const uf = new UnionFind();
    assert.equal(uf.find('solo'), 'solo');
    assert.equal(uf.union('b', 'a'), true);
    assert.equal(uf.union('a', 'b'), false);
    assert.equal(uf.find('b'), 'a');
    assert.equal(uf.find('solo'), 'solo');
  });

  it('gives the components and the smallest id as root for random merges in any order, including long chains', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const rand = random(seed);
      const ids = Array.from({ length: 60 }, (_, i) => `${rand(5)}\u0001n${i}`);
      const pairs: [string, string][] = [];
      // A chain built from the largest id down, so roots move on every merge, then random merges.
      const sorted = [...new Set(ids)].sort().reverse();
      for (let i = 1; i < 15; i++) pairs.push([sorted[i - 1], sorted[i]]);
      for (let i = 0; i < 40; i++) pairs.push([ids[rand(ids.length)], ids[rand(ids.length)]]);
      const uf = new UnionFind();
      const expected = components(ids, pairs);
      pairs.forEach(([a, b], i) => {
        uf.union(a, b);
        // Finds between merges compress paths; the answers must not change because of that.
        if (i % 7 === 0) uf.find(ids[rand(ids.length)]);
      });
      for (const id of ids) assert.equal(uf.find(id), expected.get(id), `seed ${seed}, id ${id}`);
    }
  });
});
