// The language server's V8 heap settings (src/server/heapSettings.ts): the growth setting must really
// take effect when applied after start (Node calls late V8 flags unsupported in general), and the
// workers' resource limits must carry the young generation. Measured in child processes, so this test
// process keeps V8's defaults.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { WORKER_YOUNG_GENERATION_MB, workerResourceLimits } from '../../src/server/heapSettings';

const settings = path.resolve(__dirname, '../../src/server/heapSettings.ts');

/**
 * Peak heap in use (MB) of a child that keeps a growing set and makes garbage beside it, as a resolve
 * pass does (about 120 MB kept at the end, a few hundred MB of garbage), with or without the settings.
 */
function peakHeapMb(apply: boolean): number {
  const probe = `
    import { getHeapStatistics } from 'node:v8';
    ${apply ? `const m = await import(${JSON.stringify(settings)}); (m.applyServerHeapSettings ?? m.default.applyServerHeapSettings)();` : ''}
    const kept = [];
    let peak = 0;
    for (let round = 0; round < 30; round++) {
      const garbage = [];
      for (let i = 0; i < 100000; i++) garbage.push({ n: i, s: 'x' + i });
      if (round % 2 === 0) kept.push(garbage.slice(0, 40000));
      peak = Math.max(peak, getHeapStatistics().used_heap_size);
    }
    console.log(Math.round(peak / 1048576));`;
  return Number(execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', probe], { encoding: 'utf8' }).trim());
}

describe('server heap settings', function () {
  this.timeout(60_000);

  it('makes V8 collect before the heap grows far past what it keeps', () => {
    const plain = peakHeapMb(false);
    const set = peakHeapMb(true);
    // Measured: about 110 MB in use at the peak with V8's defaults, about 70 MB with the settings.
    assert.ok(set < plain * 0.8, `peak heap ${set} MB with the settings, ${plain} MB without`);
  });

  it('gives a worker thread the young generation of the settings', async () => {
    const worker = new Worker('require("node:worker_threads").parentPort.postMessage(require("node:worker_threads").resourceLimits)', { eval: true, resourceLimits: workerResourceLimits({ maxOldGenerationSizeMb: 300 }) });
    const limits = await new Promise<Record<string, number>>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    assert.equal(limits.maxYoungGenerationSizeMb, WORKER_YOUNG_GENERATION_MB);
    assert.equal(limits.maxOldGenerationSizeMb, 300);
  });
});
