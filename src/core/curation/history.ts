// The file is its own history: corrections are appended with the next seq, and undo removes the
// last one. Pure functions, so the editor decides when to save.
import type { Correction, Curation, NewCorrection } from './types';
import { sortCorrections } from './file';

export function addCorrection(curation: Curation, correction: NewCorrection): Curation {
  const seq = curation.corrections.reduce((max, c) => Math.max(max, c.seq), 0) + 1;
  return { version: curation.version, corrections: [...sortCorrections(curation.corrections), { ...correction, seq } as Correction] };
}

export function undoLastCorrection(curation: Curation): { readonly curation: Curation; readonly undone: Correction | undefined } {
  if (curation.corrections.length === 0) return { curation, undone: undefined };
  const sorted = sortCorrections(curation.corrections);
  const undone = sorted.pop();
  return { curation: { version: curation.version, corrections: sorted }, undone };
}
