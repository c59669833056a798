// npm run bench:server-memory [-- --docs 10000 --seed 13 --corpus DIR --workers N --warm --dist DIR]: the language
// server's memory on the seeded synthetic archive (scripts/scale-corpus.ts), without the editor. Starts
// dist/server.js (run `npm run build` first) over stdio with scripts/report-memory.cjs preloaded in every
// thread, opens the folder as its workspace, waits for whenIndexed (indexed and resolved), lets the threads
// collect once, and prints per thread (main, each annotation worker, the resolve worker) the V8 heap
// and array buffers, peak and after the collection, its time in garbage collection, and the process's RSS
// and peak RSS (VmHWM).
// --warm: runs twice with one cache folder (cold, then a warm start from it). --node-flags "F ...": Node/V8
// options for the server process (every thread shares its V8 flags), to compare heap settings. Nothing is asserted.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, InitializeRequest, InitializedNotification, ShutdownRequest, ExitNotification } from 'vscode-languageserver-protocol/node';
import { DEFAULT_FILTER } from '../src/editor/fileFilter';
import { IndexStatsRequest, WhenIndexedRequest, type IndexStats, type InitializationOptions } from '../src/protocol';
import { writeScaleCorpus } from './scale-corpus';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

interface Figure { readonly now: number; readonly peak: number }
interface ThreadReport {
  readonly role: string; readonly thread: number; readonly heapLimit: number; readonly retained?: number;
  readonly heapUsed: Figure; readonly heapTotal: Figure; readonly external: Figure; readonly arrayBuffers: Figure; readonly rss: Figure;
  readonly vmHwm?: number;
  /** Milliseconds in garbage collection (and collections) until the measured collection. */
  readonly gcMs?: number;
  readonly gcCount?: number;
  /** Main thread only: the process's CPU time so far (every thread), seconds. */
  readonly cpuSeconds?: number;
}

export interface ServerMemoryRun {
  readonly ms: number;
  readonly stats: IndexStats;
  readonly threads: readonly ThreadReport[];
  readonly rss: number;
  readonly peakRss: number;
  /** The server process's CPU time (every thread) until the collection, seconds. */
  readonly cpuSeconds: number;
}

const root = path.resolve(__dirname, '..');
/** --dist DIR: another build's folder (to compare two builds in one session). */
const serverJs = path.resolve(option('--dist', path.join(root, 'dist')), 'server.js');
const preload = path.join(root, 'scripts', 'report-memory.cjs');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One server process over `folder`: start, index and resolve, collect, report, shut down. */
export async function measureServer(folder: string, options: { readonly workers?: number; readonly cacheFolder?: string; readonly nodeFlags?: readonly string[] } = {}): Promise<ServerMemoryRun> {
  const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'server-memory-'));
  const child = spawn(process.execPath, [...(options.nodeFlags ?? []), '--expose-gc', '-r', preload, serverJs, '--stdio'], {
    env: { ...process.env, REPORT_MEMORY_DIR: reports },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  connection.listen();
  const started = Date.now();
  const initializationOptions: InitializationOptions = { filter: DEFAULT_FILTER, workers: options.workers, cacheFolder: options.cacheFolder };
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(folder).href,
    capabilities: {},
    workspaceFolders: [{ uri: pathToFileURL(folder).href, name: path.basename(folder) }],
    initializationOptions,
  });
  await connection.sendNotification(InitializedNotification.type, {});
  await connection.sendRequest(WhenIndexedRequest);
  const ms = Date.now() - started;
  const stats = await connection.sendRequest(IndexStatsRequest);
  // The cache write and the last adoption settle; then every thread collects once and reports it.
  await sleep(3000);
  fs.writeFileSync(path.join(reports, 'gc'), '');
  const snapshots = process.env.REPORT_MEMORY_SNAPSHOT === '1';
  const read = () => fs.readdirSync(reports).filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(fs.readFileSync(path.join(reports, f), 'utf8')) as ThreadReport)
    .sort((a, b) => a.thread - b.thread);
  // A full collection of a gigabyte heap takes seconds on a busy machine: wait for every thread's figure.
  let threads = read();
  for (let waited = 0; waited < 60_000 && threads.some((t) => t.retained === undefined); waited += 500) {
    await sleep(500);
    threads = read();
  }
  if (snapshots) await sleep(20_000);
  await connection.sendRequest(ShutdownRequest.type);
  await connection.sendNotification(ExitNotification.type);
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      child.kill();
      resolve();
    }, 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  connection.dispose();
  if (snapshots) console.log(`heap snapshots in ${reports}`);
  else fs.rmSync(reports, { recursive: true, force: true });
  const main = threads.find((t) => t.role === 'main');
  return { ms, stats, threads, rss: main?.rss.now ?? 0, peakRss: main?.vmHwm ?? 0, cpuSeconds: main?.cpuSeconds ?? 0 };
}

