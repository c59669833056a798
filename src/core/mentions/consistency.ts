// Stage 4 of mention detection, document consistency: within one document a string names one thing.
// Every occurrence gets the best-supported type, a lone surname or given name takes the type of the
// full name it belongs to, "Bastion" takes the type of "Camp Bastion", and an acronym the type of its
// stated expansion. Sentence-initial words without evidence survive only if the document confirms
// them. Reads cue kinds and scores, never evidence strings.
import type { EntityType } from '../types';
import type { Candidate } from './candidate';
import { type Cue, type CueKind, CONTEXT_KINDS, HEAD_KINDS, SHAPE_KINDS } from './cue';
import type { Context } from './context';
import { gazetteerKey } from '../gazetteer';
import { applyDefinitions, type Definition } from './acronyms';
import { CAPITAL_PARTICLES, COMPANY_KIND_HEADS, COMPANY_SUFFIXES, NAME_PARTICLES, ORG_HEADS, PLACE_HEADS, PLACE_MODIFIERS, PLACE_PREPOSITIONS } from './lexicon';
import { GOOD, STRONG, WEAK, type Scored } from './scorer';
import type { FoundSpan } from './spans';
import { touchesOnLine } from './units';
import { isAcronym } from './words';

const isParticle = (w: string) => NAME_PARTICLES.has(w) || CAPITAL_PARTICLES.has(w);

/** A span with its cues and its scorer's verdict: the input of this stage. */
export interface ScoredSpan {
  readonly span: FoundSpan;
  readonly cues: readonly Cue[];
  readonly verdict: Scored;
}

/** A name the document stage keeps: units a..b, its type, score, deciding cue and descriptors. */
export interface Decided {
  readonly a: number;
  readonly b: number;
  readonly type: EntityType;
  readonly score: number;
  readonly cue: Cue;
  readonly cues: readonly Cue[];
  readonly descriptors: readonly string[];
}

/** Framing cues that settle a span on their own: no confirmation needed at a sentence start. */
const SETTLED: ReadonlySet<CueKind> = new Set(['title', 'employer-slot', 'place-named-org', 'road-number', 'inverted-name']);

/**
 * "Xcorp and Ycorp said …": a lone first word of a sentence, waiting for confirmation, joined by "and"
 * to a lone name that its context types (a verb of saying, a member noun) shares that type: the two are
 * one subject. Changes the waiting candidate in place.
 */
function joinCoordinated(ctx: Context, cands: Candidate[]): void {
  const { units } = ctx;
  for (let k = 0; k + 1 < cands.length; k++) {
    const c = cands[k];
    const d = cands[k + 1];
    if (!c.deferred || c.a !== c.b || d.deferred || d.a !== d.b || d.a !== c.b + 2 || units[c.b + 1].text !== 'and') continue;
    if (!CONTEXT_KINDS.has(d.cue.kind) || units[d.a].sentence !== units[c.a].sentence) continue;
    c.type = d.type;
    c.strength = Math.min(d.strength, GOOD);
    c.cue = { kind: 'coordinated' };
    c.deferred = false;
  }
}

/**
 * The document stage: spans scored as names (sorted by first unit) in, the names kept out, with the
 * acronym definitions the text states. The input is not changed.
 */
