// Entity quality over matched mentions of the whole corpus: B-cubed, pairwise links, and the alias
// merge rate (for every gold entity, each pair of its distinct names found exactly: are they in the
// same predicted entity, judged by the predicted entity most used for each name).
import { prf } from './match';
import type { ClusterPair } from './mentions';
import type { Prf } from './types';

export interface ClusterScores {
  readonly b3: { readonly p: number; readonly r: number; readonly f: number };
  readonly links: Prf;
  readonly mentions: number;
}

export interface AliasScores {
  readonly aliasRecall: number;
  readonly aliasPairs: number;
  readonly aliasMerged: number;
}

const choose2 = (n: number) => (n * (n - 1)) / 2;

function countBy<T>(items: readonly T[], key: (t: T) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const it of items) out.set(key(it), (out.get(key(it)) ?? 0) + 1);
  return out;
}

export function clusterScores(pairs: readonly ClusterPair[]): ClusterScores {
  const gold = countBy(pairs, (x) => x[0]);
  const pred = countBy(pairs, (x) => x[1]);
  const cell = countBy(pairs, (x) => `${x[0]}\u0000${x[1]}`);
  let precision = 0;
  let recall = 0;
  for (const [g, p] of pairs) {
    const both = cell.get(`${g}\u0000${p}`) ?? 0;
    precision += both / (pred.get(p) ?? 1);
    recall += both / (gold.get(g) ?? 1);
  }
  const n = pairs.length || 1;
  const p = precision / n;
  const r = recall / n;
  const sum = (m: Map<string, number>) => [...m.values()].reduce((s, c) => s + choose2(c), 0);
  return { b3: { p, r, f: p + r > 0 ? (2 * p * r) / (p + r) : 0 }, links: prf(sum(cell), sum(pred), sum(gold)), mentions: pairs.length };
}

export function aliasScores(pairs: readonly ClusterPair[]): AliasScores {
  // gold entity -> its name -> predicted cluster -> uses
  const entities = new Map<string, Map<string, Map<string, number>>>();
  for (const [g, p, name] of pairs) {
    let names = entities.get(g);
    if (!names) entities.set(g, (names = new Map()));
    let uses = names.get(name);
    if (!uses) names.set(name, (uses = new Map()));
    uses.set(p, (uses.get(p) ?? 0) + 1);
  }
  let total = 0;
  let merged = 0;
  for (const names of entities.values()) {
    const majority = [...names.values()].map((uses) => {
      let best = '';
      let count = 0;
      for (const [cluster, c] of uses) if (c > count) [best, count] = [cluster, c];
      return best;
    });
    for (let i = 0; i < majority.length; i++) {
      for (let j = i + 1; j < majority.length; j++) {
        total++;
        if (majority[i] === majority[j]) merged++;
      }
    }
  }
  return { aliasRecall: total > 0 ? merged / total : 0, aliasPairs: total, aliasMerged: merged };
}
