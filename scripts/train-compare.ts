// npx tsx scripts/train-compare.ts [--gold ../shared/gold/dev] [--weights src/core/mentions/weights.json]
//     [--keep-hand ampersand,place-first,said-single] [--write]
//
// Compares the hand-set and the learned scorer on the dev set, one hand-ranked cue kind at a time:
// for each kind, the learned weights type the spans whose best hand-ranked cue is of that kind and
// the hand-set ranking types the rest. Kinds where the learned weights score higher (exact typed F1
// of the detector's mentions, ties broken by ORG F1) are kept, greedily in the order of their gain;
// with --write, the chosen list goes into the weights file's `useFor`. The dev set is read for this
// choice only; the weights themselves come from npm run train. --keep-hand names kinds that stay
// hand-set whatever dev says: the default three are kinds whose learned typing breaks a fault kind of
// issue 9 that the unit tests hold ("Harlow & Finch" typed PERSON, "Munich Re" PLACE, "Zentrix said"
// PERSON): the training genres (encyclopedia, tweets, lectures) rarely show them.
import fs from 'node:fs';
import path from 'node:path';
import { loadGazetteer } from '../src/core/gazetteer';
import { detectMentions } from '../src/core/mentions/detect';
import { learnedScorer, type LearnedWeights } from '../src/core/mentions/learned';
import { HAND_WEIGHTS, handScorer, type SpanScorer } from '../src/core/mentions/scorer';
import { createTagger } from '../src/core/nlp';
import type { TextAnalysis } from '../src/core/types';

interface GoldMention { start: number; end: number; type: string; optional?: boolean; altTypes?: string[] }
interface GoldDoc { id: string; text: string; mentions: GoldMention[]; boilerplateSpans?: [number, number][] }

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => { const i = args.indexOf(name); return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback; };
const goldDir = opt('--gold', path.join('..', 'shared', 'gold', 'dev'));
const weightsFile = opt('--weights', path.join('src', 'core', 'mentions', 'weights.json'));
const weights = JSON.parse(fs.readFileSync(weightsFile, 'utf8')) as LearnedWeights & Record<string, unknown>;

const tag = createTagger();
const gaz = loadGazetteer();
const docs: { gold: GoldDoc; analysis: TextAnalysis }[] = fs.readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort().map((f) => {
  const gold = JSON.parse(fs.readFileSync(path.join(goldDir, f), 'utf8')) as GoldDoc;
  return { gold, analysis: tag(gold.text) };
});

/** Exact typed F1 over all types and for ORG: optional gold names count neither way, boilerplate is skipped. */
function score(scorer: SpanScorer): { all: number; org: number } {
  let tp = 0, np = 0, ng = 0, otp = 0, onp = 0, ong = 0;
  for (const { gold, analysis } of docs) {
    const inBoiler = (s: number, e: number) => (gold.boilerplateSpans ?? []).some(([a, b]) => s < b && a < e);
    const golds = new Map(gold.mentions.map((m) => [`${m.start}:${m.end}`, m]));
    for (const m of gold.mentions) if (!m.optional && !inBoiler(m.start, m.end) && ['PERSON', 'ORG', 'PLACE'].includes(m.type)) { ng++; if (m.type === 'ORG') ong++; }
    for (const p of detectMentions(analysis, gaz, scorer).mentions) {
      if (inBoiler(p.start, p.end)) continue;
      const g = golds.get(`${p.start}:${p.end}`);
      if (g?.optional) continue;
      np++;
      if (p.type === 'ORG') onp++;
      if (g && (g.type === p.type || g.altTypes?.includes(p.type))) { tp++; if (p.type === 'ORG' && g.type === 'ORG') otp++; }
    }
  }
  const f1 = (t: number, p: number, g: number) => (p + g === 0 ? 0 : (200 * t) / (p + g));
  return { all: f1(tp, np, ng), org: f1(otp, onp, ong) };
}

const learned = (useFor: string[]) => learnedScorer({ features: weights.features, useFor });
const hand = score(handScorer);
console.log(`hand-set everywhere:    F1 ${hand.all.toFixed(2)}  ORG ${hand.org.toFixed(2)}`);
const keepHand = new Set(opt('--keep-hand', 'ampersand,place-first,said-single').split(',').filter(Boolean));
const kinds = Object.keys(HAND_WEIGHTS).filter((k) => (HAND_WEIGHTS as Record<string, { score: number }>)[k].score < 3).concat(['given-name', 'gazetteer']).filter((k) => !keepHand.has(k));
const all = score(learned(kinds));
console.log(`learned for all ${kinds.length} non-strong kinds: F1 ${all.all.toFixed(2)}  ORG ${all.org.toFixed(2)}`);
const gains: { kind: string; all: number; org: number }[] = [];
for (const kind of kinds) {
  const s = score(learned([kind]));
  console.log(`learned for ${kind.padEnd(22)} F1 ${s.all.toFixed(2)} (${(s.all - hand.all >= 0 ? '+' : '') + (s.all - hand.all).toFixed(2)})  ORG ${s.org.toFixed(2)}`);
  if (s.all > hand.all + 1e-9 || (Math.abs(s.all - hand.all) < 1e-9 && s.org > hand.org + 1e-9)) gains.push({ kind, ...s });
}
gains.sort((x, y) => y.all - x.all || y.org - x.org);
let chosen: string[] = [];
let best = hand;
for (const g of gains) {
  const s = score(learned([...chosen, g.kind]));
  if (s.all > best.all + 1e-9 || (Math.abs(s.all - best.all) < 1e-9 && s.org > best.org + 1e-9)) { chosen = [...chosen, g.kind]; best = s; }
}
console.log(`chosen: ${chosen.join(', ') || 'none'}  F1 ${best.all.toFixed(2)}  ORG ${best.org.toFixed(2)}`);
if (args.includes('--write')) {
  fs.writeFileSync(weightsFile, JSON.stringify({ ...weights, useFor: chosen }, null, 1) + '\n');
  console.log(`wrote useFor to ${weightsFile}`);
}
