// What a first-time user's own texts found, in the real editor (fix7): a biography's bare surname and
// its quote go to the subject, not to the wife named just before; an interview's Q: turns go to the
// interviewer its header names; a speaker correction written by the quote's first words applies, and
// one that fits several quotes is reported; a yearless dateline takes the year the story's dates give;
// the graph's edge ids are printable; a retyped entity's id follows its type, its old id kept. The texts
// are invented and written into the workspace for this suite, then removed.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { GraphData } from '../../src/core/graph';
import type { Ledger } from '../../src/core/ledger';
import { api, curationDir, curationFile, engineDocumentCount, engineEntities, engineHas, engineMentionAt, engineQuoteAt, folder, hoverText, preserveCurationFolder, until } from './helpers';

const BIO = [
  'Talbot Verrick: a life in shipping',
  '',
  'March 3 — Talbot Verrick built Halden Shipping Ltd from a single barge. A memorial on Feb. 20, 2024 drew 300 people to the quay.',
  '',
  'His wife, Marisol Verrick, ran the accounts for thirty years. Their son, Aldo Verrick, joined later.',
  '',
  '"We had nothing but the river," Verrick said. "We had nothing but debts," Verrick added.',
  '',
].join('\n');

const INTERVIEW = [
  'Transcript: interview with Celeste Andrani, regional director, Larkfield Water Agency',
  'Interviewer: Tobias Wrenfield',
  '',
  'Q: How bad is the drought?',
  'A: It is the worst in forty years.',
  'Q: What comes next?',
  'A: Rationing, I am afraid.',
  '',
].join('\n');

