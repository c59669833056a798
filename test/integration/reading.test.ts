// Reading without friction (issue 12): a caret touching a name at either end is on it for every
// command, commands take a position argument that wins over the selection, our own exports stay out
// of the index, and reading mode keeps indexed documents read-only while everything else works.
// Everything goes through VS Code's commands, as the editor would call them.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { SourceAnnotatorApi } from '../../src/extension';
import { EntityLocationsRequest, EntityRequest, type EntityInfo } from '../../src/protocol';
import { api, curationDir, engineEntities, engineHas, engineMentionAt, engineMentionsOf, folder, hoverText, openSeed, preserveCurationFolder, textAt, until } from './helpers';


const asLocation = (l: vscode.Location | vscode.LocationLink) => ('targetUri' in l ? new vscode.Location(l.targetUri, l.targetRange) : l);

/** The short "Kobler" after "Martin Kobler" in 004, as offsets. */
function shortKobler(doc: vscode.TextDocument): { start: number; end: number } {
  const text = doc.getText();
  const start = text.indexOf('Kobler', text.indexOf('Martin Kobler') + 'Martin Kobler'.length);
  assert.ok(start > 0);
  return { start, end: start + 'Kobler'.length };
}

/** Carets at the start, middle and end of a span, and selections over it both ways. */
function caretsOn(doc: vscode.TextDocument, span: { start: number; end: number }): { label: string; selection: vscode.Selection }[] {
  const p = (o: number) => doc.positionAt(o);
  const mid = (span.start + span.end) >> 1;
  return [
    { label: 'caret at start', selection: new vscode.Selection(p(span.start), p(span.start)) },
    { label: 'caret in the middle', selection: new vscode.Selection(p(mid), p(mid)) },
    { label: 'caret at end', selection: new vscode.Selection(p(span.end), p(span.end)) },
    { label: 'selection (caret at end)', selection: new vscode.Selection(p(span.start), p(span.end)) },
    { label: 'selection (caret at start)', selection: new vscode.Selection(p(span.end), p(span.start)) },
  ];
}

const entityAtSelection = async (a: SourceAnnotatorApi, editor: vscode.TextEditor) => (await engineMentionAt(a, editor.document.uri.toString(), editor.document.offsetAt(editor.selection.start)))?.entity;

