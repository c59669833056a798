// Corrections made in the editor reach every view (hover, tree, Find All References) and the
// workspace's curation file; the file alone reproduces them (picked up again by the editor, and by
// a fresh CLI process); a broken file is never written and leaves the automatic annotations; stale
// corrections are reported and kept; every export format writes files that match the documents.
//
// The workspace is a copy of the repository's seeds/ folder, shared by the whole run, so every test
// puts the corrections file back as it found it.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import * as vscode from 'vscode';
import type { Entity, ResolvedMention } from '../../src/core/types';
import type { SourceAnnotatorApi } from '../../src/extension';
import { DocumentIdsRequest, EntityRequest } from '../../src/protocol';
import { escapeMarkdown } from '../../src/editor/format';
import { api, curationDir, curationFile, engineDocumentCount, engineEntities, engineMentionAt, engineMentionsOf, engineQuoteAt, engineSpans, EXTENSION_ID, folder, hoverText, openSeed, positionOf, preserveCurationFolder, until } from './helpers';


async function resetCorrections(a: SourceAnnotatorApi): Promise<void> {
  fs.rmSync(curationFile(), { force: true });
  await a.curation.reload();
}

function writeExternally(data: unknown): string {
  fs.mkdirSync(curationDir(), { recursive: true });
  const text = typeof data === 'string' ? data : JSON.stringify(data, null, 2) + '\n';
  fs.writeFileSync(curationFile(), text);
  return text;
}

const byName = async (a: SourceAnnotatorApi, name: string): Promise<Entity | undefined> => [...(await engineEntities(a)).values()].find((e) => e.name === name);

/** Every hover card at the position (a mention inside a quote has two), one Markdown string each. */
async function hoverAt(doc: vscode.TextDocument, at: vscode.Position): Promise<string[]> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
  return hovers.map((h) => hoverText([h]));
}

/** One of the cards is the card of this entity (its title line is the name). */
const titled = (cards: readonly string[], name: string) => cards.find((c) => c.startsWith(`**${escapeMarkdown(name)}**`));

async function personRows(a: SourceAnnotatorApi): Promise<Map<string, string>> {
  const p = a.tree.provider;
  const groups = (await p.getChildren()) ?? [];
  const people = groups.find((g) => g.kind === 'group' && g.group === 'PERSON');
  assert.ok(people, 'a People group');
  const rows = new Map<string, string>();
  for (const row of (await p.getChildren(people)) ?? []) {
    const item = (await p.getTreeItem(row)) as vscode.TreeItem;
    rows.set(String(item.label), String(item.description));
  }
  return rows;
}

const sameRange = (l: vscode.Location, uri: vscode.Uri, range: vscode.Range) => l.uri.toString() === uri.toString() && l.range.isEqual(range);

