// Per-document pipeline: tokens -> mentions -> quotes. Placeholder detection (runs of PROPN) until
// the real detector lands; the shape of the result is the contract.
import { createTagger } from './nlp';
import type { DetectedMention, DocumentAnnotation } from './types';

export interface Annotator {
  annotate(text: string): DocumentAnnotation;
}

export function createAnnotator(): Annotator {
  const tag = createTagger();
  return {
    annotate(text) {
      const { tokens } = tag(text);
      const mentions: DetectedMention[] = [];
      for (let i = 0; i < tokens.length; i++) {
        if (tokens[i].pos !== 'PROPN') continue;
        let j = i;
        while (j + 1 < tokens.length && tokens[j + 1].pos === 'PROPN' && tokens[j + 1].start === tokens[j].end + 1) j++;
        mentions.push({ start: tokens[i].start, end: tokens[j].end, text: text.slice(tokens[i].start, tokens[j].end), type: 'ORG' });
        i = j;
      }
      return { mentions, quotes: [], definitions: [] };
    },
  };
}
