// The English names of the first-level subdivisions of the world's countries (provinces, states,
// regions), built by scripts/build-subdivisions.mjs (npm run build:subdivisions) from
// country-region-data (MIT). See that script for what it leaves out.
import names from './subdivisions.json';

/** Subdivision names as the data writes them ("British Columbia", "Queensland", "Sindh"); case-sensitive. */
export const SUBDIVISIONS: ReadonlySet<string> = new Set(names as string[]);
