// Cross-document resolution alone, measured in a fresh process: CPU time and retained heap of
// resolveCorpus from scratch and of the incremental resolver (whole corpus, then k added documents).
// `--root DIR` measures the resolver of another checkout (DIR/src/core/resolve), so an old commit and
// this one can be alternated in one run; `--hash` prints a digest of the output, to check that two
// versions give byte-identical results.
//
//   node --expose-gc --import tsx scripts/bench-resolve.ts [--root DIR] [--corpus synthetic|scale]
//        [--docs 10000] [--mode scratch|incremental] [--add 1,50] [--hash]
// The scale corpus needs its annotations cached first (--corpus scale annotates and caches them in
// the system's temp folder on first use; later runs read the cache).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ResolvedCorpus } from '../src/core/types';
import { syntheticCorpus, type SyntheticInput } from './synthetic-corpus';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const root = path.resolve(option('--root', path.join(__dirname, '..')));
const docCount = Number(option('--docs', '10000'));
const which = option('--corpus', 'synthetic');
const mode = option('--mode', 'scratch');
const adds = option('--add', '1,50').split(',').map(Number);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

type Stage = 'prepare' | 'within-document' | 'cross-document' | 'entities';

interface ResolveModule {
  resolveCorpus(docs: readonly SyntheticInput[]): ResolvedCorpus;
  /** Absent in checkouts older than the stage timings. */
  resolveCorpusStaged?(docs: readonly SyntheticInput[], onStage: (stage: Stage) => void): ResolvedCorpus;
  createIncrementalResolver(): { set(doc: SyntheticInput): void; remove(id: string): boolean; snapshot(): ResolvedCorpus };
}

async function scaleCorpus(): Promise<SyntheticInput[]> {
  const file = path.join(os.tmpdir(), `source-annotator-scale-${docCount}.json`);
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as SyntheticInput[];
  const { generateScaleCorpus } = await import('./scale-corpus');
  const { createAnnotator } = await import('../src/core/annotate');
  const annotator = createAnnotator();
  const docs = generateScaleCorpus({ docs: docCount, seed: 13 }).map((d) => ({ id: d.name, text: d.text, annotation: annotator.annotate(d.text) }));
  fs.writeFileSync(file, JSON.stringify(docs));
  return docs;
}

function digest(result: ResolvedCorpus): string {
  const h = createHash('sha256');
  for (const d of result.documents) h.update(JSON.stringify(d));
  for (const e of result.entities) h.update(JSON.stringify(e));
  return h.digest('hex').slice(0, 16);
}

const heapMB = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1048576;
};
const cpuMs = (run: () => void) => {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
};

async function main(): Promise<void> {
  const mod = (await import(path.join(root, 'src/core/resolve/index.ts'))) as ResolveModule;
  const corpus = which === 'scale' ? await scaleCorpus() : syntheticCorpus(docCount, 50);
  const base = heapMB();
  const out: Record<string, number | string> = { root, corpus: which, docs: corpus.length };
  if (mode === 'scratch') {
    let result: ResolvedCorpus | undefined;
    // Each stage's own CPU and wall time, from the marks the resolver calls as each stage ends.
    let cpuAt = process.cpuUsage();
    let wallAt = performance.now();
    const stages: Record<string, number> = {};
    const mark = (stage: Stage) => {
      const cpu = process.cpuUsage(cpuAt);
      const wall = performance.now() - wallAt;
      stages[`${stage}CpuMs`] = Math.round((cpu.user + cpu.system) / 1000);
      stages[`${stage}WallMs`] = Math.round(wall);
      cpuAt = process.cpuUsage();
      wallAt = performance.now();
    };
    const staged = mod.resolveCorpusStaged;
    out.cpuMs = Math.round(cpuMs(() => (result = staged ? staged(corpus, mark) : mod.resolveCorpus(corpus))));
    Object.assign(out, stages);
    out.retainedMB = Math.round(heapMB() - base);
    if (args.includes('--hash')) out.hash = digest(result as ResolvedCorpus);
  } else {
    const held = adds.reduce((a, b) => a + b, 0);
    const first = corpus.slice(0, corpus.length - held);
    const later = corpus.slice(corpus.length - held);
    const r = mod.createIncrementalResolver();
    let result: ResolvedCorpus | undefined;
    out.cpuMs = Math.round(cpuMs(() => {
      for (const doc of first) r.set(doc);
      result = r.snapshot();
    }));
    out.retainedMB = Math.round(heapMB() - base);
    let at = 0;
    for (const k of adds) {
      const batch = later.slice(at, at + k);
      at += k;
      out[`add${k}Ms`] = Math.round(cpuMs(() => {
        for (const doc of batch) r.set(doc);
        result = r.snapshot();
      }));
    }
    out.afterMB = Math.round(heapMB() - base);
    if (args.includes('--hash')) {
      out.hash = digest(result as ResolvedCorpus);
      out.freshHash = digest(mod.resolveCorpus(corpus));
    }
  }
  console.log(JSON.stringify(out));
}

void main();
