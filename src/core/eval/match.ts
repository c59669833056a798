// Greedy one-to-one matching of predictions to gold items, best-scoring pairs first. Ties keep the
// order in which the pairs were listed (predictions outer, gold inner), so results are reproducible.
import type { Span } from '../types';
import type { Prf } from './types';

export function greedyMatch<P, G>(preds: readonly P[], golds: readonly G[], ok: (p: P, g: G) => boolean, score: (p: P, g: G) => number): Map<P, G> {
  const pairs: { s: number; p: P; g: G; order: number }[] = [];
  for (const p of preds) for (const g of golds) if (ok(p, g)) pairs.push({ s: score(p, g), p, g, order: pairs.length });
  pairs.sort((a, b) => b.s - a.s || a.order - b.order);
  const matched = new Map<P, G>();
  const used = new Set<G>();
  for (const { p, g } of pairs) {
    if (matched.has(p) || used.has(g)) continue;
    matched.set(p, g);
    used.add(g);
  }
  return matched;
}

export const overlapLength = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
export const sameSpan = (a: Span, b: Span) => a.start === b.start && a.end === b.end;

export function prf(tp: number, np: number, ng: number): Prf {
  const p = np > 0 ? tp / np : 0;
  const r = ng > 0 ? tp / ng : 0;
  return { p, r, f: p + r > 0 ? (2 * p * r) / (p + r) : 0, tp, np, ng };
}

/** Adds counts into a running total. */
export class Tally {
  private readonly counts = new Map<string, { tp: number; np: number; ng: number }>();

  add(key: string, tp: number, np: number, ng: number): void {
    const c = this.counts.get(key) ?? { tp: 0, np: 0, ng: 0 };
    c.tp += tp;
    c.np += np;
    c.ng += ng;
    this.counts.set(key, c);
  }

  get(key: string): { tp: number; np: number; ng: number } {
    return this.counts.get(key) ?? { tp: 0, np: 0, ng: 0 };
  }
}
