// Preloaded into a measured Node process (`node -r ./scripts/report-rss.cjs ...`): on exit, writes its
// wall time since start and peak resident memory to stderr as one machine-readable line.
const started = Date.now();
process.on('exit', () => {
  process.stderr.write(`\nreport-rss: ${Date.now() - started} ms, maxrss ${Math.round(process.resourceUsage().maxRSS / 1024)} MB\n`);
});