describe('reading: the caret on a name', function () {
  this.timeout(120_000);
  preserveCurationFolder();

  it('hover, F12, Shift+F12 and highlights work from the start, middle and end of a name and from a selection', async () => {
    await api();
    const editor = await openSeed('004');
    const doc = editor.document;
    const span = shortKobler(doc);
    for (const { label, selection } of caretsOn(doc, span)) {
      editor.selection = selection;
      const at = selection.active; // what VS Code hands every provider
      const card = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at));
      assert.match(card, /Martin Kobler/, `hover, ${label}`);
      const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, at);
      assert.equal(defs.length, 1, `definition, ${label}`);
      assert.equal(await textAt(asLocation(defs[0])), 'Martin Kobler', `definition, ${label}`);
      const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, at);
      assert.ok(refs.length >= 2, `references, ${label}: ${refs.length}`);
      assert.ok(refs.some((r) => r.range.isEqual(new vscode.Range(doc.positionAt(span.start), doc.positionAt(span.end)))), `references include this mention, ${label}`);
      const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', doc.uri, at);
      assert.ok(highlights.length >= 2 && highlights.every((h) => doc.getText(h.range).includes('Kobler')), `highlights, ${label}`);
    }
  });

  it('is off the name one character before its start and after its end', async () => {
    await api();
    const editor = await openSeed('004');
    const doc = editor.document;
    const span = shortKobler(doc);
    for (const offset of [span.start - 1, span.end + 1]) {
      const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, doc.positionAt(offset));
      assert.equal(refs.length, 0, `no references at ${offset} (“${doc.getText().slice(offset - 3, offset + 3)}”)`);
    }
  });

  it('Next Mention three times from the last "MEK" of an article stays on the same entity', async () => {
    const a = await api();
    const editor = await openSeed('004');
    const doc = editor.document;
    const last = doc.getText().lastIndexOf('MEK');
    const mek = (await engineMentionAt(a, doc.uri.toString(), last))?.entity;
    assert.ok(mek, 'the last MEK is a mention');
    for (const { label, selection } of caretsOn(doc, { start: last, end: last + 3 })) {
      const start = await vscode.window.showTextDocument(doc);
      start.selection = selection;
      const seen: string[] = [];
      for (let i = 0; i < 3; i++) {
        const before = vscode.window.activeTextEditor!;
        const where = `${before.document.uri.toString()}@${before.document.offsetAt(before.selection.start)}`;
        await vscode.commands.executeCommand('sourceAnnotator.nextMention');
        const now = await until(async () => {
          const e = vscode.window.activeTextEditor;
          return e && `${e.document.uri.toString()}@${e.document.offsetAt(e.selection.start)}` !== where && e;
        }, `step ${i + 1} to move, ${label}`);
        seen.push(now.document.getText(now.selection));
        assert.equal(await entityAtSelection(a, now), mek, `step ${i + 1} stays on the entity, ${label} (went to “${seen.join('”, “')}”)`);
      }
    }
  });

  it('Previous Mention from the end of a name goes to the mention before it', async () => {
    const a = await api();
    const editor = await openSeed('004');
    const doc = editor.document;
    const text = doc.getText();
    const second = text.indexOf('MEK', text.indexOf('MEK') + 1);
    const mek = (await engineMentionAt(a, doc.uri.toString(), second))?.entity;
    assert.ok(mek);
    editor.selection = new vscode.Selection(doc.positionAt(second + 3), doc.positionAt(second + 3));
    await vscode.commands.executeCommand('sourceAnnotator.previousMention');
    const now = await until(async () => vscode.window.activeTextEditor!.document.offsetAt(vscode.window.activeTextEditor!.selection.start) !== second + 3 && vscode.window.activeTextEditor, 'a move');
    assert.equal(await entityAtSelection(a, now), mek);
    assert.ok(now.document.uri.toString() !== doc.uri.toString() || now.document.offsetAt(now.selection.start) < second, 'it went backwards');
  });

  it('the tree follows a caret at the end of a name', async () => {
    const a = await api();
    const editor = await openSeed('004');
    const span = shortKobler(editor.document);
    for (const { label, selection } of caretsOn(editor.document, span)) {
      await vscode.commands.executeCommand('sourceAnnotator.tree.clearFilter');
      editor.selection = new vscode.Selection(0, 0, 0, 0);
      editor.selection = selection;
      await vscode.commands.executeCommand('sourceAnnotator.revealInTree');
      const selected = await until(async () => a.tree.view.selection[0], `a tree selection, ${label}`);
      assert.equal((a.tree.provider.getTreeItem(selected) as vscode.TreeItem).label, 'Martin Kobler', label);
    }
  });

  it('corrections act on the name at the caret, at either end or selected', async () => {
    const a = await api();
    for (const pick of [0, 2, 3]) {
      const editor = await openSeed('004');
      const { label, selection } = caretsOn(editor.document, shortKobler(editor.document))[pick];
      editor.selection = selection;
      assert.equal(await vscode.commands.executeCommand('sourceAnnotator.curation.rename', undefined, 'Martin Q. Kobler'), true, `rename, ${label}`);
      await until(async () => [...(await engineEntities(a)).values()].some((e) => e.name === 'Martin Q. Kobler'), `renamed, ${label}`);
      assert.equal(await vscode.commands.executeCommand('sourceAnnotator.curation.undo'), true);
      await until(async () => [...(await engineEntities(a)).values()].some((e) => e.name === 'Martin Kobler'), `undone, ${label}`);
    }
  });
});