describe('corrections from the editor', function () {
  this.timeout(120_000);
  preserveCurationFolder();

  it('renames an entity everywhere, saves the correction, and undoes it', async () => {
    const a = await api();
    await resetCorrections(a);
    const editor = await openSeed('004');
    const doc = editor.document;
    const at = positionOf(doc, 'Kobler');
    editor.selection = new vscode.Selection(at, at);
    assert.equal(await vscode.commands.executeCommand('sourceAnnotator.curation.rename', undefined, 'Martin K. Kobler'), true);

    const card = await until(async () => titled(await hoverAt(doc, at), 'Martin K. Kobler'), 'the hover card to use the new name');
    assert.match(card, /Person/);
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Kobler');
    assert.ok(symbols.some((s) => s.name === 'Martin K. Kobler'), symbols.map((s) => s.name).join(', '));

    const file = JSON.parse(fs.readFileSync(curationFile(), 'utf8'));
    assert.equal(file.version, 1);
    assert.deepEqual(file.corrections, [{ entity: { name: 'Martin Kobler', type: 'PERSON' }, name: 'Martin K. Kobler', op: 'rename', seq: 1 }]);

    assert.equal(await vscode.commands.executeCommand('sourceAnnotator.curation.undo'), true);
    await until(async () => (await byName(a, 'Martin Kobler')), 'the original name back');
    assert.deepEqual(JSON.parse(fs.readFileSync(curationFile(), 'utf8')).corrections, []);
  });

  it('merges two entities: hover, tree and references change; the file alone brings the merge back, in the editor and in a fresh CLI process', async () => {
    const a = await api();
    await resetCorrections(a);
    await vscode.commands.executeCommand('sourceAnnotator.tree.scopeWorkspace');
    const editor = await openSeed('004');
    const doc = editor.document;
    const into = (await byName(a, 'Martin Kobler'));
    assert.ok(into, 'Martin Kobler is found');
    const docId = doc.uri.toString();
    const entities = (await engineEntities(a));
    // Another person of the same article, whoever the engine finds there.
    const other: ResolvedMention | undefined = (await engineSpans(a, docId))?.mentions.find((m) => m.type === 'PERSON' && m.entity !== into.id && entities.get(m.entity)?.name !== into.name);
    assert.ok(other, 'another person in the article');
    const from = entities.get(other.entity)!;
    const otherAt = doc.positionAt(other.start + 1);
    const otherRange = new vscode.Range(doc.positionAt(other.start), doc.positionAt(other.end));
    const koblerAt = positionOf(doc, 'Kobler');

    assert.ok(titled(await hoverAt(doc, otherAt), from.name), 'before: the hover names the other person');
    const before = await personRows(a);
    assert.ok(before.has(from.name) && before.has(into.name), [...before.keys()].join(', '));
    const refsBefore = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, koblerAt);
    assert.ok(!refsBefore.some((l) => sameRange(l, doc.uri, otherRange)));

    assert.equal(await vscode.commands.executeCommand('sourceAnnotator.curation.merge', from.id, into.id), true);

    const card = await until(async () => titled(await hoverAt(doc, otherAt), into.name), `the hover on ${from.name} to show ${into.name}`);
    assert.match(card, /merged by you/, 'the hover says why the names are one entity');
    const after = await personRows(a);
    assert.ok(!after.has(from.name), `the tree has no row for ${from.name}: ${[...after.keys()].join(', ')}`);
    assert.notEqual(after.get(into.name), before.get(into.name), 'the merged row counts more mentions');
    const refsAfter = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, koblerAt);
    assert.ok(refsAfter.some((l) => sameRange(l, doc.uri, otherRange)), 'Find All References on Kobler includes the merged mention');
    assert.ok(refsAfter.length > refsBefore.length);

    const saved = fs.readFileSync(curationFile(), 'utf8');
    assert.deepEqual(JSON.parse(saved).corrections, [{ entity: { name: from.name, type: from.type }, into: { name: into.name, type: into.type }, op: 'merge', seq: 1 }]);

    // Restart, as far as a test can: the state is dropped (file gone) and rebuilt from the file's bytes alone.
    fs.rmSync(curationFile());
    await until(async () => titled(await hoverAt(doc, otherAt), from.name), 'the merge gone with the file (watcher)');
    writeExternally(saved);
    await until(async () => titled(await hoverAt(doc, otherAt), into.name), 'the merge back from the file (watcher)');
    await a.curation.reload();
    assert.ok(!(await engineEntities(a)).has(from.id));

    // A fresh process with the same engine reads only the folder and its curation file.
    const cli = path.join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'dist', 'cli.js');
    const run = spawnSync(process.execPath, [cli, 'annotate', folder(), '--format', 'json'], { encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' }, maxBuffer: 64 << 20 });
    assert.equal(run.status, 0, run.stderr);
    const out = JSON.parse(run.stdout) as { documents: { path: string; mentions: { start: number; end: number; entity: string }[] }[]; entities: { id: string; name: string }[] };
    const cliDoc = out.documents.find((d) => d.path.endsWith(path.basename(doc.uri.fsPath)));
    assert.ok(cliDoc);
    const cliMention = cliDoc.mentions.find((m) => m.start === other.start && m.end === other.end);
    assert.equal(cliMention?.entity, into.id, 'the CLI applies the same merge');
    assert.ok(!out.entities.some((e) => e.id === from.id));
    assert.deepEqual(out.entities.map((e) => `${e.id} ${e.name}`).sort(), [...(await engineEntities(a)).values()].map((e) => `${e.id} ${e.name}`).sort(), 'the CLI and the editor agree on every entity');

    // Exports carry the corrections.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sa-merged-'));
    try {
      assert.equal(await vscode.commands.executeCommand('sourceAnnotator.export.json', vscode.Uri.file(path.join(dir, 'a.json'))), true);
      const exported = JSON.parse(fs.readFileSync(path.join(dir, 'a.json'), 'utf8'));
      assert.ok(!exported.entities.some((e: { id: string }) => e.id === from.id));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }

    assert.equal(await vscode.commands.executeCommand('sourceAnnotator.curation.undo'), true);
    await until(async () => titled(await hoverAt(doc, otherAt), from.name), 'the merge undone');
  });

  it('a malformed or newer file: one clear problem, bytes untouched, corrections refused, automatic annotations kept', async () => {
    const a = await api();
    await resetCorrections(a);
    const editor = await openSeed('004');
    const doc = editor.document;
    const at = positionOf(doc, 'Kobler');
    const valid = writeExternally({ version: 1, corrections: [{ seq: 1, op: 'rename', entity: { name: 'Martin Kobler' }, name: 'M. Kobler' }] });
    await until(async () => titled(await hoverAt(doc, at), 'M. Kobler'), 'an external edit picked up');

    for (const [broken, problem] of [
      ['{ "version": 1, "corrections": [ { "seq": 1, ', /not valid JSON/],
      [JSON.stringify({ version: 99, corrections: [], futureField: true }), /newer Source Annotator/],
      [JSON.stringify({ version: 1, corrections: [{ seq: 1, op: 'teleport' }] }), /op must be one of/],
    ] as const) {
      writeExternally(broken);
      await until(async () => a.curation.problem()?.match(problem), `the problem "${problem}" noticed`);
      await until(async () => titled(await hoverAt(doc, at), 'Martin Kobler'), 'automatic annotations while the file is broken');
      assert.ok((a.decorationsFor(doc.uri)?.PERSON.length ?? 0) > 0, 'highlights still shown');
      editor.selection = new vscode.Selection(at, at);
      assert.equal(await vscode.commands.executeCommand('sourceAnnotator.curation.rename', undefined, 'Someone Else'), false, 'the correction is refused');
      assert.equal(await vscode.commands.executeCommand('sourceAnnotator.curation.undo'), false, 'undo is refused');
      assert.equal(fs.readFileSync(curationFile(), 'utf8'), broken, 'the file is left untouched');
      const report = await vscode.commands.executeCommand<{ problem?: string }>('sourceAnnotator.curation.showReport');
      assert.match(report.problem ?? '', problem);
    }

    writeExternally(valid);
    await until(async () => titled(await hoverAt(doc, at), 'M. Kobler'), 'the repaired file applied again');
    // The engine and the editor's own store each read the file when it changes; the store may clear
    // its problem a moment after the engine's hover shows the repaired corrections.
    await until(() => a.curation.problem() === undefined, 'the problem cleared once the file is repaired');
  });

  it('keeps and reports a stale correction while new ones are added', async () => {
    const a = await api();
    await resetCorrections(a);
    const editor = await openSeed('004');
    const doc = editor.document;
    const at = positionOf(doc, 'Kobler');
    writeExternally({
      version: 1,
      corrections: [
        { seq: 1, op: 'merge', entity: { name: 'Nobody Of That Name' }, into: { name: 'Martin Kobler' } },
        { seq: 2, op: 'reject', text: 'no such words anywhere' },
      ],
    });
    await a.curation.reload();
    const report = await vscode.commands.executeCommand<{ results: { seq: number; status: string; detail: string }[] }>('sourceAnnotator.curation.showReport');
    assert.deepEqual(report.results.map((r) => [r.seq, r.status]), [[1, 'stale'], [2, 'stale']]);
    assert.match(report.results[0].detail, /no entity named Nobody Of That Name/);

    editor.selection = new vscode.Selection(at, at);
    assert.equal(await vscode.commands.executeCommand('sourceAnnotator.curation.retype', undefined, 'ORG'), true);
    await until(async () => titled(await hoverAt(doc, at), 'Martin Kobler')?.includes('Organization'), 'the retype applied');
    const file = JSON.parse(fs.readFileSync(curationFile(), 'utf8'));
    assert.deepEqual(file.corrections.map((c: { seq: number; op: string }) => [c.seq, c.op]), [[1, 'merge'], [2, 'reject'], [3, 'retype']], 'stale corrections are kept');
    assert.equal(await vscode.commands.executeCommand('sourceAnnotator.curation.undo'), true);
    assert.deepEqual(JSON.parse(fs.readFileSync(curationFile(), 'utf8')).corrections.map((c: { seq: number }) => c.seq), [1, 2]);
  });

  it('a correction made right after an external edit keeps that edit (read, change, write)', async () => {
    const a = await api();
    await resetCorrections(a);
    const editor = await openSeed('004');
    const at = positionOf(editor.document, 'Kobler');
    editor.selection = new vscode.Selection(at, at);
    const pulled = { seq: 7, op: 'reject', text: 'words from a colleague' };
    // No wait for the watcher: the command itself must read the file as it is now.
    writeExternally({ version: 1, corrections: [pulled] });
    assert.equal(await vscode.commands.executeCommand('sourceAnnotator.curation.retype', undefined, 'ORG'), true);
    const file = JSON.parse(fs.readFileSync(curationFile(), 'utf8'));
    assert.deepEqual(file.corrections.map((c: { seq: number; op: string }) => [c.seq, c.op]), [[7, 'reject'], [8, 'retype']]);
    assert.equal(await vscode.commands.executeCommand('sourceAnnotator.curation.undo'), true);
    assert.deepEqual(JSON.parse(fs.readFileSync(curationFile(), 'utf8')).corrections, [pulled]);
  });

  it('adds an entity from the selection, rejects words in one document, splits an alias and sets a speaker', async () => {
    const a = await api();
    await resetCorrections(a);
    const editor = await openSeed('004');
    const doc = editor.document;
    const docId = doc.uri.toString();
    const text = doc.getText();

    // Add: a capitalised word the engine does not mark, everywhere it occurs as a whole word.
    const words = [...new Set(text.match(/\b[A-Z][a-z]{4,}\b/g) ?? [])];
    let unmarked: string | undefined;
    for (const w of words) {
      const i = text.indexOf(w);
      if ((await engineMentionAt(a, docId, i)) === undefined && (await engineQuoteAt(a, docId, i)) === undefined) {
        unmarked = w;
        break;
      }
    }
    assert.ok(unmarked, 'a capitalised word without a mention');
    const start = text.indexOf(unmarked);
    editor.selection = new vscode.Selection(doc.positionAt(start), doc.positionAt(start + unmarked.length));
    assert.equal(await vscode.commands.executeCommand('sourceAnnotator.curation.add', undefined, 'PLACE'), true);
    const added = await until(async () => (await engineMentionAt(a, docId, start)), `“${unmarked}” annotated`);
    assert.equal(added.type, 'PLACE');
    for (const m of text.matchAll(new RegExp(`\\b${unmarked}\\b`, 'g'))) assert.ok((await engineMentionAt(a, docId, m.index)), `occurrence at ${m.index} is a mention`);

    // Not a name, only in this document.
    assert.equal(await vscode.commands.executeCommand('sourceAnnotator.curation.reject', { kind: 'mention', documentId: docId, start, end: start + unmarked.length }, 'document'), true);
    await until(async () => (await engineMentionAt(a, docId, start)) === undefined, 'the rejected mention gone');
    const last = JSON.parse(fs.readFileSync(curationFile(), 'utf8')).corrections.at(-1);
    assert.deepEqual(last, { document: path.basename(doc.uri.fsPath), op: 'reject', seq: 2, text: unmarked });

    // Split: Kobler's short name becomes its own entity.
    const kobler = (await byName(a, 'Martin Kobler'))!;
    assert.ok(kobler.aliases.includes('Kobler'), kobler.aliases.join(', '));
    assert.equal(await vscode.commands.executeCommand('sourceAnnotator.curation.split', kobler.id, 'Kobler'), true);
    await until(async () => (await byName(a, 'Kobler')), 'Kobler split off');

    // Speaker: the first quote, cleared and then given to someone.
    const quote = (await engineSpans(a, docId))?.quotes[0];
    assert.ok(quote, 'a quote in the article');
    const quoteNode = { kind: 'quote', documentId: docId, start: quote.start, end: quote.end, text: text.slice(quote.start, quote.end) };
    assert.equal(await vscode.commands.executeCommand('sourceAnnotator.curation.speaker', quoteNode, null), true);
    await until(async () => (await engineQuoteAt(a, docId, quote.start))?.speaker === null, 'the speaker cleared');
    assert.equal(await vscode.commands.executeCommand('sourceAnnotator.curation.speaker', quoteNode, 'Martin Kobler'), true);
    await until(async () => (await engineQuoteAt(a, docId, quote.start))?.speaker === (await byName(a, 'Martin Kobler'))?.id, 'the speaker set');

    const report = await vscode.commands.executeCommand<{ results: { status: string }[] }>('sourceAnnotator.curation.showReport');
    assert.deepEqual(report.results.map((r) => r.status), ['applied', 'applied', 'applied', 'applied', 'applied']);
    for (let i = 0; i < 5; i++) assert.equal(await vscode.commands.executeCommand('sourceAnnotator.curation.undo'), true);
    assert.equal(await vscode.commands.executeCommand('sourceAnnotator.curation.undo'), false, 'nothing left to undo');
    await until(async () => (await engineMentionAt(a, docId, start)) === undefined && (await byName(a, 'Martin Kobler'))?.aliases.includes('Kobler'), 'all undone');
  });
});

