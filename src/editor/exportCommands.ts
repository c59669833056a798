// Export the corpus as the CLI does: one JSON file, or three CSV tables in a folder. Paths in the
// export are workspace-relative so the files can be shared without leaking the local layout.
import * as vscode from 'vscode';
import type { CorpusIndex } from '../core/corpusTypes';
import { toCsv, toJsonExport } from '../core/export';
import { uriOf } from './convert';
import { Commands } from './ids';

export interface ExportDeps {
  readonly index: CorpusIndex;
}

const relativePath = (id: string) => {
  const uri = uriOf(id);
  return uri.scheme === 'file' ? vscode.workspace.asRelativePath(uri, false) : id;
};

export function registerExportCommands(deps: ExportDeps): vscode.Disposable {
  const defaultFolder = () => vscode.workspace.workspaceFolders?.[0]?.uri;
  const write = async (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const empty = () => {
    if (deps.index.snapshot().documents.length > 0) return false;
    void vscode.window.showInformationMessage('Source Annotator: nothing to export yet.');
    return true;
  };

  return vscode.Disposable.from(
    vscode.commands.registerCommand(Commands.exportJson, async (target?: vscode.Uri) => {
      if (empty()) return;
      const folder = defaultFolder();
      const uri = target instanceof vscode.Uri ? target : await vscode.window.showSaveDialog({ defaultUri: folder && vscode.Uri.joinPath(folder, 'source-annotations.json'), filters: { JSON: ['json'] } });
      if (!uri) return;
      await write(uri, `${JSON.stringify(toJsonExport(deps.index.snapshot(), { documentPath: relativePath }), null, 2)}\n`);
      void vscode.window.setStatusBarMessage(`Source Annotator: exported to ${vscode.workspace.asRelativePath(uri)}`, 5000);
    }),
    vscode.commands.registerCommand(Commands.exportCsv, async (target?: vscode.Uri) => {
      if (empty()) return;
      const picked = target instanceof vscode.Uri ? [target] : await vscode.window.showOpenDialog({ canSelectFiles: false, canSelectFolders: true, canSelectMany: false, defaultUri: defaultFolder(), openLabel: 'Export CSV here' });
      const folder = picked?.[0];
      if (!folder) return;
      // Formula escaping on: these files are meant for spreadsheets, and document text is untrusted.
      const csv = toCsv(deps.index.snapshot(), { documentPath: relativePath, escapeFormulas: true });
      await vscode.workspace.fs.createDirectory(folder);
      for (const [name, text] of Object.entries(csv)) await write(vscode.Uri.joinPath(folder, `${name}.csv`), text);
      void vscode.window.setStatusBarMessage(`Source Annotator: exported entities.csv, mentions.csv, quotes.csv to ${vscode.workspace.asRelativePath(folder)}`, 5000);
    }),
  );
}
