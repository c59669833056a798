import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { bratAnnotationConf, CSV_COLUMNS, CSV_LIST_SEPARATOR, toBratAnn, toCsv, toJsonExport, toW3cCollection } from '../../src/core/export';
import { codePointOffsets } from '../../src/core/export/codePoints';
import type { ResolvedCorpus } from '../../src/core/types';
import { corpusOf } from './corpusTestKit';

// Emoji and astral characters before names shift code points against UTF-16; names and quotes
// cross line breaks (LF and CRLF); cells hold commas, quotes and a formula-looking text.
const A = '😀 Ann Smith, of "Acme, Inc.", met Bo\nDiallo in 𝒫aris.\r\n"We are\r\ndone," Smith said. =SUM(A1)\tEnd.';
const B = 'Plain text: Bo\r\nDiallo spoke. "Short one," said Diallo.';

function corpus(): ResolvedCorpus {
  return corpusOf([
    { id: 'dir/a.txt', text: A, names: [['Ann Smith', 'PERSON'], ['Smith', 'PERSON'], ['Acme, Inc.', 'ORG'], ['Bo\nDiallo', 'PERSON'], ['𝒫aris', 'PLACE'], ['=SUM', 'ORG']], quotes: [{ text: '"We are\r\ndone,"', speaker: 'Smith' }] },
    { id: 'dir/b.txt', text: B, names: [['Bo\r\nDiallo', 'PERSON'], ['Diallo', 'PERSON']], quotes: [{ text: '"Short one,"', speaker: 'Diallo' }] },
  ], { Smith: 'Ann Smith', 'Bo\nDiallo': 'Bo Diallo', 'Bo\r\nDiallo': 'Bo Diallo', Diallo: 'Bo Diallo' });
}

function codePointSlice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

