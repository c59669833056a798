// The ledger's filter by kind of quote and date range (core/ledger/filter.ts) and the page's filter form.
import * as assert from 'node:assert/strict';
import type { DocumentDate } from '../../src/core/docdate';
import { parse } from 'csv-parse/sync';
import { describeFilter, filterLedger, ledgerKinds, ledgerToCsv, ledgerToMarkdown, sourceMatches, validLedgerFilter, type Ledger, type LedgerSource } from '../../src/core/ledger';
import { ledgerHtml } from '../../src/editor/ledger/ledgerHtml';

function source(documentId: string, kind: string, date: DocumentDate | undefined, words = 'the ferry will run'): LedgerSource {
  const text = `“${words},” she said.`;
  return { documentId, title: documentId, ...(date ? { date } : {}), quote: { start: 0, end: words.length + 3, text: `“${words},”`, kind }, words, context: { start: 0, end: text.length, text } };
}

const day = (iso: string): DocumentDate => ({ iso, source: 'date-line' });
const fileTime = (iso: string): DocumentDate => ({ iso, source: 'modified' });

/** Four entries: a full quote reported twice (March, then June 2021), a fragment (a month-only date), a turn (file time), reported speech (undated). */
const ledger: Ledger = {
  entity: { id: 'p:quill', name: 'Tamsin Quill', type: 'PERSON' },
  entries: [
    { id: 'a', kind: 'full', sources: [source('a.txt', 'full', day('2021-03-04')), source('b.txt', 'full', day('2021-06-20'))] },
    { id: 'c', kind: 'fragment', sources: [source('c.txt', 'fragment', { iso: '2021-05', source: 'file-name' }, 'a dead end')] },
    { id: 'd', kind: 'turn', sources: [source('d.txt', 'turn', fileTime('2020-01-02'), 'We will see')] },
    { id: 'e', kind: 'indirect', sources: [source('e.txt', 'indirect', undefined, 'the pier would close')] },
  ],
  quoteCount: 5,
  documentCount: 5,
};

const ids = (l: Ledger) => l.entries.map((e) => e.id);

describe('ledger filter', () => {
  it('keeps the kinds asked for; an empty list keeps none; no list keeps all', () => {
    assert.deepEqual(ids(filterLedger(ledger, { kinds: ['full', 'indirect'] })), ['a', 'e']);
    assert.deepEqual(ids(filterLedger(ledger, { kinds: [] })), []);
    assert.equal(filterLedger(ledger, {}), ledger);
  });

  it('a date range keeps an entry whole when one of its versions is inside, and recounts quotes and documents', () => {
    const june = filterLedger(ledger, { from: '2021-06-01', to: '2021-06-30' });
    assert.deepEqual(ids(june), ['a']);
    assert.equal(june.entries[0].sources.length, 2, 'the first appearance (March) stays as the provenance of the June version');
    assert.equal(june.quoteCount, 2);
    assert.equal(june.documentCount, 2);
    assert.ok(!sourceMatches(june.entries[0].sources[0], { from: '2021-06-01', to: '2021-06-30' }));
    assert.ok(sourceMatches(june.entries[0].sources[1], { from: '2021-06-01', to: '2021-06-30' }));
  });

  it('bounds are inclusive and compared at the coarser precision: a month-only date, a year bound', () => {
    assert.deepEqual(ids(filterLedger(ledger, { from: '2021-05-31' })), ['a', 'c'], 'May 2021 touches a range from 31 May');
    assert.deepEqual(ids(filterLedger(ledger, { to: '2021-05-01' })), ['a', 'c']);
    assert.deepEqual(ids(filterLedger(ledger, { from: '2021-03-04', to: '2021-03-04' })), ['a']);
    assert.deepEqual(ids(filterLedger(ledger, { from: '2021', to: '2021' })), ['a', 'c']);
    assert.deepEqual(ids(filterLedger(ledger, { from: '2022' })), []);
  });

  it('with a date bound, a file time and no date are left out unless undated versions are asked for', () => {
    assert.deepEqual(ids(filterLedger(ledger, { from: '2000-01-01' })), ['a', 'c'], 'a file time of 2020 is not a date of the quote');
    assert.deepEqual(ids(filterLedger(ledger, { from: '2000-01-01', undated: true })), ['a', 'c', 'd', 'e']);
    assert.deepEqual(ids(filterLedger(ledger, { kinds: ['turn'], from: '2000-01-01', undated: true })), ['d']);
  });

  it('lists the kinds present with their counts, most frequent first', () => {
    assert.deepEqual(ledgerKinds(ledger), [{ kind: 'full', count: 2 }, { kind: 'fragment', count: 1 }, { kind: 'indirect', count: 1 }, { kind: 'turn', count: 1 }]);
  });

  it('a filter from a message keeps only well-formed fields and orders a reversed range', () => {
    assert.deepEqual(validLedgerFilter({ kinds: ['full', 3, null], from: '2021-13-01', to: '2021-02-30x', undated: 'yes' }), { kinds: ['full'] });
    assert.deepEqual(validLedgerFilter({ from: '2022-01-01', to: '2021-06' }), { from: '2021-06', to: '2022-01-01' });
    assert.deepEqual(validLedgerFilter({ undated: true, from: '2020' }), { from: '2020', undated: true });
    assert.deepEqual(validLedgerFilter('kinds=full'), {});
    assert.deepEqual(validLedgerFilter({ kinds: 'full' }), {});
  });
});

