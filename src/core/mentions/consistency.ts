// Within one document a string names one thing: every occurrence gets the best-supported type, a lone
// surname or given name takes the type of the full name it belongs to, and "Bastion" takes the type of
// "Camp Bastion". Sentence-initial words without evidence survive only if the document confirms them.
import type { EntityType } from '../types';
import { type Candidate, GOOD, STRONG, WEAK } from './candidate';
import type { Context } from './context';
import { COMPANY_SUFFIXES } from './lexicon';
import { isAcronym } from './words';

export function harmonize(ctx: Context, cands: Candidate[]): Candidate[] {
  const text = (c: Candidate) => ctx.keyText(c.a, c.b);
  applyDocumentPrior(cands);

  // Shorter forms that inherit from longer names in the same document.
  const inherited = new Map<string, { type: EntityType; evidence: string; strength: number }>();
  const offer = (key: string, type: EntityType, evidence: string, strength: number) => {
    const had = inherited.get(key);
    if (!had || had.strength < strength) inherited.set(key, { type, evidence, strength });
  };
  // Given names of the people named in full here, with the different full names that have each.
  const fullNamesByGiven = new Map<string, Set<string>>();
  for (const c of cands) {
    if (c.type !== 'PERSON' || c.a === c.b || c.strength < GOOD || c.deferred) continue;
    const given = ctx.units[c.a].text;
    if (!fullNamesByGiven.has(given)) fullNamesByGiven.set(given, new Set());
    fullNamesByGiven.get(given)?.add(text(c));
  }
  for (const c of cands) {
    // An unconfirmed guess ("Acme Overtakes Globex" in a headline) vouches for nothing.
    if (c.a === c.b || (c.deferred && c.strength < GOOD)) continue;
    if (c.type === 'PERSON') {
      offer(ctx.units[c.b].text, 'PERSON', 'surname', c.strength);
      // A first name alone is rarer and more ambiguous ("York" of a guessed "York Minster"): titles only.
      if (c.strength >= STRONG && ctx.gaz.isGivenName(ctx.units[c.a].text)) offer(ctx.units[c.a].text, 'PERSON', 'given-name', GOOD);
    } else if (c.type === 'ORG' && c.strength >= GOOD && COMPANY_SUFFIXES.has(ctx.units[c.b].text)) {
      // "Acme Motor Corp" -> "Acme Motor" and "Acme" later in the story.
      offer(ctx.keyText(c.a, c.b - 1), 'ORG', 'core-name', c.strength);
      const first = ctx.units[c.a].text;
      if (c.b - 1 > c.a && !ctx.gaz.isCommonWord(first) && !ctx.gaz.isGivenName(first)) offer(first, 'ORG', 'core-name', c.strength);
    } else if (c.core && c.strength >= GOOD) {
      offer(c.core, c.type, 'core-name', c.strength);
    }
  }
  // Without a title, a known given name alone is a person when exactly one person named in full in
  // this document has it (a columnist's "Previously, Jo covered courts" after the byline "Jo Bloggs").
  // A title's offer (above) wins; this one only fills in guesses (see givenNameAloneNeedsMore).
  for (const [given, fulls] of fullNamesByGiven) if (fulls.size === 1 && ctx.gaz.isGivenName(given)) offer(given, 'PERSON', 'given-name-in-document', GOOD);
  for (const c of cands) {
    if (c.strength >= STRONG && c.evidence.startsWith('head')) continue;
    if (c.evidence === 'acronym-definition' || c.evidence === 'institution') continue;
    if (givenNameAloneNeedsMore(ctx, c, inherited.get(text(c)))) continue;
    const inh = inherited.get(text(c));
    if (!inh || inh.strength < c.strength) continue;
    if (c.a !== c.b && inh.evidence !== 'core-name') continue;
    c.type = inh.type;
    c.strength = Math.max(c.strength, Math.min(STRONG, inh.strength + 1));
    c.evidence = inh.evidence;
    c.deferred = false;
  }

  // Dictionary-word names ("Creative Commons") count only when the document comes back to them.
  const seen = new Map<string, number>();
  for (const c of cands) if (c.strength <= 0) seen.set(text(c), (seen.get(text(c)) ?? 0) + 1);
  for (const c of cands) if (c.strength <= 0 && (seen.get(text(c)) ?? 0) >= 2) c.strength = WEAK;

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
    if (c.strength <= 0 || (c.deferred && !confirmed.has(t))) continue;
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
 * Whether a document's given-name offer (no title) must not retype this candidate: a sentence-
 * initial common word ("Will the plan work?" beside "Will Ames"), or a candidate with evidence of
 * another type ("Marion, Ohio" stays a place).
 */
function givenNameAloneNeedsMore(ctx: Context, c: Candidate, inh: { readonly evidence: string } | undefined): boolean {
  if (inh?.evidence !== 'given-name-in-document') return false;
  if (c.deferred && ctx.gaz.isCommonWord(ctx.keyText(c.a, c.b))) return true;
  return c.type !== 'PERSON' && !c.evidence.startsWith('default');
}

/**
 * A lone capitalized ordinary word ("Constitution", "Senators", "European") with no strong cue is
 * emphasis or a nationality adjective, not a name. A speech cue rescues a singular word ("Trump said").
 */
function isCommonSingle(ctx: Context, c: Candidate): boolean {
  if (c.a !== c.b || c.strength >= STRONG) return false;
  const w = ctx.units[c.a].text;
  if (isAcronym(w) || !ctx.gaz.isCommonWord(w)) return false;
  if (c.evidence.startsWith('context:role') || c.evidence.startsWith('gazetteer')) return false;
  return true;
}

/**
 * Unknown names take the document's dominant kind: a travel guide full of known places has unknown
 * villages, a profile full of titled people has unknown surnames.
 */
function applyDocumentPrior(cands: Candidate[]): void {
  const n: Record<EntityType, number> = { PERSON: 0, ORG: 0, PLACE: 0 };
  for (const c of cands) if (c.strength >= GOOD && !c.evidence.startsWith('default')) n[c.type]++;
  if (n.PLACE < 5 || n.PLACE < 2 * (n.PERSON + n.ORG)) return;
  // Two unknown capitalized words are a person's name in most prose; only a strongly place-minded
  // document overrides that.
  const multiToo = n.PLACE >= 4 * (n.PERSON + n.ORG);
  for (const c of cands) {
    if (c.evidence === 'default:single' || (multiToo && c.evidence === 'default:short')) c.type = 'PLACE';
  }
}
