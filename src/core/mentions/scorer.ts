// Stage 3 of mention detection, score: a SpanScorer weighs the cues of one span (cues.ts) and
// returns a type, or "not a name", with a score and the cue that decided. The hand-set scorer here
// ranks cue kinds by how rarely they mislead; learned.ts plugs weights learned from the training
// data (npm run train) in where they did better on the dev set.
import type { EntityType } from '../types';
import { type Cue, type CueKind, HEAD_KINDS } from './cue';

/** Score scale shared by every scorer: 3 = a cue that rarely misleads, 2 = good evidence, 1 = a guess, 0 = a guess to drop unless repeated. */
export const STRONG = 3;
export const GOOD = 2;
export const WEAK = 1;

/**
 * A scorer's verdict on one span. `type` null: not a name of our three types (a law, a work, a
 * model number). `score` on the scale above; `cue` the cue that decided (the hover's "why").
 */
export interface Scored {
  readonly type: EntityType | null;
  readonly score: number;
  readonly cue: Cue;
}

/** The shape guesses: what a span's words look like, without other evidence. */
const SHAPE_KINDS: ReadonlySet<CueKind> = new Set<CueKind>(['shape-common-words', 'shape-single', 'shape-common-last', 'shape-short', 'shape-long']);

/** Weighs the cues of one span. Pure: the same cues give the same verdict. */
export interface SpanScorer {
  score(cues: readonly Cue[]): Scored;
}

/** What a cue kind says on its own under the hand-set weights: type, score and rank (lower ranks first). */
export interface CueWeight {
  readonly type: EntityType | null;
  readonly score: number;
  readonly rank: number;
}

const w = (type: EntityType | null, score: number, rank: number): CueWeight => ({ type, score, rank });

/**
 * Hand-set weights. The rank orders cues by how rarely they mislead: the first cue present decides.
 * Kinds absent here (position, framing, document-stage cues) do not type a span on their own.
 */
export const HAND_WEIGHTS: Readonly<Partial<Record<CueKind, CueWeight>>> = {
  'dateline': w('PLACE', STRONG, 1),
  'dateline-agency': w('ORG', STRONG, 1),
  'cited-by': w('ORG', GOOD, 2),
  'byline': w('PERSON', STRONG, 3),
  'salutation': w('PERSON', STRONG, 3),
  'signature': w('PERSON', STRONG, 3),
  'credit-person': w('PERSON', STRONG, 3),
  'credit-agency': w('ORG', STRONG, 3),
  'byline-outlet': w('ORG', STRONG, 3),
  'carrier-list': w('ORG', STRONG, 3),
  'speaker-label': w('PERSON', STRONG, 4),
  // 'gazetteer' is ranked by its place kind in gazetteerWeight.
  'named-thing': w('ORG', 0, 6),
  'meeting-in-city': w('ORG', 0, 7),
  'institution': w('ORG', STRONG, 6),
  'being': w('PERSON', STRONG, 7),
  'org-head': w('ORG', STRONG, 8),
  'facility-head': w('ORG', STRONG, 8),
  'place-head': w('PLACE', STRONG, 9),
  'head-branch': w('ORG', GOOD, 10),
  'place-prefix': w('PLACE', STRONG, 11),
  'place-modifier': w('PLACE', STRONG, 12),
  'org-connector': w('ORG', STRONG, 13),
  'possessive-name': w('ORG', GOOD, 14),
  'ampersand': w('ORG', GOOD, 15),
  'company-town': w('ORG', STRONG, 15.5),
  'institution-head': w('ORG', GOOD, 15.6),
  'club-word': w('ORG', GOOD, 15.7),
  // Above a town's gazetteer reading (16): "Xtown United" is the club, not the town.
  'team-tail': w('ORG', GOOD, 15.8),
  'initials': w('PERSON', GOOD, 17),
  // After heads and gazetteer readings: "(World Health Organization, 2010)" stays a body.
  'cited-author': w('PERSON', GOOD, 17.5),
  // 'given-name' is ranked 18 when read from capitals, else 23 (givenWeight).
  'acronym': w('ORG', GOOD, 19),
  'company': w('ORG', GOOD, 20),
  // Context cues: good ones at 21, weak ones at 25.
  'word-city': w('PLACE', GOOD, 21),
  'member-noun': w('ORG', GOOD, 21),
  'role-before': w('PERSON', STRONG, 21),
  'said': w('PERSON', GOOD, 21),
  'person-after': w('PERSON', GOOD, 21),
  'at-employer': w('ORG', GOOD, 21),
  'said-surname': w('PERSON', GOOD, 21),
  'place-comma': w('PLACE', GOOD, 21),
  'place-apposition': w('PLACE', GOOD, 21),
  'org-apposition': w('ORG', GOOD, 21),
  'vocative': w('PERSON', GOOD, 21),
  'place-article': w('PLACE', GOOD, 22),
  'particle-name': w('PERSON', GOOD, 24),
  'said-single': w('ORG', WEAK + 0.5, 25),
  'place-preposition': w('PLACE', WEAK + 0.5, 25),
  'people-names': w('PERSON', GOOD, 26),
  'place-first': w('ORG', WEAK + 0.5, 27),
  // Below every context cue, above the shape guesses: an unknown lone word is a body by default, but
  // not when the people-name list knows it and the company dictionary does not.
  'listed-surname': w('PERSON', WEAK, 28.5),
  'place-modifier-weak': w('PLACE', WEAK + 0.5, 28),
  'shape-common-words': w('ORG', 0, 29),
  'shape-single': w('ORG', 0, 29),
  'shape-common-last': w('ORG', 0, 29),
  'shape-short': w('PERSON', WEAK, 29),
  'shape-long': w('ORG', WEAK, 29),
};