export function documentConsistency(ctx: Context, scored: readonly ScoredSpan[]): { decided: Decided[]; definitions: Definition[] } {
  const cands: Candidate[] = [];
  for (const s of scored) {
    const { type, score, cue } = s.verdict;
    if (type === null) continue;
    const { a, b } = s.span;
    const hasCue = (k: CueKind) => s.cues.some((c) => c.kind === k);
    // A lone first word of a sentence without a strong cue, and a weak guess inside a title-case line,
    // wait for the document to confirm them elsewhere. A first name from the curated lists that is no
    // ordinary word or place ("Mary is working…") is kept.
    const plainGiven = cue.kind === 'given-name' && cue.plain;
    // Capitals at a sentence start ("NRWU members voted") are the name's own, not the position's,
    // when the words around speak for a name too ("AKA every vegetarian" stays a guess).
    const ownCapitals = cue.kind === 'acronym' && !hasCue('headline') && s.cues.some((c) => CONTEXT_KINDS.has(c.kind));
    const deferred = !SETTLED.has(cue.kind) &&
      ((a === b && hasCue('sentence-initial') && score < STRONG && !CONTEXT_KINDS.has(cue.kind) && !plainGiven && !ownCapitals) || (hasCue('headline') && score < GOOD));
    const core = cue.kind === 'place-prefix' && a < b ? ctx.keyText(a + 1, b) : undefined;
    cands.push({ a, b, type, strength: score, cue, cues: s.cues, descriptors: [...s.span.descriptors], deferred, core });
  }
  joinCoordinated(ctx, cands);
  // "the X people" once in the document: X names a people everywhere in it, unless a strong cue says otherwise.
  const peoples = new Set<string>();
  for (const s of scored) if (s.cues.some((c) => c.kind === 'people-noun-after')) peoples.add(gazetteerKey(ctx.keyText(s.span.a, s.span.b)));
  if (peoples.size > 0) {
    for (let k = cands.length - 1; k >= 0; k--) if (cands[k].strength < STRONG && peoples.has(gazetteerKey(ctx.keyText(cands[k].a, cands[k].b)))) cands.splice(k, 1);
  }
  // "his ERA" once in the document: those capitals are a common noun everywhere in it ("ERA stands for …").
  const nouns = new Set<string>();
  for (const s of scored) if (s.verdict.cue.kind === 'common-acronym') nouns.add(ctx.keyText(s.span.a, s.span.b));
  if (nouns.size > 0) {
    for (let k = cands.length - 1; k >= 0; k--) if (cands[k].strength < STRONG && cands[k].a === cands[k].b && nouns.has(ctx.keyText(cands[k].a, cands[k].b))) cands.splice(k, 1);
  }
  const definitions = applyDefinitions(ctx, cands);
  const kept = harmonize(ctx, cands);
  return { decided: kept.map((c) => ({ a: c.a, b: c.b, type: c.type, score: c.strength, cue: c.cue, cues: c.cues, descriptors: c.descriptors })), definitions };
}

const isShape = (c: Candidate) => SHAPE_KINDS.has(c.cue.kind);

