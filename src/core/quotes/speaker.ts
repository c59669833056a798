// Who said a quote: cues right after it ("…," X said / said X / according to X), then cues in the
// sentence before it (X said: "…"). Pronouns are resolved to a person mentioned earlier.
import type { Span } from '../types';
import { insideQuoted, isAbbreviationStop, mentionsIn, sentenceStart, wordAfterSubject, wordsIn, type QuoteContext, type Word } from './context';
import { pronounGender } from './gender';
import { organizationNoun, resolveOrganization, resolveRole } from './nominal';
import { isSpeechVerb } from '../lexicon/speechVerbs';
import { OTHER_PRONOUNS, PERSONAL_PRONOUNS, SPEECH_VERBS, WEAK_SPEECH_VERBS } from './lexicon';

export interface Attribution {
  /** Index of the speaker's mention (for a pronoun: its antecedent), or null for an unnamed speaker. */
  readonly mention: number | null;
  /** Words that named the speaker in the text. */
  readonly text: string | null;
  /** A weak cue ("called it") is enough for a fragment, not for a full quote's attribution. */
  readonly weak: boolean;
  /** The cue that attributed the quote: the verb as written, lower case ("said", "snapped"), "according to", … */
  readonly cue?: string;
  /** The speaker mention is a place acting as its government ("Washington said"). */
  readonly role?: 'government';
}

function cueOf(ctx: QuoteContext, verb: VerbHit): string {
  return verb.according ? 'according to' : ctx.text.slice(verb.start, verb.end).toLowerCase();
}

export interface SpeakerWindow {
  readonly quote: Span;
  /** Where the text after the quote stops counting (next quote, paragraph or sentence end). */
  readonly postEnd: number;
  /** End of the paragraph after the quote: "…," the minister said. X added … may name the speaker next. */
  readonly paragraphEnd?: number;
  /** Where the text before the quote starts counting (previous quote, paragraph or sentence start). */
  readonly preStart: number;
  /** Surname-like key of the previous quote's speaker, to prefer it when resolving a pronoun. */
  readonly previousSpeaker: string | null;
}

/** How far back a pronoun may look for its antecedent. */
const PRONOUN_LOOKBACK = 1500;
/** Subject and apposition between a quote and its verb ("…," X, the head of Y, said) stay short. */
const MAX_SUBJECT_CHARS = 160;
/** A pronoun keeps pointing at the last quoted speaker only while that speaker was named recently. */
const RECENT_SPEAKER = 700;
/** Role words before a name ("regional police chief"). */
const MAX_ROLE_WORDS = 4;
/** A sentence's subject comes early: "While in Paris, Prime Minister X met ...". */
const MAX_WORDS_BEFORE_SUBJECT = 5;
/** Words a subject placed right after a quote can start with ("…," the minister said). */
const SUBJECT_START = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'one', 'another', 'our', 'my', 'this', 'that', 'former', 'then']);

/** "the report", "his claim": after a determiner a verb of saying is its noun. */
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those']);

interface VerbHit extends Word {
  readonly according: boolean;
  readonly weak: boolean;
}

/** A word as a verb hit; fields written out, not spread: this runs for every verb of saying near a quote (a hot line of the CPU profile). */
function verbHit(w: Word, weak: boolean): VerbHit {
  return { start: w.start, end: w.end, lower: w.lower, according: false, weak };
}

/** Where a verb window lies relative to its quote: the open class of verbs counts only next to it. */
type Side = 'after' | 'before';

/** Words between a quote and a verb of the open class after it ("…," the deputy minister snapped). */
const OPEN_VERB_REACH = 6;

/**
 * A verb of the open class (WordNet's verbs of communication and manner of speaking: snapped,
 * grumbled, conceded) attributes only in the tight frames of a speech tag: right after a quote that
 * ends with a comma, "!" or "?" ("“…,” snapped X", "“…,” X sighed"), or right before the quote with
 * only a comma or colon between ("X sighed, “…”", "X conceded: “…”").
 */
