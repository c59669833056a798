// npm run bench:index [-- --docs 10000 --seed 13 --reuse]: memory and per-call cost of the compact corpus
// index against the object index it replaced (kept below, for this comparison only), on the seeded
// synthetic news archive of scripts/scale-corpus.ts, plus the size and speed of the persisted cache.
// Every figure comes from one run, so compare the ratios; nothing is asserted (the machine is shared).
//
// Memory figures (JS heap plus typed-array buffers, which live outside it): the documents are handed to each index as fresh objects (decoded from the cache, as a
// warm start would) and the bench drops its own references, so "retained" is what the index and its
// resolver keep, texts included. Needs --expose-gc (the npm script passes it).
//
// --reuse keeps the annotated corpus in /tmp as a cache file and starts from it on the next run,
// skipping the annotation of every document (the first run annotates: minutes on a shared machine).
import fs from 'node:fs';
import path from 'node:path';
import { createAnnotator } from '../src/core/annotate';
import { createCorpusIndex, type CuratedCorpusIndex } from '../src/core/corpus';
import { decodeCorpusCache, encodeCorpusCache, type CachedDocument } from '../src/core/corpus/persist';
import { findEntities, nextMention, summarize } from '../src/core/corpus/queries';
import { compareIds, type CorpusDocumentInput, type Resolver } from '../src/core/corpus/resolver';
import { spanAt } from '../src/core/corpus/spans';
import { buildView, type CorpusView } from '../src/core/corpus/view';
import type { MentionRef } from '../src/core/corpusTypes';
import { resolveCorpus } from '../src/core/resolve';
import type { DocumentAnnotation, ResolvedCorpus } from '../src/core/types';
import { generateScaleCorpus } from './scale-corpus';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
const docCount = Math.max(1, Number(option('--docs', '10000')) || 10000);
const seed = Number(option('--seed', '13')) || 13;
const reuse = process.argv.includes('--reuse');
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  console.error('bench:index needs --expose-gc (run it as npm run bench:index)');
  process.exit(2);
}
const MB = 1024 * 1024;
/**
 * Heap in use after a full collection. Awaits a turn of the event loop first: a WeakRef's target
 * survives at least until the current job ends, as it would between two requests in the editor.
 */
async function heap(): Promise<{ heap: number; buffers: number }> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  for (let i = 0; i < 3; i++) gc?.();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return { heap: heapUsed, buffers: arrayBuffers };
}
const time = <T>(f: () => T): [T, number] => {
  const t = performance.now();
  const r = f();
  return [r, performance.now() - t];
};

// ---- The corpus, annotated (or read back from the bench's own cache file) ----
const ENGINE_KEY = `bench-index|${docCount}|${seed}`;
const cacheFile = path.join('/tmp', `source-annotator-bench-index-${docCount}-${seed}.sacc`);
let cached: CachedDocument[] | undefined = reuse && fs.existsSync(cacheFile) ? decodeCorpusCache(fs.readFileSync(cacheFile), ENGINE_KEY) : undefined;
if (cached) {
  console.log(`corpus: ${cached.length} documents from ${cacheFile} (--reuse)`);
} else {
  const annotator = createAnnotator();
  const [docs, ms] = time(() => generateScaleCorpus({ docs: docCount, seed }).map((d): CachedDocument => ({ documentId: d.name, fingerprint: String(d.text.length), text: d.text, annotation: annotator.annotate(d.text) })));
  cached = docs;
  console.log(`corpus: ${docs.length} documents annotated in ${(ms / 1000).toFixed(1)} s`);
  if (reuse) fs.writeFileSync(cacheFile, encodeCorpusCache(ENGINE_KEY, docs));
}
const chars = cached.reduce((n, d) => n + d.text.length, 0);
const mentionTotal = cached.reduce((n, d) => n + d.annotation.mentions.length, 0);
console.log(`  ${(chars / 1e6).toFixed(1)}M characters, ${mentionTotal} mentions`);

// ---- The cache file ----
const [bytes, encodeMs] = time(() => encodeCorpusCache(ENGINE_KEY, cached as CachedDocument[]));
const [decoded, decodeMs] = time(() => decodeCorpusCache(bytes, ENGINE_KEY));
if (!decoded || decoded.length !== cached.length) throw new Error('cache round trip failed');
const jsonBytes = Buffer.byteLength(JSON.stringify(cached));
const [, jsonParseMs] = time(() => JSON.parse(JSON.stringify(cached)));
console.log(`\ncache file: ${(bytes.length / MB).toFixed(1)} MB (JSON of the same documents ${(jsonBytes / MB).toFixed(1)} MB, ratio ${(bytes.length / jsonBytes).toFixed(2)})`);
console.log(`  encode ${encodeMs.toFixed(0)} ms, decode ${decodeMs.toFixed(0)} ms (JSON stringify+parse ${jsonParseMs.toFixed(0)} ms)`);
cached = undefined;

