// A `speaker` correction names its quote as the reader sees it (a first-time user's run: only the exact
// text with its quote marks matched): without marks or with other ones, in another case, wrapped over
// lines, or by its first words; a start offset picks one of several; none and several are reported.
// Every name and quote is invented.
import * as assert from 'node:assert/strict';
import { addCorrection, applyCuration, emptyCuration, parseCuration, type Curation, type NewCorrection } from '../../src/core/curation';
import { normalisedQuote } from '../../src/core/curation/quoteMatch';
import { corpusOf } from './corpusTestKit';

const A = 'Ilse Marrow spoke first. “We had nothing but the river,” Marrow said. Odo Penhallow nodded. "We had nothing but hope," Penhallow said.';
const B = 'Later, in print: "We had nothing but the river," Marrow said again. Odo Penhallow left.';
const NAMES = [['Ilse Marrow', 'PERSON'], ['Marrow', 'PERSON'], ['Odo Penhallow', 'PERSON'], ['Penhallow', 'PERSON']] as const;
const corpus = () => corpusOf([
  { id: 'a.txt', text: A, names: NAMES, quotes: [{ text: '“We had nothing but the river,”', speaker: 'Marrow' }, { text: '"We had nothing but hope,"', speaker: 'Penhallow' }] },
  { id: 'b.txt', text: B, names: NAMES, quotes: [{ text: '"We had nothing but the river,"', speaker: 'Marrow' }] },
], { Marrow: 'Ilse Marrow', Penhallow: 'Odo Penhallow' });
const curate = (...cs: NewCorrection[]): Curation => cs.reduce((c, x) => addCorrection(c, x), emptyCuration());
const speakersOf = (c: Curation) => {
  const { corpus: out, report } = applyCuration(corpus(), c);
  const name = (id: string | null) => (id === null ? null : out.entities.get(id)?.name ?? null);
  return { speakers: out.documents.map((d) => d.quotes.map((q) => name(q.speaker))), report: report.results[0] };
};

describe('curation: which quotes a speaker correction names', () => {
  it('normalises quote marks, apostrophes, spacing, case and end punctuation', () => {
    assert.equal(normalisedQuote('“We had nothing but the river,”'), 'we had nothing but the river');
    assert.equal(normalisedQuote('"We had nothing\n but the RIVER."'), 'we had nothing but the river');
    assert.equal(normalisedQuote("‘Don’t go,’"), "don't go");
    assert.equal(normalisedQuote("'Don't go'"), "don't go");
    assert.equal(normalisedQuote('«Jamais»'), 'jamais');
  });

  it('matches the words without quote marks, in another case or wrapped, in every document that has them', () => {
    for (const quote of ['We had nothing but the river', 'we had NOTHING but the river.', '"We had nothing\nbut the river,"', '‘We had nothing but the river’']) {
      const { speakers, report } = speakersOf(curate({ op: 'speaker', quote, speaker: { name: 'Odo Penhallow' } }));
      assert.equal(report.status, 'applied', quote);
      assert.deepEqual(speakers, [['Odo Penhallow', 'Odo Penhallow'], ['Odo Penhallow']], quote);
      assert.match(report.detail, /2 quote\(s\) in 2 document\(s\)/);
    }
  });

  it('matches by the first words when they fit one quote, and says so', () => {
    const { speakers, report } = speakersOf(curate({ op: 'speaker', quote: 'We had nothing but the', speaker: null, document: 'a.txt' }));
    assert.equal(report.status, 'applied');
    assert.match(report.detail, /first words/);
    assert.deepEqual(speakers, [[null, 'Odo Penhallow'], ['Ilse Marrow']]);
  });

  it('reports first words that fit several different quotes, and applies none', () => {
    const { speakers, report } = speakersOf(curate({ op: 'speaker', quote: 'We had nothing', speaker: { name: 'Odo Penhallow' }, document: 'a.txt' }));
    assert.equal(report.status, 'stale');
    assert.match(report.detail, /fits 2 different quotes/);
    assert.match(report.detail, /nothing but hope/);
    assert.deepEqual(speakers, [['Ilse Marrow', 'Odo Penhallow'], ['Ilse Marrow']]);
  });

  it('a start offset picks the quote there among those the words fit', () => {
    const start = A.indexOf('"We had nothing but hope');
    const { speakers, report } = speakersOf(curate({ op: 'speaker', quote: 'We had nothing', speaker: { name: 'Ilse Marrow' }, document: 'a.txt', start }));
    assert.equal(report.status, 'applied');
    assert.deepEqual(speakers, [['Ilse Marrow', 'Ilse Marrow'], ['Ilse Marrow']]);
    // An offset that no longer points at a quote (the text moved) leaves the words to decide.
    const moved = speakersOf(curate({ op: 'speaker', quote: 'We had nothing but hope', speaker: { name: 'Ilse Marrow' }, start: 3 }));
    assert.equal(moved.report.status, 'applied');
  });

  it('reports words that fit no quote, and half a word is no prefix', () => {
    for (const quote of ['We had everything', 'We had noth', 'river']) {
      const { report } = speakersOf(curate({ op: 'speaker', quote, speaker: { name: 'Ilse Marrow' } }));
      assert.equal(report.status, 'stale', quote);
      assert.match(report.detail, /no quote is or starts with/);
    }
  });

  it('reads and checks the start offset in the curation file', () => {
    const ok = parseCuration(JSON.stringify({ version: 1, corrections: [{ seq: 0, op: 'speaker', quote: 'We had', speaker: null, start: 12 }] }));
    assert.ok(ok.ok && ok.curation.corrections[0].op === 'speaker' && ok.curation.corrections[0].start === 12);
    for (const start of [-1, 1.5, '12']) {
      const bad = parseCuration(JSON.stringify({ version: 1, corrections: [{ seq: 0, op: 'speaker', quote: 'We had', speaker: null, start }] }));
      assert.ok(!bad.ok && bad.error.kind === 'invalid' && bad.error.path.endsWith('.start'), String(start));
    }
  });
});