function openVerbFits(ctx: QuoteContext, side: Side, words: readonly Word[], i: number, quote: Span | undefined): boolean {
  if (quote === undefined) return false;
  const w = words[i];
  const previous = words[i - 1];
  // "the report", "Kim's answer": a noun, not the verb.
  if (previous !== undefined && (DETERMINERS.has(previous.lower) || /['’]s?$/.test(ctx.text.slice(previous.start, w.start).trim()))) return false;
  if (side === 'after') {
    const inner = ctx.text.slice(quote.start, quote.end).replace(/["'”’»\s]+$/, '');
    // "…," Xtown coach Ann Lee said: between a word and a name the open verb is a role noun ("coach",
    // "counsel"); a speech tag's open verb comes first ("…," snapped Ann Lee) or after the name.
    if (i > 0 && /^[ \t]+\p{Lu}/u.test(ctx.text.slice(w.end, w.end + 3))) return false;
    return i < OPEN_VERB_REACH && /[,!?—–…-]$/.test(inner);
  }
  return /^\s*[,:]\s*$/.test(ctx.text.slice(w.end, quote.start)) && previous !== undefined;
}

/** Words before a verb that make the saying unreal: "would say", "was going to say", "want to tell". */
const MODALS = new Set(['would', 'could', 'might', 'should', "wouldn't", 'wouldn’t', "couldn't", 'couldn’t']);
const WANTING = new Set(['going', 'want', 'wants', 'wanted', 'like', 'tempted', 'about']);

function irrealis(words: readonly Word[], i: number): boolean {
  const a = words[i - 1]?.lower;
  const b = words[i - 2]?.lower;
  return (a !== undefined && MODALS.has(a)) || (a === 'to' && b !== undefined && WANTING.has(b));
}

/**
 * Verbs of saying in [from, to), in text order. The closed list of common verbs counts anywhere in
 * the window; the open class only in a speech tag's frame (see openVerbFits). Linear in the window:
 * words and names are both in text order, so one sweep finds the words inside a name.
 */
function findVerbs(ctx: QuoteContext, from: number, to: number, side?: Side, quote?: Span): VerbHit[] {
  const words = wordsIn(ctx.text, from, to);
  const names = mentionsIn(ctx, from, to).map((i) => ctx.mentions[i]);
  const out: VerbHit[] = [];
  let k = 0;
  let reach = -1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    while (k < names.length && names[k].start <= w.start) reach = Math.max(reach, names[k++].end);
    // "State" in "the State Ministry" is a name, not the verb.
    if (w.end <= reach) continue;
    if (w.lower === 'according' && words[i + 1]?.lower === 'to') {
      out.push({ start: w.start, end: words[i + 1].end, lower: w.lower, according: true, weak: false });
    } else if (irrealis(words, i)) {
      continue;
    } else if (SPEECH_VERBS.has(w.lower) && !DETERMINERS.has(words[i - 1]?.lower ?? '')) {
      out.push(verbHit(w, WEAK_SPEECH_VERBS.has(w.lower)));
    } else if (side !== undefined && isSpeechVerb(w.lower) && openVerbFits(ctx, side, words, i, quote)) {
      out.push(verbHit(w, false));
    }
  }
  return out;
}

export function surnameKey(name: string): string {
  const words = name.toLowerCase().replace(/[’']s$/, '').split(/\s+/);
  return words[words.length - 1] ?? '';
}

function isPerson(ctx: QuoteContext, i: number): boolean {
  return ctx.mentions[i].type === 'PERSON';
}

/**
 * Antecedent of "he"/"she" at `pos`: a person named earlier in the same sentence, else the subject
 * of the nearest sentence naming a person, else the previous quote's speaker when recent.
 */
export function resolvePronoun(ctx: QuoteContext, pos: number, previousSpeaker: string | null, pronoun = ''): number | null {
  const floor = Math.max(0, pos - PRONOUN_LOOKBACK);
  const everyone = mentionsIn(ctx, floor, pos).filter((i) => isPerson(ctx, i) && !insideQuoted(ctx, ctx.mentions[i]) && !(ctx.notReferent?.(i, pos) ?? false));
  // "she" cannot be a man named before; if the names tell nothing, all stay candidates.
  const gender = pronounGender(pronoun);
  const fitting = gender === null ? everyone : everyone.filter((i) => (ctx.genders[i] ?? gender) === gender);
  const people = fitting.length > 0 ? fitting : everyone;
  if (people.length === 0) return null;
  const own = sentenceStart(ctx, pos, floor);
  // In the pronoun's own sentence the nearest person is meant ("X's brother, Y, when he said"),
  // but never a possessor ("X's").
  const inOwn = people.filter((i) => ctx.mentions[i].start >= own);
  const owner = (i: number) => /^['’]s?\b/.test(ctx.text.slice(ctx.mentions[i].end, ctx.mentions[i].end + 3)) || /['’]s?$/.test(ctx.mentions[i].text);
  const subjects = inOwn.filter((i) => !owner(i));
  if (subjects.length > 0) return subjects[subjects.length - 1];
  if (inOwn.length > 0) return inOwn[inOwn.length - 1];
  // The nearest sentence naming a person: its subject wins; a person named later in it (an object)
  // loses to the previous quote's speaker, who is usually still the one talking.
  const nearest = people[people.length - 1];
  const from = sentenceStart(ctx, ctx.mentions[nearest].start, floor);
  const first = people.find((i) => ctx.mentions[i].start >= from) ?? nearest;
  if (wordsIn(ctx.text, from, ctx.mentions[first].start).length <= MAX_WORDS_BEFORE_SUBJECT || beforeVerb(ctx, first) || subjectOfSaying(ctx, first, pos)) return first;
  if (previousSpeaker) {
    for (let k = people.length - 1; k >= 0 && ctx.mentions[people[k]].start >= pos - RECENT_SPEAKER; k--) {
      if (surnameKey(ctx.mentions[people[k]].text) === previousSpeaker) return people[k];
    }
  }
  return first;
}

/** Reach from a name to the verb of saying whose subject it is, past an apposition. */
const SUBJECT_TO_VERB = 60;

/**
 * "A mother of three, who gave her name only as X, said she …": the name's own clause ends at a
 * comma followed by a verb of saying, so the name is that verb's subject.
 */
function subjectOfSaying(ctx: QuoteContext, i: number, limit: number): boolean {
  const m = ctx.mentions[i];
  const clause = /^[^.;:!?"“”]*/.exec(ctx.text.slice(m.end, Math.min(limit, m.end + SUBJECT_TO_VERB)))?.[0] ?? '';
  for (let c = clause.indexOf(','); c >= 0; c = clause.indexOf(',', c + 1)) {
    const verb = wordsIn(ctx.text, m.end + c + 1, Math.min(limit, m.end + c + 20))[0];
    if (verb !== undefined && /^\s*$/.test(ctx.text.slice(m.end + c + 1, verb.start)) && SPEECH_VERBS.has(verb.lower) && !WEAK_SPEECH_VERBS.has(verb.lower)) return true;
  }
  return false;
}

const AUXILIARIES = new Set(['has', 'had', 'have', 'was', 'is', 'will', 'would', 'could', 'should', 'can', 'did', 'does', 'also', 'then']);

/** "…, Kim said the talks failed": a name right before a verb is that verb's subject. */
function beforeVerb(ctx: QuoteContext, i: number): boolean {
  const next = wordsIn(ctx.text, ctx.mentions[i].end, Math.min(ctx.text.length, ctx.mentions[i].end + 20))[0];
  return next !== undefined && next.start - ctx.mentions[i].end <= 1 && (SPEECH_VERBS.has(next.lower) || AUXILIARIES.has(next.lower));
}

function firstPronoun(words: readonly Word[], set: ReadonlySet<string>): Word | undefined {
  return words.find((w) => set.has(w.lower));
}

const PREPOSITION_BEFORE = /\b(by|of|with|to|for|from|at|in|about|on|against|like|than)\s+(the\s+)?$/i;

/** Nearest person before a verb that is not the object of a preposition ("Inspired by X, Y said"). */
function lastSubject(ctx: QuoteContext, people: readonly number[]): number {
  for (let k = people.length - 1; k >= 0; k--) {
    const m = ctx.mentions[people[k]];
    if (!PREPOSITION_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 20), m.start))) return people[k];
  }
  return people[people.length - 1];
}

/**
 * "Some advocates of the group, including former mayor X, have called …": the subject is a group
 * named by a common noun; the names in it are members or objects of a preposition, not the speaker.
 */
function groupSubject(ctx: QuoteContext, from: number, to: number): boolean {
  const lead = ctx.text.slice(from, to);
  if (!/^\s*(some|many|several|most|few|all|other|critics|opponents|supporters|advocates|residents|officials|experts|analysts)\b/i.test(lead)) return false;
  return mentionsIn(ctx, from, to).every((i) => {
    const before = ctx.text.slice(from, ctx.mentions[i].start);
    const clause = before.slice(before.lastIndexOf(',') + 1);
    return /\b(including|such as|like|among them|of|from|for|in|at|with)\b/i.test(clause);
  });
}

/** The speaker named in [from, to): a person mention, else he/she, else another mention (an organization). */
export function speakerIn(ctx: QuoteContext, from: number, to: number, previous: string | null, preferLast: boolean): Attribution | null {
  if (preferLast && groupSubject(ctx, from, to)) return { mention: null, text: null, weak: false };
  const inSpan = mentionsIn(ctx, from, to);
  const named = inSpan.filter((i) => isPerson(ctx, i));
  // "X's deputy, Y, …": the possessor is not the one speaking.
  const people = named.length > 1 ? named.filter((i) => !isPossessor(ctx, i)) : named;
  if (people.length > 0) {
    const i = preferLast ? lastSubject(ctx, people) : people[0];
    return { mention: i, text: ctx.mentions[i].text, weak: false };
  }
  // "I'm", "we've", "she'd": the pronoun without its contracted verb.
  const words = wordsIn(ctx.text, from, to).map((w) => ({ ...w, lower: w.lower.replace(/['’](m|ve|ll|d|re)$/, '') }));
  const pronoun = firstPronoun(words, PERSONAL_PRONOUNS);
  if (pronoun) return { mention: resolvePronoun(ctx, pronoun.start, previous, ctx.text.slice(pronoun.start, pronoun.end)), text: ctx.text.slice(pronoun.start, pronoun.end), weak: false };
  // Before a verb the subject is the pronoun nearest to it ("We came, and they said").
  const other = preferLast ? [...words].reverse().find((w) => OTHER_PRONOUNS.has(w.lower) || PERSONAL_PRONOUNS.has(w.lower)) : firstPronoun(words, OTHER_PRONOUNS);
  if (other && PERSONAL_PRONOUNS.has(other.lower)) {
    return { mention: resolvePronoun(ctx, other.start, previous, ctx.text.slice(other.start, other.end)), text: ctx.text.slice(other.start, other.end), weak: false };
  }
  if (other) {
    // "I said" in a letter, speech or interview answer: its author or the turn's speaker.
    const self = (other.lower === 'i' || other.lower === 'we') && ctx.firstPerson ? ctx.firstPerson(other.start) : null;
    return self != null ? { mention: self, text: ctx.text.slice(other.start, other.start + other.lower.length), weak: false } : { mention: null, text: null, weak: false };
  }
  // "… wrote on Twitter", "… told Reuters": a place, platform or listener, not the speaker. A place
  // speaks only as a government, as the verb's own subject ("Washington said", "said Paris").
  const others = inSpan.filter((i) => !PREPOSITION_IN_WINDOW.test(ctx.text.slice(Math.max(from, ctx.mentions[i].start - 20), ctx.mentions[i].start))
    && (ctx.mentions[i].type !== 'PLACE' || placeActs(ctx, i, from, to)));
  if (others.length > 0) {
    const i = preferLast ? others[others.length - 1] : others[0];
    return ctx.mentions[i].type === 'PLACE' ? { mention: i, text: ctx.mentions[i].text, weak: false, role: 'government' } : { mention: i, text: ctx.mentions[i].text, weak: false };
  }
  const noun = organizationNoun(words);
  if (noun) {
    const org = resolveOrganization(ctx, noun.lower, noun.start);
    return { mention: org, text: ctx.text.slice(words[0].start, noun.end), weak: false };
  }
  const person = resolveRole(ctx, words, from);
  if (person != null) return { mention: person, text: ctx.text.slice(words[0].start, words[words.length - 1].end), weak: false };
  return null;
}

/** A place next to the window's edge, where the verb is, with nothing but a comma or space between. */
function placeActs(ctx: QuoteContext, i: number, from: number, to: number): boolean {
  const m = ctx.mentions[i];
  // "a farmer near Lake X said": the object of a preposition does not act.
  if (/\b(near|from|of|outside|inside|across|around|for|in|at|on|to|by|with)\s+(the\s+)?$/i.test(ctx.text.slice(Math.max(0, m.start - 12), m.start))) return false;
  return /^[\s,]*$/.test(ctx.text.slice(from, m.start)) || /^[\s]*$/.test(ctx.text.slice(m.end, to));
}

const PREPOSITION_IN_WINDOW = /\b(on|in|at|to|told|tells|tell|with|by)\s+(the\s+)?$/i;

function isPossessor(ctx: QuoteContext, i: number): boolean {
  const m = ctx.mentions[i];
  return /^['’]s?\b/.test(ctx.text.slice(m.end, m.end + 3)) || /['’]s?$/.test(m.text);
}

/** End of the clause after a verb: the next comma, semicolon or stop that is not inside a name. */
function clauseEnd(ctx: QuoteContext, from: number, to: number): number {
  const names = mentionsIn(ctx, from, to).map((i) => ctx.mentions[i]);
  let k = 0;
  let reach = -1;
  for (let j = from; j < to; j++) {
    if (!/[,;.:!?]/.test(ctx.text[j])) continue;
    while (k < names.length && names[k].start <= j) reach = Math.max(reach, names[k++].end);
    if (j < reach) continue;
    // The stop of a title ("Sen.", "Gov.") or an initial does not end the clause.
    if (ctx.text[j] === '.' && isAbbreviationStop(ctx, j)) continue;
    if (j > from) return j;
  }
  return to;
}

/** "…," regional president X said: a few lower-case role words, then the name, with no comma between. */
function roleBeforeName(ctx: QuoteContext, from: number, to: number): boolean {
  const names = mentionsIn(ctx, from, to);
  const firstName = names.length > 0 ? ctx.mentions[names[0]].start : to;
  const pronoun = wordsIn(ctx.text, from, to).find((x) => PERSONAL_PRONOUNS.has(x.lower));
  const subject = Math.min(firstName, pronoun ? pronoun.start : to);
  if (subject >= to) return false;
  const lead = /^[\s,—–-]*/.exec(ctx.text.slice(from, subject))?.[0].length ?? 0;
  for (let j = from + lead; j < subject; j++) {
    // The stop of a title ("lead author Dr. X") does not break the role off the name.
    if (/[,;:.]/.test(ctx.text[j]) && !(ctx.text[j] === '.' && isAbbreviationStop(ctx, j))) return false;
  }
  return wordsIn(ctx.text, from, subject).length <= MAX_ROLE_WORDS;
}

/** Attribution after the quote: "…," said X / "…," X said / "…," according to X. */
function afterQuote(ctx: QuoteContext, w: SpeakerWindow): Attribution | null {
  const inner = ctx.text.slice(w.quote.start, w.quote.end);
  // "…" — X: a name right after a dash signs the quote.
  const dash = /^[ \t]*\n?[ \t]*[—–-]{1,2}[ \t]*/.exec(ctx.text.slice(w.quote.end, w.quote.end + 12));
  if (dash) {
    const signed = mentionsIn(ctx, w.quote.end, w.quote.end + dash[0].length + 200)[0];
    if (signed !== undefined && ctx.mentions[signed].start === w.quote.end + dash[0].length) {
      return { mention: signed, text: ctx.mentions[signed].text, weak: false, cue: 'signature' };
    }
  }
  const verbs = findVerbs(ctx, w.quote.end, w.postEnd, 'after', w.quote);
  const verb = verbs[0];
  if (!verb) return null;
  const lead = ctx.text.slice(w.quote.end, verb.start);
  // "…." followed by a new capitalised sentence is not attributed by what follows.
  if (/\.["'”’]?$/.test(inner.replace(/\s+$/, '')) && /^\s*\p{Lu}/u.test(lead) && lead.trim() !== '') {
    const first = wordsIn(ctx.text, w.quote.end, verb.start)[0];
    if (!first || !PERSONAL_PRONOUNS.has(first.lower)) return null;
  }
  const weak = verb.weak;
  const cue = cueOf(ctx, verb);
  if (/^[\s,—–-]*$/.test(lead)) {
    const stop = clauseEnd(ctx, verb.end, w.postEnd);
    let found = speakerIn(ctx, verb.end, stop, w.previousSpeaker, false);
    // "…," said the lawyer, X: the name in apposition to a role.
    if ((found === null || found.mention === null) && ctx.text[stop] === ',') {
      const next = mentionsIn(ctx, stop, clauseEnd(ctx, stop + 1, w.postEnd))[0];
      if (next !== undefined && isPerson(ctx, next) && /^,\s*$/.test(ctx.text.slice(stop, ctx.mentions[next].start))) found = { mention: next, text: ctx.mentions[next].text, weak: false };
    }
    return found ? { ...found, weak, cue } : { mention: null, text: null, weak, cue };
  }
  // "…," and that X said … starts a new clause about something else.
  if (lead.length > MAX_SUBJECT_CHARS || /["“”]/.test(lead) || /^[\s,—–-]*(&|(and|but|or|because|while|when|as|so|if)\b)/i.test(lead)) return null;
  const first = /^[\s,—–-]*([\p{L}]+)/u.exec(lead)?.[1] ?? '';
  if (!/^\p{Lu}/u.test(first) && !SUBJECT_START.has(first.toLowerCase()) && !roleBeforeName(ctx, w.quote.end, verb.start)) return null;
  const found = speakerIn(ctx, w.quote.end, verb.start, w.previousSpeaker, false);
  if (found?.mention == null && !wordsIn(ctx.text, w.quote.end, verb.start).some((x) => OTHER_PRONOUNS.has(x.lower))) {
    const named = namedInNextSentence(ctx, w);
    if (named !== null) return { mention: named, text: ctx.mentions[named].text, weak, cue };
  }
  return found ? { ...found, weak, cue } : { mention: null, text: null, weak, cue };
}

/** How far into the next sentence its subject and verb may lie. */
const NEXT_SENTENCE_REACH = 200;

/**
 * "…," the foreign minister said. Lena Marsh added that …: a speaker given only by role is the
 * person who opens the next sentence as the subject of a verb of saying.
 */
function namedInNextSentence(ctx: QuoteContext, w: SpeakerWindow): number | null {
  if (w.paragraphEnd === undefined || !/[.!?]$/.test(ctx.text.slice(w.postEnd - 1, w.postEnd))) return null;
  const to = Math.min(w.paragraphEnd, w.postEnd + NEXT_SENTENCE_REACH);
  const lead = /^[\s"'”’)]*/.exec(ctx.text.slice(w.postEnd, to))?.[0].length ?? 0;
  const first = mentionsIn(ctx, w.postEnd, to)[0];
  if (first === undefined || ctx.mentions[first].start !== w.postEnd + lead || !isPerson(ctx, first)) return null;
  const after = wordAfterSubject(ctx.text, ctx.mentions[first].end, to);
  const verb = after?.lower === 'also' ? wordsIn(ctx.text, after.end, to)[0] : after;
  return verb !== undefined && SPEECH_VERBS.has(verb.lower) && !WEAK_SPEECH_VERBS.has(verb.lower) ? first : null;
}

/** Attribution before the quote: X said: "…" / said X, "…" / According to X, "…". */
function beforeQuote(ctx: QuoteContext, w: SpeakerWindow): Attribution | null {
  const verbs = findVerbs(ctx, w.preStart, w.quote.start, 'before', w.quote);
  const verb = verbs[verbs.length - 1];
  const lead = ctx.text.slice(w.preStart, w.quote.start);
  if (!verb) {
    // "X on the plan: "…"" — a colon introduces speech of the sentence's subject.
    if (!/:\s*$/.test(lead)) return null;
    const found = speakerIn(ctx, w.preStart, w.quote.start, w.previousSpeaker, false);
    // "My patients often start with: “…”": someone unnamed speaks; the quote is not anyone else's.
    return found ? { ...found, cue: 'colon' } : wordsIn(ctx.text, w.preStart, w.quote.start).length >= 2 ? { mention: null, text: null, weak: false, cue: 'colon' } : null;
  }
  if (verb.according) {
    const found = speakerIn(ctx, verb.end, w.quote.start, w.previousSpeaker, false);
    return found ? { ...found, weak: false, cue: 'according to' } : null;
  }
  // "X was told by Y: …": in the passive the one after "by" speaks.
  if (/\b(was|were|been|being|is|are)\s+$/i.test(ctx.text.slice(Math.max(w.preStart, verb.start - 10), verb.start))) {
    const by = /^\s+by\s+/i.exec(ctx.text.slice(verb.end, verb.end + 6));
    const from = by ? verb.end + by[0].length : -1;
    const agent = by ? mentionsIn(ctx, from, w.quote.start)[0] : undefined;
    if (agent !== undefined && ctx.mentions[agent].start === from) return { mention: agent, text: ctx.mentions[agent].text, weak: verb.weak, cue: cueOf(ctx, verb) };
  }
  const cue = cueOf(ctx, verb);
  // "a letter from a lady which said, “…”": the relative clause's noun speaks, named only when a name ends right there.
  const rel = /\b(which|who|that)\s+$/i.exec(ctx.text.slice(Math.max(w.preStart, verb.start - 8), verb.start));
  if (rel) {
    const relStart = verb.start - rel[0].length + rel[0].indexOf(rel[1]);
    const named = mentionsIn(ctx, w.preStart, relStart).filter((i) => /^[\s,]*$/.test(ctx.text.slice(ctx.mentions[i].end, relStart))).pop();
    return named !== undefined ? { mention: named, text: ctx.mentions[named].text, weak: verb.weak, cue } : { mention: null, text: null, weak: verb.weak, cue };
  }
  const beforeVerb = speakerIn(ctx, w.preStart, verb.start, w.previousSpeaker, true);
  if (beforeVerb && beforeVerb.mention !== null && isPerson(ctx, beforeVerb.mention)) return { ...beforeVerb, weak: verb.weak, cue };
  const afterVerb = speakerIn(ctx, verb.end, w.quote.start, w.previousSpeaker, false);
  if (afterVerb && afterVerb.mention !== null && isPerson(ctx, afterVerb.mention)) return { ...afterVerb, weak: verb.weak, cue };
  const found = beforeVerb ?? afterVerb;
  return found ? { ...found, weak: verb.weak, cue } : { mention: null, text: null, weak: verb.weak, cue };
}

/** The quote closes its sentence and what follows it opens a new one ("…." She said, …). */
function closesSentence(ctx: QuoteContext, w: SpeakerWindow): boolean {
  const inner = ctx.text.slice(w.quote.start, w.quote.end).replace(/["'”’»\s]+$/, '');
  return /[.!?…]$/.test(inner) && /^\s+\p{Lu}/u.test(ctx.text.slice(w.quote.end, w.quote.end + 3));
}

/**
 * Cues right after the quote, then before it; but a cue in the quote's own sentence ("He said, “….”")
 * binds before a cue that opens the next sentence ("She said, …"), which belongs to the next quote.
 */
export function attributeQuote(ctx: QuoteContext, w: SpeakerWindow): Attribution | null {
  const after = afterQuote(ctx, w);
  // A phrase woven into a clause ("… have called the camp a “…,” a term X rejects") belongs to the
  // clause's verb before it, not to a cue after it.
  if (after !== null && /[\p{L}\p{N}]\s*$/u.test(ctx.text.slice(Math.max(0, w.quote.start - 3), w.quote.start))) {
    const before = beforeQuote(ctx, w);
    if (before !== null && before.cue !== undefined && before.cue !== 'colon') return before;
  }
  if (after !== null && closesSentence(ctx, w)) {
    const before = beforeQuote(ctx, w);
    if (before !== null && before.mention !== null && before.cue !== undefined && before.cue !== 'colon') return before;
  }
  return after ?? beforeQuote(ctx, w);
}
