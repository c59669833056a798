// The curation the CLI applies: --curation when given, otherwise the workspace file of each folder
// argument. A file that cannot be used is reported and the automatic annotations are kept.
import type { Correction, Curation } from '../../core/curation';
import { CURATION_SCHEMA_VERSION } from '../../core/curation';
import { curationPathFor, readCurationFile } from '../curationFile';

/** Several workspaces' histories one after the other, each keeping its own order. */
export function concatCurations(curations: readonly Curation[]): Curation {
  const corrections: Correction[] = [];
  let offset = 0;
  for (const c of curations) {
    let max = 0;
    for (const correction of c.corrections) {
      corrections.push({ ...correction, seq: correction.seq + offset });
      max = Math.max(max, correction.seq);
    }
    offset += max + 1;
  }
  return { version: CURATION_SCHEMA_VERSION, corrections };
}

export async function loadCuration(explicit: string | undefined, folders: readonly string[], warn: (message: string) => void): Promise<Curation | undefined> {
  const files = explicit !== undefined ? [explicit] : folders.map(curationPathFor);
  const loaded: Curation[] = [];
  for (const file of files) {
    const result = await readCurationFile(file);
    if (!result.ok) {
      warn(`curation file ${file} not used: ${result.error.message}; continuing with automatic annotations`);
      continue;
    }
    if (explicit !== undefined && !result.exists) {
      warn(`curation file ${file} not found; continuing with automatic annotations`);
      continue;
    }
    if (result.curation.corrections.length > 0) loaded.push(result.curation);
  }
  return loaded.length > 0 ? concatCurations(loaded) : undefined;
}