describe('curation: a speaker correction matches a quote ignoring punctuation inside', () => {
  // Invented quotes whose words are split by a full stop, a dash, a comma or an ellipsis.
  const C = 'Greta Voss laughed. "No. Not this year, not ever," Voss said. Arno Leclair shrugged. "No — not this time…" Leclair said. "Well, then; we wait," Leclair added.';
  const CNAMES = [['Greta Voss', 'PERSON'], ['Voss', 'PERSON'], ['Arno Leclair', 'PERSON'], ['Leclair', 'PERSON']] as const;
  const punctCorpus = () => corpusOf([
    { id: 'c.txt', text: C, names: CNAMES, quotes: [{ text: '"No. Not this year, not ever,"', speaker: 'Voss' }, { text: '"No — not this time…"', speaker: 'Leclair' }, { text: '"Well, then; we wait,"', speaker: 'Leclair' }] },
  ], { Voss: 'Greta Voss', Leclair: 'Arno Leclair' });
  const run = (quote: string) => {
    const { corpus: out, report } = applyCuration(punctCorpus(), curate({ op: 'speaker', quote, speaker: { name: 'Arno Leclair' } }));
    const name = (id: string | null) => (id === null ? null : out.entities.get(id)?.name ?? null);
    return { speakers: out.documents[0].quotes.map((q) => name(q.speaker)), report: report.results[0] };
  };

  it('takes the words without the full stops, commas and semicolons between them, whole or as first words', () => {
    for (const quote of ['no not this year not ever', 'No not this year', 'NO, NOT THIS YEAR']) {
      const { speakers, report } = run(quote);
      assert.equal(report.status, 'applied', `${quote}: ${report.detail}`);
      assert.match(report.detail, /punctuation ignored/);
      assert.deepEqual(speakers, ['Arno Leclair', 'Arno Leclair', 'Arno Leclair'], quote);
    }
    assert.equal(run('well then we wait').report.status, 'applied');
  });

  it('still refuses words that fit several quotes, and half a word', () => {
    const several = run('no not this');
    assert.equal(several.report.status, 'stale');
    assert.match(several.report.detail, /fits 2 different quotes/);
    assert.deepEqual(several.speakers, ['Greta Voss', 'Arno Leclair', 'Arno Leclair']);
    assert.equal(run('no not this ye').report.status, 'stale');
  });

  it('quoteWords keeps apostrophes inside words and drops every other mark', async () => {
    const { quoteWords } = await import('../../src/core/curation/quoteMatch');
    assert.equal(quoteWords('“Don’t. Ever — again…”'), "don't ever again");
    assert.equal(quoteWords("'Tis the pilots' choice, 3.5 per cent"), 'tis the pilots choice 3 5 per cent');
  });
});
