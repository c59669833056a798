// Descriptors for hover cards: a role word just before a person ("spokesman David Ranz") and an
// apposition just after a name ("Martin X, the head of the ... (ACR), told").
import type { Decided } from './consistency';
import type { Context } from './context';
import { APPOSITION_START, ROLE_WORDS } from './lexicon';

const STOP = new Set([',', '.', ';', ':', '!', '?', '"', '“', '”', '—', '–']);
const MAX_APPOSITION_UNITS = 20;

/** The descriptors of a kept name: its own (titles cut off) and, for a person, role words and an apposition. */
export function descriptorsOf(ctx: Context, c: Decided): readonly string[] {
  const { units } = ctx;
  const out = [...c.descriptors];
  {
    if (c.type !== 'PERSON') return out;
    const prev = units[c.a - 1];
    if (prev && ROLE_WORDS.has(prev.text) && prev.sentence === units[c.a].sentence) {
      let s = c.a - 1;
      // Keep one modifier in front ("U.S. ambassador", "senior official").
      const before = units[s - 1];
      if (before && before.sentence === prev.sentence && (before.pos === 'ADJ' || before.pos === 'PROPN' || before.pos === 'NOUN')) s--;
      pushUnique(out, ctx.spanText(s, c.a - 1));
    }
    const comma = units[c.b + 1];
    const startU = units[c.b + 2];
    if (!comma || comma.text !== ',' || !startU) return out;
    if (!APPOSITION_START.has(startU.text) && !ROLE_WORDS.has(startU.text)) return out;
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
      pushUnique(out, ctx.spanText(c.b + 2, k - 1));
    }
  }
  return out;
}

function pushUnique(list: string[], s: string): void {
  const v = s.trim();
  if (v && !list.includes(v)) list.push(v);
}