describe('corrections from the Entities view', function () {
  this.timeout(60_000);
  preserveCurationFolder();

  it('"Not a name" on an entity row removes it from every view; on its document row only there', async () => {
    const a = await api();
    await resetCorrections(a);
    await vscode.commands.executeCommand('sourceAnnotator.tree.scopeWorkspace');
    const p = a.tree.provider;
    const places = ((await p.getChildren()) ?? []).find((g) => g.kind === 'group' && g.group === 'PLACE')!;
    const rows = (await p.getChildren(places)) ?? [];
    // A place with one wording, so the command needs no choice.
    let row: (typeof rows)[number] | undefined;
    for (const r of rows) {
      if (r.kind === 'entity' && new Set((await engineMentionsOf(a, r.row.entity.id)).map((m) => m.text)).size === 1) {
        row = r;
        break;
      }
    }
    assert.ok(row && row.kind === 'entity', 'a place with a single wording');
    const { id, name } = row.row.entity;
    const wording = (await engineMentionsOf(a, id))[0].text;
    assert.equal(await vscode.commands.executeCommand('sourceAnnotator.curation.reject', row), true);
    await until(async () => !(await engineEntities(a)).has(id) && !(await a.engine.request(EntityRequest, { entity: id })), `${name} gone`);
    const labels = await Promise.all(((await p.getChildren(places)) ?? []).map(async (r) => String(((await p.getTreeItem(r)) as vscode.TreeItem).label)));
    assert.ok(!labels.includes(name), labels.join(', '));
    assert.deepEqual(JSON.parse(fs.readFileSync(curationFile(), 'utf8')).corrections, [{ op: 'reject', seq: 1, text: wording }]);
    assert.equal(await vscode.commands.executeCommand('sourceAnnotator.curation.undo'), true);
    await until(async () => (await engineEntities(a)).has(id) && (await a.engine.request(EntityRequest, { entity: id })) !== null, `${name} back`);

    // The per-document row: only that document's mentions go.
    const entityNode = ((await p.getChildren(places)) ?? []).find((r) => r.kind === 'entity' && r.row.entity.id === id)!;
    const [docRow] = (await p.getChildren(entityNode)) ?? [];
    assert.ok(docRow && docRow.kind === 'document');
    assert.equal(await vscode.commands.executeCommand('sourceAnnotator.curation.reject', docRow), true);
    await until(async () => !(await engineMentionsOf(a, id)).some((m) => m.uri === docRow.documentId), 'the document\'s mentions gone');
    const record = JSON.parse(fs.readFileSync(curationFile(), 'utf8')).corrections[0];
    assert.equal(record.document, path.basename(vscode.Uri.parse(docRow.documentId).fsPath));
    assert.equal(await vscode.commands.executeCommand('sourceAnnotator.curation.undo'), true);
  });
});

