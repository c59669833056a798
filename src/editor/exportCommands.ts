// Export the curated corpus in every format the CLI writes (JSON, CSV tables, brat standoff folder,
// W3C Web Annotation JSON-LD, FollowTheMoney JSON lines). The engine builds the content (core
// exportBundle, tested to match the CLI's files byte for byte) and the client writes it where the reader chose.
// Document paths are workspace-relative, so exports can be shared without the local layout.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { writeFileAtomic, writeFilesAtomic } from '../node/atomicWrite';
import { DocumentIdsRequest, ExportRequest, type ExportFormat, type ExportParams } from '../protocol';
import { uriOf } from './convert';
import type { EngineClient } from './engineClient';
import { DEFAULT_EXPORT_FOLDER, OWN_FOLDER } from './fileFilter';
import { Commands, type CommandId } from './ids';

export interface ExportDeps {
  /** Builds the export's content from its curated corpus (ExportRequest); the client writes it. */
  readonly engine: Pick<EngineClient, 'request'>;
}

/** The documents to export with their workspace-relative paths ('/'-separated): files on disk only. */
async function exportPaths(engine: ExportDeps['engine']): Promise<{ readonly paths: ExportParams['paths']; readonly count: number; readonly skipped: number }> {
  const ids = await engine.request(DocumentIdsRequest);
  const paths: Record<string, string> = {};
  let count = 0;
  for (const id of ids) {
    const uri = uriOf(id);
    if (uri.scheme !== 'file') continue;
    paths[id] = vscode.workspace.asRelativePath(uri).replace(/\\/g, '/');
    count++;
  }
  // Open documents without a file (untitled) have no path to export under.
  return { paths, count, skipped: ids.length - count };
}

interface FormatSpec {
  readonly command: CommandId;
  readonly format: ExportFormat;
  readonly label: string;
  /** A single file (save dialog) or a folder of files (folder dialog). */
  readonly file?: { readonly name: string; readonly filters: Record<string, string[]> };
  readonly done: string;
}

const FORMATS: readonly FormatSpec[] = [
  { command: Commands.exportJson, format: 'json', label: 'JSON', file: { name: 'source-annotations.json', filters: { JSON: ['json'] } }, done: 'JSON' },
  { command: Commands.exportCsv, format: 'csv', label: 'CSV', done: 'entities.csv, mentions.csv, quotes.csv' },
  { command: Commands.exportBrat, format: 'brat', label: 'brat', done: 'one .ann and .txt per document and annotation.conf' },
  { command: Commands.exportW3c, format: 'w3c', label: 'W3C Web Annotation', file: { name: 'source-annotations.jsonld', filters: { 'JSON-LD': ['jsonld', 'json'] } }, done: 'W3C Web Annotations' },
  { command: Commands.exportFtm, format: 'ftm', label: 'FollowTheMoney', file: { name: 'source-annotations.ftm.jsonl', filters: { 'JSON lines': ['jsonl', 'json'] } }, done: 'FollowTheMoney entities' },
];

function insideWorkspace(folder: vscode.Uri): boolean {
  return (vscode.workspace.workspaceFolders ?? []).some((f) => {
    const rel = path.relative(f.uri.fsPath, folder.fsPath);
    return !rel.startsWith('..') && !path.isAbsolute(rel);
  });
}

/**
 * The default place of an export: <workspace>/.source-annotator/exports/<format>, which the index
 * never reads (fileFilter.ts OWN_OUTPUTS), so exported names do not join the corpus. Created on
 * demand because the dialogs need an existing folder to start in.
 */
async function defaultTarget(spec: FormatSpec): Promise<vscode.Uri | undefined> {
  const workspace = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!workspace || workspace.scheme !== 'file') return undefined;
  const folder = vscode.Uri.joinPath(workspace, ...DEFAULT_EXPORT_FOLDER.split('/'), spec.format);
  await vscode.workspace.fs.createDirectory(folder);
  return spec.file ? vscode.Uri.joinPath(folder, spec.file.name) : folder;
}

