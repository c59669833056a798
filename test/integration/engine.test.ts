// The engine as a language server in the real editor: the client starts dist/server.js, the standard
// features come from it, the custom protocol answers, and a killed server is restarted by the client
// with the reader's corrections still applied (they live in the workspace's curation file).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { DocumentIdsRequest, DocumentSpansRequest, EntityRequest, IndexStatsRequest, MentionAtRequest, ServerInfoRequest, TreeChildrenRequest } from '../../src/protocol';
import { api, hoverText, preserveCurationFolder, seed, until } from './helpers';

/** The first person mention of a seed article, as the server sees it (no name is written into the test). */
async function firstPerson(doc: vscode.TextDocument) {
  const a = await api();
  const spans = await a.engine.request(DocumentSpansRequest, { uri: doc.uri.toString() });
  assert.ok(spans, 'the server indexed the open article');
  assert.equal(spans.length, doc.getText().length, 'the server holds the editor\'s text');
  const mention = spans.mentions.find((m) => m.type === 'PERSON');
  assert.ok(mention, 'a person in the article');
  return mention;
}

describe('engine: language server', function () {
  this.timeout(180_000);

  it('runs in its own process and indexes the workspace', async () => {
    const a = await api();
    const info = await a.engine.request(ServerInfoRequest);
    assert.ok(info.pid > 0);
    assert.notEqual(info.pid, process.pid, 'not the extension host');
    const stats = await a.engine.request(IndexStatsRequest);
    assert.ok((stats.documents ?? 0) >= 2, `documents in the server's index: ${stats.documents}`);
    // The same documents the workspace's include/exclude settings name: every such file, and no other file.
    const ids = await a.engine.request(DocumentIdsRequest);
    assert.equal(stats.documents, ids.length, 'the stats count the documents the engine lists');
    const config = vscode.workspace.getConfiguration('sourceAnnotator');
    const exclude = config.get<string>('exclude')?.trim() || null;
    const files = (await vscode.workspace.findFiles(config.get<string>('include') ?? '**/*', exclude)).map((u) => u.toString()).sort();
    assert.ok(files.length >= 2, `files: ${files.join(', ')}`);
    assert.deepEqual(ids.filter((id) => id.startsWith('file:')).sort(), files, 'the same documents as the workspace holds');
    for (const id of files) {
      const spans = await a.engine.request(DocumentSpansRequest, { uri: id });
      const text = (await vscode.workspace.openTextDocument(vscode.Uri.parse(id))).getText();
      assert.equal(spans?.length, text.length, `the engine holds the text of ${id}`);
    }
  });

  it('answers hover, definition, references, highlights and symbols for an open article', async () => {
    const doc = await vscode.workspace.openTextDocument(await seed('000'));
    await vscode.window.showTextDocument(doc);
    await (await api()).whenIndexed();
    const person = await firstPerson(doc);
    const at = doc.positionAt(person.start + 1);
    const card = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at));
    const entity = await (await api()).engine.request(EntityRequest, { entity: person.entity });
    assert.ok(entity);
    assert.ok(card.replace(/\\/g, '').includes(entity.name), `the card names ${entity.name}:\n${card}`);
    const defs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeDefinitionProvider', doc.uri, at);
    assert.equal(defs.length, 1);
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, at);
    assert.equal(refs.length, entity.mentionCount, 'one location per mention of the entity');
    const highlights = await until(async () => (await vscode.commands.executeCommand<vscode.DocumentHighlight[] | undefined>('vscode.executeDocumentHighlights', doc.uri, at)) ?? undefined, 'same-entity highlights');
    assert.ok(highlights.some((h) => h.range.contains(at)));
    assert.ok(highlights.length <= entity.mentionCount);
    // VS Code shares one outline request between the command and the breadcrumbs of an editor that
    // just opened, and a cancelled share answers nothing: ask until an answer comes.
    const outline = await until(async () => (await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', doc.uri)) ?? undefined, 'the outline');
    assert.ok(outline.some((s) => s.name === entity.name), 'the outline lists the person');
    const found = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', entity.name);
    assert.ok(found.some((s) => s.name.startsWith(entity.name)));
  });

  it('decorates the open article with the spans the server found', async () => {
    const a = await api();
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(await seed('000')));
    await a.whenIndexed();
    const spans = await a.engine.request(DocumentSpansRequest, { uri: editor.document.uri.toString() });
    assert.ok(spans);
    const shown = await until(() => a.decorationsFor(editor.document.uri), 'decorations on the open article');
    const people = spans.mentions.filter((m) => m.type === 'PERSON');
    assert.ok(people.length > 0);
    assert.deepEqual(shown.PERSON.map((r) => editor.document.offsetAt(r.start)), people.map((m) => m.start), 'one person highlight per person mention, where the server put it');
  });

  it('fills the Entities view with the rows the server builds', async () => {
    const a = await api();
    const fromServer = await a.engine.request(TreeChildrenRequest, { parent: 'group:PERSON' });
    const p = a.tree.provider;
    const people = ((await p.getChildren()) ?? []).find((g) => g.kind === 'group' && g.group === 'PERSON');
    assert.ok(people);
    const rows = (await p.getChildren(people)) ?? [];
    assert.ok(rows.length > 0);
    assert.deepEqual(rows.map((r) => String((p.getTreeItem(r) as vscode.TreeItem).label)), fromServer.map((r) => (r.kind === 'entity' ? r.row.entity.name : '')));
  });

  describe('a killed server', () => {
    preserveCurationFolder();

    it('is restarted by the client, with the corrections intact', async () => {
      const a = await api();
      const doc = await vscode.workspace.openTextDocument(await seed('000'));
      await vscode.window.showTextDocument(doc);
      await a.whenIndexed();
      const person = await firstPerson(doc);
      const entity = await a.engine.request(EntityRequest, { entity: person.entity });
      assert.ok(entity);
      const renamed = `${entity.name} Renamed`;
      // The entity the engine names at that span: a mention of the document's own text.
      const text = doc.getText().slice(person.start, person.end);
      const names = [entity.name, ...entity.aliases].join(' ');
      // Case-blind: a whole-caps credit line is a mention of the same name.
      assert.ok(text.split(/\W+/).some((w) => w.length > 2 && names.toLowerCase().includes(w.toLowerCase())), `"${text}" is a name of ${entity.name} (${names})`);
      const hostId = person.entity;
      assert.equal(await vscode.commands.executeCommand('sourceAnnotator.curation.rename', hostId, renamed), true);
      const named = async () => (await a.engine.request(MentionAtRequest, { uri: doc.uri.toString(), offset: person.start + 1 }))?.entity.name;
      await until(async () => (await named()) === renamed, 'the server to apply the rename');

      const before = await a.engine.request(ServerInfoRequest);
      const restarts = a.engine.restarts();
      process.kill(before.pid, 'SIGKILL');
      await until(() => a.engine.restarts() > restarts, 'the client to restart the server', 60_000);
      const after = await until(async () => {
        try {
          const info = await a.engine.request(ServerInfoRequest);
          return info.pid !== before.pid && info;
        } catch {
          return undefined;
        }
      }, 'the new server to answer', 60_000);
      assert.notEqual(after.pid, before.pid);
      await a.whenIndexed();
      assert.equal(await named(), renamed, 'the restarted server applies the correction made before the crash');
      const card = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(person.start + 1)));
      assert.match(card, /Renamed/, 'hover works again, with the correction');
    });
  });
});