describe('ledger export of a filtered ledger', () => {
  const filter = { from: '2021-06-01', kinds: ['full', 'fragment'] };
  const june = filterLedger(ledger, filter);

  it('says the filter in words', () => {
    assert.equal(describeFilter(filter), 'kinds full, fragment; from 2021-06-01');
    assert.equal(describeFilter({ kinds: ['turn'], to: '2020', undated: true }), 'kind turn; until 2020; undated versions included');
    assert.equal(describeFilter({ kinds: [] }), 'no kind of quote');
    assert.equal(describeFilter({ undated: true }), '', 'undated alone restricts nothing');
  });

  it('Markdown names the filter and marks the versions outside it', () => {
    const md = ledgerToMarkdown(june, { filter });
    assert.match(md, /^Filtered: kinds full, fragment; from 2021-06-01\./m);
    const versions = md.split('\n').filter((l) => l.startsWith('- *'));
    assert.equal(versions.length, 2);
    assert.match(versions[0], /outside the filter$/, 'the March first appearance');
    assert.doesNotMatch(versions[1], /outside the filter/);
    assert.doesNotMatch(ledgerToMarkdown(ledger), /Filtered|outside the filter/);
  });

  it('CSV gets an in_filter column only when filtered', () => {
    const rows = parse(ledgerToCsv(june, { filter }), { columns: true }) as Record<string, string>[];
    assert.deepEqual(rows.map((r) => [r.document, r.first_appearance, r.in_filter]), [['a.txt', 'yes', 'no'], ['b.txt', 'no', 'yes']]);
    const plain = parse(ledgerToCsv(ledger), { columns: true }) as Record<string, string>[];
    assert.ok(!('in_filter' in plain[0]));
  });
});

describe('ledger page filter form', () => {
  const resources = { cspSource: 'https://file+.vscode-resource.example', nonce: 'bm9uY2Ux', scriptUri: 'https://file+.vscode-resource.example/media/ledger.js', styleUri: 'https://file+.vscode-resource.example/media/ledger.css' };
  const label = (id: string) => id;

  it('offers every kind of the whole ledger and a date range, each control labelled', () => {
    const html = ledgerHtml(ledger, resources, label, { filter: { kinds: ['fragment'] } });
    for (const kind of ['quote (2)', 'quoted phrase (1)', 'reported speech (1)', 'transcript turn (1)']) assert.ok(html.includes(kind), kind);
    assert.match(html, /<input type="checkbox" id="kind-1" name="kind" value="fragment" checked>/);
    assert.match(html, /<input type="checkbox" id="kind-0" name="kind" value="full">/);
    for (const id of ['from', 'to']) assert.match(html, new RegExp(`<label for="${id}">[\\s\\S]*?<input id="${id}" type="date"`));
    assert.match(html, /<label class="undated"><input type="checkbox" id="undated">/);
    assert.match(html, /Filtered: 1 of 4 distinct quotes/);
    assert.match(html, /data-action="clearFilter"/);
  });

  it('lists only the matching entries, numbered as the filtered ledger, with versions outside the filter marked', () => {
    const html = ledgerHtml(ledger, resources, label, { filter: { from: '2021-06-01' }, focus: 'from' });
    assert.equal((html.match(/<li class="entry"/g) ?? []).length, 1);
    assert.match(html, /<li class="source first outside">/, 'the March first appearance is outside the June filter');
    assert.equal((html.match(/outside the filter/g) ?? []).length, 1);
    assert.match(html, /data-action="open" data-entry="0" data-source="1"/);
    assert.match(html, /<header data-focus="from">/);
    assert.match(html, /<input id="from" type="date" value="2021-06-01">/);
  });

  it('says when nothing matches; without a filter nothing is marked and the focus hint is only an element id', () => {
    assert.match(ledgerHtml(ledger, resources, label, { filter: { kinds: [] } }), /No quote matches the filter\./);
    const plain = ledgerHtml(ledger, resources, label, { focus: '"><script>' });
    assert.doesNotMatch(plain, /outside|data-focus|clearFilter/);
    assert.match(plain, /5 quotes in 5 documents; 4 distinct/);
  });
});
