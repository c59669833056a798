import * as assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { detectDocumentDate } from '../../src/core/docdate';
import { buildLedger, citation, cueOf, documentTitle, ledgerToCsv, ledgerToMarkdown, sameQuote, wordChanges, type LedgerDocumentInfo } from '../../src/core/ledger';
import { resolvedDoc } from './corpusViewsKit';

const SPEAKER = { id: 'person:orla-venn', name: 'Orla Venn', type: 'PERSON' as const };
const names = [{ text: 'Orla Venn', entity: SPEAKER.id, type: 'PERSON' as const }, { text: 'Venn', entity: SPEAKER.id, type: 'PERSON' as const }];

const early = resolvedDoc('b/early.txt',
  'Harbour council votes\nDate: 2018-05-02\n\nThe harbour will reopen in spring. "We will rebuild the north pier before the winter storms arrive," Orla Venn said on Tuesday.\n\nShe also told reporters the budget was "tight but workable."',
  names,
  [{ text: '"We will rebuild the north pier before the winter storms arrive,"', speaker: SPEAKER.id }, { text: '"tight but workable."', speaker: SPEAKER.id, kind: 'fragment' }]);
const late = resolvedDoc('a/late.txt',
  'Pier plans\nDate: 2018-06-10\n\n"We will rebuild the old north pier before winter storms arrive," according to Orla Venn, who chairs the council.',
  names,
  [{ text: '"We will rebuild the old north pier before winter storms arrive,"', speaker: SPEAKER.id }]);
const turn = resolvedDoc('c/transcript.txt',
  'Council hearing transcript\n\nVENN: Nobody will lose a mooring.\n\nCHAIR: Thank you.',
  names,
  [{ text: 'Nobody will lose a mooring.', speaker: SPEAKER.id, kind: 'turn' }]);

function infoOf(docs: readonly ReturnType<typeof resolvedDoc>[]): (id: string) => LedgerDocumentInfo | undefined {
  return (id) => {
    const rank = docs.findIndex((d) => d.id === id);
    const d = docs[rank];
    return d && { text: d.text, title: documentTitle(d.text, d.id), date: detectDocumentDate({ text: d.text, fileName: d.id, modifiedMs: Date.UTC(2025, 0, 1) }), rank };
  };
}

function ledgerOf(docs: readonly ReturnType<typeof resolvedDoc>[]) {
  return buildLedger({ entity: SPEAKER, quotes: docs.flatMap((d) => d.quotes.map((quote) => ({ documentId: d.id, quote }))), document: infoOf(docs) });
}

