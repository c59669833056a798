// The ledger index (quotes prepared once per document version, posted under their speaker) must give
// exactly the ledger buildLedger gives from scratch, whatever happened to the corpus before; and
// grouping through the word index must equal comparing each quote with every group in order.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { detectDocumentDate } from '../../src/core/docdate';
import { buildLedger, createLedgerIndex, documentTitle, groupSources, sameQuote, type Ledger, type RankedSource } from '../../src/core/ledger';
import { runToEnd } from '../../src/core/graph';
import { escapeMarkdown } from '../../src/core/markdown';
import type { ResolvedDocument, ResolvedQuote } from '../../src/core/types';
import { indexOpArb } from './indexOpsKit';

const WORDS = ['harbour', 'ferries', 'will', 'run', 'again', 'before', 'winter', 'the', 'council', 'said', 'never', 'budget'];
const SPEAKERS = ['Orlin Vasque', 'Petra Drummel', 'Hale Crane', 'Isko Marr'];
const MODIFIED = Date.UTC(2024, 5, 1);

/** A document: an optional date line and quotes (word indexes) by speaker surfaces. */
interface Spec {
  readonly dated: number | null;
  readonly quotes: readonly { readonly words: readonly number[]; readonly by: number }[];
}
type Resolution = readonly number[];

const wordsArb = fc.oneof(
  fc.array(fc.nat(WORDS.length - 1), { minLength: 1, maxLength: 9 }),
  // Variations of one sentence, so the same quote with small changes is common.
  fc.tuple(fc.nat(3), fc.nat(WORDS.length - 1)).map(([cut, w]) => [0, 1, 2, 3, 4, 5, 6].map((x, i) => (i === cut ? w : x))),
);
const specArb: fc.Arbitrary<Spec> = fc.record({
  dated: fc.option(fc.nat(27), { nil: null }),
  quotes: fc.array(fc.record({ words: wordsArb, by: fc.nat(SPEAKERS.length - 1) }), { maxLength: 3 }),
});
const resolutionArb: fc.Arbitrary<Resolution> = fc.array(fc.nat(2), { minLength: SPEAKERS.length, maxLength: SPEAKERS.length });
const opArb = indexOpArb(specArb, resolutionArb);

const speakerId = (n: number) => `person:${n}`;

function resolvedDocument(id: string, spec: Spec, resolution: Resolution): ResolvedDocument {
  let text = `Harbour report ${id}\n${spec.dated === null ? '' : `Date: 2019-03-${String(spec.dated + 1).padStart(2, '0')}\n`}\n`;
  const quotes: ResolvedQuote[] = [];
  for (const q of spec.quotes) {
    const words = q.words.map((w) => WORDS[w]).join(' ');
    const quoted = `"${words[0].toUpperCase()}${words.slice(1)},"`;
    quotes.push({ start: text.length, end: text.length + quoted.length, text: quoted, kind: 'full', speakerMention: null, speakerText: SPEAKERS[q.by], speaker: speakerId(resolution[q.by]) });
    text += `${quoted} ${SPEAKERS[q.by]} told reporters. `;
  }
  return { id, text, mentions: [], quotes };
}

function fromScratch(documents: readonly ResolvedDocument[], id: string): Ledger {
  return buildLedger({
    entity: { id, name: id, type: 'PERSON' },
    quotes: documents.flatMap((d) => d.quotes.filter((q) => q.speaker === id).map((quote) => ({ documentId: d.id, quote }))),
    document: (docId) => {
      const rank = documents.findIndex((d) => d.id === docId);
      const d = documents[rank];
      const fileName = docId.split('/').pop() as string;
      return d && { text: d.text, title: documentTitle(d.text, fileName), date: detectDocumentDate({ text: d.text, fileName, modifiedMs: MODIFIED }), rank };
    },
  });
}

