// The workspace cache through the real language server, in process: a first start indexes a folder
// and writes one compact cache file; the next start takes every unchanged document from that file and
// reads no document from disk before the first hover; changed files are read again, deleted ones drop
// out, and a damaged or foreign cache file means a cold start with a log line, never a failure.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { createConnection } from 'vscode-languageserver/node';
import { HoverRequest, InitializeRequest, InitializedNotification, ShutdownRequest, type Hover, type MarkupContent } from 'vscode-languageserver-protocol';
import { URI } from 'vscode-uri';
import { createAnnotator } from '../../src/core/annotate';
import { decodeCorpusCache, decodeCorpusCacheFile } from '../../src/core/corpus/persist';
import { DEFAULT_FILTER } from '../../src/editor/fileFilter';
import { LogNotification, MentionAtRequest, WhenIndexedRequest } from '../../src/protocol';
import { nodeFileAccess, type FileAccess } from '../../src/server/files';
import { inProcessResolveChannel, type ResolveChannel } from '../../src/server/resolveWorker';
import { startServer } from '../../src/server/server';

const A = 'The bridge was reopened on Friday, said Tamsin Quarrell, head of the Veldmoor Transit Authority.\n"Every bolt was checked," Quarrell said.\n';
const B = 'Commuters in Ostrava Vale welcomed the news. Tamsin Quarrell spoke to reporters.\n';
const C = 'A short note about Ostrava Vale and its ferry.\n';
const B2 = 'Later that week Joram Pettigrew, a harbour pilot, praised the Veldmoor Transit Authority at length.\n';

interface Running {
  readonly client: MessageConnection;
  /** Document files the server read, in order. */
  readonly reads: string[];
  readonly logs: string[];
  /** Texts the annotator was asked for. */
  readonly annotated: string[];
  stop(): Promise<void>;
}