function harmonize(ctx: Context, cands: Candidate[]): Candidate[] {
  // Keys fold apostrophes: "O'Hare" and "O’Hare" are one name.
  const text = (c: Candidate) => gazetteerKey(ctx.keyText(c.a, c.b));
  applyDocumentPrior(cands);
  joinParticleSurnames(ctx, cands);

  // Shorter forms that inherit from longer names in the same document.
  const inherited = new Map<string, { type: EntityType; cue: Cue; strength: number }>();
  const offer = (key: string, type: EntityType, cue: Cue, strength: number) => {
    const had = inherited.get(key);
    if (!had || had.strength < strength) inherited.set(key, { type, cue, strength });
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
      // "X Haverford Jr.": the surname is the last word before a generational suffix.
      const last = c.b > c.a + 1 && GENERATION_SUFFIXES.has(ctx.units[c.b].text) ? c.b - 1 : c.b;
      const surname = ctx.units[last].text;
      offer(gazetteerKey(surname), 'PERSON', SURNAME, c.strength);
      // "al-X" opens a sentence as "Al-X".
      if (/^\p{Ll}/u.test(surname)) offer(gazetteerKey(surname[0].toUpperCase() + surname.slice(1)), 'PERSON', SURNAME, c.strength);
      // "van der X", "Ní Y": the surname with its particles.
      const t = surnameStart(ctx, c);
      if (t < c.b) offer(gazetteerKey(ctx.keyText(t, c.b)), 'PERSON', SURNAME, c.strength);
      // "Carmen Lopez Ruiz": two capitalized words after a given name, the first no given name, are a
      // double surname without particle ("Lopez Ruiz said" later is the person).
      else if (c.b - c.a >= 2 && ctx.gaz.isGivenName(ctx.units[c.a].text) && !ctx.gaz.isGivenName(ctx.units[c.b - 1].text) &&
        /^\p{Lu}\p{Ll}/u.test(ctx.units[c.b - 1].text)) offer(gazetteerKey(ctx.keyText(c.b - 1, c.b)), 'PERSON', SURNAME, c.strength);
      // A first name alone is rarer and more ambiguous ("York" of a guessed "York Minster"): titles only.
      if (c.strength >= STRONG && ctx.gaz.isGivenName(ctx.units[c.a].text)) offer(ctx.units[c.a].text, 'PERSON', GIVEN_OF_TITLED, GOOD);
    } else if (c.type === 'ORG' && c.strength >= GOOD && (COMPANY_SUFFIXES.has(ctx.units[c.b].text) || COMPANY_KIND_HEADS.has(ctx.units[c.b].text))) {
      // "Acme Motor Corp" -> "Acme Motor" and "Acme" later in the story.
      offer(ctx.keyText(c.a, c.b - 1), 'ORG', CORE_NAME, c.strength);
      const first = ctx.units[c.a].text;
      if (c.b - 1 > c.a && (!ctx.gaz.isCommonWord(first) || commonNounFirst(ctx, c.a)) && !ctx.gaz.isGivenName(first)) offer(first, 'ORG', CORE_NAME, c.strength);
    } else if (c.core && c.strength >= GOOD) {
      offer(c.core, c.type, CORE_NAME, c.strength);
    }
  }
  // Without a title, a known given name alone is a person when exactly one person named in full in
  // this document has it (a columnist's "Previously, Jo covered courts" after the byline "Jo Bloggs").
  // A title's offer (above) wins; this one only fills in guesses (see givenNameAloneNeedsMore).
  for (const [given, fulls] of fullNamesByGiven) if (fulls.size === 1 && ctx.gaz.isGivenName(given)) offer(given, 'PERSON', GIVEN_IN_DOCUMENT, GOOD);
  for (const c of cands) {
    if (c.strength >= STRONG && HEAD_KINDS.has(c.cue.kind)) continue;
    if (c.cue.kind === 'acronym-definition' || c.cue.kind === 'institution') continue;
    if (givenNameAloneNeedsMore(ctx, c, inherited.get(text(c)))) continue;
    const inh = inherited.get(text(c));
    if (!inh || inh.strength < c.strength) continue;
    if (c.a !== c.b && inh.cue.kind !== 'core-name' && inh.cue.kind !== 'surname') continue;
    c.type = inh.type;
    c.strength = Math.max(c.strength, Math.min(STRONG, inh.strength + 1));
    c.cue = inh.cue;
    c.deferred = false;
  }

  // Dictionary-word names ("Creative Commons") and unknown lone words count only when the document
  // comes back to them (with or without evidence the second time: "to Xby … from Xby"). A lone unknown
  // word needs evidence at one of its occurrences at least: repeated alone it is as often a nickname, a
  // pet, an illness, a product or an exclamation as a body ("Hantavirus", "Jeez" in a conversation).
  const seen = new Map<string, number>();
  const evidenced = new Set<string>();
  for (const c of cands) {
    seen.set(text(c), (seen.get(text(c)) ?? 0) + 1);
    if (c.strength > 0 && !isShape(c)) evidenced.add(text(c));
  }
  for (const c of cands) {
    if (c.strength <= 0 && (seen.get(text(c)) ?? 0) >= 2 && (c.cue.kind !== 'shape-single' || evidenced.has(text(c)))) c.strength = WEAK;
  }

  // One type per string: sum the evidence of every occurrence.
  const votes = new Map<string, Map<EntityType, number>>();
  const confirmed = new Set<string>();
  for (const c of cands) {
    const t = text(c);
    if (!c.deferred) confirmed.add(t);
    let v = votes.get(t);
    if (!v) votes.set(t, (v = new Map()));
    // Strong evidence outweighs any number of default guesses; a shape guess only types a string
    // that nothing else in the document types ("Xby is a hamlet … Xby … Xby" stays a place).
    const w = c.strength >= STRONG ? 100 : isShape(c) ? 0.01 * Math.max(c.strength, WEAK) : c.strength;
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
  surnamesOverTowns(ctx, out);
  return out;
}

