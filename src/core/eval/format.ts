// Plain-text report of an evaluation, laid out like the reference scorer's so numbers can be compared.
import { ENTITY_TYPES } from '../types';
import type { EvalResult } from './index';

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

export function formatReport(r: EvalResult, title: string): string {
  const lines: string[] = [`${title} (${r.documents} docs)`, '', 'MENTIONS            P     R     F1    #pred  #gold'];
  for (const mode of ['exact', 'overlap']) {
    for (const t of [...ENTITY_TYPES, 'ALL'] as const) {
      const x = r.mentions[mode][t];
      if (x) lines.push(`${`${mode} ${t}`.padEnd(16)} ${pct(x.p)} ${pct(x.r)} ${pct(x.f)}  ${String(x.np).padStart(5)}  ${String(x.ng).padStart(5)}`);
    }
  }
  for (const mode of ['exact-untyped', 'overlap-untyped']) {
    const x = r.mentions[mode].ALL;
    lines.push(`${mode.padEnd(16)} ${pct(x.p)} ${pct(x.r)} ${pct(x.f)}`);
  }
  const c = r.clusters;
  lines.push('', `CLUSTERS (over ${c.mentions} overlap-matched mentions)`);
  lines.push(`B-cubed          ${pct(c.b3.p)} ${pct(c.b3.r)} ${pct(c.b3.f)}`);
  lines.push(`pairwise links   ${pct(c.links.p)} ${pct(c.links.r)} ${pct(c.links.f)}`);
  lines.push(`alias merge rate ${pct(c.aliasRecall)}  (${c.aliasMerged}/${c.aliasPairs} name pairs of one gold entity in one predicted entity)`);
  const q = r.quotes;
  lines.push('', 'QUOTES (full quotes; fragments neutral)      P     R     F1');
  lines.push(`span overlap                              ${pct(q.overlap.p)} ${pct(q.overlap.r)} ${pct(q.overlap.f)}   (#pred ${q.overlap.np}, #gold ${q.overlap.ng})`);
  lines.push(`span exact (marks/punct. trimmed)         ${pct(q.exact.p)} ${pct(q.exact.r)} ${pct(q.exact.f)}`);
  lines.push(`overlap, strict (non-speech quoted = FP)  ${pct(q.strict.p)} ${pct(q.strict.r)} ${pct(q.strict.f)}   (#pred ${q.strict.np})`);
  lines.push(`overlap, all quotes incl. fragments       ${pct(q.all.p)} ${pct(q.all.r)} ${pct(q.all.f)}   (#gold ${q.all.ng})`);
  const s = r.speaker;
  lines.push(`speaker accuracy on matched quotes: ${pct(s.accuracyOnMatched)} (${s.correct}/${s.matched})  end-to-end: ${pct(s.endToEnd)}  (gold quotes with a named speaker: ${s.gold})`);
  if (r.problems.length > 0) lines.push('', 'PROBLEMS:', ...r.problems.slice(0, 20));
  return lines.join('\n');
}
