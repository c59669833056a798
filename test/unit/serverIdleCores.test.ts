// The check for a core to spare (src/server/idleCores.ts), on scripted CPU times and clock, and the
// annotation pool starting its second worker only when the check allows it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createAnnotatorPool } from '../../src/server/annotatorPool';
import { createIdleCoreCheck, type CpuTimes } from '../../src/server/idleCores';

/** Two CPUs whose idle and busy times grow by the given milliseconds per call of `advance`. */
function scriptedCpus() {
  const cpu = [{ idle: 0, busy: 0 }, { idle: 0, busy: 0 }];
  let clock = 0;
  return {
    sample: (): CpuTimes => cpu.map((c) => ({ times: { user: c.busy, nice: 0, sys: 0, idle: c.idle, irq: 0 } })),
    now: () => clock,
    /** `ms` of wall time in which each CPU was idle for the given share of it. */
    advance(ms: number, idleShare: [number, number]) {
      clock += ms;
      cpu.forEach((c, i) => {
        c.idle += ms * idleShare[i];
        c.busy += ms * (1 - idleShare[i]);
      });
    },
  };
}

describe('idle core check', () => {
  it('answers false until a window has passed, then whether half a core was idle in sum', () => {
    const m = scriptedCpus();
    const check = createIdleCoreCheck({ sample: m.sample, now: m.now, windowMs: 1000 });
    assert.equal(check(), false, 'nothing measured yet');
    m.advance(500, [1, 1]);
    assert.equal(check(), false, 'the window is not over');
    m.advance(600, [0.5, 0.2]);
    // Over 1,100 ms: idle 500 + 300 and 500 + 120 ms of 2,200 ms = 0.65 of a core.
    assert.equal(check(), true);
    m.advance(1000, [0.1, 0.2]);
    assert.equal(check(), false, 'a busy machine (0.3 of a core idle)');
    m.advance(200, [1, 1]);
    assert.equal(check(), false, 'the last answer stands within the window');
    m.advance(1000, [0.3, 0.3]);
    // The window since the last measurement: 1,200 ms, idle 200 + 300 ms on each CPU = 0.83 of a core.
    assert.equal(check(), true);
  });

  it("with this process's CPU time, counts only other processes' load against a core to spare", () => {
    const m = scriptedCpus();
    let own = 0;
    const check = createIdleCoreCheck({ sample: m.sample, now: m.now, windowMs: 1000, ownCpuMs: () => own });
    check();
    // This process keeps one core and a third busy (a worker, the request and resolve threads); the rest idle.
    m.advance(1000, [0, 2 / 3]);
    own += 1333;
    assert.equal(check(), true, 'no other load: a core to spare beside the running work');
    // Without counting its own time, the same window shows only two thirds of a core idle, then less.
    const plain = createIdleCoreCheck({ sample: m.sample, now: m.now, windowMs: 1000 });
    plain();
    m.advance(1000, [0, 0.4]);
    own += 1600;
    assert.equal(plain(), false, '0.4 of a core idle is short of half');
    assert.equal(check(), true, 'it was this process, not another');
    // Another program takes most of a core: this process got only 0.6 of the 1.6 busy.
    m.advance(1000, [0, 0.4]);
    own += 600;
    assert.equal(check(), false, 'a core for the running work and another program leave less than half');
  });

  it('counts the spare share asked for', () => {
    const m = scriptedCpus();
    const strict = createIdleCoreCheck({ sample: m.sample, now: m.now, windowMs: 100, spare: 1.5 });
    strict();
    m.advance(100, [1, 0.4]);
    assert.equal(strict(), false, '1.4 idle cores is short of 1.5');
    m.advance(100, [1, 0.6]);
    assert.equal(strict(), true);
  });

  it('reads this machine when given nothing', () => {
    const check = createIdleCoreCheck({ windowMs: 0 });
    assert.equal(check(), false);
    assert.equal(typeof check(), 'boolean');
  });
});

describe('annotator pool: a worker beyond the first only when allowed', function () {
  this.timeout(20_000);
  let dir: string;
  let workerPath: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pool-extra-'));
    workerPath = path.join(dir, 'worker.js');
    // Answers after 30 ms with the worker's thread id, so the test sees how many workers did the work.
    fs.writeFileSync(workerPath, `
const { parentPort, threadId } = require('node:worker_threads');
parentPort.on('message', ({ id }) => setTimeout(() => parentPort.postMessage({ id, annotation: { mentions: [{ start: 0, end: 1, text: String(threadId), type: 'ORG' }], quotes: [], definitions: [] } }), 30));
`);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const threadsUsed = async (mayAddWorker: () => boolean) => {
    const pool = createAnnotatorPool({ workerPath, size: 2, mayAddWorker, freeMemory: () => Number.MAX_SAFE_INTEGER, log: () => undefined });
    try {
      const answers = await Promise.all(Array.from({ length: 8 }, () => pool.annotate('x', 'background')));
      return new Set(answers.map((a) => a.mentions[0].text)).size;
    } finally {
      pool.dispose();
    }
  };

  it('keeps to one worker while the check says no, and asks again as jobs finish', async () => {
    let asked = 0;
    assert.equal(await threadsUsed(() => (asked++, false)), 1);
    assert.ok(asked >= 2, `asked ${asked} times`);
  });

  it('starts the second worker when the check says yes', async () => {
    assert.equal(await threadsUsed(() => true), 2);
  });
});
