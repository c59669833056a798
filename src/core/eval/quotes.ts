// Quote scoring of one document. Gold 'full' quotes are required; gold fragments and quoted
// non-speech (scare quotes, titles) are neutral by default. The strict count makes non-speech a false
// positive; the 'all' count requires fragments too. Speakers are checked on matched quotes whose gold
// speaker has a name mention.
import type { Span } from '../types';
import { greedyMatch, overlapLength, type Tally } from './match';
import type { ScoredMention } from './mentions';
import type { GoldDocument, GoldMention, GoldQuote, PredictedQuote } from './types';

const overlaps = (a: Span, b: Span) => overlapLength(a, b) > 0;
const MARKS_AND_EDGE_PUNCTUATION = /[\s"'“”‘’«».,;:…-]/;
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
const IGNORED_WORDS = new Set(['the', 'a', 'an', 'mr', 'mrs', 'ms', 'dr']);

/** The quote's words only: marks, spaces and punctuation at either edge do not count for exactness. */
function core(text: string, q: Span): Span {
  let start = q.start;
  let end = q.end;
  while (start < end && MARKS_AND_EDGE_PUNCTUATION.test(text[start])) start++;
  while (end > start && MARKS_AND_EDGE_PUNCTUATION.test(text[end - 1])) end--;
  return { start, end };
}

function words(s: string): string[] {
  return s.toLowerCase().replace(/[’']s\b/g, '').replace(/[^\p{L}\p{N}\s-]/gu, ' ').split(/\s+/).filter((w) => w && !IGNORED_WORDS.has(w));
}

/** Is the predicted speaker the gold one: through the predicted entity's mentions, or by the words naming it. */
function speakerCorrect(doc: GoldDocument, gold: GoldQuote, pred: PredictedQuote, mentions: readonly ScoredMention[]): boolean {
  const goldNames = doc.mentions.filter((m) => m.cluster === gold.speakerCluster);
  if (pred.speakerCluster != null) {
    const predicted = mentions.filter((m) => m.cluster === pred.speakerCluster);
    if (predicted.some((m) => goldNames.some((g) => overlaps(g, m)))) return true;
  }
  let said = pred.speakerText ?? null;
  if (said == null && pred.speakerStart != null && pred.speakerEnd != null) said = doc.text.slice(pred.speakerStart, pred.speakerEnd);
  if (!said) return false;
  if (goldNames.some((m) => m.text === said.trim())) return true;
  const saidWords = words(said);
  if (saidWords.length === 0 || PRONOUNS.has(saidWords.join(' '))) return false;
  const everyName: readonly GoldMention[] = [...doc.mentions, ...(doc.otherMentions ?? [])].filter((m) => m.cluster === gold.speakerCluster);
  return everyName.some((m) => {
    const nameWords = words(m.text);
    return nameWords.length > 0 && (saidWords.every((w) => nameWords.includes(w)) || nameWords.every((w) => saidWords.includes(w)));
  });
}

export function scoreQuotes(doc: GoldDocument, preds: readonly PredictedQuote[], mentions: readonly ScoredMention[], inScope: (s: Span) => boolean, tally: Tally): void {
  const gold = (doc.quotes ?? []).filter(inScope);
  const required = gold.filter((q) => q.kind !== 'fragment');
  const fragments = gold.filter((q) => q.kind === 'fragment');
  const nonSpeech = doc.unattributedQuoted ?? [];
  const predicted = preds.filter((q) => q.end > q.start && inScope(q));

  const matched = greedyMatch(predicted, required, overlaps, overlapLength);
  const unmatched = predicted.filter((q) => !matched.has(q));
  const neutral = greedyMatch(unmatched, [...fragments, ...nonSpeech], overlaps, overlapLength);
  const neutralStrict = greedyMatch(unmatched, fragments, overlaps, overlapLength);
  const exact = [...matched].filter(([p, g]) => {
    const a = core(doc.text, p);
    const b = core(doc.text, g);
    return a.start === b.start && a.end === b.end;
  }).length;
  tally.add('quotes/overlap', matched.size, predicted.length - neutral.size, required.length);
  tally.add('quotes/exact', exact, predicted.length - neutral.size, required.length);
  tally.add('quotes/strict', matched.size, predicted.length - neutralStrict.size, required.length);

  const matchedAll = greedyMatch(predicted, gold, overlaps, overlapLength);
  const nonSpeechHit = greedyMatch(predicted.filter((q) => !matchedAll.has(q)), nonSpeech, overlaps, overlapLength);
  tally.add('quotes/all', matchedAll.size, predicted.length - nonSpeechHit.size, gold.length);

  const predOf = new Map<GoldQuote, PredictedQuote>();
  for (const [p, g] of matched) predOf.set(g, p);
  for (const g of required) {
    if (!g.speakerNamed) continue;
    const p = predOf.get(g);
    const correct = p !== undefined && speakerCorrect(doc, g, p, mentions);
    tally.add('speaker/matched', correct ? 1 : 0, p ? 1 : 0, 1);
  }
}
