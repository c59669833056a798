// Reported speech: "X said (that) …", "X told Y (that) …", "she argued the plan …". The reported
// clause, without quotation marks, is a quote of kind 'indirect' spoken by X. Only the clause right
// after a verb of reporting whose subject is a name or a pronoun next to it counts; a sentence that
// also holds quotation marks is left to the direct-quote finder.
import type { DetectedQuote, Span } from '../types';
import { insideQuoted, sentenceEnd, sentenceStart, wordsIn, type QuoteContext } from './context';
import { resolvePronoun } from './speaker';
import { reportingVerbForms } from '../lexicon/speechVerbs';

/**
 * Verbs that report what someone said or wrote, in the forms that take a reported clause (from the
 * engine's one source: src/core/lexicon/speechVerbs.ts). Longest first, so the alternation never stops
 * at a shorter form that begins a longer one.
 */
const REPORTING = [...reportingVerbForms()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).join('|');
/** After a subject: an apposition, an adverb, then the verb. */
const AFTER_SUBJECT = new RegExp(String.raw`^(?:,[^,.;:!?"“”]{1,80},)?\s+(?:also\s+|later\s+|previously\s+|then\s+|has\s+|had\s+|have\s+)?(${REPORTING})\b`, 'i');
/** A comma, then a verb of saying: the end of an apposition that named the speaker (", Ann Lee, said"). */
const APPOSITION_VERB = /^,\s+(?:said|says|told|tells)\b/;
/** "told Y": the person told, a pronoun or a short noun phrase (whose second word is no preposition: "told the committee in a letter that"). */
const LISTENER = /^\s+(?:him|her|them|me|us|you|reporters|journalists|lawmakers|[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}|(?:the|a|an|his|her|their|our|my)\s+[\p{L}-]+(?:\s+(?!(?:in|on|at|during|after|before|that|last|this|earlier|later)\b)[\p{L}-]+)?)\b/u;
/** A short time or place phrase before "that": "on Monday", "in a statement", "last week". */
const ADVERBIAL = /^(?:\s+(?:on|in|at|during|after|before|last|this|earlier|later|late|early|in\s+a)\b[^,.;:!?"“”]{0,40}?)?\s+that\b/i;
/** Words a reported clause cannot open with: an infinitive, a conjunction, an object of "said". */
const NOT_A_CLAUSE = /^(?:to|so|nothing|something|anything|much|little|more|less|yes|no|goodbye|hello|hi|grace|sorry|thanks|thank|it\s*[.,;!?]|as|and|but|or|if|for|of|in|on|at|with|by|from|about)\b/i;
/** Between a person and the body they speak for: "X of Y", "X, of Y,", "X at the Y", "X from Y". */
const EMPLOYER_GAP = /^,?\s+(?:of|at|from|with)\s+(?:the\s+)?$/;
/** A reported clause is read this far at most (UTF-16 units), so the search stays linear. */
const MAX_CLAUSE = 600;
/** A reported clause has a few words at least. */
const MIN_WORDS = 3;

interface Subject {
  readonly at: Span;
  /** Mention index of the speaker, or null when a pronoun could not be resolved. */
  readonly mention: number | null;
  readonly text: string;
  /** A place that speaks as its government ("Washington said …"). */
  readonly government?: true;
}

/** What may stand before a place that opens its clause: the text's start, a sentence end, a line break, a colon or semicolon. */
const CLAUSE_OPEN = /(?:^|[.!?:;\n])["'“”‘’)\]\s]*$/;

function subjects(ctx: QuoteContext): Subject[] {
  const out: Subject[] = [];
  for (const i of ctx.order) {
    const m = ctx.mentions[i];
    if (insideQuoted(ctx, m)) continue;
    if (m.type === 'PERSON' || m.type === 'ORG') out.push({ at: m, mention: i, text: m.text });
    // "Beijing said it would retaliate": a place speaks as its government only as the subject opening
    // its clause ("officials in Beijing said" is someone else speaking).
    else if (m.type === 'PLACE' && CLAUSE_OPEN.test(ctx.text.slice(Math.max(0, m.start - 40), m.start))) out.push({ at: m, mention: i, text: m.text, government: true });
  }
  const re = /\b(he|she|i|we)\b/gi;
  for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) {
    const at = { start: m.index, end: m.index + m[0].length };
    if (insideQuoted(ctx, at)) continue;
    const lower = m[0].toLowerCase();
    const mention = lower === 'i' || lower === 'we' ? (ctx.firstPerson?.(at.start) ?? null) : resolvePronoun(ctx, at.start, null, m[0]);
    // "I said …" with no author known names nobody: not worth a quote.
    if (mention === null && (lower === 'i' || lower === 'we')) continue;
    out.push({ at, mention, text: m[0] });
  }
  return out.sort((a, b) => a.at.start - b.at.start);
}

/**
 * Reported-speech quotes of the document, in text order: the clause after each "X said (that)",
 * "X told Y (that)" whose sentence holds no quotation mark. `paragraphEnd(pos)` bounds the clause.
 */
export function findIndirect(ctx: QuoteContext, paragraphEnd: (pos: number) => number): DetectedQuote[] {
  const { text } = ctx;
  const out: DetectedQuote[] = [];
  let reach = 0;
  let person: Subject | undefined;
  for (const s0 of subjects(ctx)) {
    let s = s0;
    // "Ana Ruiz of Xbank said …", "Ana Ruiz, at the Y Institute, said …": the employer named after a
    // person is not the subject; the person is.
    const m = s.mention === null ? undefined : ctx.mentions[s.mention];
    if (m && m.type !== 'PERSON' && person && EMPLOYER_GAP.test(text.slice(person.at.end, s.at.start))) s = person;
    if (m?.type === 'PERSON') person = s0;
    if (s.at.start < reach) continue;
    let after = text.slice(s0.at.end, s0.at.end + 200);
    // "A spokeswoman for the company, Mary Cole, said …": a name in apposition to the subject speaks;
    // its closing comma stands before the verb.
    let skip = 0;
    if (after.startsWith(',') && /[\p{L}\d)],\s+$/u.test(text.slice(Math.max(0, s0.at.start - 3), s0.at.start)) && APPOSITION_VERB.test(after)) {
      skip = 1;
      after = after.slice(1);
    }
    const verb = AFTER_SUBJECT.exec(after);
    if (!verb) continue;
    // A possessive is not the subject ("Kim's lawyer said").
    if (/^['’]s?\b/.test(after)) continue;
    let pos = s0.at.end + skip + verb[0].length;
    const lower = verb[1].toLowerCase();
    if (lower === 'told' || lower === 'tells') {
      const listener = LISTENER.exec(text.slice(pos, pos + 60));
      if (!listener) continue;
      pos += listener[0].length;
    }
    const that = ADVERBIAL.exec(text.slice(pos, pos + 60));
    if (that) pos += that[0].length;
    const lead = /^\s+/.exec(text.slice(pos, pos + 10))?.[0].length ?? 0;
    if (lead === 0) continue;
    const start = pos + lead;
    const end0 = sentenceEnd(ctx, start, Math.min(paragraphEnd(start), start + MAX_CLAUSE));
    const clause = text.slice(start, end0);
    if (/["“”‘’«»]/.test(clause.replace(/(\p{L})['’](\p{L})/gu, '$1$2')) || /^[,:;"“'‘]/.test(clause)) continue;
    // Without "that" only say and tell are sure to report a clause ("warned the council twice" does not).
    if (!that && (NOT_A_CLAUSE.test(clause) || !/^(said|says|told|tells)$/.test(lower))) continue;
    const end = start + clause.replace(/[\s.!?…]+$/, '').length;
    if (wordsIn(text, start, end).length < MIN_WORDS) continue;
    // The direct-quote finder owns a sentence that quotes someone.
    if (/["“”]/.test(text.slice(sentenceStart(ctx, s.at.start, Math.max(0, s.at.start - 400)), end0))) continue;
    out.push({ start, end, text: text.slice(start, end), kind: 'indirect', speakerMention: s.mention, speakerText: s.text, cue: lower, ...(s.government ? { speakerRole: 'government' as const } : {}) });
    reach = end;
  }
  const according = findAccordingTo(ctx, paragraphEnd).filter((q) => !out.some((o) => o.start < q.end && q.start < o.end));
  return according.length === 0 ? out : [...out, ...according].sort((a, b) => a.start - b.start);
}

/** ", according to " right before a name: the sentence before it is what the name said. */
const ACCORDING_AFTER_CLAUSE = /,\s*according\s+to\s+$/i;
/** "According to " opening a sentence right before a name: the clause after the name's comma is theirs. */
const ACCORDING_OPENING = /(?:^|[.!?\n]["'”’)\]]*\s*)According\s+to\s+$/;
/** After the name opening "According to X": an apposition ("a spokesman for Y"), then the comma that opens the clause. */
const AFTER_OPENING_NAME = /^(?:,[^,.;:!?"“”]{1,80})?,\s+/;

/**
 * Reported speech attributed by "according to": "The bridge will cost 40 million, according to X." and
 * "According to X, the bridge will cost 40 million." (X a person or body, or a pronoun resolved to one).
 * A sentence holding quotation marks is left to the direct-quote finder.
 */
function findAccordingTo(ctx: QuoteContext, paragraphEnd: (pos: number) => number): DetectedQuote[] {
  const { text } = ctx;
  const out: DetectedQuote[] = [];
  for (const s of subjects(ctx)) {
    if (s.mention === null || s.government) continue;
    const before = text.slice(Math.max(0, s.at.start - 40), s.at.start);
    let start: number;
    let end: number;
    const trailing = ACCORDING_AFTER_CLAUSE.exec(before);
    if (trailing) {
      const cue = s.at.start - trailing[0].length;
      start = sentenceStart(ctx, cue, Math.max(0, cue - MAX_CLAUSE));
      end = cue;
    } else if (ACCORDING_OPENING.test(text.slice(Math.max(0, s.at.start - 60), s.at.start))) {
      const gap = AFTER_OPENING_NAME.exec(text.slice(s.at.end, s.at.end + 120));
      if (!gap) continue;
      start = s.at.end + gap[0].length;
      end = sentenceEnd(ctx, start, Math.min(paragraphEnd(start), start + MAX_CLAUSE));
    } else continue;
    while (start < end && /\s/.test(text[start])) start++;
    end = start + text.slice(start, end).replace(/[\s.!?…,;:]+$/, '').length;
    if (end <= start || wordsIn(text, start, end).length < MIN_WORDS) continue;
    const sentence = text.slice(sentenceStart(ctx, start, Math.max(0, start - MAX_CLAUSE)), sentenceEnd(ctx, end, Math.min(text.length, end + MAX_CLAUSE)));
    if (/["“”«»]/.test(sentence)) continue;
    out.push({ start, end, text: text.slice(start, end), kind: 'indirect', speakerMention: s.mention, speakerText: s.text, cue: 'according to' });
  }
  return out;
}