/** First unit of the surname of a person candidate: its first name particle after the first word. */
function surnameStart(ctx: Context, c: Candidate): number {
  for (let k = c.a + 1; k < c.b; k++) if (isParticle(ctx.units[k].text)) return k;
  return c.b;
}

/**
 * "Pieter van der X … van der X said": a lone surname preceded in the text by the particles that
 * precede it in a full name of the document takes them back into its span.
 */
function joinParticleSurnames(ctx: Context, cands: Candidate[]): void {
  const { units, text } = ctx;
  const tails = new Map<string, string[]>();
  for (const c of cands) {
    if (c.type !== 'PERSON' || c.a === c.b) continue;
    const t = surnameStart(ctx, c);
    if (t < c.b && !/\p{Lu}/u.test(units[t].text[0])) tails.set(gazetteerKey(units[c.b].text), units.slice(t, c.b).map((u) => u.text));
  }
  if (tails.size === 0) return;
  let prevEnd = -1;
  for (const c of cands) {
    const tail = c.a === c.b ? tails.get(gazetteerKey(units[c.a].text)) : undefined;
    if (tail) {
      const from = c.a - tail.length;
      let ok = from > prevEnd;
      for (let k = 0; ok && k < tail.length; k++) {
        const u = units[from + k];
        ok = u !== undefined && u.text.toLowerCase() === tail[k].toLowerCase() && touchesOnLine(text, u, units[from + k + 1]);
      }
      if (ok) c.a = from;
    }
    prevEnd = c.b;
  }
}

/**
 * "Maya X, the port director, … X said": once a full name of the document ends in a town's name, the
 * town's name alone is that person, unless a preposition of place stands before it ("ships sail from X").
 */
function surnamesOverTowns(ctx: Context, out: Candidate[]): void {
  const { units } = ctx;
  // Where each surname's full name first appears: a town's name before it is still the town
  // ("Ships leave X daily. Ingram X, a pilot, …").
  const surnames = new Map<string, number>();
  for (const c of out) {
    const key = gazetteerKey(units[c.b].text);
    if (c.type === 'PERSON' && c.a !== c.b && c.strength >= GOOD && !surnames.has(key)) surnames.set(key, c.a);
  }
  if (surnames.size === 0) return;
  for (const c of out) {
    const introduced = c.a === c.b ? surnames.get(gazetteerKey(units[c.a].text)) : undefined;
    if (c.type !== 'PLACE' || introduced === undefined || c.a < introduced) continue;
    const kind = ctx.placeKind(units[c.a].text);
    if (kind !== 'city' && kind !== 'majorCity' && kind !== 'capital') continue;
    const prev = units[c.a - 1];
    if (prev && prev.sentence === units[c.a].sentence && (PLACE_PREPOSITIONS.has(prev.text) || prev.text === ',')) continue;
    c.type = 'PERSON';
    c.cue = SURNAME;
  }
}

/**
 * Whether a document's given-name offer (no title) must not retype this candidate: a sentence-
 * initial common word ("Will the plan work?" beside "Will Ames"), or a candidate with evidence of
 * another type ("Marion, Ohio" stays a place).
 */
