// Typed cues: what the detector saw in and around a span that bears on its type. The cue stage
// (cues.ts) and the document stage (consistency.ts) produce them; a SpanScorer (scorer.ts) weighs
// them; the hover's "why" text (`DetectedMention.evidence`) is derived from the deciding cue by
// describeCue. No stage parses a cue's text: they branch on `kind`.
import type { PlaceKind } from '../gazetteer';

/** Cues that carry the word that fired them (shown in the hover: "head:University"). */
export type WordCueKind =
  /** Organization head noun as the name's head ("Harlow University"). */
  | 'org-head'
  /** Organization head that also names a building ("Science Center"): a place in a travel guide. */
  | 'facility-head'
  /** Place head noun ("Tigris River") or a place-joining "of" ("Gulf of X"). */
  | 'place-head'
  /** "of"/"for" kept by an organization head before it ("University of X"). */
  | 'org-connector'
  /** A one-word institution as the head ("White House"). */
  | 'institution-head'
  /** An organization head before a country ("X Foundation Kenya"): a branch. */
  | 'head-branch'
  /** A sports club's last word ("Xtown United", "Yford Rovers", "Zby FC"): a club. */
  | 'team-tail'
  /** A place prefix opens the name ("Mount X", "Lake Y"). */
  | 'place-prefix'
  /** A compass or size word before a known place ("North X"). */
  | 'place-modifier'
  /** A Romance article or place word opens the name ("La X", "Playa Y"). */
  | 'place-article'
  /** A compass or size word before an unknown name ("Upper Xford"): weak. */
  | 'place-modifier-weak'
  /** Cited by a news outlet: "told X", "according to X" (word: told | according-to). */
  | 'cited-by'
  /** A lower-case role word right before ("spokesman X", "Mr X" written lower). */
  | 'role-before'
  /** A member noun right after ("an X spokesman", "X officials"). */
  | 'member-noun'
  /** An organization noun right after ("the X group"). */
  | 'org-follower'
  /** A noun after the name that a town's name may carry too ("the X party"): organization even for a known town. */
  | 'party-follower'
  /** A place noun right after ("X province"). */
  | 'place-follower'
  /** A preposition of place right before a lone unknown name ("in X"). */
  | 'place-preposition';

