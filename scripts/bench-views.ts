// npm run bench:views [-- --docs 10000 --mentions 50]: the quote ledger and the co-occurrence graph
// on the bench's kind of synthetic corpus (names in news-like sentences, a few quotes per document,
// and one prolific speaker whose quotes are mostly different words, some repeated with small changes).
// Prints numbers only; nothing here is asserted (the machine is shared). Every figure is one
// synchronous stretch of work unless it says "in slices"; "longest slice" is the longest stretch the
// event loop was blocked for. Each figure is wall time with the process's CPU time in brackets: on a
// loaded machine the wall time also counts the time other processes held the cores.
import { createDefaultCorpusIndex } from '../src/core/corpus/default';
import { detectDocumentDate } from '../src/core/docdate';
import { createGraphIndex, type GraphData, type SliceOptions } from '../src/core/graph';
import { buildLedger, createLedgerIndex, documentTitle } from '../src/core/ledger';
import { fromWire, graphMessages, toWire, type WireGraph } from '../src/editor/graph/wire';
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
/** Wall and CPU milliseconds of one stretch of work. */
interface Took {
  readonly wall: number;
  readonly cpu: number;
}
const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const ms = (x: number | Took) => (typeof x === 'number' ? `${x.toFixed(1)} ms` : `${x.wall.toFixed(1)} ms [cpu ${x.cpu.toFixed(1)}]`);

const docCount = Math.max(1, Number(option('--docs', '10000')) || 10000);
const perDoc = Math.max(1, Number(option('--mentions', '50')) || 50);
/** Documents added one at a time at the end; each costs a full cross-document resolution first. */
const added = Math.max(1, Number(option('--added', '3')) || 3);

/** The longest synchronous stretch seen anywhere in this run (wall and CPU, each its own maximum). */
let maxSlice: Took = { wall: 0, cpu: 0 };
const noteSlice = (x: Took) => {
  maxSlice = { wall: Math.max(maxSlice.wall, x.wall), cpu: Math.max(maxSlice.cpu, x.cpu) };
  return x;
};
const measure = (f: () => void): Took => {
  const c = cpuNow();
  const wall = time(f);
  return { wall, cpu: cpuNow() - c };
};
const timed = (f: () => void) => noteSlice(measure(f));
const sum = (a: Took, b: Took): Took => ({ wall: a.wall + b.wall, cpu: a.cpu + b.cpu });
const longer = (a: Took, b: Took): Took => ({ wall: Math.max(a.wall, b.wall), cpu: Math.max(a.cpu, b.cpu) });

/** Slice options that record how long each slice blocked, as the server's loop would see it. */
function slices(): { options: SliceOptions; start: () => void; finish: () => void; longest: () => Took; count: () => number } {
  let since = performance.now();
  let sinceCpu = cpuNow();
  let longest: Took = { wall: 0, cpu: 0 };
  let count = 0;
  const close = () => {
    longest = longer(longest, noteSlice({ wall: performance.now() - since, cpu: cpuNow() - sinceCpu }));
    count++;
  };
  const open = () => {
    since = performance.now();
    sinceCpu = cpuNow();
  };
  return {
    start: open,
    finish: close,
    options: {
      sliceMs: 10,
      pause: async () => {
        close();
        await new Promise<void>((resolve) => setImmediate(resolve));
        open();
      },
    },
    longest: () => longest,
    count: () => count,
  };
}