describe('export from the editor', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sa-export-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const seedText = (relative: string) => fs.readFileSync(path.join(folder(), relative), 'utf8');

  it('writes the corpus as JSON with workspace-relative paths', async () => {
    await api();
    const target = vscode.Uri.file(path.join(dir, 'out.json'));
    assert.equal(await vscode.commands.executeCommand('sourceAnnotator.export.json', target), true);
    const data = JSON.parse(fs.readFileSync(target.fsPath, 'utf8'));
    const paths = data.documents.map((d: { path: string }) => d.path);
    assert.ok(paths.some((p: string) => p.startsWith('004_')), paths.join(', '));
    assert.ok(data.entities.some((e: { name: string }) => e.name === 'Martin Kobler'));
    for (const d of data.documents) for (const m of d.mentions) assert.equal(seedText(d.path).slice(m.start, m.end), m.text);
  });

  it('writes CSV tables that parse back to the index rows', async () => {
    const a = await api();
    assert.equal(await vscode.commands.executeCommand('sourceAnnotator.export.csv', vscode.Uri.file(dir)), true);
    const unescape = (cell: string) => (/^'[=+\-@\t\r\uFF1D\uFF0B\uFF0D]/.test(cell) ? cell.slice(1) : cell);
    const mentions = parseCsv(fs.readFileSync(path.join(dir, 'mentions.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    const documents = await Promise.all((await a.engine.request(DocumentIdsRequest)).map(async (id) => (await engineSpans(a, id))!));
    assert.equal(mentions.length, documents.reduce((n, d) => n + d.mentions.length, 0));
    for (const row of mentions) assert.equal(seedText(row.document).slice(Number(row.start), Number(row.end)), unescape(row.text));
    const entities = parseCsv(fs.readFileSync(path.join(dir, 'entities.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    assert.deepEqual(entities.map((e) => e.id).sort(), [...(await engineEntities(a)).keys()].sort());
    const quotes = parseCsv(fs.readFileSync(path.join(dir, 'quotes.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    assert.equal(quotes.length, documents.reduce((n, d) => n + d.quotes.length, 0));
    for (const row of quotes) assert.equal(seedText(row.document).slice(Number(row.start), Number(row.end)), unescape(row.text));
  });

  it('writes a brat folder whose every .ann span matches its text copy (code points)', async () => {
    const a = await api();
    assert.equal(await vscode.commands.executeCommand('sourceAnnotator.export.brat', vscode.Uri.file(dir)), true);
    assert.match(fs.readFileSync(path.join(dir, 'annotation.conf'), 'utf8'), /\[entities\]\nPERSON\nORG\nPLACE\nQuote/);
    const anns = fs.readdirSync(dir).filter((f) => f.endsWith('.ann'));
    assert.equal(anns.length, (await engineDocumentCount(a)));
    let spans = 0;
    for (const ann of anns) {
      const base = ann.slice(0, -4);
      const text = fs.readFileSync(path.join(dir, `${base}.txt`), 'utf8');
      assert.equal(text, seedText(`${base}.txt`), 'the text copy is the document');
      const chars = Array.from(text);
      for (const line of fs.readFileSync(path.join(dir, ann), 'utf8').split('\n').filter((l) => l.startsWith('T'))) {
        const [, typeAndOffsets, covered] = line.split('\t');
        const fragments = typeAndOffsets.split(' ').slice(1).join(' ').split(';').map((f) => f.split(' ').map(Number));
        assert.equal(fragments.map(([s, e]) => chars.slice(s, e).join('')).join(' '), covered, line);
        spans++;
      }
    }
    assert.ok(spans > 50, `${spans} spans`);
  });

  it('writes W3C Web Annotations whose quote selectors match the text at their positions', async () => {
    await api();
    const target = vscode.Uri.file(path.join(dir, 'out.jsonld'));
    assert.equal(await vscode.commands.executeCommand('sourceAnnotator.export.w3c', target), true);
    const data = JSON.parse(fs.readFileSync(target.fsPath, 'utf8'));
    assert.equal(data['@context'], 'http://www.w3.org/ns/anno.jsonld');
    const items = data.first.items as { target: { source: string; selector: { type: string; start?: number; end?: number; exact?: string }[] } }[];
    assert.equal(data.total, items.length);
    assert.ok(items.length > 50);
    const texts = new Map<string, string[]>();
    for (const item of items) {
      const source = item.target.source;
      if (!texts.has(source)) texts.set(source, Array.from(fs.readFileSync(fileURLToPath(source), 'utf8')));
      const chars = texts.get(source)!;
      const position = item.target.selector.find((s) => s.type === 'TextPositionSelector')!;
      const quote = item.target.selector.find((s) => s.type === 'TextQuoteSelector')!;
      assert.equal(chars.slice(position.start, position.end).join(''), quote.exact);
    }
  });

  it('writes FollowTheMoney JSON lines with a document per file and references that resolve', async () => {
    const a = await api();
    const target = vscode.Uri.file(path.join(dir, 'out.ftm.jsonl'));
    assert.equal(await vscode.commands.executeCommand('sourceAnnotator.export.ftm', target), true);
    const entities = fs.readFileSync(target.fsPath, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string; schema: string; properties: Record<string, string[]> });
    const ids = new Set(entities.map((e) => e.id));
    const docs = entities.filter((e) => e.schema === 'PlainText');
    assert.equal(docs.length, (await engineDocumentCount(a)));
    // Workspace-relative paths, not the reader's local layout.
    assert.ok(docs.every((d) => !path.isAbsolute(d.properties.name[0])), docs.map((d) => d.properties.name[0]).join(', '));
    const mentions = entities.filter((e) => e.schema === 'Mention');
    assert.ok(mentions.length > 50);
    assert.ok(mentions.every((m) => ids.has(m.properties.document[0]) && (m.properties.resolved ?? []).every((r) => ids.has(r))));
  });
});