describe('quote ledger', () => {
  it('groups the same quote across documents despite small wording changes, first appearance first', () => {
    // Reading order puts late.txt first (a/ < b/); the dates must win.
    const ledger = ledgerOf([late, early, turn]);
    assert.equal(ledger.quoteCount, 4);
    assert.equal(ledger.documentCount, 3);
    const pier = ledger.entries.find((e) => e.sources.length === 2);
    assert.ok(pier, 'the two versions of the pier quote are one entry');
    assert.deepEqual(pier.sources.map((s) => s.documentId), ['b/early.txt', 'a/late.txt']);
    assert.equal(pier.sources[0].changes, undefined);
    const changes = pier.sources[1].changes ?? [];
    assert.deepEqual(changes.filter((c) => c.change === 'added').map((c) => c.text.trim()), ['old']);
    assert.deepEqual(changes.filter((c) => c.change === 'removed').map((c) => c.text.trim()), ['the']);
    assert.equal(changes.filter((c) => c.change !== 'added').map((c) => c.text).join(''), pier.sources[0].words, 'the diff rebuilds the first version');
  });

  it('sorts entries by date, then document; modification times count and are marked', () => {
    const ledger = ledgerOf([late, early, turn]);
    assert.deepEqual(ledger.entries.map((e) => e.sources[0].date?.iso), ['2018-05-02', '2018-05-02', '2025-01-01']);
    assert.deepEqual(ledger.entries.map((e) => e.sources[0].quote.start), [...ledger.entries.slice(0, 2).map((e) => e.sources[0].quote.start).sort((a, b) => a - b), ledger.entries[2].sources[0].quote.start]);
    assert.equal(ledger.entries[2].sources[0].date?.source, 'modified');
  });

  it('never lets a file modification time decide the first appearance before a date the document gives', () => {
    const copy = resolvedDoc('0/copy.txt', 'Pier notes\n\n"We will rebuild the north pier before the winter storms arrive," Orla Venn said.', names,
      [{ text: 'We will rebuild the north pier before the winter storms arrive,', speaker: SPEAKER.id, kind: 'full' }]);
    const docs = [copy, early];
    const ledger = buildLedger({
      entity: SPEAKER,
      quotes: docs.flatMap((d) => d.quotes.map((quote) => ({ documentId: d.id, quote }))),
      // The copy's file time (2001) is older than the article's own date (2018).
      document: (id) => {
        const rank = docs.findIndex((d) => d.id === id);
        const d = docs[rank];
        return d && { text: d.text, title: documentTitle(d.text, d.id), date: detectDocumentDate({ text: d.text, fileName: d.id, modifiedMs: Date.UTC(2001, 0, 1) }), rank };
      },
    });
    const pier = ledger.entries.find((e) => e.sources.length === 2);
    assert.ok(pier, 'the copy and the article are one entry');
    assert.deepEqual(pier.sources.map((s) => [s.documentId, s.date?.source]), [['b/early.txt', 'date-line'], ['0/copy.txt', 'modified']]);
  });

  it('never lets a date read from the body ("born …") decide the first appearance before a date the document gives', () => {
    const profile = resolvedDoc('0/profile.txt', 'Pier notes\n\nOrla Venn, born 4 March 1950, chairs the council. "We will rebuild the north pier before the winter storms arrive," Orla Venn said.', names,
      [{ text: 'We will rebuild the north pier before the winter storms arrive,', speaker: SPEAKER.id, kind: 'full' }]);
    const ledger = ledgerOf([profile, early]);
    const pier = ledger.entries.find((e) => e.sources.length === 2);
    assert.ok(pier, 'the profile and the article are one entry');
    assert.deepEqual(pier.sources.map((s) => [s.documentId, s.date?.source]), [['b/early.txt', 'date-line'], ['0/profile.txt', 'text']]);
  });

  it('keeps any quote kind, finds the cue verb and the sentence around the quote', () => {
    const ledger = ledgerOf([late, early, turn]);
    const all = ledger.entries.flatMap((e) => e.sources);
    const bySpan = (doc: string, start: number) => all.find((s) => s.documentId === doc && s.quote.start === start);
    const first = bySpan('b/early.txt', early.quotes[0].start);
    assert.equal(first?.cue, 'said');
    assert.equal(first?.context.text, early.text.slice(first.context.start, first.context.end));
    assert.match(first?.context.text ?? '', /^"We will rebuild.*said on Tuesday\.$/);
    assert.equal(bySpan('b/early.txt', early.quotes[1].start)?.cue, 'told');
    assert.equal(bySpan('a/late.txt', late.quotes[0].start)?.cue, 'according to');
    assert.equal(bySpan('c/transcript.txt', turn.quotes[0].start)?.quote.kind, 'turn');
    assert.deepEqual(ledger.entries.map((e) => e.kind).sort(), ['fragment', 'full', 'turn']);
  });

  it('prefers a cue recorded by the detector', () => {
    const doc = resolvedDoc('d.txt', '"Fine," Venn said.', names, [{ text: '"Fine,"', speaker: SPEAKER.id }]);
    const quote = { ...doc.quotes[0], cue: 'shouted' };
    const ledger = buildLedger({ entity: SPEAKER, quotes: [{ documentId: 'd.txt', quote }], document: () => ({ text: doc.text, title: 'd', rank: 0 }) });
    assert.equal(ledger.entries[0].sources[0].cue, 'shouted');
  });

  it('does not group different quotes or short fragments that merely share words', () => {
    assert.equal(sameQuote(['we', 'will', 'rebuild', 'the', 'pier'], ['we', 'will', 'never', 'rebuild', 'any', 'pier', 'at', 'all', 'this', 'year']), false);
    assert.equal(sameQuote(['very', 'good'], ['very', 'bad']), false);
    assert.equal(sameQuote(['very', 'good'], ['very', 'good']), true);
    assert.equal(cueOf('The United States "will act," she said.', { start: 18, end: 29 }, { start: 0, end: 39 }), 'said');
  });

  it('word changes rebuild both versions', () => {
    const a = 'the tide is high and rising';
    const b = 'the tide was high and rising fast';
    const changes = wordChanges(a, b);
    const words = (s: string) => s.replace(/\s+/g, ' ').trim();
    assert.equal(words(changes.filter((c) => c.change !== 'added').map((c) => c.text).join('')), a);
    assert.equal(words(changes.filter((c) => c.change !== 'removed').map((c) => c.text).join('')), b);
    assert.deepEqual(changes.filter((c) => c.change !== 'same').map((c) => [c.change, c.text.trim()]), [['removed', 'is'], ['added', 'was'], ['added', 'fast']]);
  });

  it('copies a citation in plain text and Markdown', () => {
    const ledger = ledgerOf([early]);
    const source = ledger.entries[0].sources[0];
    assert.equal(citation(source, SPEAKER.name), '“We will rebuild the north pier before the winter storms arrive,” Orla Venn said (Harbour council votes, 2 May 2018).');
    assert.equal(citation(source, 'Orla *Venn*', 'markdown'), '“We will rebuild the north pier before the winter storms arrive,” Orla \\*Venn\\* said (*Harbour council votes*, 2 May 2018).');
    const fragment = ledger.entries[1].sources[0];
    assert.match(citation(fragment, SPEAKER.name), /^“tight but workable,” Orla Venn said/);
  });

  it('cites reported speech without quotation marks: the words are the writer\'s paraphrase', () => {
    const reported = resolvedDoc('d/reported.txt', 'Pier notes\nDate: 2018-07-01\n\nOrla Venn said the pier would close in March.', names,
      [{ text: 'the pier would close in March.', speaker: SPEAKER.id, kind: 'indirect' }]);
    const source = ledgerOf([reported]).entries[0].sources[0];
    assert.equal(source.quote.kind, 'indirect');
    assert.equal(citation(source, SPEAKER.name), 'Orla Venn said the pier would close in March (Pier notes, 1 July 2018).');
    assert.equal(citation(source, 'Orla *Venn*', 'markdown'), 'Orla \\*Venn\\* said the pier would close in March (*Pier notes*, 1 July 2018).');
    assert.doesNotMatch(citation(source, SPEAKER.name), /[“”"]/);
  });

  it('cites a paraphrase that opened its sentence ("…, according to X") with a lower-case opener, names kept', () => {
    const cite = (text: string) => {
      const doc = resolvedDoc('d/according.txt', `Pier notes\nDate: 2018-07-01\n\n${text}, according to Orla Venn.`, names,
        [{ text, speaker: SPEAKER.id, kind: 'indirect' }]);
      return citation(ledgerOf([doc]).entries[0].sources[0], SPEAKER.name);
    };
    assert.equal(cite('The barrier will hold until spring'), 'Orla Venn said the barrier will hold until spring (Pier notes, 1 July 2018).');
    assert.equal(cite('Their crews had not been paid'), 'Orla Venn said their crews had not been paid (Pier notes, 1 July 2018).');
    // A first word that may be a name, and "I", keep their capitals.
    assert.equal(cite('Tarrow Docks will close'), 'Orla Venn said Tarrow Docks will close (Pier notes, 1 July 2018).');
    assert.equal(cite('I was never told'), 'Orla Venn said I was never told (Pier notes, 1 July 2018).');
    assert.equal(cite('Theodora Mill reopened'), 'Orla Venn said Theodora Mill reopened (Pier notes, 1 July 2018).');
  });

  it('exports to CSV that parses back, one row per source, and to escaped Markdown', () => {
    const ledger = ledgerOf([late, early, turn]);
    const rows = parse(ledgerToCsv(ledger), { columns: true }) as Record<string, string>[];
    assert.equal(rows.length, 4);
    assert.deepEqual(rows.map((r) => r.entry), ['1', '1', '2', '3']);
    assert.equal(rows[1].quote, 'We will rebuild the old north pier before winter storms arrive,');
    assert.equal(rows[1].first_appearance, 'no');
    assert.equal(rows[3].date_source, 'modified');
    const md = ledgerToMarkdown({ ...ledger, entity: { ...ledger.entity, name: 'Orla <b>Venn</b>' } });
    assert.match(md, /^# Quotes of Orla \\<b>Venn\\<\/b>\n/, 'HTML is defused by escaping "<" alone');
    assert.match(md, /\(b\/early\.txt, offset \d+\), 2 May 2018 · cue: “said”/, 'ordinary punctuation is not escaped');
    assert.match(md, /citation: “Nobody will lose a mooring,” Orla .* \(\*Council hearing transcript\*, undated, file modified 1 January 2025\)\./);
    assert.match(md, /\*\*old\*\*/);
    assert.match(md, /~~the~~/);
    assert.match(md, /\n4 quotes in \d+ documents?, 3 distinct\./);
    const one = ledgerToMarkdown({ ...ledger, quoteCount: 1, documentCount: 1 });
    assert.match(one, /\n1 quote in 1 document, /, 'singular nouns for one');
  });

  it('names documents by front matter, heading or first line, skipping breadcrumbs', () => {
    assert.equal(documentTitle('---\ntitle: "Tide tables"\n---\nbody', 'x.md'), 'Tide tables');
    assert.equal(documentTitle('Home » News » Port\n\n# Ferry strike ends\n\nText.', 'x.md'), 'Ferry strike ends');
    assert.equal(documentTitle('Home » News » Port\n\nFerry strike ends\n\nText.', 'x.txt'), 'Ferry strike ends');
    assert.equal(documentTitle('', 'dir/notes-2020.txt'), 'notes-2020');
  });

  it('an untitled wire story is named by its file, not by its dateline and lead sentence', () => {
    assert.equal(documentTitle('VELLANO, March 10 (Coastal Wire) - The minister resigned on Tuesday after a week of protests.\n\nMore text.', 'wire/minister-quits.txt'), 'minister-quits');
    assert.equal(documentTitle('NEW HARWICK, Iowa, 3 May — Floods closed the bridge.', 'b.txt'), 'b');
    assert.equal(documentTitle('The minister resigned on Tuesday after a week of protests over the sale of the port and its land.\n', 'port-sale.txt'), 'port-sale');
    // A short first line, or a headline that ends with a question mark, is still the title.
    assert.equal(documentTitle('Minister quits over port sale\n\nVELLANO, March 10 (Coastal Wire) - The minister resigned.', 'x.txt'), 'Minister quits over port sale');
    assert.equal(documentTitle('Who will pay for the flood walls?\n\nText.', 'x.txt'), 'Who will pay for the flood walls?');
    // A headline that starts like a dateline but goes on after the date is still a headline.
    assert.equal(documentTitle('US, China, May 5 talks - what we know\n\nText.', 'x.txt'), 'US, China, May 5 talks - what we know');
  });
});
