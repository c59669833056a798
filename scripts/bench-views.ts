// npm run bench:views [-- --docs 10000 --mentions 50]: the quote ledger and the co-occurrence graph
// on the bench's kind of synthetic corpus (names in news-like sentences, a few quotes per document).
// Prints numbers only; nothing here is asserted (the machine is shared).
import { createDefaultCorpusIndex } from '../src/core/corpus/default';
import { detectDocumentDate } from '../src/core/docdate';
import { createGraphIndex } from '../src/core/graph';
import { buildLedger, documentTitle } from '../src/core/ledger';
import type { DetectedMention, DetectedQuote, DocumentAnnotation, EntityType } from '../src/core/types';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
const time = (f: () => void) => {
  const t = performance.now();
  f();
  return performance.now() - t;
};

const docCount = Math.max(1, Number(option('--docs', '10000')) || 10000);
const perDoc = Math.max(1, Number(option('--mentions', '50')) || 50);

// Same shapes as scripts/bench.ts, with a blank line every five sentences and a quote every ten.
function syntheticCorpus(): { id: string; text: string; annotation: DocumentAnnotation }[] {
  const given = ['Anna', 'Omar', 'Li', 'Maria', 'John', 'Fatima', 'Ivan', 'Sara', 'Kofi', 'Elena', 'Ravi', 'Noor'];
  const family = Array.from({ length: 400 }, (_, i) => `Surname${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26)}`);
  const places = Array.from({ length: 300 }, (_, i) => `Placeton${i}`);
  let seed = 12345;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const docs = [];
  for (let d = 0; d < docCount; d++) {
    let text = `Report ${d}\nDate: 20${10 + (d % 10)}-0${1 + (d % 9)}-1${d % 10}\n\n`;
    const mentions: DetectedMention[] = [];
    const quotes: DetectedQuote[] = [];
    for (let k = 0; k < perDoc; k++) {
      const person = rand(2) === 0;
      const name = person ? `${given[rand(given.length)]} ${family[rand(family.length)]}` : places[rand(places.length)];
      const type: EntityType = person ? 'PERSON' : 'PLACE';
      if (person && k % 10 === 0) {
        const q = `"We will keep the port open ${rand(5)} days a week,"`;
        quotes.push({ start: text.length, end: text.length + q.length, text: q, kind: 'full', speakerMention: mentions.length, speakerText: name });
        text += `${q} `;
        mentions.push({ start: text.length, end: text.length + name.length, text: name, type });
        text += `${name} said.`;
      } else {
        text += 'It was reported that ';
        mentions.push({ start: text.length, end: text.length + name.length, text: name, type });
        text += `${name} spoke.`;
      }
      text += k % 5 === 4 ? '\n\n' : ' ';
    }
    docs.push({ id: `doc-${String(d).padStart(6, '0')}`, text, annotation: { mentions, quotes, definitions: [] } });
  }
  return docs;
}

const corpus = syntheticCorpus();
const index = createDefaultCorpusIndex();
for (const doc of corpus) index.set(doc.id, doc.text, doc.annotation);
const resolveMs = time(() => index.snapshot());
const snapshot = index.snapshot();
console.log(`corpus: ${docCount} documents x ${perDoc} mentions, ${snapshot.entities.size} entities (resolved in ${resolveMs.toFixed(0)} ms)`);

// The graph built as the editor does it (src/editor/graph/graphService.ts): documents one at a
// time for up to 10 ms, then a yield.
const graph = createGraphIndex();
const steps: number[] = [];
let remaining = Infinity;
const heapBefore = process.memoryUsage().heapUsed;
const buildMs = time(() => {
  while (remaining > 0) {
    const t = performance.now();
    do remaining = graph.sync(snapshot.documents, snapshot.entities, 1);
    while (remaining > 0 && performance.now() - t < 10);
    steps.push(performance.now() - t);
  }
});
steps.sort((a, b) => a - b);
console.log(`graph first build: ${buildMs.toFixed(0)} ms in ${steps.length} steps of about 10 ms; longest step ${steps[steps.length - 1].toFixed(1)} ms, median ${steps[steps.length >> 1].toFixed(2)} ms; heap +${((process.memoryUsage().heapUsed - heapBefore) / 1e6).toFixed(0)} MB`);

// One entity: the most quoted speaker.
const quoted = new Map<string, number>();
for (const d of snapshot.documents) for (const q of d.quotes) if (q.speaker) quoted.set(q.speaker, (quoted.get(q.speaker) ?? 0) + 1);
const [speaker] = [...quoted].sort((a, b) => b[1] - a[1])[0];
let edges = 0;
const queryMs = time(() => {
  edges = graph.query({ focus: speaker }).edges.length;
});
const top = graph.query({ focus: speaker }).edges[0];
let passages = 0;
const evidenceMs = time(() => {
  passages = graph.evidence(top.source, top.target).length;
});
const wholeMs = time(() => graph.query());
console.log(`graph for one entity (focus, top 200): ${queryMs.toFixed(1)} ms, ${edges} edges; evidence of its strongest link: ${evidenceMs.toFixed(1)} ms (${passages} passages); whole graph top 200: ${wholeMs.toFixed(1)} ms`);

// The index's own tables (built once per change, shared with hovers and the tree) are timed apart.
let refs: NonNullable<ReturnType<typeof index.summary>>['quotes'] = [];
const summaryMs = time(() => {
  refs = index.summary(speaker)?.quotes ?? [];
});
let quotes = 0;
let infoMs = 0;
const ledgerMs = time(() => {
  const rank = new Map(snapshot.documents.map((d, i) => [d.id, i]));
  const ledger = buildLedger({
    entity: snapshot.entities.get(speaker) ?? { id: speaker, name: speaker, type: 'PERSON' },
    quotes: refs,
    document: (id) => {
      const t = performance.now();
      const doc = index.document(id);
      const info = doc && { text: doc.text, title: documentTitle(doc.text, id), date: detectDocumentDate({ text: doc.text, fileName: id }), rank: rank.get(id) ?? 0 };
      infoMs += performance.now() - t;
      return info;
    },
  });
  quotes = ledger.quoteCount;
});
console.log(`ledger for the most quoted speaker: ${ledgerMs.toFixed(1)} ms (${quotes} quotes), of which ${infoMs.toFixed(0)} ms finding titles and dates; the index's quote table before it: ${summaryMs.toFixed(0)} ms`);

// One document edited: the graph catches up with one step.
const doc = corpus[4242 % corpus.length];
index.set(doc.id, ` ${doc.text}`, { ...doc.annotation, mentions: doc.annotation.mentions.map((m) => ({ ...m, start: m.start + 1, end: m.end + 1 })), quotes: doc.annotation.quotes.map((q) => ({ ...q, start: q.start + 1, end: q.end + 1 })) });
const after = index.snapshot();
const updateMs = time(() => graph.sync(after.documents, after.entities));
console.log(`graph after a one-document edit: ${updateMs.toFixed(1)} ms`);
