// The reader's corrections as a pure function over a resolved corpus: the same corpus and curation
// always give the same result, and nothing of the input is modified.
import type { ResolvedCorpus } from '../types';
import { applyOne } from './ops';
import type { CorrectionResult, Curation, CurationReport } from './types';
import { createWorkspace, finish } from './workspace';

export interface CuratedCorpus {
  readonly corpus: ResolvedCorpus;
  readonly report: CurationReport;
}

export function applyCuration(corpus: ResolvedCorpus, curation: Curation | undefined): CuratedCorpus {
  if (!curation || curation.corrections.length === 0) return { corpus, report: { results: [] } };
  const ws = createWorkspace(corpus);
  const results: CorrectionResult[] = [];
  for (const correction of curation.corrections) {
    const { status, detail } = applyOne(ws, correction);
    results.push({ correction, status, detail });
  }
  return { corpus: finish(ws), report: { results } };
}

export function staleCorrections(report: CurationReport): readonly CorrectionResult[] {
  return report.results.filter((r) => r.status === 'stale');
}