function givenNameAloneNeedsMore(ctx: Context, c: Candidate, inh: { readonly cue: Cue } | undefined): boolean {
  if (inh?.cue.kind !== 'given-name-in-document') return false;
  if (c.deferred && ctx.gaz.isCommonWord(ctx.keyText(c.a, c.b))) return true;
  return c.type !== 'PERSON' && !isShape(c);
}

/**
 * A lone capitalized ordinary word ("Constitution", "Senators", "European") with no strong cue is
 * emphasis or a nationality adjective, not a name. A speech cue rescues a singular word ("Trump said").
 */
/**
 * The first word of a company's name is a dictionary noun that the story may use alone for the company
 * ("Kestrel Petroleum Holdings … Kestrel would issue shares"): no adjective ("General", "National"), no
 * people's or place's word, no head of a body's or place's name ("Bank of X Corp" is no "Bank"), and a
 * capitalised word after it (not "of").
 */
function commonNounFirst(ctx: Context, a: number): boolean {
  const w = ctx.units[a].text;
  const next = ctx.units[a + 1];
  return ctx.gaz.wordClass(w) === undefined && !ctx.gaz.isDemonym(w) && ctx.placeKind(w) === undefined && !ORG_HEADS.has(w) &&
    !PLACE_HEADS.has(w) && !PLACE_MODIFIERS.has(w) && next !== undefined && /^\p{Lu}/u.test(next.text);
}

function isCommonSingle(ctx: Context, c: Candidate): boolean {
  if (c.a !== c.b || c.strength >= STRONG) return false;
  const w = ctx.units[c.a].text;
  if (isAcronym(w) || !ctx.gaz.isCommonWord(w)) return false;
  const k = c.cue.kind;
  if (k === 'role-before' || k === 'gazetteer' || k === 'word-city' || k === 'said-surname') return false;
  return true;
}


/**
 * Unknown names take the document's dominant kind: a travel guide full of known places has unknown
 * villages, a profile full of titled people has unknown surnames.
 */
function applyDocumentPrior(cands: Candidate[]): void {
  const n: Record<EntityType, number> = { PERSON: 0, ORG: 0, PLACE: 0 };
  for (const c of cands) if (c.strength >= GOOD && !isShape(c)) n[c.type]++;
  if (n.PLACE < 5 || n.PLACE < 2 * (n.PERSON + n.ORG)) return;
  // Two unknown capitalized words are a person's name in most prose; only a strongly place-minded
  // document overrides that.
  const multiToo = n.PLACE >= 4 * (n.PERSON + n.ORG);
  for (const c of cands) {
    // A surname of the people-name list alone is as unknown here: many villages share one.
    if (c.cue.kind === 'shape-single' || c.cue.kind === 'listed-surname' || (multiToo && c.cue.kind === 'shape-short')) {
      c.type = 'PLACE';
      // An unknown lone word is no name on its own (shape-single scores 0); in a guide it is one more place.
      c.strength = Math.max(c.strength, WEAK);
    }
    else if (multiToo && c.cue.kind === 'shape-common-last') {
      // In a guide, "Inwood Terrace" is one more unknown place.
      c.type = 'PLACE';
      c.strength = WEAK;
    }
    // A guide's "Science Center", "Community Centre", "University Church" is a building to visit.
    else if (c.type === 'ORG' && c.cue.kind === 'facility-head') c.type = 'PLACE';
  }
}

/** Generational suffixes after a surname ("Jr.", "III"): never the surname itself. */
const GENERATION_SUFFIXES = new Set(['Jr', 'Jr.', 'Sr', 'Sr.', 'II', 'III', 'IV', 'Jnr', 'Snr']);

const SURNAME: Cue = { kind: 'surname' };
const CORE_NAME: Cue = { kind: 'core-name' };
const GIVEN_IN_DOCUMENT: Cue = { kind: 'given-name-in-document' };
const GIVEN_OF_TITLED: Cue = { kind: 'given-name-of-titled' };
