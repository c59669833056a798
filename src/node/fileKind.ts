// The one wording of the refusal to read or replace something that is not a regular file (a pipe
// would block the read forever, a device like /dev/zero never ends), shared by the document reader
// and the curation file, so the reader sees the same message wherever it happens.
import type { Stats } from 'node:fs';

/** What a file system entry that is not a regular file is, in words: "a folder", "a named pipe", … */
export function fileKind(stat: Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a named pipe';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'something else';
}

/**
 * "not a regular file (a named pipe)", or "(a link to a named pipe)" when `viaLink` says a symbolic
 * link led there. Callers prefix the path and add what happens next ("; skipped").
 */
export function notRegularFile(stat: Stats, viaLink = false): string {
  return `not a regular file (${viaLink ? 'a link to ' : ''}${fileKind(stat)})`;
}