// ---- The object index this replaced (git main before the compact index), for comparison only ----
interface LegacyIndex {
  set(id: string, text: string, annotation: DocumentAnnotation): void;
  snapshot(): ResolvedCorpus;
  mentionAt(id: string, offset: number): unknown;
  mentionsOf(entityId: string): readonly MentionRef[];
  nextMention(entityId: string, id: string, offset: number, direction: 1 | -1): unknown;
  summary(entityId: string): unknown;
  findEntities(query: string, limit?: number): unknown;
}
function createObjectIndex(resolve: Resolver): LegacyIndex {
  const inputs = new Map<string, CorpusDocumentInput>();
  const incremental = resolve.incremental?.();
  let corpus: ResolvedCorpus | undefined;
  let view: CorpusView | undefined;
  const current = () => {
    corpus ??= incremental ? incremental.snapshot() : resolve([...inputs.values()].sort((a, b) => compareIds(a.id, b.id)));
    view ??= buildView(corpus);
    return view;
  };
  return {
    set(id, text, annotation) {
      const input = { id, text, annotation };
      inputs.set(id, input);
      incremental?.set(input);
      corpus = undefined;
      view = undefined;
    },
    snapshot: () => current().corpus,
    mentionAt(id, offset) {
      const entry = current().documents.get(id);
      return entry ? spanAt(entry.document.mentions, offset, entry.longestMention) : undefined;
    },
    mentionsOf: (entityId) => current().mentionsByEntity.get(entityId) ?? [],
    nextMention: (entityId, id, offset, direction) => nextMention(current(), entityId, id, offset, direction),
    summary: (entityId) => summarize(current(), entityId),
    findEntities: (query, limit = 20) => findEntities(current(), query, limit),
  };
}

// ---- Heap and per-call cost of each index ----
const plainResolver: Resolver = (docs) => resolveCorpus(docs);
const variants: { name: string; make: () => LegacyIndex | CuratedCorpusIndex }[] = [
  { name: 'object index, incremental resolver (main)', make: () => createObjectIndex(resolveCorpus) },
  { name: 'compact index, incremental resolver', make: () => createCorpusIndex({ resolve: resolveCorpus }) },
  { name: 'object index, one-pass resolver', make: () => createObjectIndex(plainResolver) },
  { name: 'compact index, one-pass resolver', make: () => createCorpusIndex({ resolve: plainResolver }) },
];

/** Deterministic picks, so every variant is asked the same questions. */
function picker(start: number): (n: number) => number {
  let s = start;
  return (n) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % n;
  };
}
function percentiles(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] * 1000;
  return `p50 ${at(0.5).toFixed(1)} µs, p99 ${at(0.99).toFixed(1)} µs, max ${at(1).toFixed(0)} µs`;
}
function measure(f: () => void): number {
  const t = performance.now();
  f();
  return performance.now() - t;
}

/** What the questions need from the snapshot, so that the bench itself holds none of its objects. */
function survey(index: LegacyIndex | CuratedCorpusIndex) {
  const [snapshot, resolveMs] = time(() => index.snapshot());
  const ids = snapshot.documents.map((d) => d.id);
  const entityIds = [...snapshot.entities.keys()].sort();
  const counts = new Map<string, number>();
  for (const d of snapshot.documents) for (const m of d.mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  const busiest = [...counts.keys()].sort((a, b) => (counts.get(b) as number) - (counts.get(a) as number) || compareIds(a, b)).slice(0, 50);
  const positions = Array.from({ length: 20000 }, (_, k) => {
    const doc = snapshot.documents[picker(k + 1)(snapshot.documents.length)];
    return [doc.id, picker(k + 7)(doc.text.length)] as const;
  });
  const mentionCount = snapshot.documents.reduce((n, d) => n + d.mentions.length, 0);
  return { ids, entityIds, busiest, positions, mentionCount, resolveMs };
}

const results: { name: string; retainedMB: number }[] = [];
async function main(): Promise<void> {
const base = await heap();
for (const variant of variants) {
  let docs: CachedDocument[] | undefined = decodeCorpusCache(bytes, ENGINE_KEY) as CachedDocument[];
  let index: LegacyIndex | CuratedCorpusIndex | undefined = variant.make();
  for (const d of docs) index.set(d.documentId, d.text, d.annotation);
  docs = undefined;
  const { ids, entityIds, busiest, positions, mentionCount, resolveMs } = survey(index);
  // Every table built once, as an editor session would: an entity's mentions, a summary, a search.
  index.mentionsOf(entityIds[0]);
  index.summary(entityIds[0]);
  index.findEntities('a');
  const after = await heap();
  const retained = after.heap - base.heap + after.buffers - base.buffers;
  results.push({ name: variant.name, retainedMB: retained / MB });
  console.log(`\n${variant.name}: ${ids.length} documents, ${mentionCount} mentions, ${entityIds.length} entities; first resolution ${(resolveMs / 1000).toFixed(1)} s`);
  console.log(`  retained after GC: ${(retained / MB).toFixed(0)} MB (JS heap ${((after.heap - base.heap) / MB).toFixed(0)} MB + typed-array buffers ${((after.buffers - base.buffers) / MB).toFixed(0)} MB)`);
  const pick = picker(99);
  const sampleEntities = Array.from({ length: 2000 }, () => entityIds[pick(entityIds.length)]);
  const cur = index;
  console.log(`  mentionAt (20,000 random positions): ${percentiles(positions.map(([id, o]) => measure(() => cur.mentionAt(id, o))))}`);
  console.log(`  mentionsOf (2,000 random entities): ${percentiles(sampleEntities.map((e) => measure(() => cur.mentionsOf(e))))}`);
  console.log(`  mentionsOf (50 entities with most mentions, ${cur.mentionsOf(busiest[0]).length} at most): ${percentiles(busiest.map((e) => measure(() => cur.mentionsOf(e))))}`);
  console.log(`  summary (2,000 random entities): ${percentiles(sampleEntities.map((e) => measure(() => cur.summary(e))))}`);
  console.log(`  nextMention (2,000 random entities): ${percentiles(sampleEntities.map((e, k) => measure(() => cur.nextMention(e, ids[k % ids.length], 100, 1))))}`);
  index = undefined;
}
const [objectInc, compactInc, objectPlain, compactPlain] = results;
console.log(`\nretained memory (heap + buffers), compact / object: incremental resolver ${(compactInc.retainedMB / objectInc.retainedMB).toFixed(2)}, one-pass resolver ${(compactPlain.retainedMB / objectPlain.retainedMB).toFixed(2)}`);
}

void main();