const PROLIFIC = 'Zelda Quorvant';
const VOCABULARY = Array.from({ length: 1500 }, (_, i) => `w${(i * 7919) % 1500}x`.replace(/\d/g, (d) => 'abcdefghij'[+d]));

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
  // The prolific speaker's words come from their own generator (mulberry32), so the corpus's other
  // draws stay as in scripts/bench.ts and the quotes do not repeat the main generator's short cycles.
  let state = 99;
  const draw = (n: number) => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (((t ^ (t >>> 14)) >>> 0) % n);
  };
  const said: string[] = [];
  const docs = [];
  for (let d = 0; d < docCount; d++) {
    let text = `Report ${d}\nDate: 20${10 + (d % 10)}-0${1 + (d % 9)}-1${d % 10}\n\n`;
    const mentions: DetectedMention[] = [];
    const quotes: DetectedQuote[] = [];
    const quote = (words: string, name: string, type: EntityType) => {
      const q = `"${words},"`;
      quotes.push({ start: text.length, end: text.length + q.length, text: q, kind: 'full', speakerMention: mentions.length, speakerText: name });
      text += `${q} `;
      mentions.push({ start: text.length, end: text.length + name.length, text: name, type });
      text += `${name} said.`;
    };
    for (let k = 0; k < perDoc; k++) {
      const person = rand(2) === 0;
      const name = person ? `${given[rand(given.length)]} ${family[rand(family.length)]}` : places[rand(places.length)];
      const type: EntityType = person ? 'PERSON' : 'PLACE';
      if (k === 1 && d % 5 === 0) {
        // The prolific speaker: new words most of the time, an earlier quote (one word changed) otherwise.
        let words: string;
        if (said.length > 0 && draw(3) === 0) {
          const old = said[draw(said.length)].split(' ');
          old[draw(old.length)] = VOCABULARY[draw(VOCABULARY.length)];
          words = old.join(' ');
        } else {
          words = Array.from({ length: 8 + draw(10) }, () => VOCABULARY[draw(VOCABULARY.length)]).join(' ');
          said.push(words);
        }
        quote(words, PROLIFIC, 'PERSON');
      } else if (person && k % 10 === 0) {
        quote(`We will keep the port open ${rand(5)} days a week`, name, type);
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

/** Runs sliced work and gives its total time; `s` records its slices. */
async function inSlices(s: ReturnType<typeof slices>, run: () => Promise<unknown>): Promise<Took> {
  const t = performance.now();
  const c = cpuNow();
  s.start();
  await run();
  s.finish();
  return { wall: performance.now() - t, cpu: cpuNow() - c };
}

async function main(): Promise<void> {
  const corpus = syntheticCorpus();
  const extra = corpus.splice(corpus.length - Math.min(added, Math.floor(corpus.length / 10)));
  const index = createDefaultCorpusIndex();
  for (const doc of corpus) index.set(doc.id, doc.text, doc.annotation);
  const resolveMs = time(() => index.snapshot());
  let snapshot = index.snapshot();
  console.log(`corpus: ${corpus.length} documents x ${perDoc} mentions, ${snapshot.entities.size} entities (resolved in ${resolveMs.toFixed(0)} ms, not part of the views)`);

  // First builds, in 10 ms slices as the server runs them.
  const graph = createGraphIndex();
  const ledgers = createLedgerIndex();
  let heap = process.memoryUsage().heapUsed;
  const g = slices();
  const graphBuildMs = await inSlices(g, () => graph.syncInSlices(() => snapshot, g.options));
  const graphHeap = process.memoryUsage().heapUsed - heap;
  heap = process.memoryUsage().heapUsed;
  const l = slices();
  const ledgerBuildMs = await inSlices(l, () => ledgers.syncInSlices(() => snapshot.documents, l.options));
  const stats = graph.stats();
  console.log(`graph first build: ${ms(graphBuildMs)} in ${g.count()} slices, longest slice ${ms(g.longest())}; ${stats.nodes} nodes, ${stats.edges} edges; heap +${(graphHeap / 1e6).toFixed(0)} MB`);
  console.log(`ledger index first build: ${ms(ledgerBuildMs)} in ${l.count()} slices, longest slice ${ms(l.longest())}; heap +${((process.memoryUsage().heapUsed - heap) / 1e6).toFixed(0)} MB`);

  // Opening the graph: the top 200 by connectedness, then one entity's neighbourhood and an edge's evidence.
  const quoted = new Map<string, number>();
  for (const d of snapshot.documents) for (const q of d.quotes) if (q.speaker) quoted.set(q.speaker, (quoted.get(q.speaker) ?? 0) + 1);
  const prolific = [...snapshot.entities.values()].find((e) => e.name === PROLIFIC)?.id;
  const [speaker] = [...quoted].filter(([id]) => id !== prolific).sort((a, b) => b[1] - a[1])[0];
  const empty = { nodes: [], edges: [], totalNodes: 0, totalEdges: 0 };
  let top: GraphData = empty;
  const openMs = timed(() => (top = graph.query()));
  let focused: GraphData = empty;
  const focusMs = timed(() => (focused = graph.query({ focus: speaker })));
  let around: GraphData = empty;
  const aroundMs = timed(() => (around = graph.neighbourhood(speaker)));
  const strongest = focused.edges[0];
  let passages = 0;
  const evidenceMs = timed(() => (passages = graph.evidence(strongest.source, strongest.target).length));
  const weakest = focused.edges[focused.edges.length - 1];
  const weakEvidenceMs = timed(() => graph.evidence(weakest.source, weakest.target));
  const reopenMs = timed(() => graph.query());
  console.log(`graph open (top 200): ${ms(openMs)} first call (again: ${ms(reopenMs)}), ${top.nodes.length} nodes, ${top.edges.length} edges; centred on one entity: ${ms(focusMs)}; its neighbourhood (50): ${ms(aroundMs)}, ${around.nodes.length} nodes`);
  console.log(`evidence of its strongest link: ${ms(evidenceMs)} (${passages} passages); of its weakest shown link: ${ms(weakEvidenceMs)}`);
  // The extension host's share of showing a graph: parsing the engine's answer (JSON, as the language
  // client receives it), the wire form, and serialising each message posted to the page (VS Code
  // JSON-stringifies a webview message on the host's thread). At the default 200 entities and at the
  // page's largest (5000): the longest of these is what one graph message holds the host for.
  // The bench corpus has a few hundred entities; the page's largest graph (5,000 entities, four links
  // each) is made up here, with ids and names of the engine's length.
  const made: GraphData = {
    nodes: Array.from({ length: 5000 }, (_, i) => ({ id: `PERSON:firstname lastname number ${i}`, name: `Firstname Lastname Number ${i}`, type: 'PERSON' as const, mentions: 5000 - i, documents: 1 + (i % 50), degree: 8 })),
    edges: [],
    totalNodes: 20000,
    totalEdges: 90000,
  };
  for (let i = 0; i < 5000; i++) for (const d of [1, 7, 31, 101]) {
    const j = (i + d) % 5000;
    (made.edges as GraphData['edges'][number][]).push({ id: `${made.nodes[i].id}|${made.nodes[j].id}`, source: made.nodes[i].id, target: made.nodes[j].id, weight: 1 + (i % 9), sentences: 1 + (i % 5), paragraphs: i % 3, documents: 1 + (i % 4) });
  }
  for (const query of [() => graph.query({ limit: 200 }), () => made]) {
    const answer = JSON.stringify(query());
    let parsed: GraphData = empty;
    const parseMs = timed(() => (parsed = JSON.parse(answer) as GraphData));
    // The graph view asks for the wire form (GraphWireRequest) and rebuilds the objects itself.
    const wireAnswer = JSON.stringify(toWire(parsed));
    const wireParseMs = timed(() => fromWire(JSON.parse(wireAnswer) as WireGraph));
    console.log(`engine's answer parsed on the host: object form ${(answer.length / 1e6).toFixed(2)} MB ${ms(parseMs)}; wire form ${(wireAnswer.length / 1e6).toFixed(2)} MB, parsed and rebuilt ${ms(wireParseMs)}`);
    let messages: ReturnType<typeof graphMessages> = [];
    const wireMs = timed(() => (messages = graphMessages(parsed)));
    let longest: Took = { wall: 0, cpu: 0 };
    let bytes = 0;
    for (const m of messages) {
      const took = timed(() => (bytes += JSON.stringify(m).length));
      if (took.wall > longest.wall) longest = took;
    }
    console.log(`host side of a graph of ${parsed.nodes.length} nodes, ${parsed.edges.length} edges: wire form ${ms(wireMs)}; ${messages.length} message(s), ${(bytes / 1e6).toFixed(2)} MB, longest serialisation ${ms(longest)}`);
  }
  const half = slices();
  const halfMs = await inSlices(half, () => graph.queryAsync({ documents: (id) => id < corpus[corpus.length >> 1].id, types: ['PERSON'] }, half.options));
  console.log(`graph of half the documents (a folder), people only, in slices: ${ms(halfMs)}, longest slice ${ms(half.longest())}`);

  // One speaker's ledger: from the index's posting list, and the from-scratch path (buildLedger over the
  // corpus index's quote table, titles and dates found per call) for comparison.
  const rank = new Map(snapshot.documents.map((d, i) => [d.id, i]));
  const scratch = (id: string) => {
    let quotes = 0;
    const took = measure(() => {
      const refs = index.summary(id)?.quotes ?? [];
      quotes = buildLedger({
        entity: snapshot.entities.get(id) ?? { id, name: id, type: 'PERSON' },
        quotes: refs,
        document: (docId) => {
          const doc = index.document(docId);
          return doc && { text: doc.text, title: documentTitle(doc.text, docId), date: detectDocumentDate({ text: doc.text, fileName: docId }), rank: rank.get(docId) ?? 0 };
        },
      }).quoteCount;
    });
    return { took, quotes };
  };
  for (const [label, id] of [['most quoted speaker', speaker], ['prolific speaker (mostly distinct quotes)', prolific as string]] as const) {
    const entity = snapshot.entities.get(id) ?? { id, name: id, type: 'PERSON' as const };
    let entries = 0;
    let quotes = 0;
    // ledger() in one call, for comparison; the server's path is ledgerAsync (its slices count below).
    const indexMs = measure(() => {
      const ledger = ledgers.ledger(entity);
      entries = ledger.entries.length;
      quotes = ledger.quoteCount;
    });
    const againMs = measure(() => ledgers.ledger(entity));
    const s = slices();
    const asyncMs = await inSlices(s, () => ledgers.ledgerAsync(entity, s.options));
    const before = scratch(id);
    console.log(`ledger of the ${label}: in one call ${ms(indexMs)} first, ${ms(againMs)} again (${quotes} quotes, ${entries} entries); in slices ${ms(asyncMs)}, longest slice ${ms(s.longest())}; from scratch (quote table + buildLedger): ${ms(before.took)}`);
  }

  // Incremental updates: documents added one at a time, then one edited; each followed by the views' sync.
  let graphAdd: Took = { wall: 0, cpu: 0 };
  let ledgerAdd: Took = { wall: 0, cpu: 0 };
  let resolveAdd = 0;
  for (const doc of extra) {
    index.set(doc.id, doc.text, doc.annotation);
    resolveAdd += time(() => (snapshot = index.snapshot()));
    graphAdd = sum(graphAdd, timed(() => graph.sync(snapshot.documents, snapshot.entities)));
    ledgerAdd = sum(ledgerAdd, timed(() => ledgers.sync(snapshot.documents)));
  }
  const n = Math.max(1, extra.length);
  const mean = (x: Took): Took => ({ wall: x.wall / n, cpu: x.cpu / n });
  console.log(`per added document (mean of ${extra.length}): graph ${ms(mean(graphAdd))}, ledger ${ms(mean(ledgerAdd))} (resolution before them: ${ms(resolveAdd / n)})`);
  const doc = corpus[4242 % corpus.length];
  index.set(doc.id, ` ${doc.text}`, { ...doc.annotation, mentions: doc.annotation.mentions.map((m) => ({ ...m, start: m.start + 1, end: m.end + 1 })), quotes: doc.annotation.quotes.map((q) => ({ ...q, start: q.start + 1, end: q.end + 1 })) });
  snapshot = index.snapshot();
  const editGraph = timed(() => graph.sync(snapshot.documents, snapshot.entities));
  const editLedger = timed(() => ledgers.sync(snapshot.documents));
  console.log(`one document edited: graph ${ms(editGraph)}, ledger ${ms(editLedger)}`);
  console.log(`max synchronous slice of the views in this run (sliced builds, queries and ledgers, per-document updates): ${ms(maxSlice)}`);
}

void main();