/** Cues without a word of their own. */
export type PlainCueKind =
  | 'dateline'
  | 'dateline-agency'
  | 'byline'
  | 'salutation'
  | 'signature'
  /** A part of a photo credit ("Photo: A B/Xagency"): the photographer, or an agency. */
  | 'credit-person'
  | 'credit-agency'
  /** An item of an airport terminal's list of airlines ("Terminal 2: Xland (Gates 10 & 11), Yline"): an airline. */
  | 'carrier-list'
  /** A job on a byline line ("By Staff Reporter", "STAFF REPORTER"): no name. */
  | 'byline-role'
  /** The paper on a staff line ("Xtown Times Staff Writer", "Staff Reporter for the Ycity Herald"): an organization. */
  | 'byline-outlet'
  | 'speaker-label'
  /** A law, event, product or work head ("X Act", "X Festival", "X Telescope"): no name of our types. */
  | 'named-thing'
  /** "Xtown Conference": a meeting named after its host city. */
  | 'meeting-in-city'
  | 'possessive-name'
  | 'ampersand'
  /** A one-word institution ("Parliament", "Kremlin"). */
  | 'institution'
  /** A single being needing no first name ("God"). */
  | 'being'
  | 'initials'
  /** Every word is in capitals: emphasis, not an acronym (with a given-name cue, a person). */
  | 'acronym'
  /** A small town's name that is also a company's, in a story about companies ("Xburg raised prices"). */
  | 'company-town'
  /** Company talk around a name: company dictionary and a verb, "its", "the company", "shares". */
  | 'company'
  /** A town whose name is also a word, after a place preposition ("in Reading"). */
  | 'word-city'
  /** A verb of saying before or after a name of two or more words. */
  | 'said'
  /** A person's apposition or life event after the name: "X, a nurse,", "X was born", "X died". */
  | 'person-after'
  /** "analysts at X". */
  | 'at-employer'
  /** A surname of the people-name list before a verb of saying ("Dorsey said"). */
  | 'said-surname'
  /** An unknown lone word before "said" ("Zentrix said"): more often a body. */
  | 'said-single'
  /** A lone word of the people-name list that is no company, ordinary word, given name or place ("Okonjo"). */
  | 'listed-surname'
  /**
   * A lone first name that is also a country or state ("Jordan", "Georgia") as the subject of a verb,
   * taken up by "he"/"she" rather than "it": the person.
   */
  | 'given-name-subject'
  /** An author cited with a year: "(X, 2010)", "X (2010)", "X et al.", "(X & Y, 2010)": a person. */
  | 'cited-author'
  /** A name spoken to or introducing oneself: "Hi X", "Thanks, X", "X, you're next", "I'm X". */
  | 'vocative'
  /** A lone first word of a sentence joined by "and" to a lone name typed by its context ("X and Ycorp said"): that type. */
  | 'coordinated'
  /** "X is a village", "X, a market town": the sentence calls a lone name a place. */
  | 'place-apposition'
  /** "X, a perfume house,", "X, a note-taking startup that …": an apposition calls the name a firm or a body. */
  | 'org-apposition'
  /** "X, <state or country>". */
  | 'place-comma'
  /** A lower-case particle of personal names inside ("bin", "van der"). */
  | 'particle-name'
  /** Two or three words, each in the people-name list. */
  | 'people-names'
  /** A sports club's opening word before a name that is no place ("Real X", "Dynamo Y"). */
  | 'club-word'
  /** A known place first, then a word that is no first name ("Xtown United"). */
  | 'place-first'
  /** Shape guesses, exactly one per span without other cues. */
  | 'shape-common-words'
  | 'shape-single'
  | 'shape-common-last'
  | 'shape-short'
  | 'shape-long'
  /** Framing found while cutting spans (spans.ts). */
  | 'employer-slot'
  | 'title-object'
  | 'place-named-org'
  | 'road-number'
  | 'code'
  | 'inverted-name'
  /** Not a name of our types: a work ("the film X", a quoted title), a model number ("X 500"). */
  | 'work-noun-before'
  /**
   * The title of a work by its frame: a year in parentheses right after ("X Y (1961)"), or the
   * object of "starred in", "appeared in".
   */
  | 'work-frame'
  /** A noun for a people right after ("the X people", "the X language"): a people's name. */
  | 'people-noun-after'
  /**
   * A lone given name modifying the common noun right after it ("the Hubble data", "new Kepler
   * images"): a telescope, a mission or a product named after someone, not a person.
   */
  | 'noun-modifier'
  /**
   * Capitals used as a common noun, not a name: after "a"/"an" or a possessive ("a first-round KO",
   * "his lifetime ERA"), before a noun of testing ("SAT scores"), or a variable of a formula ("IQR = Q3 - Q1").
   */
  | 'common-acronym'
  | 'quoted-title'
  | 'model-number'
  /** Position: the first word of a sentence, or a title-case or shouted line. */
  | 'sentence-initial'
  | 'headline'
  /** Document stage: acronym defined in the text, a surname or given name of a full name here, a core name. */
  | 'acronym-definition'
  | 'surname'
  | 'core-name'
  | 'given-name-in-document'
  | 'given-name-of-titled';

export type Cue =
  | { readonly kind: WordCueKind; readonly word: string }
  | { readonly kind: PlainCueKind }
  /** A gazetteer place reading of the whole span. */
  | { readonly kind: 'gazetteer'; readonly place: PlaceKind | 'abbreviation' }
  /**
   * A title cut off before the name ("Ambassador X"). royal: "King", "Saint" (which also name
   * streets); givenFollows: a given name follows the title, so a head noun at the end is a surname.
   */
  | { readonly kind: 'title'; readonly word: string; readonly royal: boolean; readonly givenFollows: boolean }
  /**
   * The first word is a given name. caps: read from a whole-caps span; plain: no ordinary word or
   * place either (then a sentence-initial lone one is kept without confirmation).
   */
  | { readonly kind: 'given-name'; readonly word: string; readonly caps: boolean; readonly plain: boolean }
  /**
   * The span fills a whole cell of a tab-separated table under a header that names what the column
   * holds ("City", "Company", "Name"); `word` is the header, `type` what it names.
   */
  | { readonly kind: 'table-column'; readonly word: string; readonly type: 'PERSON' | 'ORG' | 'PLACE' };

