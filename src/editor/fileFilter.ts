// Which files the workspace index covers. Globs are matched against the workspace-relative path, the
// same way workspace.findFiles reads them, so the watcher and the initial scan agree.
import { minimatch } from 'minimatch';

export interface FileFilterSettings {
  readonly include: string;
  readonly exclude: string;
  readonly maxFileSizeMB: number;
}

export interface FileFilter {
  readonly settings: FileFilterSettings;
  readonly maxBytes: number;
  /** @param relativePath path relative to its workspace folder, '/'-separated */
  covers(relativePath: string): boolean;
}

export const DEFAULT_FILTER: FileFilterSettings = {
  include: '**/*.{txt,md}',
  exclude: '**/{node_modules,.git,dist,out}/**',
  maxFileSizeMB: 5,
};

export function createFileFilter(settings: Partial<FileFilterSettings>): FileFilter {
  const s: FileFilterSettings = {
    include: typeof settings.include === 'string' && settings.include.trim() ? settings.include : DEFAULT_FILTER.include,
    exclude: typeof settings.exclude === 'string' ? settings.exclude : DEFAULT_FILTER.exclude,
    maxFileSizeMB: typeof settings.maxFileSizeMB === 'number' && settings.maxFileSizeMB > 0 ? settings.maxFileSizeMB : DEFAULT_FILTER.maxFileSizeMB,
  };
  const options = { dot: true, nocase: process.platform === 'win32' };
  return {
    settings: s,
    maxBytes: Math.floor(s.maxFileSizeMB * 1024 * 1024),
    covers(relativePath) {
      const p = relativePath.replace(/\\/g, '/');
      if (!minimatch(p, s.include, options)) return false;
      return !(s.exclude.trim() && minimatch(p, s.exclude, options));
    },
  };
}
