// Within one document a string names one thing: every occurrence gets the best-supported type, a lone
// surname or given name takes the type of the full name it belongs to, and "Ashraf" takes the type of
// "Camp Ashraf". Sentence-initial words without evidence survive only if the document confirms them.
import type { EntityType } from '../types';
import { type Candidate, GOOD, STRONG } from './candidate';
import type { Context } from './context';
import { isAcronym } from './words';

export function harmonize(ctx: Context, cands: Candidate[]): Candidate[] {
  const text = (c: Candidate) => ctx.spanText(c.a, c.b);

  // Shorter forms that inherit from longer names in the same document.
  const inherited = new Map<string, { type: EntityType; evidence: string }>();
  for (const c of cands) {
    if (c.a === c.b || c.strength < GOOD) continue;
    if (c.type === 'PERSON') {
      const last = ctx.units[c.b].text;
      const firstWord = ctx.units[c.a].text;
      if (!inherited.has(last)) inherited.set(last, { type: 'PERSON', evidence: 'surname' });
      if (ctx.gaz.isGivenName(firstWord) && !inherited.has(firstWord)) inherited.set(firstWord, { type: 'PERSON', evidence: 'given-name' });
    } else if (c.core && !inherited.has(c.core)) {
      inherited.set(c.core, { type: c.type, evidence: 'core-name' });
    }
  }
  for (const c of cands) {
    if (c.strength >= STRONG && c.evidence.startsWith('head')) continue;
    if (c.evidence === 'acronym-definition' || c.evidence === 'institution') continue;
    const inh = inherited.get(text(c));
    if (!inh) continue;
    if (c.a !== c.b && inh.evidence !== 'core-name') continue;
    c.type = inh.type;
    c.strength = STRONG;
    c.evidence = inh.evidence;
    c.deferred = false;
  }

  // One type per string: sum the evidence of every occurrence.
  const votes = new Map<string, Map<EntityType, number>>();
  const confirmed = new Set<string>();
  for (const c of cands) {
    const t = text(c);
    if (!c.deferred) confirmed.add(t);
    let v = votes.get(t);
    if (!v) votes.set(t, (v = new Map()));
    // Strong evidence outweighs any number of default guesses.
    const w = c.strength >= STRONG ? 100 : c.strength;
    v.set(c.type, (v.get(c.type) ?? 0) + w);
  }
  const out: Candidate[] = [];
  for (const c of cands) {
    const t = text(c);
    if (c.deferred && !confirmed.has(t)) continue;
    if (isCommonSingle(ctx, c)) continue;
    const v = votes.get(t);
    if (v && v.size > 1) {
      let best = c.type;
      let bestW = -1;
      for (const [type, w] of v) if (w > bestW) [best, bestW] = [type, w];
      c.type = best;
    }
    out.push(c);
  }
  return out;
}

/**
 * A lone capitalized ordinary word ("Constitution", "Senators", "European") with no strong cue is
 * emphasis or a nationality adjective, not a name. A speech cue rescues a singular word ("Trump said").
 */
function isCommonSingle(ctx: Context, c: Candidate): boolean {
  if (c.a !== c.b || c.strength >= STRONG) return false;
  const w = ctx.units[c.a].text;
  if (isAcronym(w) || !ctx.gaz.isCommonWord(w)) return false;
  if (c.evidence.startsWith('context:') && !/s$/.test(w)) return false;
  return true;
}
