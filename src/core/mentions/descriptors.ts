// Descriptors for hover cards: a role word just before a person ("spokesman David Ranz") and an
// apposition just after a name ("Martin X, the head of the ... (ACR), told").
import type { Candidate } from './candidate';
import type { Context } from './context';
import { ROLE_WORDS } from './lexicon';

const APPOSITION_START = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'former', 'then', 'now', 'chief', 'head']);
const STOP = new Set([',', '.', ';', ':', '!', '?', '"', '“', '”', '—', '–']);
const MAX_APPOSITION_UNITS = 20;

export function attachDescriptors(ctx: Context, cands: readonly Candidate[]): void {
  const { units } = ctx;
  for (const c of cands) {
    if (c.type !== 'PERSON') continue;
    const prev = units[c.a - 1];
    if (prev && ROLE_WORDS.has(prev.text) && prev.sentence === units[c.a].sentence) {
      let s = c.a - 1;
      // Keep one modifier in front ("U.S. ambassador", "senior official").
      const before = units[s - 1];
      if (before && before.sentence === prev.sentence && (before.pos === 'ADJ' || before.pos === 'PROPN' || before.pos === 'NOUN')) s--;
      pushUnique(c.descriptors, ctx.spanText(s, c.a - 1));
    }
    const comma = units[c.b + 1];
    const startU = units[c.b + 2];
    if (!comma || comma.text !== ',' || !startU) continue;
    if (!APPOSITION_START.has(startU.text) && !ROLE_WORDS.has(startU.text)) continue;
    let depth = 0;
    let k = c.b + 2;
    for (; k < units.length && k - c.b <= MAX_APPOSITION_UNITS; k++) {
      const t = units[k].text;
      if (t === '(') depth++;
      else if (t === ')') depth--;
      else if (depth <= 0 && STOP.has(t)) break;
      if (units[k].sentence !== startU.sentence) break;
    }
    if (k < units.length && k - c.b <= MAX_APPOSITION_UNITS && STOP.has(units[k].text) && k - 1 >= c.b + 2) {
      pushUnique(c.descriptors, ctx.spanText(c.b + 2, k - 1));
    }
  }
}

function pushUnique(list: string[], s: string): void {
  const v = s.trim();
  if (v && !list.includes(v)) list.push(v);
}
