// The index follows the workspace: unsaved edits, new and deleted files, files it must refuse
// (binary, invalid UTF-8, too large), and the highlight toggles.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, engineDocumentCount, engineFind, engineHas, until } from './helpers';

const folder = () => {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, 'a workspace folder is open');
  return f.uri;
};

async function peopleInTree(a: Awaited<ReturnType<typeof api>>): Promise<string[]> {
  const provider = a.tree.provider;
  const roots = (await provider.getChildren()) ?? [];
  const people = roots.find((r) => (provider.getTreeItem(r) as vscode.TreeItem).label === 'People');
  if (!people) return [];
  return ((await provider.getChildren(people)) ?? []).map((n) => String((provider.getTreeItem(n) as vscode.TreeItem).label));
}

describe('the index follows the workspace', function () {
  this.timeout(120_000);
  const created: vscode.Uri[] = [];

  after(async () => {
    for (const uri of created) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    await vscode.workspace.getConfiguration('sourceAnnotator').update('maxFileSizeMB', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('re-annotates unsaved edits: decorations and tree update', async () => {
    const a = await api();
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Senator John Miller spoke in Chicago on Monday.\n' });
    const editor = await vscode.window.showTextDocument(doc);
    const before = await until(async () => a.decorationsFor(doc.uri)?.PERSON.map((r) => doc.getText(r)), 'first decorations');
    assert.deepEqual(before, ['John Miller']);
    await editor.edit((b) => b.insert(doc.positionAt(doc.getText().length), 'Later, Governor Mary Johnson said she agreed.\n'));
    const after = await until(async () => {
      const people = a.decorationsFor(doc.uri)?.PERSON.map((r) => doc.getText(r));
      return people?.includes('Mary Johnson') && people;
    }, 'decorations of the edited text');
    assert.ok(after.includes('John Miller'));
    await until(async () => (await peopleInTree(a)).includes('Mary Johnson'), 'the tree to list the new person');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await until(async () => !(await peopleInTree(a)).includes('Mary Johnson'), 'a discarded untitled document to leave the tree');
  });

  it('indexes a created file and forgets it when it is deleted', async () => {
    const a = await api();
    const uri = vscode.Uri.joinPath(folder(), 'zz-lifecycle-created.txt');
    created.push(uri);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('Professor Laura Bennett lectured in Toronto.\n'));
    await until(async () => (await engineHas(a, uri.toString())), 'the new file in the index');
    await until(async () => (await engineFind(a, 'Laura Bennett')).length > 0, 'its person in the index');
    await vscode.workspace.fs.delete(uri);
    await until(async () => !(await engineHas(a, uri.toString())), 'the deleted file to leave the index');
    // Corpus-wide answers come from the last cross-document pass (the resolve worker's); whenIndexed()
    // waits for the pass that follows the deletion.
    await a.whenIndexed();
    assert.equal((await engineFind(a, 'Laura Bennett')).length, 0, 'its mentions are gone');
  });

  it('follows a renamed file', async () => {
    const a = await api();
    const from = vscode.Uri.joinPath(folder(), 'zz-lifecycle-before.txt');
    const to = vscode.Uri.joinPath(folder(), 'zz-lifecycle-after.txt');
    created.push(from, to);
    await vscode.workspace.fs.writeFile(from, new TextEncoder().encode('Inspector Paul Grant arrived in Dublin.\n'));
    await until(async () => (await engineHas(a, from.toString())), 'the file in the index');
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(from, to);
    assert.ok(await vscode.workspace.applyEdit(edit));
    await until(async () => (await engineHas(a, to.toString())) && !(await engineHas(a, from.toString())), 'the index to follow the rename');
    await a.whenIndexed();
    const found = await engineFind(a, 'Paul Grant');
    assert.ok(found.length > 0);
    assert.equal(found[0].documentCount, 1, 'one document: the renamed file, not the old name too');
  });

  it('skips binary, non-UTF-8 and oversized files without failing', async () => {
    const a = await api();
    const binary = vscode.Uri.joinPath(folder(), 'zz-lifecycle-binary.txt');
    const latin1 = vscode.Uri.joinPath(folder(), 'zz-lifecycle-latin1.txt');
    const big = vscode.Uri.joinPath(folder(), 'zz-lifecycle-big.txt');
    created.push(binary, latin1, big);
    await vscode.workspace.getConfiguration('sourceAnnotator').update('maxFileSizeMB', 0.01, vscode.ConfigurationTarget.Global);
    await vscode.workspace.fs.writeFile(binary, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0, 0xff, 0xfe]));
    await vscode.workspace.fs.writeFile(latin1, new Uint8Array([...new TextEncoder().encode('Jos'), 0xe9, ...new TextEncoder().encode(' Silva spoke.')]));
    await vscode.workspace.fs.writeFile(big, new TextEncoder().encode('Doctor Anna Weber works in Vienna. '.repeat(400)));
    // Let the watcher see them, then wait for the queue to drain.
    await new Promise((r) => setTimeout(r, 1500));
    await a.whenIndexed();
    for (const uri of [binary, latin1, big]) assert.equal((await engineHas(a, uri.toString())), false, `${uri.path} is not indexed`);
    assert.ok((await engineDocumentCount(a)) >= 2, 'the seed articles are still indexed');
  });

  it('toggles a highlight kind by command', async () => {
    const a = await api();
    const [seed] = await vscode.workspace.findFiles('004*.txt');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(seed));
    await until(async () => (a.decorationsFor(editor.document.uri)?.PERSON.length ?? 0) > 0, 'people highlighted');
    await vscode.commands.executeCommand('sourceAnnotator.toggleHighlight.people');
    await until(async () => a.decorationsFor(editor.document.uri)?.PERSON.length === 0, 'people highlights off');
    assert.ok((a.decorationsFor(editor.document.uri)?.PLACE.length ?? 0) > 0, 'places stay highlighted');
    await vscode.commands.executeCommand('sourceAnnotator.toggleHighlight.people');
    await until(async () => (a.decorationsFor(editor.document.uri)?.PERSON.length ?? 0) > 0, 'people highlights back on');
  });
});

describe('the annotation cache', function () {
  this.timeout(120_000);

  it('serves unchanged documents from the workspace-storage cache on re-index', async () => {
    const a = await api();
    const before = await a.indexStats();
    await vscode.commands.executeCommand('sourceAnnotator.reindex');
    await a.whenIndexed();
    const after = await a.indexStats();
    assert.equal(after.annotated, before.annotated, 'nothing went through the model again');
    assert.ok(after.fromCache - before.fromCache >= 2, `both seed articles came from the cache (${JSON.stringify({ before, after })})`);
  });
});
