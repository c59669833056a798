// A quote that is a paragraph of its own, with no cue in it, in news copy belongs to the person the
// next paragraph opens with as a speaker ("He said …") or, failing that, to the person the paragraph
// before reports as speaking ("Senator X said she would …").
import type { Paragraph, Span } from '../types';
import { insideQuoted, mentionsIn, sentenceStart, wordAfterSubject, wordsIn, type QuoteContext, type Word } from './context';
import { PERSONAL_PRONOUNS, SPEECH_VERBS, WEAK_SPEECH_VERBS } from './lexicon';
import { isSpeechVerb } from '../lexicon/speechVerbs';
import { resolvePronoun, speakerIn, type Attribution } from './speaker';

/** Words a subject and its verb may take at the start of a paragraph ("Lena Marsh, 54, said"). */
const OPENING_WORDS = 8;
/** The sentence before is read only this far back. */
const LOOK_BACK = 400;

const saying = (w: Word | undefined) => w !== undefined && SPEECH_VERBS.has(w.lower) && !WEAK_SPEECH_VERBS.has(w.lower);

/** "He said …" or "Lena Marsh said …" opening the text in [from, to): the person meant, if any. */
function openingSpeaker(ctx: QuoteContext, from: number, to: number): Attribution | null {
  const words = wordsIn(ctx.text, from, to).slice(0, OPENING_WORDS);
  if (words.length < 2) return null;
  if (PERSONAL_PRONOUNS.has(words[0].lower) && saying(words[1])) {
    const text = ctx.text.slice(words[0].start, words[0].end);
    const mention = resolvePronoun(ctx, words[0].start, null, text);
    return mention === null ? null : { mention, text, weak: true };
  }
  const first = mentionsIn(ctx, from, words[words.length - 1].end)[0];
  if (first === undefined || ctx.mentions[first].type !== 'PERSON' || ctx.mentions[first].start !== words[0].start) return null;
  const after = wordAfterSubject(ctx.text, ctx.mentions[first].end, to);
  return saying(after) ? { mention: first, text: ctx.mentions[first].text, weak: true } : null;
}

/** The speaker the last sentence of [from, to) reports: its subject before its first verb of saying. */
function reportedSpeaker(ctx: QuoteContext, from: number, to: number): Attribution | null {
  const end = from + ctx.text.slice(from, to).trimEnd().length;
  if (end <= from) return null;
  const start = sentenceStart(ctx, end - 1, Math.max(from, end - LOOK_BACK));
  if (/["“”‘’]/.test(ctx.text.slice(start, end))) return null;
  const verb = wordsIn(ctx.text, start, end).find(saying);
  if (verb === undefined) return null;
  const people = mentionsIn(ctx, start, verb.start).filter((i) => ctx.mentions[i].type === 'PERSON' && !insideQuoted(ctx, ctx.mentions[i]));
  if (people.length > 0) {
    // "X's lawyer said …": the one speaking is not named.
    const m = ctx.mentions[people[0]];
    if (/['’]s?$/.test(m.text) || /^['’]s?\b/.test(ctx.text.slice(m.end, m.end + 3))) return null;
    return { mention: people[0], text: m.text, weak: true };
  }
  const pronoun = wordsIn(ctx.text, start, verb.start).find((w) => PERSONAL_PRONOUNS.has(w.lower));
  if (pronoun === undefined) return null;
  const text = ctx.text.slice(pronoun.start, pronoun.end);
  const mention = resolvePronoun(ctx, pronoun.start, null, text);
  return mention === null ? null : { mention, text, weak: true };
}

/**
 * "… after eight seconds, I'm thinking\n\n“…”" or "The minister told us:\n\n“…”": a paragraph that
 * ends with a verb of saying or thinking (and perhaps a colon) introduces the block quote after it;
 * its speaker is that verb's subject.
 */
function introducingParagraph(ctx: QuoteContext, from: number, to: number): Attribution | null {
  const body = ctx.text.slice(from, to).trimEnd();
  const last = /(\p{L}+)\s*[:,]?$/u.exec(body);
  if (!last || !(SPEECH_VERBS.has(last[1].toLowerCase()) || isSpeechVerb(last[1]))) return null;
  const verbStart = from + last.index;
  const start = sentenceStart(ctx, verbStart, Math.max(from, verbStart - LOOK_BACK));
  const found = speakerIn(ctx, start, verbStart, null, true);
  return found && found.mention !== null ? { ...found, weak: false, cue: last[1].toLowerCase() } : null;
}

/** Speaker of a cue-less quote spanning whole paragraphs [first, last], or null. */
export function paragraphQuoteSpeaker(ctx: QuoteContext, span: Span, paragraphs: readonly Paragraph[], first: number, last: number): Attribution | null {
  const { text } = ctx;
  if (text.slice(paragraphs[first].start, span.start).trim() !== '' || text.slice(span.end, paragraphs[last].end).trim() !== '') return null;
  const before = paragraphs[first - 1];
  const next = paragraphs[last + 1];
  const introduced = before ? introducingParagraph(ctx, before.start, before.end) : null;
  if (introduced) return introduced;
  const named = next ? openingSpeaker(ctx, next.start, next.end) : null;
  if (named) return named;
  return before ? reportedSpeaker(ctx, before.start, before.end) : null;
}
