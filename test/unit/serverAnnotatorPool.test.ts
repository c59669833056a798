// The language server's annotation workers (one worker here, so the order is visible), against a
// scripted stand-in worker: priorities, cancellation, a crashing worker, a hung worker, and dispose.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createCanonicalizer, type Canonicalizer } from '../../src/core/corpus/canonical';
import { CancelledError, createAnnotatorPool, defaultPoolSize, serverPoolSize, type AnnotatorPool, type AnnotatorPoolOptions } from '../../src/server/annotatorPool';

// The stand-in reads commands from the text: "crash", "hang", "fail", "sleep:<ms>"; otherwise it
// answers with one mention whose text is the document text, so order and content are visible.
const WORKER = `
const { parentPort, resourceLimits } = require('node:worker_threads');
const hoard = [];
parentPort.on('message', ({ id, text }) => {
  if (text === 'crash') process.exit(3);
  // "big": a document that needs more heap than a limited worker has (answers "big unlimited" on a
  // worker without a limit, whose resourceLimits report V8's default, gigabytes).
  if (text === 'big' && resourceLimits.maxOldGenerationSizeMb <= 64) { for (;;) hoard.push(new Array(100000).fill(hoard.length)); }
  if (text === 'big') text = 'big unlimited';
  if (text === 'limit') text = 'limit ' + resourceLimits.maxOldGenerationSizeMb;
  if (text === 'hang') { for (;;) {} }
  if (text === 'fail') return parentPort.postMessage({ id, error: 'bad input' });
  // "quote:<words>": a quote with the words as its text, and a definition.
  if (text.startsWith('quote:')) return parentPort.postMessage({ id, annotation: { mentions: [], quotes: [{ start: 0, end: text.length, text: text.slice(6), kind: 'full', speakerMention: null, speakerText: 'he', cue: 'said' }], definitions: [{ short: 'ABC', long: 'Abc Board Council' }] } });
  const sleep = /^sleep:(\\d+)/.exec(text);
  const answer = () => parentPort.postMessage({ id, annotation: { mentions: [{ start: 0, end: text.length, text, type: 'ORG' }], quotes: [], definitions: [] } });
  if (sleep) setTimeout(answer, Number(sleep[1])); else answer();
});
`;

