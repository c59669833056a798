// Shared vocabulary of the engine. Offsets everywhere are JavaScript string offsets (UTF-16 code
// units) into the document text, end exclusive, so `text.slice(start, end)` is the span's text.

export type EntityType = 'PERSON' | 'ORG' | 'PLACE';
export const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'PLACE'];

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** One token as the tagger saw it, with its exact place in the original text. */
export interface Token extends Span {
  readonly text: string;
  /** Universal POS tag from wink-nlp (PROPN, NOUN, VERB, PUNCT, SPACE, ...). */
  readonly pos: string;
  /** wink-nlp token type: word, number, punctuation, emoji, tabCRLF, ... */
  readonly kind: string;
  /** Index of the sentence that holds this token. */
  readonly sentence: number;
  /** Whitespace before this token contains a line break. */
  readonly lineStart: boolean;
}

export interface Sentence extends Span {
  /** Index of the first token of the sentence and one past its last. */
  readonly firstToken: number;
  readonly endToken: number;
}

/** A paragraph is text between blank lines (or the document's ends). */
export type Paragraph = Span;

export interface TextAnalysis {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly paragraphs: readonly Paragraph[];
}

/** Why two names were judged to be one entity; kept so the reader can see it (and undo it). */
export interface MergeReason {
  readonly alias: string;
  readonly target: string;
  /** short machine-readable rule id: surname, given-name, acronym-definition, initials, dotted, shortening, possessive, same-name, curation ... */
  readonly rule: string;
  /**
   * Cross-document links only (rules same-full-name, same-acronym-definition, known-variant,
   * shared-context): the evidence in words ("same full name", "shared context: A, B, C").
   */
  readonly evidence?: string;
  /** Cross-document links only: 'strong' when full forms agree, 'weak' when a short or ambiguous name was joined by shared context. */
  readonly strength?: LinkStrength;
  /** Cross-document context links only: similarity (0..1, IDF-weighted overlap coefficient) of the two document-entities' contexts. */
  readonly score?: number;
  /** Cross-document links only: the documents of the alias and of the target, as document ids. */
  readonly documents?: readonly [string, string];
}

export type LinkStrength = 'strong' | 'weak';

/**
 * A document-level entity the resolver did not join to another document's entity for lack of evidence,
 * though a name of it points there ("Dorsey" alone, where another document names "John Dorsey").
 */
export interface PossibleLink {
  /** The other entity's id. */
  readonly entity: string;
  /** Its display name when the suggestion was made. */
  readonly name: string;
  /** The document whose entity is the separate one (this entity's side). */
  readonly document: string;
  /** Why it is suggested, in words ("surname only; no shared context"). */
  readonly evidence: string;
}

/** A mention found in one document, before cross-document resolution. */
export interface DetectedMention extends Span {
  readonly text: string;
  readonly type: EntityType;
  /** Titles, roles and appositions attached to this mention ("U.S. ambassador to Iraq"). */
  readonly descriptors?: readonly string[];
  /** Cue that decided the type, for hover cards and debugging ("gazetteer:country", "title:Ambassador" ...). */
  readonly evidence?: string;
  /**
   * The name this mention stands for when its text alone would mislead: a transcript label or any
   * person written in whole capitals shown in title case (mentions/displayName.ts), or expanded to the one full name it abbreviates in the document
   * ("B. SALTER" → "Bernard Salter"). Resolution uses it in place of `text`; `text` stays the exact
   * slice of the document.
   */
  readonly name?: string;
}

/**
 * full: a quoted utterance of a clause or more; fragment: a few quoted words woven into the writer's
 * sentence; turn: a speaker's turn in a transcript (the text after a speaker label); indirect:
 * reported speech ("X said (that) …"), the reported clause without quotation marks.
 */
export type QuoteKind = 'full' | 'fragment' | 'turn' | 'indirect';

export interface DetectedQuote extends Span {
  readonly text: string;
  readonly kind: QuoteKind;
  /** Index into the document's mentions of the speaker's mention, or null when none was found. */
  readonly speakerMention: number | null;
  /** The words that named the speaker (a name, or a pronoun resolved to `speakerMention`). */
  readonly speakerText: string | null;
  /**
   * What attributed the quote: the verb of saying as written, lower case ("said", "snapped"),
   * "according to", "label" (a transcript's speaker label), "byline" (first person resolved to the
   * author), "signature" ("…" — X), "colon" (X on Y: "…"). Absent when the speaker was inherited
   * from a neighbouring quote or none was found.
   */
  readonly cue?: string;
  /** "government" when the speaker mention is a place speaking as its government ("Washington said"). */
  readonly speakerRole?: 'government';
}

/** Everything the engine finds in one document on its own. */
export interface DocumentAnnotation {
  readonly mentions: readonly DetectedMention[];
  readonly quotes: readonly DetectedQuote[];
  /** Acronym definitions stated in the text: "World Health Organization (WHO)" gives {short, long}. */
  readonly definitions: readonly { readonly short: string; readonly long: string }[];
}

/** A document's annotation placed in the corpus: every mention knows its entity. */
export interface ResolvedMention extends DetectedMention {
  readonly entity: string;
}

export interface ResolvedQuote extends DetectedQuote {
  /** Entity id of the speaker, or null. */
  readonly speaker: string | null;
}

export interface Entity {
  /** Stable id derived from the canonical name and type, shared across documents. */
  readonly id: string;
  readonly type: EntityType;
  /** Display name: the fullest name, or the reader's chosen name. */
  readonly name: string;
  /** Every distinct surface form, canonical name included. */
  readonly aliases: readonly string[];
  readonly descriptors: readonly string[];
  readonly reasons: readonly MergeReason[];
  /** Entities of other documents this one may be, shown to the reader but not merged. */
  readonly possiblySame?: readonly PossibleLink[];
  /**
   * Ids the entity had before the reader changed its type ("org:x" retyped PERSON is "person:x"):
   * look-ups by id accept them (curation/ids.ts, entityById), so links and exports that kept the old id resolve.
   */
  readonly formerIds?: readonly string[];
}

/** One document after resolution (and curation): what the editor and the exports show. */
export interface ResolvedDocument {
  /** Caller's key for the document: a URI string in the editor, a path in the CLI. */
  readonly id: string;
  readonly text: string;
  /** Sorted by start offset. */
  readonly mentions: readonly ResolvedMention[];
  /** Sorted by start offset. */
  readonly quotes: readonly ResolvedQuote[];
}

/** An immutable view of the whole corpus at one moment. */
export interface ResolvedCorpus {
  /** Documents in reading order (sorted by id). */
  readonly documents: readonly ResolvedDocument[];
  readonly entities: ReadonlyMap<string, Entity>;
}
