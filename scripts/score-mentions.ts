// Scores the mention detector with the reference scorer on the seed gold and on the dev set, per genre.
//
//   npx tsx scripts/score-mentions.ts [--dev DIR] [--errors SUBSTRING] [--only seed|dev]
//
// Predictions go to a temp folder; the reference scorer (`score.mjs` next to the dev set's parent)
// does the counting, so the numbers match what the project reports elsewhere.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createAnnotator } from '../src/core/annotate';

interface GoldMention { start: number; end: number; text: string; type: string; optional?: boolean; boilerplate?: boolean; altTypes?: string[] }
interface GoldDoc { id: string; text: string; mentions: GoldMention[]; boilerplateSpans?: [number, number][] }

const args = process.argv.slice(2);
const opt = (name: string, dflt?: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const root = path.resolve(__dirname, '..');
const devDir = opt('--dev', '/work/shared/gold/dev')!;
const scorer = opt('--scorer', path.join(path.dirname(devDir), 'score.mjs'))!;
const errorsFor = opt('--errors');
const only = opt('--only');
const seedDir = path.join(root, 'test', 'fixtures', 'gold');

const readGold = (dir: string) => fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
  .map((f) => ({ file: path.join(dir, f), doc: JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as GoldDoc }));

const annotator = createAnnotator();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'score-mentions-'));

function score(name: string, docs: { file: string; doc: GoldDoc }[]): void {
  const dir = path.join(tmp, name);
  fs.mkdirSync(dir);
  const preds: Record<string, { mentions: { start: number; end: number; type: string }[] }> = {};
  let ms = 0;
  for (const { file, doc } of docs) {
    fs.symlinkSync(file, path.join(dir, path.basename(file)));
    const t0 = performance.now();
    const ann = annotator.annotate(doc.text);
    ms += performance.now() - t0;
    preds[doc.id] = { mentions: ann.mentions.map((m) => ({ start: m.start, end: m.end, type: m.type })) };
    if (errorsFor && doc.id.includes(errorsFor)) printErrors(doc, ann.mentions);
  }
  const predFile = path.join(tmp, `${name}.pred.json`);
  fs.writeFileSync(predFile, JSON.stringify(preds));
  const jsonFile = path.join(tmp, `${name}.score.json`);
  execFileSync('node', [scorer, '--gold', dir, '--pred', predFile, '--quiet', '--json', jsonFile]);
  const out = JSON.parse(fs.readFileSync(jsonFile, 'utf8'));
  const ex = out.mentions.exact;
  const f = (x: number) => (100 * x).toFixed(1).padStart(5);
  console.log(`${name.padEnd(8)} docs ${String(docs.length).padStart(3)}  exact F1 ${f(ex.ALL.f)} (P ${f(ex.ALL.p)} R ${f(ex.ALL.r)})  PERSON ${f(ex.PERSON.f)}  ORG ${f(ex.ORG.f)}  PLACE ${f(ex.PLACE.f)}  | overlap ${f(out.mentions.overlap.ALL.f)}  ${ms.toFixed(0)} ms`);
}

function printErrors(doc: GoldDoc, mentions: readonly { start: number; end: number; type: string; text: string }[]): void {
  const bp = doc.boilerplateSpans ?? [];
  const inBp = (x: { start: number; end: number }) => bp.some(([a, b]) => x.start < b && a < x.end);
  const gold = doc.mentions.filter((m) => !m.boilerplate && !inBp(m));
  const key = (x: { start: number; end: number }) => `${x.start}:${x.end}`;
  const gmap = new Map(gold.map((g) => [key(g), g]));
  const pmap = new Map(mentions.filter((m) => !inBp(m)).map((m) => [key(m), m]));
  console.log(`--- ${doc.id}`);
  for (const p of pmap.values()) {
    const g = gmap.get(key(p));
    if (!g) console.log(`  FP ${p.type.padEnd(6)} ${JSON.stringify(p.text)}`);
    else if (g.type !== p.type && !(g.altTypes ?? []).includes(p.type) && !g.optional) console.log(`  TY ${p.type.padEnd(6)} ${JSON.stringify(p.text)} gold ${g.type}`);
  }
  for (const g of gold) if (!g.optional && !pmap.has(key(g))) console.log(`  FN ${g.type.padEnd(6)} ${JSON.stringify(g.text)}`);
}

if (only !== 'dev') score('seed', readGold(seedDir));
if (only !== 'seed' && fs.existsSync(devDir)) {
  const dev = readGold(devDir);
  const genres = [...new Set(dev.map((d) => d.doc.id.split('_')[1]))].sort();
  for (const g of genres) score(g, dev.filter((d) => d.doc.id.split('_')[1] === g));
  score('dev-all', dev);
}
fs.rmSync(tmp, { recursive: true, force: true });
