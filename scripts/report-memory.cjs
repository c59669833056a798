// Preloaded into every thread of a measured Node process (`node -r ./scripts/report-memory.cjs ...`, with
// REPORT_MEMORY_DIR set; worker threads inherit the preload): each thread samples its own V8 heap and
// buffers every 200 ms and writes its peak and latest figures to REPORT_MEMORY_DIR/<pid>-<thread>.json.
// The main thread adds the process's resident memory (RSS) and peak RSS (VmHWM, /proc/self/status).
// When the file REPORT_MEMORY_DIR/gc exists and the process runs with --expose-gc, each thread collects
// once and records "retained" (heap in use after a full collection). Used by scripts/bench-server-memory.ts.
const fs = require('node:fs');
const path = require('node:path');
const v8 = require('node:v8');
const wt = require('node:worker_threads');

const dir = process.env.REPORT_MEMORY_DIR;
if (dir) {
  const role = wt.isMainThread ? 'main' : (wt.workerData && typeof wt.workerData.role === 'string' ? wt.workerData.role : 'worker');
  const file = path.join(dir, `${process.pid}-${wt.threadId}.json`);
  const MB = 1024 * 1024;
  const mb = (n) => Math.round((n / MB) * 10) / 10;
  const peak = { heapUsed: 0, heapTotal: 0, external: 0, arrayBuffers: 0, rss: 0 };
  let retained;
  let cpuSeconds;
  // Time spent in garbage collection by this thread until the measured collection (ms): what heap
  // settings trade memory for, measured apart from the machine's load on the other threads' work.
  let gcMs = 0;
  let gcCount = 0;
  const { PerformanceObserver } = require('node:perf_hooks');
  new PerformanceObserver((list) => {
    if (retained !== undefined) return;
    for (const e of list.getEntries()) {
      gcMs += e.duration;
      gcCount++;
    }
  }).observe({ entryTypes: ['gc'] });
  const vmHwm = () => {
    try {
      const m = /VmHWM:\s+(\d+)\s+kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
      return m ? Number(m[1]) / 1024 : undefined;
    } catch {
      return undefined;
    }
  };
  const sample = () => {
    const heap = v8.getHeapStatistics();
    const mu = process.memoryUsage();
    const now = { heapUsed: heap.used_heap_size, heapTotal: heap.total_heap_size, external: mu.external, arrayBuffers: mu.arrayBuffers, rss: wt.isMainThread ? mu.rss : 0 };
    for (const k of Object.keys(peak)) peak[k] = Math.max(peak[k], now[k]);
    if (retained === undefined && typeof globalThis.gc === 'function' && fs.existsSync(path.join(dir, 'gc'))) {
      globalThis.gc();
      retained = mb(v8.getHeapStatistics().used_heap_size);
      // REPORT_MEMORY_SNAPSHOT=1: a heap snapshot of each thread next to its report, for a closer look.
      if (process.env.REPORT_MEMORY_SNAPSHOT === '1') v8.writeHeapSnapshot(path.join(dir, `${process.pid}-${wt.threadId}-${role}.heapsnapshot`));
    }
    const out = { role, thread: wt.threadId, heapLimit: mb(heap.heap_size_limit), retained, gcMs: Math.round(gcMs), gcCount };
    for (const k of Object.keys(peak)) out[k] = { now: mb(now[k]), peak: mb(peak[k]) };
    if (wt.isMainThread) {
      out.vmHwm = vmHwm();
      // Until the collection: the process's CPU (all threads) for the work measured, not the collection's.
      if (retained === undefined || cpuSeconds === undefined) {
        const cpu = process.cpuUsage();
        cpuSeconds = Math.round((cpu.user + cpu.system) / 1e5) / 10;
      }
      out.cpuSeconds = cpuSeconds;
    }
    try {
      // Written aside and renamed, so a reader never sees half a file.
      fs.writeFileSync(`${file}.tmp`, JSON.stringify(out));
      fs.renameSync(`${file}.tmp`, file);
    } catch {
      // The folder went away: the measurement is over.
    }
  };
  setInterval(sample, 200).unref();
  sample();
}
