// `npx tsx scripts/bench-cache.ts --docs 1000 [--seed 13]`: the workspace cache at scale, on the built
// language server (dist/server.js, its worker pool) over stdio. Generates the synthetic corpus
// (scale-corpus.ts), opens one document as the editor would and starts the server cold (empty cache folder) and waits for the index, shuts it down
// (the cache file is written), starts it again warm, and prints the time to the first hover, the time
// to a complete index, and warm ÷ cold. One run each: the figures are printed, never asserted.
// --keep leaves the corpus and the cache folder in the temporary folder it prints; --reuse DIR starts
// warm again on such a kept folder, without generating or a cold start; --server DIR runs DIR/server.js
// (another build) instead of dist/. Hover and Find All References at the hovered name are timed over
// the LSP connection (the round trip, without an editor) while the index completes and after it.
// --workers N sizes the server's annotation pool (InitializationOptions.workers).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { DidOpenTextDocumentNotification, ExitNotification, HoverRequest, ReferencesRequest, InitializeRequest, InitializedNotification, ShutdownRequest } from 'vscode-languageserver-protocol';
import { URI } from 'vscode-uri';
import { DEFAULT_FILTER } from '../src/editor/fileFilter';
import { LogNotification, WhenIndexedRequest, type IndexStats } from '../src/protocol';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const docs = arg('docs', 1000);
/** --workers N: the annotation pool's size (the server's default otherwise: cores - 1, at most 3). */
const workers = process.argv.includes('--workers') ? arg('workers', 1) : undefined;
const seed = arg('seed', 13);
const root = path.resolve(__dirname, '..');
const reuse = process.argv.includes('--reuse') ? process.argv[process.argv.indexOf('--reuse') + 1] : undefined;
const work = reuse ?? fs.mkdtempSync(path.join(os.tmpdir(), 'source-annotator-bench-cache-'));
const corpus = path.join(work, 'corpus');
const cacheFolder = path.join(work, 'storage');

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

async function run(label: string, hoverFile: string): Promise<{ hoverMs: number; indexedMs: number; stats: IndexStats }> {
  // BENCH_SERVER_NODE_ARGS: options for the server's Node process (--cpu-prof, say).
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const serverDir = process.argv.includes('--server') ? process.argv[process.argv.indexOf('--server') + 1] : path.join(root, 'dist');
  const child = spawn(process.execPath, [...nodeArgs, path.join(serverDir, 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const client = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  // --verbose prints the server's log lines (workspace cache, resolution) with their time.
  if (process.argv.includes('--verbose')) client.onNotification(LogNotification, (p) => console.log(`  ${((performance.now() - started) / 1000).toFixed(2)} s ${p.message}`));
  client.listen();
  const started = performance.now();
  await client.sendRequest(InitializeRequest.type, {
    processId: process.pid, rootUri: null, capabilities: {},
    workspaceFolders: [{ uri: URI.file(corpus).toString(), name: 'corpus' }],
    initializationOptions: { cacheFolder, filter: DEFAULT_FILTER, ...(workers !== undefined ? { workers } : {}) },
  });
  await client.sendNotification(InitializedNotification.type, {});
  // As in the editor: one document is open (its text comes from the editor, not a read by the server).
  const text = fs.readFileSync(hoverFile, 'utf8');
  const uri = URI.file(hoverFile).toString();
  await client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
  const name = /[A-Z][a-z]+ [A-Z][a-z]+/.exec(text);
  const line = name ? text.slice(0, name.index).split('\n').length - 1 : 0;
  const character = name ? name.index - (text.lastIndexOf('\n', name.index - 1) + 1) + 1 : 0;
  const hover = await client.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } });
  if (!hover) console.log(`bench-cache: ${label}: no hover card at ${line}:${character}`);
  const hoverMs = performance.now() - started;
  let complete = false;
  const indexed = client.sendRequest(WhenIndexedRequest).then((s) => ((complete = true), { s, at: performance.now() }));
  // As the scale test does: hover and references every 200 ms until the index is complete, then 20 more.
  const during: [number[], number[]] = [[], []];
  const after: [number[], number[]] = [[], []];
  const position = { textDocument: { uri }, position: { line, character } };
  for (let extra = 0; extra < 20; ) {
    const into = complete ? after : during;
    let t = performance.now();
    await client.sendRequest(HoverRequest.type, position);
    into[0].push(performance.now() - t);
    t = performance.now();
    await client.sendRequest(ReferencesRequest.type, { ...position, context: { includeDeclaration: true } });
    into[1].push(performance.now() - t);
    if (complete) extra++;
    else await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const { s: stats, at } = await indexed;
  const indexedMs = at - started;
  const p50 = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[xs.length >> 1].toFixed(1) : '-');
  const max = (xs: number[]) => (xs.length ? Math.max(...xs).toFixed(1) : '-');
  console.log(`bench-cache: ${label}: hover / references round trip while indexing (${during[0].length}): p50 ${p50(during[0])} / ${p50(during[1])} ms, max ${max(during[0])} / ${max(during[1])} ms; after: p50 ${p50(after[0])} / ${p50(after[1])} ms, max ${max(after[0])} / ${max(after[1])} ms`);
  // Peak resident memory of the server process so far (Linux; absent elsewhere).
  const status = fs.existsSync(`/proc/${child.pid}/status`) ? fs.readFileSync(`/proc/${child.pid}/status`, 'utf8') : '';
  const peakMB = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) / 1024;
  await client.sendRequest(ShutdownRequest.type);
  // Exit, so a --cpu-prof profile is written; killed if it does not exit in time.
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await client.sendNotification(ExitNotification.type);
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  client.dispose();
  child.kill();
  console.log(`bench-cache: ${label}: first hover ${(hoverMs / 1000).toFixed(2)} s, index complete ${(indexedMs / 1000).toFixed(2)} s (${stats.documents} documents, ${stats.annotated} annotated, ${stats.fromCache} from cache, ${stats.batches} batches${Number.isNaN(peakMB) ? '' : `, server peak RSS ${Math.round(peakMB)} MB`}; server's longest stall ${stats.serverLagMaxMs ?? '?'} ms, resolution passes ${stats.resolvePasses ?? '?'})`);
  return { hoverMs, indexedMs, stats };
}

async function main(): Promise<void> {
  if (reuse) {
    const hoverFile = listFiles(corpus).sort()[0];
    await run('warm', hoverFile);
    return;
  }
  try {
    const gen = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/scale-corpus.ts', '--docs', String(docs), '--seed', String(seed), '--out', corpus], { cwd: root, encoding: 'utf8' });
    if (gen.status !== 0) throw new Error(`corpus generation failed: ${gen.stderr}`);
    const hoverFile = listFiles(corpus).sort()[0];
    const cold = await run('cold', hoverFile);
    const cache = listFiles(path.join(cacheFolder, 'corpus'));
    console.log(`bench-cache: workspace cache file ${(fs.statSync(cache[0]).size / 1024 / 1024).toFixed(1)} MB`);
    const warm = await run('warm', hoverFile);
    console.log(`bench-cache: ${docs} documents: warm reopen ÷ cold index = ${(warm.indexedMs / cold.indexedMs).toFixed(3)}; warm first hover ${(warm.hoverMs / 1000).toFixed(2)} s`);
  } finally {
    if (process.argv.includes('--keep')) console.log(`bench-cache: kept ${work}`);
    else fs.rmSync(work, { recursive: true, force: true });
  }
}

void main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
