// Whether the machine has a core to spare right now, from the CPUs' own idle time (os.cpus()). The
// server's second annotation worker starts only then: on a machine shared with other work, a second
// CPU-bound thread only queues behind that work and makes each pass and batch of the scan slower (in
// 3,000-document runs with a load of 10-16 on 2 cores the cold scan took 1.3 x the CLI's time with two
// workers against 0.8-0.9 x with one). The load average cannot tell: it counts the editor's own start
// and a CLI run just finished, and lags by a minute.
import { cpus } from 'node:os';

/** CPU times as os.cpus() gives them, in milliseconds. */
export type CpuTimes = readonly { readonly times: { readonly user: number; readonly nice: number; readonly sys: number; readonly idle: number; readonly irq: number } }[];

export interface IdleCoresOptions {
  /** The CPUs' times now (default os.cpus()). */
  readonly sample?: () => CpuTimes;
  /** Milliseconds now (default performance.now()). */
  readonly now?: () => number;
  /** Shortest window the idle share is measured over, ms (default 1000). */
  readonly windowMs?: number;
  /** Idle cores (summed idle share) that count as one to spare (default 0.5). */
  readonly spare?: number;
  /**
   * This process's CPU time so far, ms, all its threads (e.g. from process.cpuUsage()). When given, the
   * check asks whether OTHER processes leave a core to spare beside one core for this process's running
   * work: cores - others - 1 >= spare, where `others` is the machine's busy time less this process's, in
   * cores. Without it, this process's own request and resolve threads (a third of a core while a scan
   * runs) count against its second annotation worker as if they were another program's, and on an idle
   * two-core machine the idle share hovered around the half core asked for.
   */
  readonly ownCpuMs?: () => number;
}

/**
 * A check for a core to spare: true when, over the last window (at least `windowMs` since the previous
 * measurement), the CPUs were idle for at least `spare` of a core in sum. The first call only starts
 * measuring and answers false; until a window has passed, the last answer stands.
 */
export function createIdleCoreCheck(options: IdleCoresOptions = {}): () => boolean {
  const sample = options.sample ?? cpus;
  const now = options.now ?? (() => performance.now());
  const windowMs = options.windowMs ?? 1000;
  const spare = options.spare ?? 0.5;
  const totals = (s: CpuTimes) => {
    let idle = 0;
    let all = 0;
    for (const c of s) {
      const t = c.times;
      idle += t.idle;
      all += t.user + t.nice + t.sys + t.idle + t.irq;
    }
    return { idle, all, cores: s.length };
  };
  const ownCpuMs = options.ownCpuMs;
  let last: { at: number; idle: number; all: number; own: number } | undefined;
  let answer = false;
  return () => {
    const at = now();
    if (last && at - last.at < windowMs) return answer;
    const t = totals(sample());
    const own = ownCpuMs ? ownCpuMs() : 0;
    if (last && t.all > last.all) {
      const all = t.all - last.all;
      const idle = t.idle - last.idle;
      if (ownCpuMs) {
        // Cores busy with other processes in the window (this process's time taken out of the busy time).
        const others = Math.max(0, (all - idle - (own - last.own)) / all) * t.cores;
        answer = t.cores - others - 1 >= spare;
      } else {
        // Idle share of all CPU time in the window, in cores.
        answer = (idle / all) * t.cores >= spare;
      }
    }
    last = { at, idle: t.idle, all: t.all, own };
    return answer;
  };
}