describe('reading: commands take the position they are given', function () {
  this.timeout(120_000);
  preserveCurationFolder();

  it('a correction with a position argument acts there, not at the selection', async () => {
    const a = await api();
    const editor = await openSeed('004');
    const doc = editor.document;
    const plain = doc.getText().indexOf('resettlement');
    assert.ok(plain > 0, 'a plain word');
    assert.equal((await engineMentionAt(a, doc.uri.toString(), plain)), undefined, '“resettlement” is not a mention');
    const span = shortKobler(doc);

    // Caret on the plain word, position on the name (at its end): the name is renamed.
    editor.selection = new vscode.Selection(doc.positionAt(plain + 2), doc.positionAt(plain + 2));
    assert.equal(await vscode.commands.executeCommand('sourceAnnotator.curation.rename', new vscode.Location(doc.uri, doc.positionAt(span.end)), 'Martin Z. Kobler'), true);
    await until(async () => [...(await engineEntities(a)).values()].some((e) => e.name === 'Martin Z. Kobler'), 'renamed at the given position');
    assert.equal(await vscode.commands.executeCommand('sourceAnnotator.curation.undo'), true);
    await until(async () => [...(await engineEntities(a)).values()].some((e) => e.name === 'Martin Kobler'), 'undone');

    // Caret on the name, position on the plain word: nothing happens.
    editor.selection = new vscode.Selection(doc.positionAt(span.start + 1), doc.positionAt(span.start + 1));
    assert.equal(await vscode.commands.executeCommand('sourceAnnotator.curation.rename', { uri: doc.uri, position: doc.positionAt(plain + 2) }, 'Nobody'), false);
    assert.equal(await vscode.commands.executeCommand('sourceAnnotator.curation.reject', new vscode.Location(doc.uri, doc.positionAt(plain + 2)), 'everywhere'), false);
    assert.ok(![...(await engineEntities(a)).values()].some((e) => e.name === 'Nobody'));
  });

  it('the editor context menu passes the document URI: commands use the caret the right-click moved', async () => {
    const a = await api();
    const editor = await openSeed('004');
    const doc = editor.document;
    const span = shortKobler(doc);
    editor.selection = new vscode.Selection(doc.positionAt(span.end), doc.positionAt(span.end));
    assert.equal(await vscode.commands.executeCommand('sourceAnnotator.curation.rename', doc.uri, 'Martin Y. Kobler'), true);
    await until(async () => [...(await engineEntities(a)).values()].some((e) => e.name === 'Martin Y. Kobler'), 'renamed at the caret');
    assert.equal(await vscode.commands.executeCommand('sourceAnnotator.curation.undo'), true);
    await until(async () => [...(await engineEntities(a)).values()].some((e) => e.name === 'Martin Kobler'), 'undone');
  });

  it('Next Mention and Reveal in Tree take a position argument', async () => {
    const a = await api();
    const editor = await openSeed('004');
    const doc = editor.document;
    const span = shortKobler(doc);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('sourceAnnotator.revealInTree', new vscode.Location(doc.uri, doc.positionAt(span.end)));
    const selected = await until(async () => a.tree.view.selection[0], 'a tree selection');
    assert.equal((a.tree.provider.getTreeItem(selected) as vscode.TreeItem).label, 'Martin Kobler');
    const kobler = (await engineMentionAt(a, doc.uri.toString(), span.start))?.entity;
    await vscode.commands.executeCommand('sourceAnnotator.nextMention', new vscode.Location(doc.uri, doc.positionAt(span.end)));
    const now = await until(async () => vscode.window.activeTextEditor?.selection.isEmpty === false && vscode.window.activeTextEditor, 'a jump');
    assert.equal(await entityAtSelection(a, now), kobler);
  });
});

describe('reading: our own outputs stay out of the index', function () {
  this.timeout(120_000);
  const written: string[] = [];
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const p of written) fs.rmSync(p, { recursive: true, force: true });
  });

  it('exports CSV to .source-annotator/exports by default, and an opened entities.csv is not annotated', async () => {
    const a = await api();
    const dirExisted = fs.existsSync(curationDir());
    if (!dirExisted) written.push(curationDir());
    else written.push(path.join(curationDir(), 'exports'));
    assert.equal(await vscode.commands.executeCommand('sourceAnnotator.export.csv', 'default'), true);
    const csv = path.join(curationDir(), 'exports', 'csv', 'entities.csv');
    assert.ok(fs.existsSync(csv), 'entities.csv in the default export folder');
    assert.match(fs.readFileSync(csv, 'utf8'), /Martin Kobler/);
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(csv));
    await vscode.window.showTextDocument(doc);
    await a.whenIndexed();
    const at = doc.positionAt(doc.getText().indexOf('Martin Kobler') + 2);
    assert.equal((await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at)).length, 0, 'no hover card in the export');
    assert.ok(!(await engineHas(a, doc.uri.toString())), 'the export is not in the index');
    const kobler = [...(await engineEntities(a)).values()].find((e) => e.name === 'Martin Kobler');
    assert.ok(kobler && (await engineMentionsOf(a, kobler.id)).every((r) => r.uri.endsWith('.txt')), 'every mention is in an article');
  });

  it('an export the reader writes into the workspace itself is not annotated either', async () => {
    const a = await api();
    const target = path.join(folder(), 'zz-reading-export');
    written.push(target);
    assert.equal(await vscode.commands.executeCommand('sourceAnnotator.export.csv', vscode.Uri.file(target)), true);
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(target, 'mentions.csv')));
    await vscode.window.showTextDocument(doc);
    await a.whenIndexed();
    assert.ok(!(await engineHas(a, doc.uri.toString())), 'mentions.csv is not in the index');
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, doc.positionAt(doc.getText().indexOf('Kobler') + 1));
    assert.equal(refs.length, 0);
  });
});

