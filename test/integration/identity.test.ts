// Cross-document identity in the real editor: the hover of an entity found in both seed articles says
// which documents it links and why and offers "Not the same as …"; running that link's command
// separates this article's entity, records the correction in .source-annotator/curation.json, and
// Find All References stops listing the other article; Undo Last Correction brings the link back.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { api, curationFile, engineEntities, engineSpans, hoverText, openSeed, preserveCurationFolder, seed, until } from './helpers';

describe('cross-document identity in the editor', function () {
  this.timeout(120_000);
  preserveCurationFolder();

  it('hover shows the link\'s reason and "Not the same as"; the link separates, is saved, and undo restores it', async () => {
    const a = await api();
    const editor = await openSeed('000');
    const doc = editor.document;
    const other = await seed('004');
    // A place both articles name by its full name, whichever the engine finds first.
    const entities = await engineEntities(a);
    const linked = (await engineSpans(a, doc.uri.toString()))?.mentions.find((m) => {
      const e = entities.get(m.entity);
      return e?.type === 'PLACE' && e.name === m.text && e.reasons.some((r) => r.rule === 'same-full-name' && r.documents?.includes(other.toString()));
    });
    assert.ok(linked, 'a place linked to the other article by its full name');
    const name = linked.text;
    const at = doc.positionAt(linked.start + 1);
    const hover = async () => hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at));
    const refsToOther = async () => (await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, at))
      .filter((l) => l.uri.toString() === other.toString()).length;

    const card = await until(async () => {
      const text = await hover();
      return /Linked across 2 documents/.test(text) && text;
    }, `a hover on ${name} naming the linked documents`);
    assert.match(card, /same full name/, 'the reason of the link');
    const link = /\]\(command:sourceAnnotator\.curation\.notSame\?([^ )]+)/.exec(card);
    assert.ok(link, `a "Not the same as" command link in:\n${card}`);
    assert.ok(await refsToOther() > 0, 'before: references list the other article');

    // What a click does: run the link's command with the link's own arguments.
    const args: unknown = JSON.parse(decodeURIComponent(link[1]));
    assert.equal(await vscode.commands.executeCommand('sourceAnnotator.curation.notSame', args), true);

    await until(async () => (await refsToOther()) === 0, 'references without the other article');
    const file = JSON.parse(fs.readFileSync(curationFile(), 'utf8'));
    assert.deepEqual(file.corrections, [{ document: vscode.workspace.asRelativePath(doc.uri, false), entity: { name, type: 'PLACE' }, op: 'notSame', seq: 1 }]);
    assert.doesNotMatch(await hover(), /Linked across/);

    assert.equal(await vscode.commands.executeCommand('sourceAnnotator.curation.undo'), true);
    await until(async () => (await refsToOther()) > 0, 'references to the other article back after undo');
    assert.deepEqual(JSON.parse(fs.readFileSync(curationFile(), 'utf8')).corrections, []);
    assert.match(await hover(), /Linked across 2 documents/);
  });

  it('refuses arguments that do not name an entity of the index', async () => {
    await api();
    const doc = (await openSeed('000')).document;
    assert.equal(await vscode.commands.executeCommand('sourceAnnotator.curation.notSame', { entity: 'place:nowhere', document: doc.uri.toString() }), false);
    assert.ok(!fs.existsSync(curationFile()) || JSON.parse(fs.readFileSync(curationFile(), 'utf8')).corrections.length === 0);
  });
});
