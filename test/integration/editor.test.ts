// The editor features against the two seed articles, through VS Code's own command layer
// (vscode.execute*Provider) as the editor itself would call them.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, engineFind, engineMentionsOf, hoverText, openSeed, positionOf, seed, textAt, until } from './helpers';

describe('editor features on the seed articles', function () {
  this.timeout(120_000);

  it('highlights people in an open article', async () => {
    const a = await api();
    const editor = await openSeed('004');
    const ranges = await until(async () => a.decorationsFor(editor.document.uri), 'decorations of 004');
    const people = ranges.PERSON.map((r) => editor.document.getText(r));
    assert.ok(people.includes('Martin Kobler'), `people highlighted: ${people.join(', ')}`);
  });

  it('shows a hover card naming Martin Kobler on "Kobler"', async () => {
    await api();
    const editor = await openSeed('004');
    const doc = editor.document;
    // the later, short "Kobler" (not the full name), so the card must come from the entity
    const text = doc.getText();
    const full = text.indexOf('Martin Kobler');
    const short = text.indexOf('Kobler', full + 'Martin Kobler'.length);
    assert.ok(short > 0);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(short + 2));
    const card = hoverText(hovers);
    assert.match(card, /Martin Kobler/);
    assert.match(card, /Person/);
    assert.match(card, /command:sourceAnnotator\.openLocation\?/, 'documents are command links');
  });

  it('a document link opens the document at its span; a link to a document outside the index opens nothing', async () => {
    await api();
    const target = (await openSeed('004')).document;
    const start = target.getText().indexOf('Martin Kobler');
    assert.ok(start >= 0);
    await openSeed('000');
    await vscode.commands.executeCommand('sourceAnnotator.openLocation', target.uri.toString(), start, start + 'Martin Kobler'.length);
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), target.uri.toString());
    assert.equal(editor?.document.getText(editor.selection), 'Martin Kobler');
    const outside = vscode.Uri.joinPath(target.uri, '..', 'not-indexed-anywhere.txt').toString();
    await vscode.commands.executeCommand('sourceAnnotator.openLocation', outside, 0, 4);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), target.uri.toString(), 'the crafted link opened nothing');
  });

  it('finds references to "MEK" in both articles, including "Mujahedeen e-Khalq"', async () => {
    await api();
    const editor = await openSeed('004');
    const doc = editor.document;
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, positionOf(doc, 'MEK'));
    const files = new Set(locations.map((l) => l.uri.toString()));
    assert.ok(files.has((await seed('000')).toString()) && files.has((await seed('004')).toString()), `references span both articles (${[...files].join(', ')})`);
    const texts = await Promise.all(locations.map(textAt));
    assert.ok(texts.includes('Mujahedeen e-Khalq'), `reference texts: ${[...new Set(texts)].join(' | ')}`);
  });

  it('goes to the defining mention with F12', async () => {
    await api();
    const editor = await openSeed('004');
    const doc = editor.document;
    const text = doc.getText();
    const short = text.indexOf('Kobler', text.indexOf('Martin Kobler') + 'Martin Kobler'.length);
    const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, doc.positionAt(short + 1));
    assert.equal(defs.length, 1);
    const def = defs[0];
    const location = 'targetUri' in def ? new vscode.Location(def.targetUri, def.targetRange) : def;
    assert.equal(await textAt(location), 'Martin Kobler');
  });

  it('highlights the same entity in the current document', async () => {
    await api();
    const editor = await openSeed('004');
    const doc = editor.document;
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', doc.uri, positionOf(doc, 'Camp Liberty'));
    assert.ok(highlights.length >= 2, `Camp Liberty is named more than once (${highlights.length})`);
    for (const h of highlights) assert.equal(doc.getText(h.range), 'Camp Liberty');
  });

  it('finds entities by alias with workspace symbols', async () => {
    await api();
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Kobler');
    assert.ok(symbols.some((s) => s.name.startsWith('Martin Kobler')), `symbols: ${symbols.map((s) => s.name).join(', ')}`);
    const byAcronym = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'MEK');
    assert.ok(byAcronym.some((s) => /Mujahedeen/.test(s.name)), `"MEK" finds the group under its full name: ${byAcronym.map((s) => s.name).join(', ')}`);
  });

  it('lists entities and quotes in the Outline', async () => {
    await api();
    const editor = await openSeed('004');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    const names = symbols.map((s) => s.name);
    assert.ok(names.includes('Martin Kobler'), `outline: ${names.join(', ')}`);
    assert.ok(symbols.some((s) => s.kind === vscode.SymbolKind.String && s.detail.startsWith('quote')), 'quotes are in the outline');
  });

  it('lists the people of both articles in the tree', async () => {
    const a = await api();
    const provider = a.tree.provider;
    const roots = (await provider.getChildren()) ?? [];
    const people = roots.find((r) => (provider.getTreeItem(r) as vscode.TreeItem).label === 'People');
    assert.ok(people, 'People group');
    const labels = ((await provider.getChildren(people)) ?? []).map((n) => String((provider.getTreeItem(n) as vscode.TreeItem).label));
    for (const name of ['James Jeffrey', 'Mohammad Mohaddessin', 'Martin Kobler', 'Nouri al Maliki']) assert.ok(labels.includes(name), `${name} in People: ${labels.join(', ')}`);
  });

  it('moves from the last mention in one article to the next article', async () => {
    const a = await api();
    const first = await seed('000');
    const second = await seed('004');
    const iraq = (await engineFind(a, 'Iraq')).find((e) => e.name === 'Iraq');
    assert.ok(iraq, 'Iraq is an entity');
    const inFirst = (await engineMentionsOf(a, iraq.id)).filter((m) => m.uri === first.toString());
    assert.ok(inFirst.length > 0 && (await engineMentionsOf(a, iraq.id)).some((m) => m.uri === second.toString()), 'Iraq is named in both');
    const last = inFirst[inFirst.length - 1];
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(first));
    editor.selection = new vscode.Selection(editor.document.positionAt(last.start + 1), editor.document.positionAt(last.start + 1));
    await vscode.commands.executeCommand('sourceAnnotator.nextMention');
    const now = await until(async () => vscode.window.activeTextEditor?.document.uri.toString() === second.toString() && vscode.window.activeTextEditor, 'the second article to open');
    assert.equal(now.document.getText(now.selection), 'Iraq');
  });
});

