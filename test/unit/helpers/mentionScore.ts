// Exact typed mention F1 in the reference scorer's conventions: spans must match exactly, optional
// gold mentions are neutral, altTypes are accepted, boilerplate is ignored. Pure, for threshold tests.
export interface GoldMention {
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly optional?: boolean;
  readonly boilerplate?: boolean;
  readonly altTypes?: readonly string[];
}
export interface PredMention {
  readonly start: number;
  readonly end: number;
  readonly type: string;
}
export interface Counts {
  tp: number;
  predicted: number;
  gold: number;
}
export type TypeCounts = Record<'ALL' | 'PERSON' | 'ORG' | 'PLACE', { p: Counts; r: Counts }>;

export function emptyCounts(): TypeCounts {
  const c = () => ({ p: { tp: 0, predicted: 0, gold: 0 }, r: { tp: 0, predicted: 0, gold: 0 } });
  return { ALL: c(), PERSON: c(), ORG: c(), PLACE: c() };
}

export function scoreDocument(
  gold: readonly GoldMention[],
  predicted: readonly PredMention[],
  boilerplate: readonly (readonly [number, number])[] = [],
  into: TypeCounts = emptyCounts(),
): TypeCounts {
  const inBp = (x: { start: number; end: number }) => boilerplate.some(([a, b]) => x.start < b && a < x.end);
  const g = gold.filter((m) => !m.boilerplate && !inBp(m));
  const req = g.filter((m) => !m.optional);
  const opt = g.filter((m) => m.optional);
  const preds = predicted.filter((m) => m.end > m.start && !inBp(m));
  const key = (x: { start: number; end: number }) => `${x.start}:${x.end}`;
  const reqBySpan = new Map(req.map((m) => [key(m), m]));
  const optSpans = new Set(opt.map(key));
  const usedGold = new Set<GoldMention>();
  const typeOk = (p: PredMention, m: GoldMention) => p.type === m.type || (m.altTypes ?? []).includes(p.type);
  for (const p of preds) {
    const m = reqBySpan.get(key(p));
    if (m && !usedGold.has(m) && typeOk(p, m)) {
      usedGold.add(m);
      into.ALL.p.tp++;
      into.ALL.p.predicted++;
      bucket(into, p.type).p.tp++;
      bucket(into, p.type).p.predicted++;
      bucket(into, m.type).r.tp++;
      continue;
    }
    // Unmatched predictions on an optional gold span are neutral.
    if (optSpans.has(key(p))) continue;
    into.ALL.p.predicted++;
    bucket(into, p.type).p.predicted++;
  }
  into.ALL.r.gold += req.length;
  into.ALL.r.tp = into.ALL.p.tp;
  for (const m of req) bucket(into, m.type).r.gold++;
  return into;
}

function bucket(c: TypeCounts, type: string) {
  return type === 'PERSON' || type === 'ORG' || type === 'PLACE' ? c[type] : c.ALL;
}

export function f1(c: { p: Counts; r: Counts }): number {
  const p = c.p.predicted ? c.p.tp / c.p.predicted : 0;
  const r = c.r.gold ? c.r.tp / c.r.gold : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
}
