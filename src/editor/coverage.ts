// Which documents the extension answers for: file or untitled documents in one of our languages, and
// workspace files the include/exclude setting covers, never our own outputs. A pure rule over the
// filter setting and the workspace folders: the corpus itself lives in the engine (language server).
import * as vscode from 'vscode';
import type { FileFilter } from './fileFilter';
import { LANGUAGES } from './ids';

export interface Coverage {
  /** Whether the extension answers for this document (asked on every hover, caret move and keystroke). */
  covers(document: vscode.TextDocument): boolean;
}

export function createCoverage(filter: () => FileFilter): Coverage {
  return {
    covers(document) {
      const { uri } = document;
      if (uri.scheme !== 'file' && uri.scheme !== 'untitled') return false;
      const plainText = (LANGUAGES as readonly string[]).includes(document.languageId);
      if (uri.scheme !== 'file' || vscode.workspace.getWorkspaceFolder(uri) === undefined) return plainText;
      const path = vscode.workspace.asRelativePath(uri, false);
      const f = filter();
      if (f.isOwnOutput(path)) return false;
      return plainText || f.covers(path);
    },
  };
}