describe('export', () => {
  it('converts UTF-16 offsets to code points', () => {
    const text = 'a😀b𝒫c';
    const cp = codePointOffsets(text);
    assert.deepEqual([0, 1, 3, 4, 6, 7].map(cp), [0, 1, 2, 3, 4, 5]);
    assert.equal(codePointOffsets('plain')(3), 3);
  });

  it('JSON follows the CLI schema', () => {
    const c = corpus();
    const json = toJsonExport(c, { documentPath: (id) => id.toUpperCase() });
    assert.deepEqual(json.documents.map((d) => d.path), ['DIR/A.TXT', 'DIR/B.TXT']);
    const m = json.documents[0].mentions[0];
    assert.deepEqual(Object.keys(m), ['start', 'end', 'text', 'type', 'entity']);
    assert.equal(A.slice(m.start, m.end), m.text);
    assert.deepEqual(Object.keys(json.documents[0].quotes[0]), ['start', 'end', 'text', 'kind', 'speaker', 'speakerText']);
    assert.equal(json.documents[0].quotes[0].speaker, 'PERSON:Ann Smith');
    assert.deepEqual(Object.keys(json.entities[0]), ['id', 'type', 'name', 'aliases', 'descriptors', 'reasons']);
    assert.deepEqual(json.entities.map((e) => e.id), [...c.entities.keys()].sort());
    assert.doesNotThrow(() => JSON.parse(JSON.stringify(json)));
  });

  it('CSV parses back to the same rows', () => {
    const c = corpus();
    const csv = toCsv(c);
    const mentions = parse(csv.mentions, { columns: true }) as Record<string, string>[];
    const expectedMentions = c.documents.flatMap((d) => d.mentions.map((m) => ({
      document: d.id, start: String(m.start), end: String(m.end), text: m.text, type: m.type, entity: m.entity, entity_name: c.entities.get(m.entity)?.name ?? '',
    })));
    assert.deepEqual(mentions, expectedMentions);
    assert.ok(mentions.some((r) => r.text === 'Acme, Inc.') && mentions.some((r) => r.text === 'Bo\nDiallo') && mentions.some((r) => r.text === '=SUM'));
    const quotes = parse(csv.quotes, { columns: true }) as Record<string, string>[];
    assert.deepEqual(Object.keys(quotes[0]), [...CSV_COLUMNS.quotes]);
    assert.deepEqual(quotes.map((q) => [q.text, q.speaker_name]), [['"We are\r\ndone,"', 'Ann Smith'], ['"Short one,"', 'Bo Diallo']]);
    const entities = parse(csv.entities, { columns: true }) as Record<string, string>[];
    const bo = entities.find((e) => e.id === 'PERSON:Bo Diallo');
    assert.ok(bo);
    assert.deepEqual([bo.mentions, bo.documents], ['3', '2']);
    assert.deepEqual(bo.aliases.split(CSV_LIST_SEPARATOR), c.entities.get('PERSON:Bo Diallo')?.aliases);
    const safe = parse(toCsv(c, { escapeFormulas: true }).mentions, { columns: true }) as Record<string, string>[];
    assert.ok(safe.some((r) => r.text === "'=SUM"), 'formula cells neutralized on request');
  });

  it('every brat T line matches the document at its code-point offsets', () => {
    const c = corpus();
    let spans = 0;
    for (const doc of c.documents) {
      const ann = toBratAnn(doc, c.entities);
      for (const line of ann.split('\n').filter((l) => l.startsWith('T'))) {
        spans++;
        const [, typeAndOffsets, text] = line.split('\t');
        assert.ok(!/[\r\n]/.test(text));
        const fragments = typeAndOffsets.split(' ').slice(1).join(' ').split(';').map((f) => f.split(' ').map(Number));
        assert.equal(fragments.map(([s, e]) => codePointSlice(doc.text, s, e)).join(' '), text, line);
      }
      const tIds = new Set(ann.split('\n').filter((l) => l.startsWith('T')).map((l) => l.split('\t')[0]));
      for (const line of ann.split('\n').filter((l) => /^[#AR]/.test(l))) {
        for (const ref of line.match(/\bT\d+\b/g) ?? []) assert.ok(tIds.has(ref), `${line} refers to an existing T`);
        assert.equal(line.split('\t').length, line.startsWith('#') ? 3 : 2, `field count: ${line}`);
      }
    }
    assert.equal(spans, c.documents.reduce((n, d) => n + d.mentions.length + d.quotes.length, 0));
    const a = toBratAnn(c.documents[0], c.entities);
    assert.match(a, /\tPERSON \d+ \d+;\d+ \d+\tBo Diallo\n/, 'a name across a line break becomes two fragments');
    assert.match(a, /\tQuote \d+ \d+;\d+ \d+\t"We are done,"\n/);
    assert.match(a, /^R1\tSpeaker Arg1:T\d+ Arg2:T\d+$/m);
    assert.match(a, /^A1\tKind T\d+ full$/m);
    assert.match(a, /AnnotatorNotes T1\tAnn Smith \[PERSON:Ann Smith\]/);
    assert.match(bratAnnotationConf(), /\[entities\]\nPERSON\nORG\nPLACE\nQuote\n/);
  });

  it('every W3C annotation quote matches the text at its position selector', () => {
    const c = corpus();
    const collection = toW3cCollection(c, { source: (id) => `file:///corpus/${id}` }) as { first: { items: { target: { source: string; selector: { type: string; start?: number; end?: number; exact?: string; prefix?: string; suffix?: string }[] }; body: unknown[] }[] }; total: number };
    const items = collection.first.items;
    assert.equal(collection.total, items.length);
    assert.equal(items.length, c.documents.reduce((n, d) => n + d.mentions.length + d.quotes.length, 0));
    const texts = new Map(c.documents.map((d) => [`file:///corpus/${d.id}`, d.text]));
    for (const item of items) {
      const text = texts.get(item.target.source);
      assert.ok(text !== undefined);
      const pos = item.target.selector.find((s) => s.type === 'TextPositionSelector');
      const quote = item.target.selector.find((s) => s.type === 'TextQuoteSelector');
      assert.ok(pos && quote && pos.start !== undefined && pos.end !== undefined);
      assert.equal(codePointSlice(text, pos.start, pos.end), quote.exact);
      assert.equal(codePointSlice(text, pos.start - Array.from(quote.prefix ?? '').length, pos.start), quote.prefix);
      assert.ok(Array.from(text).slice(pos.end).join('').startsWith(quote.suffix ?? ''));
    }
    const paris = items.find((i) => i.target.selector.some((s) => s.exact === '𝒫aris'));
    const pos = paris?.target.selector[0];
    assert.equal(pos?.start, Array.from(A.slice(0, A.indexOf('𝒫aris'))).length, 'positions count code points');
    assert.notEqual(pos?.start, A.indexOf('𝒫aris'));
  });
});