describe('entity tree follows the editor', function () {
  this.timeout(60_000);

  it('reveals the entity under the cursor', async () => {
    const a = await api();
    const editor = await openSeed('004');
    const at = positionOf(editor.document, 'Kobler');
    editor.selection = new vscode.Selection(at, at);
    await vscode.commands.executeCommand('sourceAnnotator.revealInTree');
    const selected = await until(async () => a.tree.view.selection[0], 'a selection in the tree');
    assert.equal((a.tree.provider.getTreeItem(selected) as vscode.TreeItem).label, 'Martin Kobler');
  });

  it('labels mentions with their sentence and highlights the name', async () => {
    const a = await api();
    const p = a.tree.provider;
    const roots = (await p.getChildren()) ?? [];
    const people = roots.find((r) => (p.getTreeItem(r) as vscode.TreeItem).label === 'People')!;
    const kobler = ((await p.getChildren(people)) ?? []).find((n) => (p.getTreeItem(n) as vscode.TreeItem).label === 'Martin Kobler');
    assert.ok(kobler);
    assert.match(String((p.getTreeItem(kobler) as vscode.TreeItem).description), /^\d+ mentions · 1 document$/);
    const [doc] = (await p.getChildren(kobler)) ?? [];
    const [first] = (await p.getChildren(doc)) ?? [];
    const item = p.getTreeItem(first) as vscode.TreeItem;
    const label = item.label as vscode.TreeItemLabel;
    const [[s, e]] = label.highlights ?? [];
    assert.equal(label.label.slice(s, e), 'Martin Kobler');
    assert.equal(item.command?.command, 'sourceAnnotator.openLocation');
  });
});

describe('quotes and scopes', function () {
  this.timeout(60_000);

  it('names a quote\'s speaker as a link in its hover card', async () => {
    await api();
    const editor = await openSeed('004');
    const doc = editor.document;
    const at = positionOf(doc, 'We will find a solution then');
    const card = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at.translate(0, 4)));
    assert.match(card, /speaker: \[Martin Kobler\]\(command:sourceAnnotator\.openLocation\?/);
  });

  it('filters the tree by any name', async () => {
    const a = await api();
    const p = a.tree.provider;
    const group = async (label: string) => {
      const roots = (await p.getChildren()) ?? [];
      const g = roots.find((r) => (p.getTreeItem(r) as vscode.TreeItem).label === label)!;
      return ((await p.getChildren(g)) ?? []).map((n) => String((p.getTreeItem(n) as vscode.TreeItem).label));
    };
    await vscode.commands.executeCommand('sourceAnnotator.tree.filter', 'kobler');
    try {
      assert.deepEqual(await group('People'), ['Martin Kobler']);
      assert.deepEqual(await group('Places'), []);
      assert.match(a.tree.view.description ?? '', /filter: kobler/);
    } finally {
      await vscode.commands.executeCommand('sourceAnnotator.tree.clearFilter');
    }
    assert.ok((await group('People')).length > 1);
  });

  it('limits the tree to the current document and back', async () => {
    const a = await api();
    const p = a.tree.provider;
    const people = async () => {
      const roots = (await p.getChildren()) ?? [];
      const group = roots.find((r) => (p.getTreeItem(r) as vscode.TreeItem).label === 'People')!;
      return ((await p.getChildren(group)) ?? []).map((n) => String((p.getTreeItem(n) as vscode.TreeItem).label));
    };
    await openSeed('000');
    await vscode.commands.executeCommand('sourceAnnotator.tree.scopeDocument');
    try {
      const here = await people();
      assert.ok(here.includes('James Jeffrey'), here.join(', '));
      assert.ok(!here.includes('Martin Kobler'), 'a person of the other article is not listed');
      await openSeed('004');
      await until(async () => (await people()).includes('Martin Kobler'), 'the tree to follow the active document');
    } finally {
      await vscode.commands.executeCommand('sourceAnnotator.tree.scopeWorkspace');
    }
    const all = await people();
    assert.ok(all.includes('James Jeffrey') && all.includes('Martin Kobler'));
  });
});
