// The engine's background threads at a lower priority (src/server/threadPriority.ts): which nice value
// the server takes, that a thread lowers only its own priority (Linux keeps one per thread), and that
// the annotation pool and the resolve worker hand the value to their threads.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createAnnotatorPool } from '../../src/server/annotatorPool';
import { workerResolveChannel } from '../../src/server/resolveWorker';
import { lowerThreadPriority, resolveNice, WORKER_NICE, workerNice } from '../../src/server/threadPriority';

/** Nice value of each thread of this process, by thread id (Linux /proc; field 19 of stat). */
function threadNices(): Map<number, number> {
  const nices = new Map<number, number>();
  for (const tid of fs.readdirSync('/proc/self/task')) {
    try {
      const stat = fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: fields are counted after its closing one.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      nices.set(Number(tid), Number(fields[16]));
    } catch {
      // The thread ended meanwhile.
    }
  }
  return nices;
}

async function until<T>(f: () => T | undefined, what: string, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = f();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('engine thread priority', function () {
  this.timeout(20_000);

  it('takes WORKER_NICE on Linux, a valid SOURCE_ANNOTATOR_WORKER_NICE instead, and nothing elsewhere', () => {
    assert.equal(workerNice({}, 'linux'), WORKER_NICE);
    assert.ok(WORKER_NICE >= 0 && WORKER_NICE <= 19);
    assert.equal(workerNice({ SOURCE_ANNOTATOR_WORKER_NICE: '10' }, 'linux'), 10);
    assert.equal(workerNice({ SOURCE_ANNOTATOR_WORKER_NICE: '0' }, 'linux'), 0);
    assert.equal(workerNice({ SOURCE_ANNOTATOR_WORKER_NICE: ' 5 ' }, 'linux'), 5);
    for (const bad of ['', 'x', '25', '-3', '1.5']) assert.equal(workerNice({ SOURCE_ANNOTATOR_WORKER_NICE: bad }, 'linux'), WORKER_NICE, bad);
    // On macOS and Windows the call would lower the whole process, the request thread included.
    assert.equal(workerNice({}, 'darwin'), undefined);
    assert.equal(workerNice({ SOURCE_ANNOTATOR_WORKER_NICE: '5' }, 'win32'), undefined);
  });

  it('leaves the resolve worker at normal priority (its passes are on the way to a complete index)', () => {
    assert.equal(resolveNice(undefined), undefined);
    assert.equal(resolveNice(0), 0);
    assert.equal(resolveNice(10), 0);
  });

  it('changes nothing for no value, normal priority, out-of-range values or another platform', () => {
    for (const nice of [undefined, 0, -5, 20, 2.5]) assert.equal(lowerThreadPriority(nice, 'linux'), false, String(nice));
    assert.equal(lowerThreadPriority(10, 'darwin'), false);
    assert.equal(lowerThreadPriority(10, 'win32'), false);
  });

  if (process.platform === 'linux') {
    it('lowers the resolve worker thread only, not the thread that started it', async () => {
      const before = threadNices();
      const channel = workerResolveChannel(path.join(__dirname, 'resolveWorkerEntry.mjs'), undefined, 7);
      try {
        const tid = await until(() => [...threadNices()].find(([t, n]) => n === 7 && !before.has(t))?.[0], 'a thread at nice 7');
        assert.ok(tid > 0);
        assert.equal(threadNices().get(process.pid), before.get(process.pid), 'the main thread keeps its priority');
        assert.equal([...threadNices()].filter(([t, n]) => n === 7 && !before.has(t)).length, 1, 'one thread lowered');
      } finally {
        channel.dispose();
      }
    });
  }

  it('hands the nice value to each annotation worker (and none when not asked)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thread-priority-'));
    const workerPath = path.join(dir, 'worker.js');
    // A stand-in worker answering with the value it was given, as a mention's text.
    fs.writeFileSync(workerPath, `
const { parentPort, workerData } = require('node:worker_threads');
parentPort.on('message', ({ id }) => parentPort.postMessage({ id, annotation: { mentions: [{ start: 0, end: 1, text: String(workerData?.threadNice), type: 'ORG' }], quotes: [], definitions: [] } }));
`);
    const lowered = createAnnotatorPool({ workerPath, size: 2, threadNice: 9, log: () => undefined });
    const plain = createAnnotatorPool({ workerPath, size: 1, log: () => undefined });
    try {
      const answers = await Promise.all([1, 2, 3, 4].map(() => lowered.annotate('x', 'background')));
      assert.deepEqual(answers.map((a) => a.mentions[0].text), ['9', '9', '9', '9']);
      assert.equal((await plain.annotate('x', 'background')).mentions[0].text, 'undefined');
    } finally {
      lowered.dispose();
      plain.dispose();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
