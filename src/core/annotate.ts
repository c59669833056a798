// Per-document pipeline: tokens -> mentions (with acronym definitions) -> quotes with speakers.
import { loadGazetteer, type Gazetteer } from './gazetteer';
import { detectMentions } from './mentions';
import { withDisplayNames } from './mentions/displayName';
import { boundaryAtOrAfter, boundaryAtOrBefore, isGraphemeBoundary } from './graphemes';
import { createTagger } from './nlp';
import { findQuotes } from './quotes';
import { findTranscript } from './transcript/layout';
import { applyTranscript } from './transcript/mentions';
import type { DetectedMention, DetectedQuote, DocumentAnnotation, TextAnalysis } from './types';

export interface Annotator {
  annotate(text: string): DocumentAnnotation;
}

export interface AnnotatorParts {
  readonly tag?: (text: string) => TextAnalysis;
  readonly gazetteer?: Gazetteer;
}

const EMPTY: DocumentAnnotation = { mentions: [], quotes: [], definitions: [] };

/** The tagger model and the gazetteer load once here and are shared by every annotate() call. */
export function createAnnotator(parts: AnnotatorParts = {}): Annotator {
  const tag = parts.tag ?? createTagger();
  const gaz = parts.gazetteer ?? loadGazetteer();
  return {
    annotate(text) {
      if (typeof text !== 'string' || text.length === 0) return EMPTY;
      const analysis = tag(text);
      const detected = detectMentions(analysis, gaz);
      // Transcript speaker labels and an interview header name people: adjust the mentions, then give each turn its speaker.
      const transcript = applyTranscript(text, detected.mentions, findTranscript(text));
      const { turns, labels } = transcript;
      // People written in whole capitals (bylines, credits) are shown in title case; same mentions, same order.
      const mentions = withDisplayNames(transcript.mentions);
      const quotes = findQuotes(analysis, mentions, { turns, labels });
      return onClusterBoundaries(text, { mentions, quotes, definitions: detected.definitions });
    },
  };
}

/**
 * No span starts or ends inside a surrogate pair or grapheme cluster. The tagger already keeps
 * clusters whole; this last guard widens any span that still would cut one (a letter run split for
 * speed in the middle of a letter and its accents) to the whole cluster, and drops a mention that
 * would then overlap the one before it (no quote names a dropped mention as its speaker: indexes
 * are remapped).
 */
function onClusterBoundaries(text: string, a: DocumentAnnotation): DocumentAnnotation {
  const cuts = (s: { start: number; end: number }) => !isGraphemeBoundary(text, s.start) || !isGraphemeBoundary(text, s.end);
  if (!a.mentions.some(cuts) && !a.quotes.some(cuts)) return a;
  const widen = <T extends { start: number; end: number; text: string }>(s: T): T => {
    if (!cuts(s)) return s;
    const start = boundaryAtOrBefore(text, s.start);
    const end = boundaryAtOrAfter(text, s.end);
    return { ...s, start, end, text: text.slice(start, end) };
  };
  const newIndex: (number | null)[] = [];
  const mentions: DetectedMention[] = [];
  for (const m of a.mentions.map(widen)) {
    const prev = mentions.at(-1);
    if (prev && m.start < prev.end) {
      newIndex.push(null);
      continue;
    }
    newIndex.push(mentions.length);
    mentions.push(m);
  }
  const quotes: DetectedQuote[] = [];
  for (const q of a.quotes.map(widen)) {
    const prev = quotes.at(-1);
    if (prev && q.start < prev.end) continue;
    quotes.push(q.speakerMention === null ? q : { ...q, speakerMention: newIndex[q.speakerMention] ?? null });
  }
  return { ...a, mentions, quotes };
}
