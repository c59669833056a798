// npm run train [-- --train ../shared/train --out src/core/mentions/weights.json --scope weak]
//
// Learns the weights of the mention scorer's cue features (src/core/mentions/learned.ts) from the
// openly licensed gold data in ../shared/train (GUM, wikigold, Broad Twitter Corpus, re3d; see its
// README for licences and conventions). Each span that stage 1 finds is an example: its type when a
// gold mention has exactly its offsets, "not a name" when it overlaps no gold mention; spans that
// overlap a gold mention without matching it (a cut the scorer cannot mend) and spans touching an
// optional mention are left out. re3d's Wikipedia part (CC BY-SA 3.0) is left out so the weights
// carry no share-alike terms.
//
// Model: multinomial logistic regression, full-batch gradient descent with L2, a fixed number of
// steps from zero weights, features and documents in sorted order: the same data gives the same file.
// The dev set is never read here. Where the weights are used (`useFor`, the hand-ranked cue kinds
// whose spans they type) is kept from the existing file, or given with --use-for kind,kind; it is
// chosen by scripts/train-compare.ts, which compares dev scores of the hand-set and learned scorers.
import fs from 'node:fs';
import path from 'node:path';
import { loadGazetteer } from '../src/core/gazetteer';
import { CLASSES, cueFeatures } from '../src/core/mentions/learned';
import { spansWithCues } from '../src/core/mentions/detect';
import { createTagger } from '../src/core/nlp';

interface GoldMention { start: number; end: number; type: string; optional?: boolean }
interface TrainDoc { id: string; text: string; mentions: GoldMention[] }

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => { const i = args.indexOf(name); return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback; };
const trainDir = opt('--train', path.join('..', 'shared', 'train'));
const outFile = opt('--out', path.join('src', 'core', 'mentions', 'weights.json'));
const STEPS = Number(opt('--steps', '400'));
const RATE = 0.5;
const L2 = 1e-3;

const previous = fs.existsSync(outFile) ? (JSON.parse(fs.readFileSync(outFile, 'utf8')) as { useFor?: string[] }).useFor : undefined;
const given = opt('--use-for', '');
const useFor = given ? given.split(',').filter(Boolean) : (previous ?? []);
const t0 = Date.now();
const docs: TrainDoc[] = [];
for (const f of fs.readdirSync(trainDir).filter((x) => x.endsWith('.jsonl')).sort()) {
  for (const line of fs.readFileSync(path.join(trainDir, f), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line) as TrainDoc;
    if (d.id.startsWith('re3d_Wikipedia')) continue;
    docs.push(d);
  }
}
docs.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));

const tag = createTagger();
const gaz = loadGazetteer();
const examples: { features: string[]; label: number }[] = [];
const classIndex = new Map(CLASSES.map((c, k) => [c, k]));
for (const d of docs) {
  // wikigold (CoNLL) names may open with "The"; ours never do.
  const gold = d.mentions.map((m) => {
    const lead = /^the\s+/i.exec(d.text.slice(m.start, m.end));
    return lead && !m.optional ? { ...m, start: m.start + lead[0].length } : m;
  });
  const exact = new Map<string, GoldMention>();
  for (const m of gold) exact.set(`${m.start}:${m.end}`, m);
  for (const s of spansWithCues(tag(d.text), gaz)) {
    const m = exact.get(`${s.start}:${s.end}`);
    let label: number | undefined;
    if (m && !m.optional && classIndex.has(m.type as never)) label = classIndex.get(m.type as never);
    else if (!gold.some((g) => g.start < s.end && s.start < g.end)) label = classIndex.get(null);
    if (label === undefined) continue;
    examples.push({ features: cueFeatures(s.cues), label });
  }
}

const names = [...new Set(examples.flatMap((e) => e.features))].sort();
const index = new Map(names.map((n, k) => [n, k]));
const K = CLASSES.length;
const W = names.map(() => new Float64Array(K));
const rows = examples.map((e) => ({ f: e.features.map((n) => index.get(n) as number), y: e.label }));
for (let step = 0; step < STEPS; step++) {
  const grad = names.map(() => new Float64Array(K));
  for (const r of rows) {
    const z = new Float64Array(K);
    for (const j of r.f) for (let k = 0; k < K; k++) z[k] += W[j][k];
    const max = Math.max(...z);
    let sum = 0;
    for (let k = 0; k < K; k++) { z[k] = Math.exp(z[k] - max); sum += z[k]; }
    for (let k = 0; k < K; k++) {
      const g = z[k] / sum - (k === r.y ? 1 : 0);
      for (const j of r.f) grad[j][k] += g;
    }
  }
  for (let j = 0; j < names.length; j++) for (let k = 0; k < K; k++) W[j][k] -= RATE * (grad[j][k] / rows.length + L2 * W[j][k]);
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;
const features: Record<string, number[]> = {};
for (let j = 0; j < names.length; j++) features[names[j]] = [...W[j]].map(round);
const counts = CLASSES.map((_, k) => rows.filter((r) => r.y === k).length);
const out = {
  source: 'npm run train (scripts/train.ts): logistic regression over cue features, trained on ../shared/train ' +
    '(GUM CC BY 4.0, wikigold CC BY 4.0, Broad Twitter Corpus CC BY 4.0, re3d without its Wikipedia part: public domain, OGL v3, CC BY 3.0 AU)',
  classes: CLASSES.map((c) => c ?? 'NONE'),
  examples: Object.fromEntries(CLASSES.map((c, k) => [c ?? 'NONE', counts[k]])),
  useFor,
  features,
};
fs.writeFileSync(outFile, JSON.stringify(out, null, 1) + '\n');
console.log(`${docs.length} documents, ${rows.length} examples (${out.classes.map((c, k) => `${c} ${counts[k]}`).join(', ')}), ${names.length} features, ${STEPS} steps`);
console.log(`wrote ${outFile} (used for ${useFor.join(', ') || 'nothing'}) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
