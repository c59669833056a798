// Words for the workspace scan's progress, shared by the notification and the status bar. Pure, so
// the wording and the estimate are unit-tested without VS Code.

/** "3,200 / 10,000": counts with thousands separators, whatever the display language. */
export function progressCounts(done: number, total: number): string {
  return `${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')}`;
}

/**
 * "3,200 / 10,000 — about 2 min left". The estimate assumes the rest goes at the rate so far, and is
 * left out until there is a rate to trust (20 documents and 3 s) and once the scan is done.
 * @param elapsedMs milliseconds since the scan started
 */
export function progressMessage(done: number, total: number, elapsedMs: number): string {
  const counts = progressCounts(done, total);
  if (done < 20 || elapsedMs < 3000 || done >= total) return counts;
  const leftSeconds = ((total - done) * elapsedMs) / done / 1000;
  const left = leftSeconds < 60 ? 'less than a minute' : leftSeconds < 90 ? 'about 1 min' : `about ${Math.round(leftSeconds / 60)} min`;
  return `${counts} — ${left} left`;
}
