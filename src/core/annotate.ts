// Per-document pipeline: tokens -> mentions (with acronym definitions) -> quotes with speakers.
import { loadGazetteer, type Gazetteer } from './gazetteer';
import { detectMentions } from './mentions';
import { createTagger } from './nlp';
import { findQuotes } from './quotes';
import { findTranscript } from './transcript/layout';
import { applyTranscript } from './transcript/mentions';
import type { DocumentAnnotation, TextAnalysis } from './types';

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
      const { mentions, turns, labels } = applyTranscript(text, detected.mentions, findTranscript(text));
      const quotes = findQuotes(analysis, mentions, { turns, labels });
      return { mentions, quotes, definitions: detected.definitions };
    },
  };
}