export type CueKind = Cue['kind'];

/** Cue kinds that are shape defaults: the scorer falls back on them when nothing else speaks. */
export const SHAPE_KINDS: ReadonlySet<CueKind> = new Set(['shape-common-words', 'shape-single', 'shape-common-last', 'shape-short', 'shape-long']);

/** Cue kinds read from the words around the span (for deferral: such a cue confirms a sentence-initial word). */
export const CONTEXT_KINDS: ReadonlySet<CueKind> = new Set([
  'cited-by', 'role-before', 'member-noun', 'org-follower', 'party-follower', 'place-follower', 'place-preposition',
  'said', 'at-employer', 'said-surname', 'said-single', 'place-comma', 'person-after', 'place-apposition', 'vocative',
  'org-apposition', 'given-name-subject', 'cited-author',
]);

/** Cue kinds of a head noun or a connector kept by one. */
export const HEAD_KINDS: ReadonlySet<CueKind> = new Set(['org-head', 'facility-head', 'place-head', 'org-connector', 'head-branch']);

/**
 * The hover's "why" text of a cue, in the form the resolver and exports have always read
 * ("head:University", "gazetteer:country", "title:President", "default:single"). Shape defaults
 * start with "default" (resolve/global.ts reads that prefix).
 */
export function describeCue(c: Cue): string {
  switch (c.kind) {
    case 'org-head': case 'facility-head': case 'place-head': case 'org-connector': case 'institution-head': return `head:${c.word}`;
    case 'head-branch': return `head-branch:${c.word}`;
    case 'place-prefix': return `prefix:${c.word}`;
    case 'place-modifier': return `place-modifier:${c.word}`;
    case 'team-tail': return `team:${c.word}`;
    case 'place-article': case 'place-modifier-weak': return `place-word:${c.word}`;
    case 'cited-by': return `context:${c.word}`;
    case 'role-before': return `context:role:${c.word.toLowerCase()}`;
    case 'member-noun': return `context:member:${c.word}`;
    case 'org-follower': case 'party-follower': case 'place-follower': return `context:${c.word}`;
    case 'place-preposition': return `context:${c.word}`;
    case 'gazetteer': return `gazetteer:${c.place}`;
    case 'title': return `title:${c.word}`;
    case 'given-name': return `given:${c.word}`;
    case 'table-column': return `column:${c.word}`;
    case 'word-city': return 'gazetteer:word-city';
    case 'said': return 'context:said';
    case 'person-after': return 'context:person-after';
    case 'at-employer': return 'context:at-employer';
    case 'said-surname': return 'context:said-surname';
    case 'said-single': return 'context:said-single';
    case 'place-comma': return 'context:place-comma';
    case 'place-apposition': return 'context:place-apposition';
    case 'org-apposition': return 'context:org-apposition';
    case 'vocative': return 'context:vocative';
    case 'named-thing': case 'meeting-in-city': return 'document';
    case 'place-first': case 'place-named-org': return 'place-named';
    case 'shape-common-words': return 'default:common-words';
    case 'shape-single': return 'default:single';
    case 'shape-common-last': return 'default:common-last';
    case 'shape-short': return 'default:short';
    case 'shape-long': return 'default:long';
    // A guess like the shapes: the resolver may retype it from a name of another document.
    case 'listed-surname': return 'default:listed-surname';
    case 'employer-slot': return 'title-employer';
    case 'given-name-of-titled': return 'given-name';
    default: return c.kind;
  }
}
