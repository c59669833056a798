// Corrections made from the editor reach every view and the workspace's curation file, and undo
// takes them back.
import * as assert from 'node:assert/strict';
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