const isOwnFolder = (uri: vscode.Uri) => {
  const rel = vscode.workspace.asRelativePath(uri, false).replace(/\\/g, '/');
  return rel === OWN_FOLDER || rel.startsWith(`${OWN_FOLDER}/`);
};

async function chooseTarget(spec: FormatSpec, given: unknown): Promise<vscode.Uri | undefined> {
  if (given instanceof vscode.Uri) return given;
  // 'default': write to the default place without asking (scripts, tests, the reader's keybindings).
  if (given === 'default') return defaultTarget(spec);
  const suggested = await defaultTarget(spec).catch(() => undefined);
  if (spec.file) {
    return vscode.window.showSaveDialog({ defaultUri: suggested, filters: spec.file.filters, title: `Export annotations as ${spec.label}` });
  }
  const picked = await vscode.window.showOpenDialog({ canSelectFiles: false, canSelectFolders: true, canSelectMany: false, defaultUri: suggested, openLabel: `Export ${spec.label} here` });
  const folder = picked?.[0];
  // The brat folder holds copies of the texts, which would then be annotated as documents too.
  if (folder && spec.format === 'brat' && insideWorkspace(folder) && !isOwnFolder(folder)) {
    const go = await vscode.window.showWarningMessage(
      'The brat export writes a copy of every text beside its .ann file. Inside the workspace those copies would be annotated as documents too.',
      { modal: true }, 'Export Anyway',
    );
    if (!go) return undefined;
  }
  return folder;
}

export function registerExportCommands(deps: ExportDeps): vscode.Disposable {
  const run = async (spec: FormatSpec, given: unknown): Promise<boolean> => {
    const data = await exportPaths(deps.engine);
    if (data.count === 0) {
      void vscode.window.showInformationMessage('Source Annotator: nothing to export yet.');
      return false;
    }
    const target = await chooseTarget(spec, given);
    if (!target) return false;
    if (target.scheme !== 'file') {
      void vscode.window.showErrorMessage('Source Annotator: exports are written to files on this machine; choose a local folder or file.');
      return false;
    }
    try {
      // Formula escaping on: CSV files are opened in spreadsheets, and document text is untrusted.
      const content = await deps.engine.request(ExportRequest, { format: spec.format, paths: data.paths, escapeFormulas: true });
      if (content.kind === 'file') await writeFileAtomic(target.fsPath, content.data);
      // The files belong together (three tables, a brat folder): all new or all old, never a mix.
      else await writeFilesAtomic(content.files.map((f) => ({ file: path.join(target.fsPath, ...f.name.split('/')), data: f.data })));
    } catch (e) {
      void vscode.window.showErrorMessage(`Source Annotator: export failed: ${e instanceof Error ? e.message : String(e)}`);
      return false;
    }
    const skipped = data.skipped > 0 ? ` (${data.skipped} unsaved document(s) without a file left out)` : '';
    // A notification, not a status message: the reader needs to find the files afterwards.
    void announce(spec, target, `Source Annotator: exported ${spec.done} to ${vscode.workspace.asRelativePath(target)}${skipped}`);
    return true;
  };
  return vscode.Disposable.from(...FORMATS.map((spec) => vscode.commands.registerCommand(spec.command, (target?: unknown) => run(spec, target))));
}

/** Tells where the export went, with Open (the file, or the folder's first table) and Reveal. */
async function announce(spec: FormatSpec, target: vscode.Uri, message: string): Promise<void> {
  const choice = await vscode.window.showInformationMessage(message, 'Open', 'Reveal');
  const first = spec.file ? target : vscode.Uri.joinPath(target, spec.format === 'csv' ? 'entities.csv' : 'annotation.conf');
  if (choice === 'Open') await vscode.window.showTextDocument(first).then(undefined, () => vscode.commands.executeCommand('revealFileInOS', target));
  // The Explorer can show files inside the workspace; anything else goes to the system's file manager.
  if (choice === 'Reveal') await vscode.commands.executeCommand(insideWorkspace(target) ? 'revealInExplorer' : 'revealFileInOS', first);
}
