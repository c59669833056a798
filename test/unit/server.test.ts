// The language server end to end in one process: a real LSP connection over in-memory streams, a
// temporary workspace folder on disk, and the real annotator. Checks that the standard features and
// the custom protocol answer from the server's own index, that unsaved text comes through didChange,
// and that the corrections file on disk is what the server applies.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import {
  DefinitionRequest, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, DocumentHighlightRequest, DocumentSymbolRequest, HoverRequest,
  ReferencesRequest, WorkspaceSymbolRequest,
  type DocumentSymbol, type Hover, type Location, type MarkupContent, type SymbolInformation,
} from 'vscode-languageserver-protocol';
import { URI } from 'vscode-uri';
import { createAnnotator } from '../../src/core/annotate';
import { fromWire } from '../../src/core/graph/wire';
import { CUSTOM_METHODS, GraphEvidenceRequest, GraphNeighbourhoodRequest, GraphRequest, GraphWireRequest, LedgerRequest, ViewTargetRequest, DocumentSpansRequest, NextMentionRequest, TreeChildrenRequest, FindEntitiesRequest, IndexChangedNotification, MentionAtRequest, MentionsOfRequest, ReloadCurationRequest, WhenIndexedRequest, type IndexChangedParams } from '../../src/protocol';
import { CurationReportRequest, EntitiesRequest, ExportRequest, FullEntityRequest, QuoteAtRequest, SpanRangeRequest, SpanTextRequest, THIN_CLIENT_METHODS } from '../../src/protocol';
import { connectServer } from './serverKit';

const A = 'The dam was approved on Monday, said Ilse Varnhagen, director of the Brackwater Institute.\n"We checked every figure," Varnhagen said. Varnhagen later flew to Tolvik.\n';
const B = 'Critics in Tolvik questioned the study. Ilse Varnhagen did not answer.\n';

