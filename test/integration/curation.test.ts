// Corrections made from the editor reach every view and the workspace's curation file, and undo
// takes them back.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { api, hoverText, openSeed, positionOf, until } from './helpers';

describe('corrections from the editor', function () {
  this.timeout(120_000);

  after(async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (folder) await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder.uri, '.source-annotator'), { recursive: true }).then(undefined, () => undefined);
  });

  it('renames an entity everywhere, saves the correction, and undoes it', async () => {
    const a = await api();
    const editor = await openSeed('004');
    const doc = editor.document;
    const at = positionOf(doc, 'Kobler');
    editor.selection = new vscode.Selection(at, at);
    await vscode.commands.executeCommand('sourceAnnotator.curation.rename', undefined, 'Martin K. Kobler');

    const card = await until(async () => {
      const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at));
      return text.includes('Martin K\\. Kobler') && text;
    }, 'the hover card to use the new name');
    assert.match(card, /Person/);
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Kobler');
    assert.ok(symbols.some((s) => s.name === 'Martin K. Kobler'), symbols.map((s) => s.name).join(', '));

    const folder = vscode.workspace.workspaceFolders![0].uri;
    const file = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, '.source-annotator', 'curation.json'))));
    assert.equal(file.corrections.length, 1);
    assert.equal(file.corrections[0].op, 'rename');

    await vscode.commands.executeCommand('sourceAnnotator.curation.undo');
    await until(() => a.index.findEntities('Kobler').some((e) => e.name === 'Martin Kobler'), 'the original name back');
  });
});

describe('export from the editor', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sa-export-'))));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes the corpus as JSON with workspace-relative paths', async () => {
    await api();
    const target = vscode.Uri.file(path.join(dir, 'out.json'));
    await vscode.commands.executeCommand('sourceAnnotator.export.json', target);
    const data = JSON.parse(fs.readFileSync(target.fsPath, 'utf8'));
    const paths = data.documents.map((d: { path: string }) => d.path);
    assert.ok(paths.some((p: string) => p.startsWith('004_')), paths.join(', '));
    assert.ok(data.entities.some((e: { name: string }) => e.name === 'Martin Kobler'));
  });

  it('writes entities, mentions and quotes as CSV files', async () => {
    await api();
    await vscode.commands.executeCommand('sourceAnnotator.export.csv', vscode.Uri.file(dir));
    for (const name of ['entities', 'mentions', 'quotes']) assert.ok(fs.statSync(path.join(dir, `${name}.csv`)).size > 100, name);
    assert.match(fs.readFileSync(path.join(dir, 'mentions.csv'), 'utf8'), /Martin Kobler/);
  });
});
