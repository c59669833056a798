#!/usr/bin/env node
// Summarises a CPU profile (.cpuprofile, e.g. from the scale test with SOURCE_ANNOTATOR_SCALE_PROFILE=DIR):
// the functions with the most self time, then the N longest stretches of uninterrupted work (what
// blocked the event loop), each with the functions on the stack during it, by inclusive time.
//   node scripts/report-profile.mjs DIR/indexing.cpuprofile [N=5]
import fs from 'node:fs';
const p = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const name = (n) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber + 1}`;
const self = new Map();
let t = p.startTime;
const times = [];
for (let i = 0; i < p.samples.length; i++) { t += p.timeDeltas[i]; times.push(t); }
for (let i = 0; i < p.samples.length; i++) {
  const n = byId.get(p.samples[i]);
  const dt = (times[i + 1] ?? times[i]) - times[i];
  self.set(name(n), (self.get(name(n)) ?? 0) + dt / 1000);
}
console.log('top self ms:');
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(v.toFixed(0).padStart(7), k);
// Busy stretches: consecutive samples that are not idle.
const idle = (n) => n.callFrame.functionName === '(idle)';
let stretches = [];
let start = -1;
for (let i = 0; i < p.samples.length; i++) {
  const n = byId.get(p.samples[i]);
  if (!idle(n)) { if (start < 0) start = i; }
  else if (start >= 0) { stretches.push([start, i]); start = -1; }
}
stretches = stretches.map(([a, b]) => ({ a, b, ms: (times[b] - times[a]) / 1000 })).sort((x, y) => y.ms - x.ms).slice(0, Number(process.argv[3] ?? 5));
for (const s of stretches) {
  console.log(`\nbusy ${s.ms.toFixed(0)} ms at ${((times[s.a] - p.startTime) / 1000).toFixed(0)} ms`);
  const inc = new Map();
  for (let i = s.a; i < s.b; i++) {
    const dt = (times[i + 1] - times[i]) / 1000;
    const seen = new Set();
    for (let id = p.samples[i]; id !== undefined; id = parent.get(id)) { const k = name(byId.get(id)); if (!seen.has(k)) { seen.add(k); inc.set(k, (inc.get(k) ?? 0) + dt); } }
  }
  for (const [k, v] of [...inc].sort((a, b) => b[1] - a[1]).slice(0, 28)) console.log(v.toFixed(0).padStart(7), k);
}