describe('language server: the workspace cache file', function () {
  this.timeout(60_000);
  let root: string;
  let dir: string;
  let cacheFolder: string;
  let workerPath: string;
  let serverPath: string;
  const annotator = createAnnotator();
  const uri = (name: string) => URI.file(path.join(dir, name)).toString();
  const cacheFiles = () => (fs.existsSync(path.join(cacheFolder, 'corpus')) ? fs.readdirSync(path.join(cacheFolder, 'corpus')).map((f) => path.join(cacheFolder, 'corpus', f)) : []);
  const hoverAt = (client: MessageConnection, name: string, text: string, needle: string) =>
    client.sendRequest(HoverRequest.type, { textDocument: { uri: uri(name) }, position: { line: 0, character: text.indexOf(needle) + 1 } });

  async function start(override: Partial<FileAccess> = {}, resolveChannel?: () => ResolveChannel): Promise<Running> {
    const reads: string[] = [];
    const logs: string[] = [];
    const annotated: string[] = [];
    const base = nodeFileAccess();
    const files: FileAccess = { ...base, read: (file, max) => (reads.push(path.basename(file)), base.read(file, max)), ...override };
    const up = new PassThrough();
    const down = new PassThrough();
    startServer(createConnection(new StreamMessageReader(up), new StreamMessageWriter(down)), {
      files,
      workerPath,
      serverPath,
      resolveChannel,
      annotator: () => ({ annotate: async (text) => (annotated.push(text), annotator.annotate(text)), dispose: () => undefined }),
    });
    const client = createMessageConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
    client.onNotification(LogNotification, (p) => void logs.push(p.message));
    client.listen();
    await client.sendRequest(InitializeRequest.type, {
      processId: null, rootUri: null, capabilities: {},
      workspaceFolders: [{ uri: URI.file(dir).toString(), name: 'w' }],
      initializationOptions: { cacheFolder, filter: DEFAULT_FILTER },
    });
    await client.sendNotification(InitializedNotification.type, {});
    return {
      client, reads, logs, annotated,
      async stop() {
        // Shutdown writes what is still due, as when the editor closes.
        await client.sendRequest(ShutdownRequest.type);
        client.dispose();
      },
    };
  }

  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'sa-server-cache-'));
    dir = path.join(root, 'workspace');
    cacheFolder = path.join(root, 'storage');
    workerPath = path.join(root, 'worker.js');
    fs.mkdirSync(dir);
    fs.writeFileSync(workerPath, 'engine build 1');
    serverPath = path.join(root, 'server.js');
    fs.writeFileSync(serverPath, 'server build 1');
    fs.writeFileSync(path.join(dir, 'a.txt'), A);
    fs.writeFileSync(path.join(dir, 'b.txt'), B);
    fs.writeFileSync(path.join(dir, 'c.txt'), C);
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('a cold start reads and annotates every document, and writes one cache file for the folder', async () => {
    const server = await start();
    const stats = await server.client.sendRequest(WhenIndexedRequest);
    assert.equal(stats.documents, 3);
    assert.ok((stats.resolvePasses ?? 0) >= 1, 'a cold start resolves on the worker');
    assert.deepEqual([...server.reads].sort(), ['a.txt', 'b.txt', 'c.txt']);
    await server.stop();
    const written = cacheFiles();
    assert.equal(written.length, 1, 'one compact file, no temporary left behind');
    const docs = decodeCorpusCache(fs.readFileSync(written[0]), await nodeFileAccess().engineKey(workerPath));
    assert.deepEqual(docs?.map((d) => d.documentId).sort(), [uri('a.txt'), uri('b.txt'), uri('c.txt')]);
    assert.equal(docs?.find((d) => d.documentId === uri('b.txt'))?.text, B);
    const resolution = decodeCorpusCacheFile(fs.readFileSync(written[0]), await nodeFileAccess().engineKey(workerPath))?.resolution;
    assert.deepEqual(resolution?.documentIds, [uri('a.txt'), uri('b.txt'), uri('c.txt')], 'the file keeps the resolution of the three documents');
  });

  it('a warm start takes unchanged documents from the cache and reads no file before the first hover', async () => {
    const server = await start();
    const hover = (await hoverAt(server.client, 'b.txt', B, 'Tamsin')) as Hover | null;
    assert.match(((hover?.contents ?? { value: '' }) as MarkupContent).value, /Tamsin Quarrell/);
    assert.deepEqual(server.reads, [], 'no document file read before the first hover');
    const stats = await server.client.sendRequest(WhenIndexedRequest);
    assert.equal(stats.documents, 3);
    assert.equal(stats.fromCache, 3);
    assert.equal(stats.annotated, 0);
    assert.equal(stats.resolvePasses, 0, 'no cross-document pass: the stored resolution is of exactly these documents');
    assert.deepEqual(server.reads, [], 'nor after');
    assert.deepEqual(server.annotated, []);
    const defs = await server.client.sendRequest(MentionAtRequest, { uri: uri('a.txt'), offset: A.indexOf('Veldmoor') + 1 });
    assert.equal(defs?.entity.type, 'ORG', 'the cached annotation resolves across documents as before');
    assert.ok(server.logs.some((m) => /using the stored resolution of 3 documents/.test(m)), server.logs.join('\n'));
    await server.stop();
  });

  it('a warm start builds the corpus view of the stored resolution when idle after the load; hover then counts every document', async () => {
    const server = await start();
    await server.client.sendRequest(WhenIndexedRequest);
    const started = Date.now();
    while (!server.logs.some((m) => /corpus view built in \d+ ms after the stored resolution was adopted/.test(m)) && Date.now() - started < 10_000) await new Promise((resolve) => setTimeout(resolve, 20));
    assert.ok(server.logs.some((m) => /corpus view built/.test(m)), server.logs.join('\n'));
    const hover = (await hoverAt(server.client, 'b.txt', B, 'Tamsin')) as Hover | null;
    assert.match(((hover?.contents ?? { value: '' }) as MarkupContent).value, /2 documents/, 'the card counts both documents of the person');
    await server.stop();
  });

  it('a warm start answers from the stored resolution as a cold start does', async () => {
    const entityOf = async (s: Running, name: string, text: string, needle: string) => (await s.client.sendRequest(MentionAtRequest, { uri: uri(name), offset: text.indexOf(needle) + 1 }))?.entity;
    const probes = [['a.txt', A, 'Tamsin'], ['a.txt', A, 'Quarrell said'], ['a.txt', A, 'Veldmoor'], ['b.txt', B, 'Tamsin'], ['b.txt', B, 'Ostrava'], ['c.txt', C, 'Ostrava']] as const;
    const warm = await start();
    await warm.client.sendRequest(WhenIndexedRequest);
    assert.ok(warm.logs.some((m) => /using the stored resolution/.test(m)));
    const warmAnswers = await Promise.all(probes.map(([n, t, w]) => entityOf(warm, n, t, w)));
    await warm.stop();
    // A cold start of the same files in a fresh cache folder resolves them itself.
    const saved = cacheFolder;
    cacheFolder = path.join(root, 'storage-cold');
    try {
      const cold = await start();
      await cold.client.sendRequest(WhenIndexedRequest);
      assert.ok(!cold.logs.some((m) => /stored resolution/.test(m)));
      const coldAnswers = await Promise.all(probes.map(([n, t, w]) => entityOf(cold, n, t, w)));
      await cold.stop();
      assert.deepEqual(warmAnswers, coldAnswers);
      assert.equal(warmAnswers[0]?.documentCount, 2, 'the person is linked across two documents');
    } finally {
      fs.rmSync(cacheFolder, { recursive: true, force: true });
      cacheFolder = saved;
    }
  });

  it('a stored resolution of another server build is not used', async () => {
    fs.writeFileSync(serverPath, 'server build 2');
    let server = await start();
    await server.client.sendRequest(WhenIndexedRequest);
    assert.deepEqual(server.reads, [], 'the documents still come from the cache');
    assert.ok(server.logs.some((m) => /stored resolution is from another engine build/.test(m)), server.logs.join('\n'));
    const hit = await server.client.sendRequest(MentionAtRequest, { uri: uri('b.txt'), offset: B.indexOf('Tamsin') + 1 });
    assert.equal(hit?.entity.documentCount, 2);
    // The file was written again with this build's resolution: the next start uses it.
    await server.stop();
    server = await start();
    await server.client.sendRequest(WhenIndexedRequest);
    assert.ok(server.logs.some((m) => /using the stored resolution of 3 documents/.test(m)), server.logs.join('\n'));
    await server.stop();
  });

  it('keeps the resolution of a pass that ends after the scan\'s write, so the next start resolves nothing', async () => {
    const saved = cacheFolder;
    cacheFolder = path.join(root, 'storage-late-pass');
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    try {
      const cold = await start({}, () => inProcessResolveChannel({ hold: () => held }));
      // The scan's write comes while the pass is held: the file has the documents, not yet a resolution.
      for (let i = 0; i < 200 && cacheFiles().length === 0; i++) await new Promise((r) => setTimeout(r, 25));
      assert.equal(cacheFiles().length, 1, 'the scan wrote the cache file');
      const key = await nodeFileAccess().engineKey(workerPath);
      assert.equal(decodeCorpusCacheFile(fs.readFileSync(cacheFiles()[0]), key)?.resolution, undefined, 'no resolution while the pass is held');
      release();
      await cold.client.sendRequest(WhenIndexedRequest);
      await cold.stop();
      assert.ok(decodeCorpusCacheFile(fs.readFileSync(cacheFiles()[0]), key)?.resolution, 'the late pass was written');
      const warm = await start();
      const stats = await warm.client.sendRequest(WhenIndexedRequest);
      assert.equal(stats.resolvePasses, 0);
      assert.ok(warm.logs.some((m) => /using the stored resolution of 3 documents/.test(m)), warm.logs.join('\n'));
      await warm.stop();
    } finally {
      release();
      fs.rmSync(cacheFolder, { recursive: true, force: true });
      cacheFolder = saved;
    }
  });

  it('writes the resolution of a late pass soon after it, without waiting for a shutdown (a closing window may not wait)', async () => {
    const saved = cacheFolder;
    cacheFolder = path.join(root, 'storage-no-shutdown');
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    try {
      const cold = await start({}, () => inProcessResolveChannel({ hold: () => held }));
      for (let i = 0; i < 200 && cacheFiles().length === 0; i++) await new Promise((r) => setTimeout(r, 25));
      const key = await nodeFileAccess().engineKey(workerPath);
      assert.equal(decodeCorpusCacheFile(fs.readFileSync(cacheFiles()[0]), key)?.resolution, undefined, 'the scan wrote while the pass was held');
      release();
      await cold.client.sendRequest(WhenIndexedRequest);
      const stored = () => decodeCorpusCacheFile(fs.readFileSync(cacheFiles()[0]), key)?.resolution?.documentIds.length;
      for (let i = 0; i < 800 && stored() === undefined; i++) await new Promise((r) => setTimeout(r, 25));
      // Read before any shutdown request: the write followed the pass by itself.
      assert.equal(stored(), 3, 'the pass was written without a shutdown');
      const wroteExact = () => cold.logs.some((m) => /wrote 3 documents .* with the resolution of 3 documents \(exact\)/.test(m));
      for (let i = 0; i < 200 && !wroteExact(); i++) await new Promise((r) => setTimeout(r, 25));
      assert.ok(wroteExact(), cold.logs.join('\n'));
      await cold.stop();
      const warm = await start();
      const stats = await warm.client.sendRequest(WhenIndexedRequest);
      assert.equal(stats.resolvePasses, 0);
      assert.ok(warm.logs.some((m) => /no resolution pass/.test(m)), warm.logs.join('\n'));
      await warm.stop();
    } finally {
      release();
      fs.rmSync(cacheFolder, { recursive: true, force: true });
      cacheFolder = saved;
    }
  });

  it('a warm start with a changed file adopts the stored resolution, resolves once, and stores that pass for the next start', async () => {
    const saved = cacheFolder;
    const savedB = fs.readFileSync(path.join(dir, 'b.txt'), 'utf8');
    cacheFolder = path.join(root, 'storage-changed');
    try {
      let server = await start();
      await server.client.sendRequest(WhenIndexedRequest);
      await server.stop();
      fs.writeFileSync(path.join(dir, 'b.txt'), B2);
      const key = await nodeFileAccess().engineKey(workerPath);
      server = await start();
      let stats = await server.client.sendRequest(WhenIndexedRequest);
      assert.ok(server.logs.some((m) => /using the stored resolution of 3 documents/.test(m)), server.logs.join('\n'));
      assert.ok(server.logs.some((m) => /warm start: 1 documents changed or new and 0 gone/.test(m)), server.logs.join('\n'));
      assert.equal(stats.resolvePasses, 1, 'one pass for the changed document');
      assert.deepEqual(server.reads, ['b.txt'], 'only the changed file is read');
      const hit = await server.client.sendRequest(MentionAtRequest, { uri: uri('b.txt'), offset: B2.indexOf('Joram') + 1 });
      assert.equal(hit?.entity.name, 'Joram Pettigrew');
      const quarrell = await server.client.sendRequest(MentionAtRequest, { uri: uri('a.txt'), offset: A.indexOf('Tamsin') + 1 });
      assert.equal(quarrell?.entity.documentCount, 1, 'after the pass, the person is in one document: b.txt no longer names her');
      const stored = () => decodeCorpusCacheFile(fs.readFileSync(cacheFiles()[0]), key)?.resolution;
      for (let i = 0; i < 200 && !server.logs.some((m) => /\(exact\)/.test(m)); i++) await new Promise((r) => setTimeout(r, 25));
      await server.stop();
      assert.ok(stored(), 'the pass is in the file');
      server = await start();
      stats = await server.client.sendRequest(WhenIndexedRequest);
      assert.equal(stats.resolvePasses, 0, 'the next start is exact again');
      await server.stop();
    } finally {
      fs.writeFileSync(path.join(dir, 'b.txt'), savedB);
      fs.rmSync(cacheFolder, { recursive: true, force: true });
      cacheFolder = saved;
    }
  });

  it('reads a changed file again, drops a deleted one, and keeps the rest from the cache', async () => {
    fs.writeFileSync(path.join(dir, 'b.txt'), B2);
    fs.rmSync(path.join(dir, 'c.txt'));
    let server = await start();
    let stats = await server.client.sendRequest(WhenIndexedRequest);
    assert.deepEqual(server.reads, ['b.txt']);
    assert.equal(stats.documents, 2);
    const hit = await server.client.sendRequest(MentionAtRequest, { uri: uri('b.txt'), offset: B2.indexOf('Joram') + 1 });
    assert.equal(hit?.entity.name, 'Joram Pettigrew', 'the new text is indexed');
    await server.stop();

    const docs = decodeCorpusCache(fs.readFileSync(cacheFiles()[0]), await nodeFileAccess().engineKey(workerPath));
    assert.deepEqual(docs?.map((d) => d.documentId).sort(), [uri('a.txt'), uri('b.txt')], 'the deleted file dropped out');
    assert.equal(docs?.find((d) => d.documentId === uri('b.txt'))?.text, B2);

    server = await start();
    stats = await server.client.sendRequest(WhenIndexedRequest);
    assert.deepEqual(server.reads, [], 'the rewritten file serves the changed document next time');
    assert.equal(stats.documents, 2);
    await server.stop();
  });

  it('a damaged cache file means a cold start with a log line, and is written anew', async () => {
    const [file] = cacheFiles();
    const bytes = fs.readFileSync(file);
    bytes[bytes.length >> 1] ^= 0xff;
    fs.writeFileSync(file, bytes);
    let server = await start();
    const stats = await server.client.sendRequest(WhenIndexedRequest);
    assert.equal(stats.documents, 2);
    assert.deepEqual([...server.reads].sort(), ['a.txt', 'b.txt'], 'every document read from disk');
    assert.ok(server.logs.some((m) => /workspace cache .* damaged or from another engine version/.test(m)), server.logs.join('\n'));
    await server.stop();
    server = await start();
    await server.client.sendRequest(WhenIndexedRequest);
    assert.deepEqual(server.reads, [], 'warm again');
    await server.stop();
  });

  it('a cache file of another engine build is not used', async () => {
    fs.writeFileSync(workerPath, 'engine build 2');
    const server = await start();
    const stats = await server.client.sendRequest(WhenIndexedRequest);
    assert.equal(stats.documents, 2);
    assert.deepEqual([...server.reads].sort(), ['a.txt', 'b.txt']);
    assert.ok(server.logs.some((m) => /another engine version/.test(m)));
    await server.stop();
  });

  it('a cache file that cannot be written is reported; the index is complete all the same', async () => {
    const base = nodeFileAccess();
    const server = await start({
      corpusCache: (cache, folder) => ({ ...base.corpusCache(cache, folder), write: () => Promise.reject(new Error('disk full')) }),
    });
    fs.appendFileSync(path.join(dir, 'a.txt'), 'Tamsin Quarrell added a footnote.\n');
    const stats = await server.client.sendRequest(WhenIndexedRequest);
    assert.equal(stats.documents, 2);
    await server.stop();
    assert.ok(server.logs.some((m) => /Could not write the workspace cache .*disk full/.test(m)), server.logs.join('\n'));
    assert.equal(cacheFiles().length, 1, 'the previous file stays, whole');
  });
});
