// Which files the workspace index covers. Globs are matched against the workspace-relative path, the
// same way workspace.findFiles reads them, so the watcher and the initial scan agree.
import { Minimatch } from 'minimatch';

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
  /**
   * Whether the path is one of the extension's own files (see OWN_OUTPUTS), which are never
   * annotated, whatever the settings say and even when opened as plain text.
   */
  isOwnOutput(relativePath: string): boolean;
}

/** The folder of the extension's own files in a workspace: the corrections file and default exports. */
export const OWN_FOLDER = '.source-annotator';
/** Where exports go unless the reader picks another place: inside OWN_FOLDER, so never indexed. */
export const DEFAULT_EXPORT_FOLDER = `${OWN_FOLDER}/exports`;

/**
 * The extension's own outputs: its folder, and the files an export writes wherever the reader puts
 * them (CSV tables, brat standoff and its configuration). A CSV opens as plain text in VS Code,
 * so without this an exported entities.csv would be annotated and its names linked to the articles.
 */
export const OWN_OUTPUTS = `{${OWN_FOLDER}/**,**/${OWN_FOLDER}/**,**/{entities,mentions,quotes}.csv,**/*.ann,**/annotation.conf}`;

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
  // covers and isOwnOutput run on every hover, caret move and keystroke in an open document: each
  // glob is compiled once (on first use, so a pattern minimatch rejects throws where it always did),
  // where the minimatch() function would expand and compile it again on every call.
  const glob = (pattern: string) => {
    let compiled: Minimatch | undefined;
    return (p: string) => (compiled ??= new Minimatch(pattern, options)).match(p);
  };
  const include = glob(s.include);
  const exclude = glob(s.exclude);
  const ownOutput = glob(OWN_OUTPUTS);
  return {
    settings: s,
    maxBytes: Math.floor(s.maxFileSizeMB * 1024 * 1024),
    isOwnOutput: (relativePath) => ownOutput(relativePath.replace(/\\/g, '/')),
    covers(relativePath) {
      const p = relativePath.replace(/\\/g, '/');
      if (!include(p) || ownOutput(p)) return false;
      return !(s.exclude.trim() && exclude(p));
    },
  };
}
