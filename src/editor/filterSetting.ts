// The include/exclude/max-size settings, compiled once and recompiled only when they change: the
// check runs on every keystroke in every open document, so it must not re-read configuration.
import * as vscode from 'vscode';
import { createFileFilter, type FileFilter } from './fileFilter';
import { Config } from './ids';

export interface FilterSetting extends vscode.Disposable {
  current(): FileFilter;
  /** Fires after current() already returns the new filter. */
  readonly onDidChange: vscode.Event<void>;
}

function read(): FileFilter {
  const c = vscode.workspace.getConfiguration(Config.section);
  return createFileFilter({ include: c.get(Config.include), exclude: c.get(Config.exclude), maxFileSizeMB: c.get(Config.maxFileSizeMB) });
}

export function watchFilterSetting(): FilterSetting {
  let filter = read();
  const changed = new vscode.EventEmitter<void>();
  const keys = [Config.include, Config.exclude, Config.maxFileSizeMB].map((k) => `${Config.section}.${k}`);
  const listener = vscode.workspace.onDidChangeConfiguration((e) => {
    if (!keys.some((k) => e.affectsConfiguration(k))) return;
    filter = read();
    changed.fire();
  });
  return {
    current: () => filter,
    onDidChange: changed.event,
    dispose: () => vscode.Disposable.from(listener, changed).dispose(),
  };
}
