// Proxy for unseen text: scores the annotator on documents of ../shared/train in the reference
// scorer's format, per file and per GUM genre.
//
//   npx tsx scripts/score-heldout.ts [--train ../shared/train] [--scorer ../shared/gold/score.mjs] [--sets wikigold,gum-conversation,...,re3d]
//   add --fp ORG (or PERSON, PLACE) to print the 40 commonest false-positive spans of that type per set,
//   each with what the gold has there ("-" nothing, "~TYPE" an overlapping span, "=TYPE" the same span);
//   --fn ORG prints the commonest gold spans of that type we missed, each with what we predicted there
//   ("-" nothing, "~TYPE" an overlapping span, "=TYPE" the same span typed otherwise); --top N for N
// (re3d's Wikipedia part is left out, as npm run train leaves it out)
//
// The shipped weights (src/core/mentions/weights.json) are trained on all of ../shared/train but only
// type acronym spans (their `useFor`), so the rules decide almost every span scored here. Wikigold's
// leading "The" is cut as scripts/train.ts does; optional mentions (MISC, nested names) count neither way.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createAnnotator } from '../src/core/annotate';

interface M { start: number; end: number; type: string; optional?: boolean; altTypes?: string[] }
interface D { id: string; text: string; mentions: M[] }

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const trainDir = opt('--train', path.join('..', 'shared', 'train'));
const scorer = opt('--scorer', path.join('..', 'shared', 'gold', 'score.mjs'));
const sets = opt('--sets', 'wikigold,gum-conversation,gum-court,gum-vlog,gum-textbook,re3d').split(',');
const fpType = args.includes('--fp') ? opt('--fp', 'ORG') : '';
const fnType = args.includes('--fn') ? opt('--fn', 'ORG') : '';
const annotator = createAnnotator();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'score-heldout-'));

function load(set: string): D[] {
  const [file, genre] = set.startsWith('gum-') ? ['gum-ccby', set.slice(4)] : [set, ''];
  return fs.readFileSync(path.join(trainDir, `${file}.jsonl`), 'utf8').split('\n').filter((l) => l.trim())
    .map((l) => JSON.parse(l) as D).filter((d) => (!genre || d.id.startsWith(`GUM_${genre}_`)) && !d.id.startsWith('re3d_Wikipedia'));
}

for (const set of sets) {
  const docs = load(set);
  const fps = new Map<string, number>();
  const fns = new Map<string, number>();
  const dir = path.join(tmp, set);
  fs.mkdirSync(dir);
  const preds: Record<string, { mentions: { start: number; end: number; type: string }[] }> = {};
  for (const d of docs) {
    const mentions = d.mentions.filter((m) => m.type !== 'ANY' || m.optional).map((m) => {
      const lead = /^the\s+/i.exec(d.text.slice(m.start, m.end));
      const start = lead && !m.optional ? m.start + lead[0].length : m.start;
      const type = ['PERSON', 'ORG', 'PLACE'].includes(m.type) ? m.type : 'ORG';
      const optional = m.optional || type !== m.type;
      return { start, end: m.end, text: d.text.slice(start, m.end), type, ...(optional ? { optional: true } : {}), ...(m.altTypes ? { altTypes: m.altTypes } : {}) };
    });
    fs.writeFileSync(path.join(dir, `${d.id}.json`), JSON.stringify({ id: d.id, text: d.text, mentions, quotes: [], unattributedQuoted: [] }));
    preds[d.id] = { mentions: annotator.annotate(d.text).mentions.map((m) => ({ start: m.start, end: m.end, type: m.type })) };
    if (fpType) countFalsePositives(d.text, mentions, preds[d.id].mentions, fps);
    if (fnType) countFalseNegatives(d.text, mentions, preds[d.id].mentions, fns);
  }
  const predFile = path.join(tmp, `${set}.pred.json`);
  fs.writeFileSync(predFile, JSON.stringify(preds));
  const jsonFile = path.join(tmp, `${set}.score.json`);
  execFileSync('node', [scorer, '--gold', dir, '--pred', predFile, '--quiet', '--json', jsonFile]);
  const ex = JSON.parse(fs.readFileSync(jsonFile, 'utf8')).mentions.exact;
  const f = (x: number) => (100 * x).toFixed(1).padStart(5);
  if (fpType) {
    const top = [...fps].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, Number(opt('--top', '40')));
    console.log(`false-positive ${fpType} spans in ${set}: ${top.map(([k, n]) => `${k} x${n}`).join(' | ')}`);
  }
  if (fnType) {
    const top = [...fns].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, Number(opt('--top', '40')));
    console.log(`missed ${fnType} spans in ${set}: ${top.map(([k, n]) => `${k} x${n}`).join(' | ')}`);
  }
  console.log(`${set.padEnd(18)} docs ${String(docs.length).padStart(3)}  F1 ${f(ex.ALL.f)} (P ${f(ex.ALL.p)} R ${f(ex.ALL.r)})  PERSON ${f(ex.PERSON.f)}  ORG ${f(ex.ORG.f)} (P ${f(ex.ORG.p)})  PLACE ${f(ex.PLACE.f)}`);
}

/** Counts predicted spans of `fpType` that no gold mention of that type matches exactly, keyed by text and what the gold has there. */
function countFalsePositives(text: string, gold: { start: number; end: number; type: string; optional?: boolean; altTypes?: string[] }[],
  pred: { start: number; end: number; type: string }[], out: Map<string, number>): void {
  for (const p of pred) {
    if (p.type !== fpType) continue;
    const same = gold.find((g) => g.start === p.start && g.end === p.end);
    if (same && (same.type === fpType || same.optional || same.altTypes?.includes(fpType))) continue;
    const over = gold.find((g) => g.start < p.end && p.start < g.end);
    const tag = same ? `=${same.type}` : over ? `~${over.type}${over.optional ? "?" : ""}` : "-";
    const key = `${JSON.stringify(text.slice(p.start, p.end).replace(/\s+/g, ' '))}${tag}`;
    out.set(key, (out.get(key) ?? 0) + 1);
  }
}

/** Counts gold spans of `fnType` (not optional) that no prediction of that type matches exactly, keyed by text and what we predicted there. */
function countFalseNegatives(text: string, gold: { start: number; end: number; type: string; optional?: boolean }[],
  pred: { start: number; end: number; type: string }[], out: Map<string, number>): void {
  for (const g of gold) {
    if (g.type !== fnType || g.optional) continue;
    if (pred.some((p) => p.start === g.start && p.end === g.end && p.type === fnType)) continue;
    const same = pred.find((p) => p.start === g.start && p.end === g.end);
    const over = pred.find((p) => p.start < g.end && g.start < p.end);
    const tag = same ? `=${same.type}` : over ? `~${over.type}:${JSON.stringify(text.slice(over.start, over.end))}` : '-';
    const key = `${JSON.stringify(text.slice(g.start, g.end).replace(/\s+/g, ' '))}${tag}`;
    out.set(key, (out.get(key) ?? 0) + 1);
  }
}