describe('annotator pool (server side of the annotation worker)', function () {
  this.timeout(20_000);
  let dir: string;
  let workerPath: string;
  const clients: AnnotatorPool[] = [];
  const logs: string[] = [];
  const client = (timeoutMs?: number, more: Partial<AnnotatorPoolOptions> = {}) => {
    const c = createAnnotatorPool({ workerPath, log: (m) => logs.push(m), timeoutMs, size: 1, ...more });
    clients.push(c);
    return c;
  };
  const textOf = async (p: Promise<{ mentions: readonly { text: string }[] }>) => (await p).mentions[0].text;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'annotator-pool-'));
    workerPath = path.join(dir, 'worker.js');
    fs.writeFileSync(workerPath, WORKER);
  });
  afterEach(() => clients.splice(0).forEach((c) => c.dispose()));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('annotates in the worker and returns the result', async () => {
    assert.equal(await textOf(client().annotate('hello', 'background')), 'hello');
  });

  it('lets interactive work overtake queued background work', async () => {
    const c = client();
    const done: string[] = [];
    const jobs = [
      c.annotate('sleep:150', 'background').then(() => done.push('first')),
      c.annotate('b2', 'background').then(() => done.push('b2')),
      c.annotate('b3', 'background').then(() => done.push('b3')),
      c.annotate('edit', 'interactive').then(() => done.push('edit')),
    ];
    await Promise.all(jobs);
    assert.deepEqual(done, ['first', 'edit', 'b2', 'b3']);
  });

  it('drops queued jobs whose token was cancelled', async () => {
    const c = client();
    const token = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose() {} }) };
    const slow = c.annotate('sleep:100', 'background');
    const cancelled = c.annotate('never', 'background', token as never);
    token.isCancellationRequested = true;
    await slow;
    await assert.rejects(cancelled, CancelledError);
  });

  it('reports worker errors per document and keeps going', async () => {
    const c = client();
    await assert.rejects(c.annotate('fail', 'background'), /bad input/);
    assert.equal(await textOf(c.annotate('after', 'background')), 'after');
  });

  it('survives a crashing worker: that job fails, the next gets a new worker', async () => {
    const c = client();
    const crashed = c.annotate('crash', 'background');
    const next = c.annotate('next', 'background');
    await assert.rejects(crashed, /worker stopped/);
    assert.equal(await textOf(next), 'next');
  });

  it('gives up on a hung document after the timeout and restarts the worker', async () => {
    // The timeout also covers starting the replacement worker, which takes over 300 ms on a loaded machine.
    const c = client(1500);
    const hung = c.annotate('hang', 'background');
    const next = c.annotate('fine', 'background');
    await assert.rejects(hung, /worker stopped/);
    assert.equal(await textOf(next), 'fine');
    assert.ok(logs.some((l) => /longer than/.test(l)));
  });

  it('rejects pending work on dispose and refuses new work', async () => {
    const c = client();
    const pending = [c.annotate('sleep:200', 'background'), c.annotate('queued', 'background')];
    c.dispose();
    for (const p of pending) await assert.rejects(p, CancelledError);
    await assert.rejects(c.annotate('late', 'interactive'), CancelledError);
  });

  it('annotates a document that outgrows the heap limit again on a worker without one, and keeps the limit for the next', async () => {
    const c = client(undefined, { heapLimitMb: 24 });
    const big = c.annotate('big', 'background');
    const next = c.annotate('limit', 'background');
    assert.equal(await textOf(big), 'big unlimited');
    assert.equal(await textOf(next), 'limit 24');
    assert.ok(logs.some((l) => /more than 24 MB/.test(l)));
  });

  it('stops idle workers other than the first after idleMs, and starts one again when work comes', async () => {
    logs.length = 0;
    const c = client(undefined, { size: 2, idleMs: 100 });
    assert.equal(c.peakWorkers(), 0);
    // Counted while the jobs run: once they are done a loaded machine may already have fired the 100 ms idle stop.
    const untilWorkers = async (n: number) => {
      for (const deadline = Date.now() + 10_000; c.workers() < n && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 10));
    };
    const first = [c.annotate('sleep:400', 'background'), c.annotate('sleep:400', 'background')];
    await untilWorkers(2);
    assert.equal(c.workers(), 2);
    await Promise.all(first);
    assert.equal(c.peakWorkers(), 2);
    // Waits for the stop rather than a fixed pause: a loaded machine may fire the 100 ms timer late.
    for (const deadline = Date.now() + 10_000; c.workers() > 1 && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 20));
    assert.equal(c.workers(), 1);
    assert.equal(c.peakWorkers(), 2, 'the peak outlives the stop');
    const again = [textOf(c.annotate('sleep:400 a', 'background')), textOf(c.annotate('sleep:400 b', 'background'))];
    await untilWorkers(2);
    assert.equal(c.workers(), 2, 'a second worker starts again when work comes');
    assert.deepEqual(await Promise.all(again), ['sleep:400 a', 'sleep:400 b']);
    assert.ok(!logs.some((l) => /stopped/.test(l)), 'a released worker is not reported as stopped');
  });

  it('keeps one copy of the short strings of quotes and definitions (through the canonicalizer), not of a quote text, content unchanged', async () => {
    const real = createCanonicalizer();
    const seen: string[] = [];
    const canonical: Canonicalizer = { ...real, string: (v) => (seen.push(v), real.string(v)), strings: (v) => real.strings(v), get size() { return real.size; } };
    const c = client(undefined, { canonical });
    const long = 'We will build the bridge before the end of the year, whatever it costs the town and its people.';
    const annotation = await c.annotate(`quote:${long}`, 'background');
    assert.deepEqual(annotation, {
      mentions: [],
      quotes: [{ start: 0, end: long.length + 6, text: long, kind: 'full', speakerMention: null, speakerText: 'he', cue: 'said' }],
      definitions: [{ short: 'ABC', long: 'Abc Board Council' }],
    });
    assert.deepEqual(seen.sort(), ['full', 'he', 'said']);
    // The definitions went through the same table.
    assert.equal(real.size, 5);
    await c.annotate('quote:short words', 'background');
    assert.deepEqual(seen.sort(), ['full', 'full', 'he', 'he', 'said', 'said', 'short words']);
  });

  it('starts no worker beyond the first while the machine has little memory available, and more when it has', async () => {
    let available = 100 * 1024 * 1024;
    const c = client(undefined, { size: 2, freeMemory: () => available });
    const first = [c.annotate('sleep:300', 'background'), c.annotate('sleep:300', 'background')];
    await new Promise((r) => setTimeout(r, 100));
    assert.equal(c.workers(), 1);
    assert.equal(c.pending(), 2);
    assert.deepEqual(await Promise.all(first.map(textOf)), ['sleep:300', 'sleep:300']);
    assert.ok(logs.some((m) => /no more annotation workers start/.test(m)));
    available = 8 * 1024 * 1024 * 1024;
    const second = [c.annotate('sleep:300', 'background'), c.annotate('sleep:300', 'background')];
    await new Promise((r) => setTimeout(r, 100));
    assert.equal(c.workers(), 2);
    await Promise.all(second);
  });

  it('sizes the pool by cores and by memory, at least one worker', () => {
    const GB = 1024 ** 3;
    assert.equal(defaultPoolSize(2, 24 * GB), 1);
    assert.equal(defaultPoolSize(1, 24 * GB), 1);
    assert.equal(defaultPoolSize(16, 64 * GB), 3);
    assert.equal(defaultPoolSize(16, 4 * GB), 1);
    assert.equal(defaultPoolSize(16, 8 * GB), 2);
  });

  it("sizes the server's pool one worker per core (the server's thread mostly waits), unless asked otherwise", () => {
    const GB = 1024 ** 3;
    assert.equal(serverPoolSize(undefined, {}, 2, 24 * GB), 2);
    assert.equal(serverPoolSize(undefined, {}, 1, 24 * GB), 1);
    assert.equal(serverPoolSize(undefined, {}, 16, 64 * GB), 3);
    assert.equal(serverPoolSize(undefined, {}, 2, 2 * GB), 1);
    assert.equal(serverPoolSize(undefined, { SOURCE_ANNOTATOR_WORKERS: '1' }, 2, 24 * GB), 1);
    assert.equal(serverPoolSize(undefined, { SOURCE_ANNOTATOR_WORKERS: 'x' }, 2, 24 * GB), 2);
    assert.equal(serverPoolSize(3, { SOURCE_ANNOTATOR_WORKERS: '1' }, 2, 24 * GB), 3);
  });
});
