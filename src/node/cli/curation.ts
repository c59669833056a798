// The curation the CLI applies: --curation when given, otherwise the workspace file of each folder
// argument. A file that cannot be used is reported and the automatic annotations are kept.
import * as fs from 'node:fs/promises';
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

/**
 * The message for an explicit `--curation PATH` that names no file (the reader asked for that file, so
 * going on without it would hide a typo), or undefined when it exists or none was given. The default
 * workspace file's absence is not a problem and is never checked here. `explicit` is absolute.
 */
export async function missingExplicitCuration(explicit: string | undefined): Promise<string | undefined> {
  if (explicit === undefined) return undefined;
  const stat = await fs.stat(explicit).catch((e: NodeJS.ErrnoException) => e);
  if (stat instanceof Error) return stat.code === 'ENOENT' || stat.code === 'ENOTDIR' ? `curation file ${explicit} not found (--curation names a file that does not exist)` : undefined;
  return stat.isDirectory() ? `curation file ${explicit} is a folder, not a file` : undefined;
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
