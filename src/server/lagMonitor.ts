// The server's own event-loop stalls: a timer that should fire every `intervalMs` and notes how late it
// fires. A stall of the request thread is a request waiting that long, so the scale report prints the
// longest one seen while indexing.

export interface LagMonitor {
  /** Longest stall (milliseconds late) since the start or the last reset. */
  maxMs(): number;
  reset(): void;
  dispose(): void;
}

export function createLagMonitor(intervalMs = 20): LagMonitor {
  let max = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    max = Math.max(max, Math.round(now - last - intervalMs));
    last = now;
  }, intervalMs);
  // Never what keeps a process (or a test run) alive.
  (timer as { unref?: () => void }).unref?.();
  return {
    maxMs: () => max,
    reset() {
      max = 0;
      last = performance.now();
    },
    dispose: () => clearInterval(timer),
  };
}
