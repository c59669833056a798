// Smoke test of the packaged shape: the extension is found in the host, activates through its
// activation events (not because a test called activate()), and hands back its API object.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'source-annotator.source-annotator';

async function until(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
}

describe('extension activation', () => {
  it('is loaded by the extension host', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not loaded (engines.vscode newer than VS Code ${vscode.version}?)`);
    assert.equal(ext.packageJSON.main, './dist/extension.js');
    assert.ok(fs.existsSync(path.join(ext.extensionPath, 'dist', 'extension.js')), 'the bundle was built');
  });

  it('opens the seeds folder as the workspace', () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.equal(folders.length, 1);
    assert.equal(path.basename(folders[0].uri.fsPath), 'seeds');
  });

  it('is active once a seed article is open, and returns its API', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    const seeds = await vscode.workspace.findFiles('*.txt');
    assert.ok(seeds.length > 0, 'seeds/ has .txt articles');
    const doc = await vscode.workspace.openTextDocument(seeds[0]);
    await vscode.window.showTextDocument(doc);
    assert.equal(doc.languageId, 'plaintext');
    assert.ok(await until(() => ext.isActive, 30_000), 'the extension did not activate with a seed .txt open');
    const api: unknown = ext.exports;
    assert.equal(typeof api, 'object');
    assert.notEqual(api, null);
    assert.equal(await ext.activate(), api, 'activate() hands back the same API object');
  });
});