describe('ledger index: incremental equals from scratch', () => {
  it('after any sequence of document changes, removals, speaker re-resolutions and partial syncs (property)', () => {
    fc.assert(fc.property(resolutionArb, fc.array(opArb, { maxLength: 12 }), (first, ops) => {
      const specs = new Map<string, Spec>();
      let resolution = first;
      const index = createLedgerIndex();
      const corpus = () => [...specs].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, spec]) => resolvedDocument(id, spec, resolution));
      let documents = corpus();
      for (const op of ops) {
        if (op.kind === 'set') specs.set(`news/doc-${op.doc}.txt`, op.spec);
        else if (op.kind === 'remove') specs.delete(`news/doc-${op.doc}.txt`);
        else if (op.kind === 'resolve') resolution = op.resolution;
        if (op.kind === 'sync') index.sync(documents, op.max);
        else documents = corpus();
      }
      while (index.sync(documents, 1) > 0);
      assert.equal(index.size, documents.length);
      for (let n = 0; n < 3; n++) {
        const id = speakerId(n);
        const expected = fromScratch(documents, id);
        assert.deepEqual(index.ledger({ id, name: id, type: 'PERSON' }, { modifiedMs: () => MODIFIED }), expected);
        assert.equal(index.quoteCount(id), expected.quoteCount);
      }
    }), { numRuns: 150 });
  });

  it('a sliced ledger is the ledger; documents without a date of their own take the modification time, marked', async () => {
    const resolution = [0, 1, 2, 0];
    const documents = [
      resolvedDocument('a/one.txt', { dated: 4, quotes: [{ words: [0, 1, 2, 3, 4, 5, 6], by: 0 }] }, resolution),
      resolvedDocument('a/two.txt', { dated: null, quotes: [{ words: [0, 1, 2, 3, 4, 5, 7], by: 3 }, { words: [9, 10], by: 1 }] }, resolution),
    ];
    const index = createLedgerIndex();
    index.sync(documents);
    const entity = { id: speakerId(0), name: 'Orlin Vasque', type: 'PERSON' as const };
    const ledger = index.ledger(entity, { modifiedMs: (id) => (id === 'a/two.txt' ? MODIFIED : undefined) });
    assert.equal(ledger.entries.length, 1, 'one quote with one word changed');
    assert.deepEqual(ledger.entries[0].sources.map((s) => [s.documentId, s.date?.source]), [['a/one.txt', 'date-line'], ['a/two.txt', 'modified']]);
    assert.equal(index.ledger(entity).entries[0].sources[1].date, undefined, 'undated without a modification time');
    assert.deepEqual(await index.ledgerAsync(entity, { sliceMs: 0, pause: () => Promise.resolve(), modifiedMs: () => MODIFIED }), index.ledger(entity, { modifiedMs: () => MODIFIED }));
    index.sync([documents[0]]);
    assert.equal(index.quoteCount(speakerId(0)), 1, 'a removed document leaves the posting list');
  });
});

/**
 * The grouping rule stated plainly (the previous implementation): a source joins the group of an
 * identical wording, else the first group whose first version is the same quote, else starts one.
 */
function naiveGroups(sources: readonly RankedSource[]): number[][] {
  const groups: RankedSource[][] = [];
  const byWording = new Map<string, RankedSource[]>();
  for (const s of sources) {
    const key = s.norm.join(' ');
    const g = byWording.get(key) ?? groups.find((group) => sameQuote(group[0].norm, s.norm));
    if (g) g.push(s);
    else groups.push([s]);
    if (!byWording.has(key)) byWording.set(key, g ?? groups[groups.length - 1]);
  }
  return groups.map((g) => g.map((s) => s.quote.start));
}

describe('ledger grouping through the word index', () => {
  it('equals comparing every source with every group in order (property)', () => {
    const sourceArb = fc.array(wordsArb, { maxLength: 40 });
    fc.assert(fc.property(sourceArb, (list) => {
      const sources: RankedSource[] = list.map((w, i) => {
        const words = w.map((x) => WORDS[x]).join(' ');
        return { documentId: 'd', title: 't', rank: 0, quote: { start: i, end: i + 1, text: words, kind: 'full' }, words, context: { start: i, end: i + 1, text: words }, norm: words.split(' ') };
      });
      const ledger = runToEnd(groupSources({ id: 'x', name: 'x', type: 'PERSON' }, sources));
      assert.deepEqual(ledger.entries.map((e) => e.sources.map((s) => s.quote.start)), naiveGroups(sources));
    }), { numRuns: 300 });
  });
});

describe('core Markdown escaper', () => {
  it('escapes every ASCII punctuation character and joins lines, keeping letters and typographic marks', () => {
    assert.equal(escapeMarkdown('*a* [b](c) <d> `e` #f |g| ~h~ &amp;\n> i'), '\\*a\\* \\[b\\]\\(c\\) \\<d\\> \\`e\\` \\#f \\|g\\| \\~h\\~ \\&amp\\; \\> i');
    assert.equal(escapeMarkdown('Zoë “quoted” — 習近平'), 'Zoë “quoted” — 習近平');
    assert.equal(escapeMarkdown('1. not a list\r\n2. still one line'), '1\\. not a list 2\\. still one line');
  });
});