function print(label: string, run: ServerMemoryRun): void {
  console.log(`${label}: indexed and resolved in ${(run.ms / 1000).toFixed(1)} s, server CPU ${run.cpuSeconds.toFixed(1)} s (${run.stats.documents} documents, ${run.stats.annotated} annotated, ${run.stats.fromCache} from cache, ${run.stats.resolvePasses} passes, at most ${run.stats.annotationWorkersMax ?? '?'} annotation workers at once)`);
  console.log('  thread              heap used peak / after gc   heap total peak   external peak   array buffers peak / now   gc ms (count)');
  const role = (t: ThreadReport) => (t.role === 'worker' ? 'annotation worker' : t.role === 'source-annotator-resolve' ? 'resolve worker' : t.role);
  for (const t of run.threads) {
    console.log(`  ${`${role(t)} #${t.thread}`.padEnd(20)}${`${t.heapUsed.peak} / ${t.retained ?? '?'} MB`.padStart(24)}${`${t.heapTotal.peak} MB`.padStart(18)}${`${t.external.peak} MB`.padStart(16)}${`${t.arrayBuffers.peak} / ${t.arrayBuffers.now} MB`.padStart(27)}${`${t.gcMs ?? '?'} (${t.gcCount ?? '?'})`.padStart(16)}`);
  }
  const sum = (f: (t: ThreadReport) => number) => Math.round(run.threads.reduce((s, t) => s + f(t), 0));
  console.log(`  all threads: gc ${sum((t) => t.gcMs ?? 0)} ms; heap total ${sum((t) => t.heapTotal.now)} MB now, ${sum((t) => t.retained ?? 0)} MB in use after gc; process RSS ${Math.round(run.rss)} MB now, peak RSS (VmHWM) ${Math.round(run.peakRss)} MB`);
}

async function main(): Promise<void> {
  if (!fs.existsSync(serverJs)) throw new Error('dist/server.js is missing: run npm run build first');
  const docs = Math.max(1, Number(option('--docs', '10000')) || 10000);
  const seed = Number(option('--seed', '13')) || 13;
  const corpus = path.resolve(option('--corpus', path.join(os.tmpdir(), `source-annotator-scale-${docs}-${seed}`)));
  const workers = process.argv.includes('--workers') ? Number(option('--workers', '1')) : undefined;
  const nodeFlags = option('--node-flags', '').split(/\s+/).filter(Boolean);
  if (!fs.existsSync(corpus) || process.argv.includes('--regenerate')) {
    const { files, chars } = writeScaleCorpus(corpus, { docs, seed });
    console.log(`corpus: ${files} documents, ${(chars / 1e6).toFixed(1)}M characters in ${corpus}`);
  } else {
    console.log(`corpus: ${corpus} (reused; --regenerate to write it again)`);
  }
  if (process.argv.includes('--warm')) {
    const cacheFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'server-memory-cache-'));
    try {
      print('cold', await measureServer(corpus, { workers, cacheFolder, nodeFlags }));
      print('warm', await measureServer(corpus, { workers, cacheFolder, nodeFlags }));
    } finally {
      fs.rmSync(cacheFolder, { recursive: true, force: true });
    }
  } else {
    print('cold', await measureServer(corpus, { workers, nodeFlags }));
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  main().catch((e: unknown) => {
    console.error(`bench-server-memory: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
