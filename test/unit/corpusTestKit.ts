// Small, predictable stand-ins for the annotator and the resolver, so corpus, curation and export
// tests do not depend on how good the real engine currently is.
import type { CorpusDocumentInput, Resolver } from '../../src/core/corpus/resolver';
import type { DetectedMention, DetectedQuote, DocumentAnnotation, Entity, EntityType, MergeReason, ResolvedCorpus } from '../../src/core/types';

/** Every whole occurrence of each listed name becomes a mention; quotes are found by their text. */
export function annotation(text: string, names: readonly (readonly [string, EntityType])[], quotes: readonly { text: string; speaker?: string }[] = []): DocumentAnnotation {
  const mentions: DetectedMention[] = [];
  for (const [name, type] of names) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
      const before = text[at - 1] ?? ' ';
      const after = text[at + name.length] ?? ' ';
      if (/\w/.test(before) || /\w/.test(after)) continue;
      if (mentions.some((m) => m.start < at + name.length && at < m.end)) continue;
      mentions.push({ start: at, end: at + name.length, text: name, type });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  const detectedQuotes: DetectedQuote[] = quotes.map((q) => {
    const start = text.indexOf(q.text);
    if (start < 0) throw new Error(`quote not in text: ${q.text}`);
    const speakerMention = q.speaker === undefined ? -1 : mentions.findIndex((m) => m.text === q.speaker);
    return { start, end: start + q.text.length, text: q.text, kind: 'full', speakerMention: speakerMention >= 0 ? speakerMention : null, speakerText: q.speaker ?? null };
  });
  return { mentions, quotes: detectedQuotes, definitions: [] };
}

/** One entity per canonical name; `aliases` maps a short form to its canonical name. */
export function testResolver(aliases: Readonly<Record<string, string>> = {}): Resolver & { calls: number } {
  const resolver = (docs: readonly CorpusDocumentInput[]): ResolvedCorpus => {
    resolver.calls++;
    const entities = new Map<string, { id: string; type: EntityType; name: string; aliases: string[]; descriptors: string[]; reasons: MergeReason[] }>();
    const documents = [...docs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((doc) => {
      const mentions = doc.annotation.mentions.map((m) => {
        const canonical = aliases[m.text] ?? m.text;
        const id = `${m.type}:${canonical}`;
        let entity = entities.get(id);
        if (!entity) entities.set(id, (entity = { id, type: m.type, name: canonical, aliases: [], descriptors: [], reasons: [] }));
        if (!entity.aliases.includes(m.text)) entity.aliases.push(m.text);
        if (m.text !== canonical && !entity.reasons.some((r) => r.alias === m.text)) entity.reasons.push({ alias: m.text, target: canonical, rule: 'test' });
        return { ...m, entity: id };
      });
      const quotes = doc.annotation.quotes.map((q) => ({ ...q, speaker: q.speakerMention != null ? mentions[q.speakerMention].entity : null }));
      return { id: doc.id, text: doc.text, mentions, quotes };
    });
    return { documents, entities: entities as Map<string, Entity> };
  };
  resolver.calls = 0;
  return resolver;
}

export function corpusOf(docs: readonly { id: string; text: string; names: readonly (readonly [string, EntityType])[]; quotes?: readonly { text: string; speaker?: string }[] }[], aliases: Readonly<Record<string, string>> = {}): ResolvedCorpus {
  return testResolver(aliases)(docs.map((d) => ({ id: d.id, text: d.text, annotation: annotation(d.text, d.names, d.quotes) })));
}

/** Text parts of a test document: a [name, type] pair is a mention, a string is plain text. */
export type Part = string | readonly [string, EntityType];

/** A resolver input from text parts: each [name, type] pair a mention at its place, no quotes or definitions. */
export function documentFromParts(id: string, parts: readonly Part[]): CorpusDocumentInput {
  let text = '';
  const mentions: DetectedMention[] = [];
  for (const p of parts) {
    if (typeof p === 'string') {
      text += p;
      continue;
    }
    mentions.push({ start: text.length, end: text.length + p[0].length, text: p[0], type: p[1] });
    text += p[0];
  }
  return { id, text, annotation: { mentions, quotes: [], definitions: [] } };
}
