// How a stage's cost grows with its input, for tests that guard against quadratic stages (found by fuzzing
// and by reports of long lines). Not a time limit: two sizes are compared in one process, and the cost is
// this process's CPU time (process.cpuUsage), so a busy shared machine that keeps the test waiting for a
// core does not count. A quadratic stage is slow on every try; noise only on some, so the least ratio of
// a few tries decides.

/** CPU microseconds (user + system) of the least of `rounds` calls of `run`. */
function leastCpu(run: () => void, rounds: number): number {
  let least = Infinity;
  for (let i = 0; i < rounds; i++) {
    const before = process.cpuUsage();
    run();
    const used = process.cpuUsage(before);
    least = Math.min(least, used.user + used.system);
  }
  return least;
}

/**
 * The ratio cost(large) / cost(small), the least over up to `tries` tries; stops early once a try is under
 * `limit`. Linear growth over 4× the input gives about 4, n log n a little more, quadratic about 16.
 * `warm` runs first so that compilation and lazy initialisation fall outside both measurements.
 */
export function growthRatio(small: () => void, large: () => void, options: { limit: number; tries?: number; rounds?: number; warm?: () => void }): number {
  (options.warm ?? small)();
  let best = Infinity;
  for (let t = 0; t < (options.tries ?? 3); t++) {
    best = Math.min(best, leastCpu(large, options.rounds ?? 3) / Math.max(1, leastCpu(small, options.rounds ?? 3)));
    if (best < options.limit) break;
  }
  return best;
}