describe('reading: reading mode', function () {
  this.timeout(120_000);
  preserveCurationFolder();
  after(async () => {
    await vscode.workspace.getConfiguration('sourceAnnotator').update('readingMode', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  /**
   * Whether typing changes the document, through the editor's own `type` command (what a keystroke
   * runs; a read-only editor ignores it). Reverted at once when it does.
   */
  async function editable(editor: vscode.TextEditor): Promise<boolean> {
    await vscode.window.showTextDocument(editor.document, { preserveFocus: false });
    await vscode.commands.executeCommand('type', { text: 'X' });
    await new Promise((r) => setTimeout(r, 100));
    const dirty = editor.document.isDirty;
    if (dirty) await vscode.commands.executeCommand('workbench.action.files.revert');
    return dirty;
  }

  it('opens indexed documents read-only by default; hover, references and corrections still work', async () => {
    const a = await api();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const editor = await openSeed('004');
    const doc = editor.document;
    await until(async () => !(await editable(editor)), 'the document to become read-only');
    assert.equal(doc.isDirty, false);
    const span = shortKobler(doc);
    assert.match(hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(span.end))), /Martin Kobler/);
    assert.ok((await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, doc.positionAt(span.start))).length >= 2);
    editor.selection = new vscode.Selection(doc.positionAt(span.end), doc.positionAt(span.end));
    assert.equal(await vscode.commands.executeCommand('sourceAnnotator.curation.rename', undefined, 'Martin R. Kobler'), true);
    await until(async () => [...(await engineEntities(a)).values()].some((e) => e.name === 'Martin R. Kobler'), 'renamed in reading mode');
    assert.equal(await vscode.commands.executeCommand('sourceAnnotator.curation.undo'), true);
    assert.equal(doc.isDirty, false, 'the source is untouched');
  });

  it('the toggle makes the document editable and read-only again', async () => {
    await api();
    const editor = await openSeed('004');
    await until(async () => !(await editable(editor)), 'read-only at first');
    assert.equal(await vscode.commands.executeCommand('sourceAnnotator.toggleReadingMode'), false);
    await until(async () => editable(vscode.window.activeTextEditor!), 'editable with reading mode off');
    assert.equal(await vscode.commands.executeCommand('sourceAnnotator.toggleReadingMode'), true);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const again = await openSeed('004');
    await until(async () => !(await editable(again)), 'read-only again');
  });

  it('untitled notes stay editable', async () => {
    await api();
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Senator Nel Orrin spoke.\n' });
    const editor = await vscode.window.showTextDocument(doc);
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'Note: ')));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('wraps plain text by default', () => {
    assert.equal(vscode.workspace.getConfiguration('editor', { languageId: 'plaintext' }).get('wordWrap'), 'on');
  });
});

describe('reading: any spelling, and given names alone', function () {
  this.timeout(120_000);
  const file = () => vscode.Uri.file(path.join(folder(), 'zz-reading-spelling.txt'));
  const TEXT = [
    'Mark Ostrander writes the weekly Harbor column from Łęczna for the Velmar Mujahedeen Council.',
    'Previously, Mark covered courts for a regional paper. Later Mark lived in Tacoma.',
    '',
  ].join('\n');
  before(async () => {
    const a = await api();
    await vscode.workspace.fs.writeFile(file(), new TextEncoder().encode(TEXT));
    await until(async () => (await engineHas(a, file().toString())), 'the new file in the index');
    // Corpus-wide answers (Ctrl+T, the tree) take a new file in with the next resolution pass, which
    // a loaded machine may run seconds later: these tests are about spellings, so wait for it.
    await until(async () => (await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Ostrander'))
      .some((s) => s.location.uri.toString() === file().toString()), 'the new file in corpus-wide answers', 90_000);
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(file()).then(undefined, () => undefined);
    await vscode.commands.executeCommand('sourceAnnotator.tree.clearFilter');
  });

  it('Ctrl+T finds a name by transliteration and by a variant spelling', async () => {
    const names = async (q: string) => (await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', q)).map((s) => s.name);
    const leczna = await names('leczna');
    assert.ok(leczna.some((n) => n.startsWith('Łęczna') && n.includes('leczna')), `“leczna”: ${leczna.join(' | ')}`);
    const variant = await names('mujahedin');
    assert.ok(variant.some((n) => /Mujahedeen/.test(n)), `“mujahedin”: ${variant.join(' | ')}`);
  });

  it('the tree filter finds them too', async () => {
    const a = await api();
    const labels = async () => {
      const p = a.tree.provider;
      const out: string[] = [];
      for (const g of (await p.getChildren()) ?? []) for (const r of (await p.getChildren(g)) ?? []) out.push(String(((await p.getTreeItem(r)) as vscode.TreeItem).label));
      return out;
    };
    await vscode.commands.executeCommand('sourceAnnotator.tree.filter', 'leczna');
    assert.ok((await labels()).includes('Łęczna'), (await labels()).join(' | '));
    await vscode.commands.executeCommand('sourceAnnotator.tree.filter', 'mujahedin');
    assert.ok((await labels()).some((l) => /Mujahedeen/.test(l)), (await labels()).join(' | '));
  });

  it('a given name alone links to the one person of that given name in the document', async () => {
    await api();
    const doc = await vscode.workspace.openTextDocument(file());
    const at = doc.positionAt(TEXT.indexOf('Mark covered') + 1);
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, at);
    const texts = await Promise.all(refs.map(textAt));
    assert.ok(texts.includes('Mark Ostrander') && texts.filter((t) => t === 'Mark').length === 2, texts.join(' | '));
    const card = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at));
    assert.match(card, /Mark Ostrander/);
    assert.match(card, /given name/);
  });
});

