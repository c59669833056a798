// Builds resolved documents by hand for the ledger and graph tests: every occurrence of each listed
// name becomes a mention of the given entity; quotes are given by their text and speaker.
import type { EntityType, ResolvedDocument, ResolvedMention, ResolvedQuote } from '../../src/core/types';

export interface NameSpec {
  readonly text: string;
  readonly entity: string;
  readonly type: EntityType;
}

export function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) out.push(at);
  return out;
}

export function resolvedDoc(id: string, text: string, names: readonly NameSpec[], quotes: readonly { text: string; speaker: string; kind?: string }[] = []): ResolvedDocument {
  const mentions: ResolvedMention[] = [];
  for (const n of names) {
    for (const at of occurrences(text, n.text)) {
      if (mentions.some((m) => m.start < at + n.text.length && at < m.end)) continue;
      mentions.push({ start: at, end: at + n.text.length, text: n.text, type: n.type, entity: n.entity });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  const qs: ResolvedQuote[] = quotes.map((q) => {
    const at = text.indexOf(q.text);
    if (at < 0) throw new Error(`quote not in text: ${q.text}`);
    return { start: at, end: at + q.text.length, text: q.text, kind: (q.kind ?? 'full') as ResolvedQuote['kind'], speakerMention: null, speakerText: null, speaker: q.speaker };
  });
  qs.sort((a, b) => a.start - b.start);
  return { id, text, mentions, quotes: qs };
}
