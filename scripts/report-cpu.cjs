// Preloaded into a measured Node process (`node -r ./scripts/report-cpu.cjs ...`) by `npm run bench`:
// on exit, writes its wall time since start and its CPU time (user + system, all threads) to stderr
// as one machine-readable line. CPU time is what a loaded shared machine disturbs least.
const started = Date.now();
process.on('exit', () => {
  const u = process.cpuUsage();
  process.stderr.write(`\nreport-cpu: ${Date.now() - started} ms wall, ${Math.round((u.user + u.system) / 1000)} ms cpu\n`);
});
