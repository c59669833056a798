// The curation report in words, for the output channel: which corrections apply and which no longer
// find their target (kept in the file, so they apply again if the text comes back).
import type { Correction, CorrectionResult, CurationReport } from '../../core/curation';

const q = (text: string) => `“${text.length > 60 ? `${text.slice(0, 57)}...` : text}”`;

export function describeCorrection(c: Correction): string {
  switch (c.op) {
    case 'rename': return `rename ${q(c.entity.name)} to ${q(c.name)}`;
    case 'merge': return `merge ${q(c.entity.name)} into ${q(c.into.name)}`;
    case 'split': return `split ${q(c.alias)} off ${q(c.entity.name)}`;
    case 'retype': return `${q(c.entity.name)} is a ${c.type}`;
    case 'reject': return `${q(c.text)} is not a name${c.document ? ` in ${c.document}` : ''}`;
    case 'add': return `${q(c.text)} is a ${c.type}`;
    case 'speaker': return `quote ${q(c.quote)} said by ${c.speaker ? q(c.speaker.name) : 'nobody'}${c.document ? ` in ${c.document}` : ''}`;
    case 'notSame': return `${q(c.entity.name)} in ${c.document} is not the same as elsewhere`;
    case 'sameEntity': return `${q(c.entity.name)} in ${c.document} is the same as ${q(c.into.name)}`;
  }
}

export function staleResults(report: CurationReport): CorrectionResult[] {
  return report.results.filter((r) => r.status === 'stale');
}

/** A key that changes exactly when the set of stale corrections does. */
export function staleKey(report: CurationReport): string {
  return staleResults(report).map((r) => `${r.correction.seq}:${r.correction.op}`).join(',');
}

export function formatCurationReport(report: CurationReport, file: string, problem: string | undefined): string[] {
  if (problem !== undefined) return [`Corrections in ${file} are not applied: ${problem}. The file is left untouched.`];
  const stale = staleResults(report);
  const lines = [`Corrections in ${file}: ${report.results.length} recorded, ${report.results.length - stale.length} applied, ${stale.length} no longer apply.`];
  for (const r of report.results) {
    lines.push(`  ${r.status === 'stale' ? 'STALE  ' : 'applied'} #${r.correction.seq} ${describeCorrection(r.correction)}: ${r.detail}`);
  }
  if (stale.length > 0) lines.push('Stale corrections stay in the file and apply again when their target comes back; undo or edit the file to remove them.');
  return lines;
}