describe('reading: small things a reader notices', function () {
  this.timeout(120_000);

  it('"… N more" quotes in a hover card link to the speaker\'s full quote list', async () => {
    const a = await api();
    const infos = await Promise.all([...(await engineEntities(a)).keys()].map((entity) => a.engine.request(EntityRequest, { entity })));
    const speaker = infos.filter((e): e is EntityInfo => e !== null).sort((x, y) => y.quoteCount - x.quoteCount)[0];
    assert.ok(speaker && speaker.quoteCount > 3, 'a speaker with more quotes than a card shows');
    const def = (await a.engine.request(EntityLocationsRequest, { entity: speaker.id })).definition;
    assert.ok(def, 'the speaker has a defining mention');
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(def.uri));
    const card = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(doc.offsetAt(new vscode.Position(def.range.start.line, def.range.start.character)) + 1)));
    const link = card.match(/\[… (\d+) more\]\((command:sourceAnnotator\.tree\.showSpeakerQuotes\?[^ )]+)/);
    assert.ok(link, card);
    const args = JSON.parse(decodeURIComponent(link[2].slice(link[2].indexOf('?') + 1)));
    assert.equal(await vscode.commands.executeCommand('sourceAnnotator.tree.showSpeakerQuotes', ...args), true);
    const selected = await until(async () => a.tree.view.selection[0], 'the speaker row selected');
    assert.equal(selected.kind, 'speaker');
    assert.equal(((await a.tree.provider.getChildren(selected)) ?? []).length, speaker.quoteCount, 'every quote under it');
    assert.equal(await vscode.commands.executeCommand('sourceAnnotator.tree.showSpeakerQuotes', 'no-such-entity'), false);
  });

  it('the Outline groups repeated mentions under the entity, no two rows alike', async () => {
    await api();
    const editor = await openSeed('004');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    const check = (rows: readonly vscode.DocumentSymbol[], where: string) => {
      const labels = rows.map((r) => `${r.name}|${r.detail}`);
      assert.equal(new Set(labels).size, labels.length, `identical rows under ${where}: ${labels.join(' / ')}`);
      for (const r of rows) if (r.children.length > 0) check(r.children, r.name);
    };
    check(symbols, 'the Outline');
    const mek = symbols.find((s) => s.name === 'People’s Mujahedeen of Iran' || s.children.some((c) => c.name === 'MEK'));
    assert.ok(mek, symbols.map((s) => s.name).join(', '));
    assert.ok(mek.children.some((c) => c.name === 'MEK' && c.children.length > 1), 'the wording "MEK" groups its mentions');
  });
});

describe('reading: reading mode leaves the reader\'s own notes writeable', function () {
  this.timeout(60_000);
  const note = () => vscode.Uri.file(path.join(folder(), 'zz-reading-new-note.txt'));
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(note()).then(undefined, () => undefined);
  });

  it('a new, empty file in the folder opens writeable', async () => {
    const a = await api();
    await vscode.workspace.fs.writeFile(note(), new Uint8Array());
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(note()));
    await a.whenIndexed();
    await new Promise((r) => setTimeout(r, 300));
    await vscode.commands.executeCommand('type', { text: 'Senator Ilsa Brandt spoke.' });
    await until(async () => editor.document.isDirty, 'typing to change the new note');
    await editor.document.save();
  });
});