/** A gazetteer reading: a country, state or region decides early; a town (often a surname or a firm too) later. */
function gazetteerWeight(place: string): CueWeight {
  return place === 'city' ? w('PLACE', GOOD, 16) : w('PLACE', STRONG, 5);
}

/** What one cue says on its own under `table` (default: the hand-set weights); undefined for cues that type nothing. */
export function weightOf(c: Cue, table: Readonly<Partial<Record<CueKind, CueWeight>>> = HAND_WEIGHTS): CueWeight | undefined {
  if (c.kind === 'gazetteer') return gazetteerWeight(c.place);
  if (c.kind === 'given-name') return w('PERSON', GOOD, c.caps ? 18 : 23);
  // A table's header says what its cells hold; below heads and gazetteer readings of the cell itself.
  if (c.kind === 'table-column') return w(c.type, GOOD, 17.2);
  return table[c.kind];
}

const has = (cues: readonly Cue[], kind: CueKind): boolean => cues.some((c) => c.kind === kind);
const find = <K extends CueKind>(cues: readonly Cue[], kind: K): Extract<Cue, { kind: K }> | undefined =>
  cues.find((c) => c.kind === kind) as Extract<Cue, { kind: K }> | undefined;

/** The best-ranked typing cue of a span under `table` (every span has a shape cue, so one exists). */
export function rankedBase(cues: readonly Cue[], table: Readonly<Partial<Record<CueKind, CueWeight>>> = HAND_WEIGHTS): { cue: Cue; weight: CueWeight } {
  let best: { cue: Cue; weight: CueWeight } | undefined;
  for (const c of cues) {
    const wt = weightOf(c, table);
    if (wt && (!best || wt.rank < best.weight.rank)) best = { cue: c, weight: wt };
  }
  return best ?? { cue: { kind: 'shape-single' }, weight: w('ORG', WEAK, 29) };
}

/**
 * The verdict of ranked cues with the corrections that read two cues together: a noun after the name
 * ("the X group"), a title before it, the employer's slot before a title, and the cues that say a
 * span names none of our types. `base` gives the verdict before those corrections.
 */
