// Builds findQuotes input from plain text and the names in it, so quote tests read like prose.
import { createTagger } from '../../src/core/nlp';
import { findQuotes } from '../../src/core/quotes';
import type { DetectedMention, DetectedQuote, EntityType } from '../../src/core/types';

/** The engine's tagger: quotes read its sentences and tokens. */
const tag = createTagger();

/** Every occurrence of each name becomes a mention of the given type (longer names first, no overlaps). */
export function mentionsOf(text: string, names: Readonly<Record<string, EntityType>>): DetectedMention[] {
  const out: DetectedMention[] = [];
  const taken = new Uint8Array(text.length);
  for (const name of Object.keys(names).sort((a, b) => b.length - a.length)) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      if (taken.subarray(i, i + name.length).some((x) => x === 1)) continue;
      taken.fill(1, i, i + name.length);
      out.push({ start: i, end: i + name.length, text: name, type: names[name] });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export interface QuoteView {
  readonly quote: string;
  readonly kind: DetectedQuote['kind'];
  readonly speaker: string | null;
}

export interface CuedQuoteView extends QuoteView {
  readonly cue: string | undefined;
  /** "government" when a place speaks as its government. */
  readonly role?: DetectedQuote['speakerRole'];
}

/** Every quote findQuotes gives, reported speech included, with its cue. */
export function allQuotesIn(text: string, names: Readonly<Record<string, EntityType>> = {}): CuedQuoteView[] {
  const mentions = mentionsOf(text, names);
  return findQuotes(tag(text), mentions).map((q) => ({
    quote: q.text,
    kind: q.kind,
    speaker: q.speakerMention !== null ? mentions[q.speakerMention].text : null,
    cue: q.cue,
    ...(q.speakerRole ? { role: q.speakerRole } : {}),
  }));
}

/** The quoted speech (kinds full and fragment): reported speech left out. */
export function quotesIn(text: string, names: Readonly<Record<string, EntityType>> = {}): QuoteView[] {
  return allQuotesIn(text, names).filter((q) => q.kind !== 'indirect').map(({ quote, kind, speaker }) => ({ quote, kind, speaker }));
}
