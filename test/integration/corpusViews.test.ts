// The quote ledger and the entity graph in the real editor, on the two seed articles: the commands
// as the palette, hover links and menus run them, and the webview panels they open.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { EvidenceItem, GraphData } from '../../src/core/graph';
import type { Ledger } from '../../src/core/ledger';
import { DocumentIdsRequest } from '../../src/protocol';
import { api, engineFind, engineMentionAt, engineSpans, hoverText, openSeed, positionOf, until } from './helpers';

/** A document's text as the editor reads it (the engine's offsets are offsets into it). */
const textOf = async (id: string) => (await vscode.workspace.openTextDocument(vscode.Uri.parse(id))).getText();

interface GraphResult {
  readonly graph: GraphData;
  readonly evidence: Readonly<Record<string, readonly EvidenceItem[]>>;
}

function openWebviews(): string[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.input).filter((i): i is vscode.TabInputWebview => i instanceof vscode.TabInputWebview).map((i) => i.viewType);
}

describe('corpus views: quote ledger and entity graph', function () {
  this.timeout(120_000);

  it('the ledger of each seed speaker lists every one of their quotes across both seeds', async () => {
    const a = await api();
    const ids = await a.engine.request(DocumentIdsRequest);
    assert.equal(ids.length, 2);
    const bySpeaker = new Map<string, string[]>();
    for (const id of ids) for (const q of (await engineSpans(a, id))?.quotes ?? []) if (q.speaker) bySpeaker.set(q.speaker, [...(bySpeaker.get(q.speaker) ?? []), `${id}#${q.start}`]);
    assert.ok(bySpeaker.size >= 3, `speakers: ${[...bySpeaker.keys()].join(', ')}`);
    for (const [speaker, expected] of bySpeaker) {
      const ledger = await vscode.commands.executeCommand<Ledger>('sourceAnnotator.showQuotes', speaker);
      assert.ok(ledger, `a ledger for ${speaker}`);
      const listed = ledger.entries.flatMap((e) => e.sources.map((s) => `${s.documentId}#${s.quote.start}`));
      assert.deepEqual([...listed].sort(), [...expected].sort(), `quotes of ${speaker}`);
      for (const s of ledger.entries.flatMap((e) => e.sources)) {
        const text = await textOf(s.documentId);
        assert.equal(text.slice(s.context.start, s.context.end), s.context.text);
        assert.ok(s.context.start <= s.quote.start && s.quote.end <= s.context.end, 'the sentence holds the quote');
        assert.ok(s.date, 'every seed source has a date (at worst the file time, marked)');
      }
    }
    const kobler = (await engineFind(a, 'Martin Kobler'))[0];
    const ledger = await vscode.commands.executeCommand<Ledger>('sourceAnnotator.showQuotes', kobler.id);
    assert.ok(ledger.quoteCount >= 10, `Kobler quoted ${ledger.quoteCount} times`);
    assert.ok(ledger.entries.some((e) => e.sources.some((s) => s.cue === 'said')), 'cue verbs are found');
    await until(() => openWebviews().some((v) => v.includes('sourceAnnotator.ledger')), `the ledger tab (webviews: ${openWebviews().join(', ')})`);
  });

  it('the hover card links to the ledger and the graph, and the link opens the ledger', async () => {
    await api();
    const editor = await openSeed('004');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, positionOf(editor.document, 'Martin Kobler'));
    const card = hoverText(hovers);
    const link = /\(command:sourceAnnotator\.showQuotes\?([^)\s]+)/.exec(card);
    assert.ok(link, card);
    assert.match(card, /command:sourceAnnotator\.showGraph\?/);
    const args = JSON.parse(decodeURIComponent(link[1])) as string[];
    const ledger = await vscode.commands.executeCommand<Ledger>('sourceAnnotator.showQuotes', ...args);
    assert.equal(ledger.entity.name, 'Martin Kobler');
  });

  it('the graph links the UN mission head with the MEK and Camp Ashraf, with evidence sentences', async () => {
    const a = await api();
    const kobler = (await engineFind(a, 'Martin Kobler'))[0];
    const mek = (await engineFind(a, 'MEK'))[0];
    const ashraf = (await engineFind(a, 'Camp Ashraf'))[0];
    assert.ok(kobler && mek && ashraf);
    const result = await vscode.commands.executeCommand<GraphResult>('sourceAnnotator.showGraph', kobler.id);
    assert.equal(result.graph.focus, kobler.id);
    assert.equal(result.graph.nodes[0].id, kobler.id, 'centred on the entity');
    for (const other of [mek, ashraf]) {
      const edge = result.graph.edges.find((e) => [e.source, e.target].includes(kobler.id) && [e.source, e.target].includes(other.id));
      assert.ok(edge, `an edge from ${kobler.name} to ${other.name}`);
      const evidence = result.evidence[edge.id];
      assert.ok(evidence && evidence.length > 0, `evidence for ${other.name}`);
      assert.ok(evidence.some((e) => e.scope === 'sentence'), 'at least one shared sentence');
      for (const e of evidence) {
        const text = await textOf(e.documentId);
        assert.equal(text.slice(e.start, e.end), e.text);
        const names = [text.slice(e.a.start, e.a.end), text.slice(e.b.start, e.b.end)];
        for (const [span, id] of [[e.a, edge.source], [e.b, edge.target]] as const) {
          assert.equal((await engineMentionAt(a, e.documentId, span.start))?.entity, id, `"${names.join('" / "')}" are mentions of the edge's entities`);
        }
      }
    }
    await until(() => openWebviews().some((v) => v.includes('sourceAnnotator.graph')), 'the graph tab');
  });

  it('the graph from the palette is the whole graph, no focus; filters by type apply', async () => {
    await api();
    const result = await vscode.commands.executeCommand<GraphResult>('sourceAnnotator.showGraph');
    assert.equal(result.graph.focus, undefined);
    assert.ok(result.graph.nodes.length > 10);
    assert.ok(result.graph.nodes.length <= 200);
    const types = new Set(result.graph.nodes.map((n) => n.type));
    assert.deepEqual([...types].sort(), ['ORG', 'PERSON', 'PLACE']);
  });
});