export function decide(cues: readonly Cue[], base: (cues: readonly Cue[]) => Scored): Scored {
  // Framing found while cutting decides first.
  const placeNamed = find(cues, 'place-named-org');
  if (placeNamed) return has(cues, 'title-object') ? { type: null, score: 0, cue: { kind: 'title-object' } } : { type: 'ORG', score: GOOD, cue: placeNamed };
  if (has(cues, 'road-number')) return { type: 'PLACE', score: GOOD, cue: { kind: 'road-number' } };
  if (has(cues, 'code')) return { type: null, score: 0, cue: { kind: 'code' } };
  if (has(cues, 'byline-role')) return { type: null, score: 0, cue: { kind: 'byline-role' } };
  if (has(cues, 'inverted-name')) return { type: 'PERSON', score: STRONG, cue: { kind: 'inverted-name' } };

  // "Jordan never waits. She …": the first name, not the country (its place reading is strong otherwise).
  if (has(cues, 'given-name-subject')) return { type: 'PERSON', score: GOOD, cue: { kind: 'given-name-subject' } };
  let v = base(cues);
  // "the Islamic State group", "the Acme company": the noun after the name says organization or place.
  const follower = cues.find((c) => c.kind === 'org-follower' || c.kind === 'party-follower' || c.kind === 'place-follower');
  if (follower && v.type !== null) {
    const followerType: EntityType = follower.kind === 'place-follower' ? 'PLACE' : 'ORG';
    const k = v.cue.kind;
    // A small town's name is also a party's or a firm's ("the ruling X party"); a big place's is not.
    const cityOrg = v.cue.kind === 'gazetteer' && v.cue.place === 'city' && follower.kind === 'party-follower';
    const firm = k === 'gazetteer' || k === 'word-city' || k === 'given-name' || k === 'initials';
    if (followerType !== v.type && (v.score < STRONG || (HEAD_KINDS.has(k) && k !== 'head-branch')) && (cityOrg || !firm)) {
      v = { type: followerType, score: GOOD, cue: follower };
    }
    // A shape's guess that the noun after the name confirms ("Xfax news agency", "the Yor group").
    else if (followerType === v.type && v.score < GOOD && SHAPE_KINDS.has(k)) v = { type: followerType, score: GOOD, cue: follower };
  }
  const title = find(cues, 'title');
  if (title) {
    // A title outranks everything but a head noun ("President Hotel" stays a place).
    const officeAndGiven = title.givenFollows && !title.royal;
    if (v.score < STRONG || v.type === 'PERSON' || v.cue.kind === 'given-name' || officeAndGiven) return { type: 'PERSON', score: STRONG, cue: title };
    return v;
  }
  // Not names of our three types.
  if (has(cues, 'title-object') && v.score < STRONG) return { type: null, score: 0, cue: { kind: 'title-object' } };
  if (has(cues, 'work-noun-before')) return { type: null, score: 0, cue: { kind: 'work-noun-before' } };
  if (has(cues, 'work-frame') && v.score < STRONG) return { type: null, score: 0, cue: { kind: 'work-frame' } };
  if (has(cues, 'common-acronym') && v.score < STRONG) return { type: null, score: 0, cue: { kind: 'common-acronym' } };
  if (has(cues, 'people-noun-after') && v.score < STRONG) return { type: null, score: 0, cue: { kind: 'people-noun-after' } };
  if (has(cues, 'noun-modifier') && v.score < STRONG && v.type === 'PERSON') return { type: null, score: 0, cue: { kind: 'noun-modifier' } };
  if (has(cues, 'quoted-title') && v.score < STRONG) return { type: null, score: 0, cue: { kind: 'quoted-title' } };
  if (v.cue.kind === 'named-thing' || v.cue.kind === 'meeting-in-city') return { type: null, score: 0, cue: v.cue };
  if (has(cues, 'model-number') && v.score < STRONG && v.type !== 'PLACE') return { type: null, score: 0, cue: { kind: 'model-number' } };
  // The words right before a title that a name follows are its employer ("Acme Chief Executive X"),
  // never a first name; portfolios are dictionary words ("Foreign Affairs Minister"), and capitals
  // say little in a headline.
  if (has(cues, 'employer-slot') && v.score < STRONG && v.type !== null) {
    const k = v.cue.kind;
    if (k !== 'given-name' && k !== 'role-before' && k !== 'shape-common-words' && !has(cues, 'headline')) return { type: 'ORG', score: GOOD, cue: { kind: 'employer-slot' } };
  }
  return v;
}

/** The hand-set scorer: ranked cue kinds (HAND_WEIGHTS) and the corrections of decide(). */
export const handScorer: SpanScorer = {
  score(cues) {
    return decide(cues, (cs) => {
      const { cue, weight } = rankedBase(cs);
      return { type: weight.type, score: weight.score, cue };
    });
  },
};