describe('first-time user kinds: attribution, corrections, dates and exports', function () {
  this.timeout(120_000);
  preserveCurationFolder();
  const bio = () => vscode.Uri.file(path.join(folder(), 'zz-fix7-bio.txt'));
  const interview = () => vscode.Uri.file(path.join(folder(), 'zz-fix7-interview.txt'));
  let count = 0;

  before(async () => {
    const a = await api();
    count = await engineDocumentCount(a);
    fs.writeFileSync(bio().fsPath, BIO);
    fs.writeFileSync(interview().fsPath, INTERVIEW);
    await until(async () => (await engineHas(a, bio().toString())) && (await engineHas(a, interview().toString())), 'the two new texts indexed', 90_000);
  });

  after(async () => {
    const a = await api();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of [bio(), interview()]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    // A document the editor opened stays in the index until VS Code disposes of its model, which it does
    // lazily after the tab closes (the reading suite's note is left the same way); wait a little for
    // it, without failing the suite over the editor's housekeeping.
    await until(async () => (await engineDocumentCount(a)) === count, 'the two texts gone from the index', 20_000).catch(() => undefined);
  });

  const entityAt = async (uri: vscode.Uri, needle: string, nth = 0) => {
    const a = await api();
    const text = fs.readFileSync(uri.fsPath, 'utf8');
    let at = -1;
    for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
    return (await engineMentionAt(a, uri.toString(), at))?.entity;
  };

  it('a bare surname after the wife was named goes to the subject, in the hover card and in the quote', async () => {
    const a = await api();
    const doc = await vscode.workspace.openTextDocument(bio());
    await vscode.window.showTextDocument(doc);
    const talbot = await until(() => entityAt(bio(), 'Talbot Verrick', 1), 'Talbot Verrick resolved');
    const at = BIO.indexOf('Verrick said') + 2;
    await until(async () => (await entityAt(bio(), 'Verrick said')) === talbot, 'the bare surname is the subject');
    const card = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(at)));
    assert.match(card, /^\*\*Talbot Verrick\*\*/m, card);
    const quote = await engineQuoteAt(a, bio().toString(), BIO.indexOf('We had nothing but the river'));
    assert.equal(quote?.speaker, talbot, 'the quote is the subject\'s');
    assert.notEqual(await entityAt(bio(), 'Marisol Verrick'), talbot);
  });

  it('Q: turns go to the interviewer the header names, A: turns to the person interviewed', async () => {
    const a = await api();
    const asker = await until(() => entityAt(interview(), 'Tobias Wrenfield'), 'the interviewer is a person');
    const answerer = await entityAt(interview(), 'Celeste Andrani');
    assert.ok(answerer);
    for (const [needle, who] of [['How bad is', asker], ['It is the worst', answerer], ['What comes next', asker], ['Rationing', answerer]] as const) {
      assert.equal((await engineQuoteAt(a, interview().toString(), INTERVIEW.indexOf(needle)))?.speaker, who, needle);
    }
  });

  it('a speaker correction by the quote\'s first words applies; first words that fit two quotes are reported', async () => {
    const a = await api();
    fs.mkdirSync(curationDir(), { recursive: true });
    fs.writeFileSync(curationFile(), JSON.stringify({ version: 1, corrections: [
      { seq: 1, op: 'speaker', quote: 'we had nothing but the RIVER', speaker: { name: 'Marisol Verrick' }, document: 'zz-fix7-bio.txt' },
      { seq: 2, op: 'speaker', quote: 'We had nothing', speaker: { name: 'Aldo Verrick' }, document: 'zz-fix7-bio.txt' },
    ] }, null, 2));
    await a.curation.reload();
    const marisol = await entityAt(bio(), 'Marisol Verrick');
    await until(async () => (await engineQuoteAt(a, bio().toString(), BIO.indexOf('but the river')))?.speaker === marisol, 'the correction applied');
    const report = await vscode.commands.executeCommand<{ results: { seq: number; status: string; detail: string }[] }>('sourceAnnotator.curation.showReport');
    assert.deepEqual(report.results.map((r) => [r.seq, r.status]), [[1, 'applied'], [2, 'stale']]);
    assert.match(report.results[1].detail, /fits 2 different quotes/);
    fs.rmSync(curationFile(), { force: true });
    await a.curation.reload();
  });

  it('the ledger dates the yearless dateline with the year of the story\'s dates, and says where it came from', async () => {
    const talbot = await until(() => entityAt(bio(), 'Talbot Verrick', 1), 'Talbot Verrick resolved');
    const ledger = await vscode.commands.executeCommand<Ledger>('sourceAnnotator.showQuotes', talbot);
    const source = ledger.entries.flatMap((e) => e.sources).find((s) => s.documentId === bio().toString());
    assert.ok(source, 'the biography is among the sources');
    assert.equal(source.date?.iso, '2024-03-03');
    assert.equal(source.date?.source, 'dateline');
    assert.equal(source.date?.yearSource, 'text-date');
  });

  it('the graph\'s edge ids are printable, and its evidence is found by them', async () => {
    const talbot = await until(() => entityAt(bio(), 'Talbot Verrick', 1), 'Talbot Verrick resolved');
    const result = await vscode.commands.executeCommand<{ graph: GraphData; evidence: Record<string, unknown[]> }>('sourceAnnotator.showGraph', talbot);
    assert.ok(result.graph.edges.length > 0);
    for (const e of result.graph.edges) {
      // eslint-disable-next-line no-control-regex
      assert.ok(!/[\u0000-\u001f]/.test(e.id), JSON.stringify(e.id));
      assert.equal(e.id, `${[e.source, e.target].sort().join('|')}`);
    }
    const focusEdges = result.graph.edges.filter((e) => e.source === talbot || e.target === talbot);
    assert.ok(focusEdges.some((e) => (result.evidence[e.id] ?? []).length > 0), 'evidence keyed by the printable id');
  });

  it('a retyped entity gets an id of its new type and lists its old id', async () => {
    const a = await api();
    const talbot = await until(() => entityAt(bio(), 'Talbot Verrick', 1), 'Talbot Verrick resolved');
    fs.mkdirSync(curationDir(), { recursive: true });
    fs.writeFileSync(curationFile(), JSON.stringify({ version: 1, corrections: [{ seq: 1, op: 'retype', entity: { name: 'Talbot Verrick' }, type: 'ORG' }] }, null, 2));
    await a.curation.reload();
    const renamed = talbot.replace(/^person:/, 'org:');
    await until(async () => (await entityAt(bio(), 'Talbot Verrick', 1)) === renamed, `the id ${renamed}`);
    const entity = (await engineEntities(a)).get(renamed);
    assert.deepEqual(entity?.formerIds, [talbot]);
    fs.rmSync(curationFile(), { force: true });
    await a.curation.reload();
    await until(async () => (await entityAt(bio(), 'Talbot Verrick', 1)) === talbot, 'the id back without the correction');
  });
});