describe('language server (in-process, real files)', function () {
  this.timeout(60_000);
  let dir: string;
  let client: MessageConnection;
  const changes: IndexChangedParams[] = [];
  const uri = (name: string) => URI.file(path.join(dir, name)).toString();
  const at = (text: string, needle: string, nth = 0) => {
    let i = -1;
    for (let k = 0; k <= nth; k++) i = text.indexOf(needle, i + 1);
    assert.ok(i >= 0, needle);
    const before = text.slice(0, i + 1).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
  };

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sa-server-'));
    fs.writeFileSync(path.join(dir, 'a.txt'), A);
    fs.writeFileSync(path.join(dir, 'b.txt'), B);
    fs.mkdirSync(path.join(dir, 'node_modules'));
    fs.writeFileSync(path.join(dir, 'node_modules', 'c.txt'), B);
    const annotator = createAnnotator();
    client = await connectServer(dir, async (text) => annotator.annotate(text), (c) => c.onNotification(IndexChangedNotification, (p) => void changes.push(p)));
  });
  after(() => {
    client?.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('indexes the folder on disk, leaving excluded folders out', async () => {
    const stats = await client.sendRequest(WhenIndexedRequest);
    assert.equal(stats.documents, 2);
    assert.equal(stats.annotated, 2);
    assert.ok(changes.some((c) => c.documents.includes(uri('a.txt'))), 'an index-changed notification named the document');
  });

  it('answers the thin client: quote at the caret, entities whole, span text and range, export content, curation report', async () => {
    await client.sendRequest(WhenIndexedRequest);
    assert.ok(THIN_CLIENT_METHODS.every((m) => m.startsWith('sourceAnnotator/')) && new Set(THIN_CLIENT_METHODS).size === THIN_CLIENT_METHODS.length);
    const inQuote = A.indexOf('every figure');
    const quote = await client.sendRequest(QuoteAtRequest, { uri: uri('a.txt'), offset: inQuote });
    assert.ok(quote && quote.start <= inQuote && inQuote < quote.end, 'the quote around the offset');
    assert.equal(quote.text, A.slice(quote.start, quote.end));
    assert.equal(await client.sendRequest(QuoteAtRequest, { uri: uri('a.txt'), offset: A.indexOf('dam') }), null, 'no quote outside one');
    const entities = await client.sendRequest(EntitiesRequest);
    const person = entities.find((e) => e.name === 'Ilse Varnhagen');
    assert.ok(person && person.aliases.includes('Varnhagen'), 'entities come whole, with their aliases');
    assert.deepEqual(entities.map((e) => e.id), [...entities.map((e) => e.id)].sort(), 'by id');
    assert.deepEqual(await client.sendRequest(FullEntityRequest, { entity: person.id }), person);
    assert.equal(await client.sendRequest(FullEntityRequest, { entity: 'PERSON:Nobody At All' }), null);
    const start = A.indexOf('Brackwater');
    assert.equal(await client.sendRequest(SpanTextRequest, { uri: uri('a.txt'), start, end: start + 10 }), 'Brackwater');
    assert.equal(await client.sendRequest(SpanTextRequest, { uri: uri('a.txt'), start, end: A.length + 1 }), null, 'a span past the end is no span');
    assert.equal(await client.sendRequest(SpanTextRequest, { uri: uri('missing.txt'), start: 0, end: 1 }), null);
    const tolvik = A.indexOf('Tolvik');
    const column = tolvik - A.lastIndexOf('\n', tolvik) - 1;
    assert.deepEqual(await client.sendRequest(SpanRangeRequest, { uri: uri('a.txt'), start: tolvik, end: tolvik + 6 }), { start: { line: 1, character: column }, end: { line: 1, character: column + 6 } });
    assert.equal(await client.sendRequest(SpanRangeRequest, { uri: uri('elsewhere.txt'), start: 0, end: 1 }), null, 'only documents of the index are placed');
    const json = await client.sendRequest(ExportRequest, { format: 'json', paths: { [uri('b.txt')]: 'notes/b.txt' } });
    assert.equal(json.kind, 'file');
    assert.equal(json.documents, 1, 'only the documents named are exported');
    const parsed = JSON.parse(json.kind === 'file' ? json.data : '{}') as { documents: { path: string }[] };
    assert.deepEqual(parsed.documents.map((d) => d.path), ['notes/b.txt'], 'under the path the client gave');
    const brat = await client.sendRequest(ExportRequest, { format: 'brat', paths: { [uri('a.txt')]: 'a.txt', [uri('b.txt')]: 'b.txt' } });
    assert.deepEqual(brat.kind === 'folder' ? brat.files.map((f) => f.name).sort() : [], ['a.ann', 'a.txt', 'annotation.conf', 'b.ann', 'b.txt']);
    assert.equal(brat.kind === 'folder' ? brat.files.find((f) => f.name === 'a.txt')?.data : undefined, A, 'the exact text that was annotated');
    assert.deepEqual(await client.sendRequest(CurationReportRequest), { results: [] }, 'no corrections file: nothing to report');
  });

  it('answers hover, definition, references, highlights and symbols from its index', async () => {
    await client.sendRequest(WhenIndexedRequest);
    const hover = await client.sendRequest(HoverRequest.type, { textDocument: { uri: uri('b.txt') }, position: at(B, 'Ilse Varnhagen') });
    const card = (hover as Hover).contents as MarkupContent;
    assert.match(card.value, /\*\*Ilse Varnhagen\*\*/);
    assert.match(card.value, /command:sourceAnnotator\.openLocation\?/, 'links only to our own commands');
    const defs = (await client.sendRequest(DefinitionRequest.type, { textDocument: { uri: uri('b.txt') }, position: at(B, 'Ilse Varnhagen') })) as Location[];
    assert.equal(defs[0].uri, uri('a.txt'), 'the definition is the first full name, in the first document');
    const refs = (await client.sendRequest(ReferencesRequest.type, { textDocument: { uri: uri('a.txt') }, position: at(A, 'Varnhagen', 2), context: { includeDeclaration: true } })) as Location[];
    assert.deepEqual([...new Set(refs.map((r) => r.uri))].sort(), [uri('a.txt'), uri('b.txt')]);
    assert.ok(refs.length >= 4, `every mention of the person (${refs.length})`);
    const highlights = await client.sendRequest(DocumentHighlightRequest.type, { textDocument: { uri: uri('a.txt') }, position: at(A, 'Ilse') });
    assert.ok(highlights && highlights.length >= 3);
    const symbols = (await client.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: uri('a.txt') } })) as DocumentSymbol[];
    assert.ok(symbols.some((s) => s.name === 'Ilse Varnhagen'));
    const found = (await client.sendRequest(WorkspaceSymbolRequest.type, { query: 'varnhagen' })) as SymbolInformation[];
    assert.equal(found[0].name, 'Ilse Varnhagen');
  });

  it('serves the custom protocol: spans, mention at an offset, every mention of an entity, search', async () => {
    await client.sendRequest(WhenIndexedRequest);
    const spans = await client.sendRequest(DocumentSpansRequest, { uri: uri('a.txt') });
    assert.ok(spans && spans.length === A.length);
    assert.ok(spans.quotes.length >= 1, 'the quote is there');
    const hit = await client.sendRequest(MentionAtRequest, { uri: uri('a.txt'), offset: A.indexOf('Ilse Varnhagen') + 'Ilse Varnhagen'.length });
    assert.equal(hit?.entity.name, 'Ilse Varnhagen', 'a caret right after the name is on it');
    const all = await client.sendRequest(MentionsOfRequest, { entity: hit!.entity.id, limit: 1 });
    assert.equal(all.mentions.length, 1);
    assert.ok(all.total >= 4);
    const entities = await client.sendRequest(FindEntitiesRequest, { query: 'brackwater' });
    assert.equal(entities[0]?.type, 'ORG');
    assert.ok(CUSTOM_METHODS.every((m) => m.startsWith('sourceAnnotator/')));
  });

  it('serves the Entities view one level at a time, and the next mention across documents', async () => {
    await client.sendRequest(WhenIndexedRequest);
    const groups = await client.sendRequest(TreeChildrenRequest, {});
    assert.deepEqual(groups.map((g) => g.kind === 'group' && g.group), ['PERSON', 'ORG', 'PLACE', 'QUOTE']);
    const people = await client.sendRequest(TreeChildrenRequest, { parent: 'group:PERSON' });
    const person = people.find((r) => r.kind === 'entity' && r.row.entity.name === 'Ilse Varnhagen');
    assert.ok(person && person.kind === 'entity');
    assert.deepEqual(person.row.documents.map((d) => d.documentId), [uri('a.txt'), uri('b.txt')], 'documents in reading order');
    const compact = await client.sendRequest(TreeChildrenRequest, { parent: 'group:PERSON', compact: true });
    const small = compact.find((r) => r.id === person.id);
    assert.ok(small?.kind === 'entity' && small.row.documents.length === 0 && small.row.documentCount === 2, 'a compact row counts its documents instead of listing them');
    const compactDocs = await client.sendRequest(TreeChildrenRequest, { parent: person.id, compact: true });
    assert.ok(compactDocs.length === 2 && compactDocs.every((d) => d.kind === 'document' && d.row.documents.length === 0), 'document rows carry the compact entity row');
    const places = await client.sendRequest(TreeChildrenRequest, { parent: 'group:PLACE' });
    assert.ok(places.length >= 1);
    assert.deepEqual(await client.sendRequest(TreeChildrenRequest, { parent: 'group:PLACE', limit: 0 }), [], 'a page of no rows');
    const pinned = await client.sendRequest(TreeChildrenRequest, { parent: 'group:PERSON', limit: 0, include: person.id.slice('entity:'.length) });
    assert.deepEqual(pinned.map((r) => r.id), [person.id], 'the included row comes although the page is cut before it');
    const firstOnly = await client.sendRequest(TreeChildrenRequest, { parent: 'group:PERSON', limit: 1, include: people[0].kind === 'entity' ? people[0].row.entity.id : '' });
    assert.deepEqual(firstOnly.map((r) => r.id), [people[0].id], 'an included row already on the page is not repeated');
    const docs = await client.sendRequest(TreeChildrenRequest, { parent: person.id });
    const mentions = await client.sendRequest(TreeChildrenRequest, { parent: docs[1].id });
    assert.ok(mentions.length >= 1 && mentions.every((m) => m.kind === 'mention' && m.label.slice(m.highlight[0], m.highlight[1]).length > 0));
    const scoped = await client.sendRequest(TreeChildrenRequest, { parent: 'group:PERSON', documentId: uri('b.txt'), filter: 'varnh' });
    assert.deepEqual(scoped.map((r) => r.kind === 'entity' && r.row.mentionCount), [1], 'one document, filtered by part of the name');
    const last = A.lastIndexOf('Varnhagen');
    const next = await client.sendRequest(NextMentionRequest, { uri: uri('a.txt'), offset: last + 1, direction: 1 });
    assert.equal(next?.uri, uri('b.txt'), 'after the last mention in one document comes the next document');
  });

  it('answers the corpus views: a speaker\'s ledger, the graph with its focus and scope, an edge\'s evidence', async () => {
    await client.sendRequest(WhenIndexedRequest);
    const person = await client.sendRequest(MentionAtRequest, { uri: uri('a.txt'), offset: A.indexOf('Ilse') + 1 });
    const org = await client.sendRequest(MentionAtRequest, { uri: uri('a.txt'), offset: A.indexOf('Brackwater') + 1 });
    const place = await client.sendRequest(MentionAtRequest, { uri: uri('b.txt'), offset: B.indexOf('Tolvik') + 1 });
    assert.ok(person && org && place);
    const speaker = person.entity.id;

    const ledger = await client.sendRequest(LedgerRequest, { entity: speaker });
    assert.ok(ledger);
    assert.equal(ledger.entity.name, 'Ilse Varnhagen');
    const sources = ledger.entries.flatMap((e) => e.sources);
    const quoted = sources.find((s) => s.quote.text.includes('We checked every figure'));
    assert.ok(quoted, JSON.stringify(sources.map((s) => s.quote.text)));
    assert.equal(quoted.documentId, uri('a.txt'));
    assert.equal(A.slice(quoted.quote.start, quoted.quote.end), quoted.quote.text, 'offsets into the indexed text');
    assert.equal(A.slice(quoted.context.start, quoted.context.end), quoted.context.text);
    assert.equal(quoted.cue, 'said');
    assert.equal(quoted.date?.source, 'modified', 'an undated file is dated by its modification time, marked as such');
    assert.equal(await client.sendRequest(LedgerRequest, { entity: 'no-such-entity' }), null);

    const graph = await client.sendRequest(GraphRequest, { focus: speaker, limit: 10 });
    assert.deepEqual(fromWire(await client.sendRequest(GraphWireRequest, { focus: speaker, limit: 10 })), graph, 'the compact answer is the same graph');
    assert.equal(graph.focus, speaker);
    assert.equal(graph.nodes[0].id, speaker, 'the focus comes first');
    const edgeTo = (id: string) => graph.edges.find((e) => [e.source, e.target].includes(speaker) && [e.source, e.target].includes(id));
    const withOrg = edgeTo(org.entity.id);
    assert.ok(withOrg && withOrg.sentences >= 1, 'the person and the institute share a sentence');
    assert.ok(edgeTo(place.entity.id), 'the person and the town are linked');
    const evidence = await client.sendRequest(GraphEvidenceRequest, { source: withOrg.source, target: withOrg.target });
    assert.ok(evidence.length >= 1 && evidence[0].scope === 'sentence');
    for (const e of evidence) {
      assert.equal(A.slice(e.start, e.end), e.text);
      assert.deepEqual([A.slice(e.a.start, e.a.end), A.slice(e.b.start, e.b.end)].sort(), ['Brackwater Institute', 'Ilse Varnhagen'].sort());
    }

    // Expansion on demand: the institute's neighbourhood holds the person, and only entities linked to it.
    const hood = await client.sendRequest(GraphNeighbourhoodRequest, { entity: org.entity.id });
    assert.equal(hood.nodes[0]?.id, org.entity.id, 'the expanded entity comes first');
    assert.ok(hood.nodes.some((n) => n.id === speaker));
    assert.ok(hood.edges.every((e) => hood.nodes.some((n) => n.id === e.source) && hood.nodes.some((n) => n.id === e.target)));
    const linkedToOrg = (id: string) => hood.edges.some((e) => (e.source === org.entity.id && e.target === id) || (e.target === org.entity.id && e.source === id));
    assert.ok(hood.nodes.every((n) => n.id === org.entity.id || linkedToOrg(n.id)), 'only the institute\'s neighbours');
    const one = await client.sendRequest(GraphNeighbourhoodRequest, { entity: org.entity.id, limit: 1 });
    assert.equal(one.nodes.length, 2, 'the entity and its strongest neighbour');
    const scopedHood = await client.sendRequest(GraphNeighbourhoodRequest, { entity: speaker, scope: { kind: 'document', id: uri('b.txt') } });
    assert.deepEqual(scopedHood.nodes.map((n) => n.id).sort(), [speaker, place.entity.id].sort(), 'a scoped neighbourhood counts only the scope\'s documents');
    assert.deepEqual((await client.sendRequest(GraphNeighbourhoodRequest, { entity: 'no-such-entity' })).nodes, []);

    const onlyB = await client.sendRequest(GraphRequest, { scope: { kind: 'document', id: uri('b.txt') } });
    assert.deepEqual(onlyB.nodes.map((n) => n.id).sort(), [speaker, place.entity.id].sort(), 'one document\'s entities only');
    const scoped = await client.sendRequest(GraphEvidenceRequest, { source: speaker, target: place.entity.id, scope: { kind: 'document', id: uri('b.txt') } });
    assert.ok(scoped.length >= 1 && scoped.every((e) => e.documentId === uri('b.txt') && B.slice(e.start, e.end) === e.text));
    const persons = await client.sendRequest(GraphRequest, { types: ['PERSON'] });
    assert.ok(persons.nodes.length >= 1 && persons.nodes.every((n) => n.type === 'PERSON'));

    const inQuote = await client.sendRequest(ViewTargetRequest, { uri: uri('a.txt'), offset: A.indexOf('checked') + 2 });
    assert.equal(inQuote, speaker, 'inside a quote, the view target is its speaker');
    assert.equal(await client.sendRequest(ViewTargetRequest, { uri: uri('a.txt'), offset: A.indexOf('Brackwater') + 2 }), org.entity.id);
  });

  it('keeps the ledger and the graph in step with the index as documents change', async () => {
    await client.sendRequest(WhenIndexedRequest);
    const person = await client.sendRequest(MentionAtRequest, { uri: uri('a.txt'), offset: A.indexOf('Ilse') + 1 });
    assert.ok(person);
    const before = await client.sendRequest(LedgerRequest, { entity: person.entity.id });
    const text = '"The river is higher than ever," Ilse Varnhagen told the Quellmark Gazette.\n';
    const untitled = 'untitled:Untitled-11';
    await client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: untitled, languageId: 'plaintext', version: 1, text } });
    await client.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: untitled } });
    await client.sendRequest(WhenIndexedRequest);
    const after = await client.sendRequest(LedgerRequest, { entity: person.entity.id });
    assert.equal(after?.quoteCount, (before?.quoteCount ?? 0) + 1, 'the new quote is in the ledger');
    const source = after!.entries.flatMap((e) => e.sources).find((s) => s.documentId === untitled);
    assert.equal(source && text.slice(source.quote.start, source.quote.end), source?.quote.text);
    const graph = await client.sendRequest(GraphRequest, { focus: person.entity.id, scope: { kind: 'document', id: untitled } });
    assert.ok(graph.nodes.some((n) => n.name.includes('Quellmark')), JSON.stringify(graph.nodes.map((n) => n.name)));
  });

  it('takes the editor\'s unsaved text over the file on disk', async () => {
    const text = 'Nobody here but Oskar Lindqvoss, said the Tolvik harbour master.\n';
    await client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uri('b.txt'), languageId: 'plaintext', version: 1, text: B } });
    await client.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: uri('b.txt'), version: 2 }, contentChanges: [{ text }] });
    await new Promise((r) => setTimeout(r, 50));
    await client.sendRequest(WhenIndexedRequest);
    const hit = await client.sendRequest(MentionAtRequest, { uri: uri('b.txt'), offset: text.indexOf('Oskar') + 1 });
    assert.equal(hit?.entity.name, 'Oskar Lindqvoss');
    assert.equal(fs.readFileSync(path.join(dir, 'b.txt'), 'utf8'), B, 'the file on disk is untouched');
    const spans = await client.sendRequest(DocumentSpansRequest, { uri: uri('b.txt') });
    assert.equal(spans?.version, 2, 'the spans name the synced version whose text the index holds');
    assert.equal(spans?.hash, undefined, 'no hash of the text');
    // A newer version the engine has not annotated yet (its edit delay is still running): the answer is stale.
    await client.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: uri('b.txt'), version: 3 }, contentChanges: [{ text: `${text}More.\n` }] });
    await new Promise((r) => setTimeout(r, 20));
    const stale = await client.sendRequest(DocumentSpansRequest, { uri: uri('b.txt') });
    assert.ok(stale?.version === null || stale?.version === 3, `null while the index holds version 2's text (${stale?.version})`);
    if (stale?.version === 3) assert.equal(stale.length, text.length + 6);
    await client.sendRequest(WhenIndexedRequest);
    assert.equal((await client.sendRequest(DocumentSpansRequest, { uri: uri('b.txt') }))?.version, 3);
  });

  it('answers about a just-opened document once it is annotated, not with an empty outline before', async () => {
    const text = 'Yesterday Marit Oyelaran, a ferry pilot, crossed the strait.\n';
    const untitled = 'untitled:Untitled-7';
    await client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: untitled, languageId: 'plaintext', version: 1, text } });
    const symbols = (await client.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: untitled } })) as DocumentSymbol[] | null;
    assert.ok(symbols?.some((s) => s.name === 'Marit Oyelaran'), JSON.stringify(symbols));
  });

  it('applies the corrections file it reads from disk', async () => {
    await client.sendRequest(WhenIndexedRequest);
    const before = await client.sendRequest(MentionAtRequest, { uri: uri('a.txt'), offset: A.indexOf('Brackwater') + 1 });
    assert.equal(before?.entity.type, 'ORG');
    fs.mkdirSync(path.join(dir, '.source-annotator'), { recursive: true });
    const curation = { version: 1, corrections: [{ seq: 1, op: 'rename', entity: { name: before!.entity.name }, name: 'Brackwater Research Institute' }] };
    fs.writeFileSync(path.join(dir, '.source-annotator', 'curation.json'), JSON.stringify(curation));
    const reloaded = await client.sendRequest(ReloadCurationRequest);
    assert.equal(reloaded.problem, undefined);
    const after = await client.sendRequest(MentionAtRequest, { uri: uri('a.txt'), offset: A.indexOf('Brackwater') + 1 });
    assert.equal(after?.entity.name, 'Brackwater Research Institute');
  });
});
