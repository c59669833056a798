// The CLI's batch mode on the annotator pool (src/server/annotatorPool.ts): documents annotated on
// worker threads in parallel come back in input order, with the same output as in one thread, and a
// document that fails (unreadable, or its worker crashes) is reported while the others are written.
import assert from 'node:assert/strict';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { build } from 'esbuild';
import { createAnnotator } from '../../src/core/annotate';
import type { CorpusDocumentInput } from '../../src/core/corpus/resolver';
import { createCliAnnotator, createSharedAnnotator, freeCores, POOL_MIN_DOCUMENTS, poolSize, sharedPoolSize, workersFromEnv } from '../../src/node/cli/annotator';
import type { DocumentAnnotation } from '../../src/core/types';
import { runCli, EXIT_OK, EXIT_SOME_FAILED, type CliDeps } from '../../src/node/cli/run';
import { testResolver } from './corpusTestKit';

interface Run { code: number; stdout: string; stderr: string[] }

async function cli(cwd: string, deps: CliDeps, ...argv: string[]): Promise<Run> {
  let stdout = '';
  const stderr: string[] = [];
  const code = await runCli(argv, { cwd, stdout: (t) => (stdout += t), stderr: (l) => stderr.push(l) }, deps);
  return { code, stdout, stderr };
}

/**
 * A stand-in worker speaking the worker protocol ({id, text} in, {id, annotation} or {id, error}
 * out). Every capitalized word is a PERSON mention. It answers late for texts starting with "slow", so
 * answers arrive out of order; exits for texts containing CRASH; reports an error for BROKEN.
 */
const FAKE_WORKER = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ id, text }) => {
  if (text.includes('CRASH')) process.exit(3);
  if (text.includes('BROKEN')) return parentPort.postMessage({ id, error: 'no tagger for this text\\n    at fake (worker.js:1:1)' });
  const mentions = [];
  for (const m of text.matchAll(/\\b[A-Z][a-z]+\\b/g)) mentions.push({ start: m.index, end: m.index + m[0].length, text: m[0], type: 'PERSON' });
  setTimeout(() => parentPort.postMessage({ id, annotation: { mentions, quotes: [], definitions: [] } }), text.startsWith('slow') ? 300 : 0);
});
`;

describe('cli: annotation on the worker pool', () => {
  let dir: string;
  let fakeWorker: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'sa-clipool-'));
    fakeWorker = path.join(dir, 'fake-worker.cjs');
    await fs.writeFile(fakeWorker, FAKE_WORKER);
    await fs.mkdir(path.join(dir, 'docs'));
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  /** Names d00.txt … so the folder walk's order is the numbering. */
  async function writeDocs(texts: readonly (string | Buffer)[]): Promise<string[]> {
    const names = texts.map((_, i) => `d${String(i).padStart(2, '0')}.txt`);
    await Promise.all(texts.map((t, i) => fs.writeFile(path.join(dir, 'docs', names[i]), t)));
    return names.map((n) => path.join('docs', n));
  }

  it('hands the resolver every document in input order although the workers finish out of order', async () => {
    const texts = Array.from({ length: 7 }, (_, i) => `${i % 2 === 0 ? 'slow' : 'quick'} note ${i}: Orla met Tamsin${i}.`);
    const ids = await writeDocs(texts);
    const seen: string[] = [];
    const resolver = testResolver();
    const resolve = (docs: readonly CorpusDocumentInput[]) => {
      seen.push(...docs.map((d) => d.id));
      return resolver(docs);
    };
    const run = await cli(dir, { workerPath: fakeWorker, workers: 3, resolve }, 'annotate', 'docs');
    assert.equal(run.code, EXIT_OK, run.stderr.join('\n'));
    assert.deepEqual(seen, ids);
    const out = JSON.parse(run.stdout) as { documents: { path: string; mentions: { text: string }[] }[] };
    assert.deepEqual(out.documents.map((d) => d.mentions.map((m) => m.text)), texts.map((_, i) => ['Orla', `Tamsin${i}`].filter((t) => /^[A-Z][a-z]+$/.test(t))));
  });

  it('reports a binary file, a worker error and a crashed worker among good files, in input order, and writes the rest', async () => {
    const ids = await writeDocs(['slow start: Orla spoke.', Buffer.from([0x41, 0x00, 0x42]), 'Then CRASH here.', 'Nadim BROKEN text.', 'quick end: Tamsin left.', 'slow tail: Ezra came.']);
    const run = await cli(dir, { workerPath: fakeWorker, workers: 2, resolve: testResolver() }, 'annotate', 'docs');
    assert.equal(run.code, EXIT_SOME_FAILED);
    const lines = run.stderr.filter((l) => !l.startsWith('source-annotator: annotation worker stopped'));
    assert.deepEqual(lines, [
      `source-annotator: ${ids[1]}: binary file (contains NUL bytes); skipped`,
      `source-annotator: ${ids[2]}: could not be annotated (annotation worker stopped: exit code 3); skipped`,
      `source-annotator: ${ids[3]}: could not be annotated (no tagger for this text); skipped`,
    ]);
    assert.ok(run.stderr.some((l) => l === 'source-annotator: annotation worker stopped: exit code 3'), 'the crash itself is reported');
    const out = JSON.parse(run.stdout) as { documents: { path: string }[] };
    assert.deepEqual(out.documents.map((d) => d.path), [ids[0], ids[4], ids[5]]);
  });

  it('chooses the pool only for many documents with two or more idle cores, and obeys a given worker count', () => {
    const quiet = { cores: 4, load: 0.6 };
    assert.equal(freeCores(quiet), 3);
    assert.equal(freeCores({ cores: 2, load: 6.2 }), 0, 'never negative');
    assert.equal(poolSize({ documents: 500, machine: quiet }), 3, 'every idle core');
    assert.equal(poolSize({ documents: POOL_MIN_DOCUMENTS - 1, machine: quiet }), 0, 'too few documents to pay for the workers\' start-up');
    assert.equal(poolSize({ documents: POOL_MIN_DOCUMENTS, machine: quiet }), 3);
    assert.equal(poolSize({ documents: 500, machine: { cores: 2, load: 0.4 } }), 2);
    assert.equal(poolSize({ documents: 500, machine: { cores: 2, load: 0.7 } }), 0, 'one idle core: this thread');
    assert.equal(poolSize({ documents: 500, machine: { cores: 8, load: 6.6 } }), 0);
    assert.equal(poolSize({ documents: 500, machine: { cores: 8, load: 5.8 } }), 2);
    assert.equal(poolSize({ documents: 500, workers: 0, machine: quiet }), 0, 'given 0: this thread');
    assert.equal(poolSize({ documents: 3, workers: 2, machine: { cores: 2, load: 9 } }), 2, 'a given count is obeyed');
    assert.equal(poolSize({ documents: 1, workers: 4 }), 1, 'never more workers than documents');
    assert.equal(workersFromEnv('3'), 3);
    assert.equal(workersFromEnv(' 0 '), 0);
    for (const bad of [undefined, '', 'many', '-1', '1.5']) assert.equal(workersFromEnv(bad), undefined, String(bad));
  });

  it('counts this thread among the cores when the run chooses: one worker fewer', () => {
    assert.equal(sharedPoolSize({ documents: 500, machine: { cores: 2, load: 0.4 } }), 1, 'two idle cores: this thread and one worker');
    assert.equal(sharedPoolSize({ documents: 500, machine: { cores: 4, load: 0.6 } }), 2);
    assert.equal(sharedPoolSize({ documents: 500, machine: { cores: 2, load: 0.7 } }), 0, 'one idle core: this thread alone');
    assert.equal(sharedPoolSize({ documents: POOL_MIN_DOCUMENTS - 1, machine: { cores: 8, load: 0 } }), 0);
  });

  it('annotates on this thread and the pool together, each document once, answers in input order', async () => {
    const mark = (who: string) => (text: string): DocumentAnnotation => ({ mentions: [{ start: 0, end: text.length, text: `${who}:${text}`, type: 'PERSON' }], quotes: [], definitions: [] });
    const onPool: string[] = [];
    const pool = {
      // The pool answers on a later turn, like a worker thread; texts starting with "fail" are refused.
      annotate: (text: string) => {
        onPool.push(text);
        return new Promise<DocumentAnnotation>((resolve, reject) => setTimeout(() => (text.startsWith('fail') ? reject(new Error('worker said no')) : resolve(mark('pool')(text))), 1));
      },
      dispose: () => undefined,
    };
    const shared = createSharedAnnotator(pool, 1, () => Promise.resolve(mark('here')));
    const texts = Array.from({ length: 40 }, (_, i) => (i === 3 ? 'fail 3' : `doc ${i}`));
    const settled = await Promise.allSettled(texts.map((t) => shared.annotate(t)));
    const who = settled.map((r, i) => (r.status === 'fulfilled' ? r.value.mentions[0].text : `rejected ${texts[i]}: ${(r.reason as Error).message}`));
    // Every answer is for its own document, from one side or the other.
    who.forEach((w, i) => assert.ok(w === `pool:${texts[i]}` || w === `here:${texts[i]}` || (texts[i] === 'fail 3' && w === 'rejected fail 3: worker said no'), w));
    const here = who.filter((w) => w.startsWith('here:')).length;
    assert.ok(here > 0 && onPool.length > 0, `both annotated (${here} here, ${onPool.length} on the pool)`);
    assert.equal(here + onPool.length, texts.length, 'no document annotated twice');
    shared.dispose();
  });

  it('leaves every document to the pool when this thread cannot load the engine, and says so', async () => {
    const said: string[] = [];
    const pool = { annotate: (text: string) => Promise.resolve<DocumentAnnotation>({ mentions: [], quotes: [], definitions: [{ short: text, long: 'x' } as never] }), dispose: () => undefined };
    const shared = createSharedAnnotator(pool, 1, () => Promise.reject(new Error('no model')), (m) => said.push(m));
    const answers = await Promise.all(Array.from({ length: 9 }, (_, i) => shared.annotate(`d${i}`)));
    assert.equal(answers.length, 9);
    assert.deepEqual(said, ['this thread cannot annotate (no model); the workers annotate every document']);
  });

  it('annotates in this thread or on the pool as chosen, and in this thread when the worker bundle is missing', async () => {
    const none = () => ({ mentions: [], quotes: [], definitions: [] });
    // The fake worker finds "Orla"; this thread's stand-in finds nothing, so the answer says who ran.
    const chosen = createCliAnnotator({ documents: 500, workerPath: fakeWorker, log: () => undefined, workers: 0, annotate: none });
    assert.deepEqual((await chosen.annotate('quick Orla')).mentions, [], 'workers: 0 runs in this thread');
    const pooled = createCliAnnotator({ documents: POOL_MIN_DOCUMENTS, workerPath: fakeWorker, log: () => undefined, workers: 1 });
    try {
      assert.deepEqual((await pooled.annotate('quick Orla')).mentions.map((m) => m.text), ['Orla'], 'the fake worker answered');
    } finally {
      pooled.dispose();
    }
    // Chosen by the run on two idle cores: the fake worker and this thread's stand-in both annotate.
    const shared = createCliAnnotator({ documents: 64, workerPath: fakeWorker, log: () => undefined, machine: { cores: 2, load: 0 }, annotate: none });
    try {
      const found = await Promise.all(Array.from({ length: 64 }, (_, i) => shared.annotate(`quick Orla ${i}`)));
      const byWorker = found.filter((a) => a.mentions.length > 0).length;
      assert.ok(byWorker > 0 && byWorker < 64, `the worker annotated ${byWorker} of 64, this thread the rest`);
    } finally {
      shared.dispose();
    }
    // No worker bundle (run from source): the engine itself, in this thread, even when two workers are asked for.
    const missing = createCliAnnotator({ documents: 500, workers: 2, workerPath: path.join(dir, 'no-worker.js'), log: () => undefined });
    assert.deepEqual((await missing.annotate('Talia Whitcombe spoke in Lisbon.')).mentions.map((m) => m.text), ['Talia Whitcombe', 'Lisbon']);
  });

  it('writes byte-identical JSON with the real engine on the worker bundle and in this thread', async function () {
    this.timeout(180_000);
    const workerPath = path.join(dir, 'worker.js');
    await build({ entryPoints: [path.resolve(__dirname, '../../src/worker.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: workerPath, logLevel: 'error' });
    await writeDocs([
      'Talia Whitcombe, the harbour director, said on Monday that the Oyelaran Shipping Company would expand in Aarhus.',
      '"We will not sign," Whitcombe told reporters in Lisbon. The Brandt Foundation declined to comment.',
      'Kofi Mensah met Oren Blackwood in Geneva.\nBlackwood said the talks were useful.',
      'A short note with no names at all.',
      '# Minutes\n\nPresent were Ana Ruiz and Dana Oyelaran of the Harlow Institute.',
    ]);
    const inThread = await cli(dir, { annotate: createAnnotator().annotate }, 'annotate', 'docs');
    const pooled = await cli(dir, { workerPath, workers: 2 }, 'annotate', 'docs');
    assert.equal(inThread.code, EXIT_OK, inThread.stderr.join('\n'));
    assert.equal(pooled.code, EXIT_OK, pooled.stderr.join('\n'));
    assert.ok((JSON.parse(pooled.stdout) as { entities: unknown[] }).entities.length > 3);
    assert.equal(pooled.stdout, inThread.stdout);
    // This thread and a worker together (the run's own choice on two idle cores): each document's
    // annotation equals this thread's alone, whichever side annotated it.
    const texts = await Promise.all((await fs.readdir(path.join(dir, 'docs'))).sort().map((f) => fs.readFile(path.join(dir, 'docs', f), 'utf8')));
    const many = Array.from({ length: 24 }, (_, i) => texts[i % texts.length]);
    const shared = createCliAnnotator({ documents: many.length, workerPath, log: () => undefined, machine: { cores: 2, load: 0 } });
    try {
      const alone = createAnnotator();
      assert.deepEqual(await Promise.all(many.map((t) => shared.annotate(t))), many.map((t) => alone.annotate(t)));
    } finally {
      shared.dispose();
    }
  });
});
