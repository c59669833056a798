// A minimal resolver: one entity per (type, exact name). It stands in wherever the real
// cross-document resolution is not wired in, so the index and the CLI always have one.
import type { Entity, ResolvedCorpus, ResolvedDocument } from '../types';
import { curatedEntityId } from '../curation/ids';
import { compareIds, type CorpusDocumentInput } from './resolver';

export function resolveByExactName(docs: readonly CorpusDocumentInput[]): ResolvedCorpus {
  const entities = new Map<string, Entity & { aliases: string[]; descriptors: string[] }>();
  const byKey = new Map<string, string>();
  const documents: ResolvedDocument[] = [...docs].sort((a, b) => compareIds(a.id, b.id)).map((doc) => {
    const detected = doc.annotation.mentions;
    const sortedIndex = detected.map((_, i) => i).sort((a, b) => detected[a].start - detected[b].start || detected[b].end - detected[a].end);
    const order: number[] = [];
    sortedIndex.forEach((original, position) => (order[original] = position));
    const mentions = sortedIndex
      .map((i) => detected[i])
      .map((m) => {
        const name = m.text.replace(/\s+/gu, ' ').trim();
        const key = `${m.type}\u0000${name}`;
        let id = byKey.get(key);
        if (id === undefined) {
          id = curatedEntityId(m.type, name, (x) => entities.has(x));
          byKey.set(key, id);
          entities.set(id, { id, type: m.type, name, aliases: [name], descriptors: [], reasons: [] });
        }
        const entity = entities.get(id);
        for (const d of m.descriptors ?? []) if (entity && !entity.descriptors.includes(d)) entity.descriptors.push(d);
        return { ...m, entity: id };
      });
    const quotes = doc.annotation.quotes.map((q) => {
      const index = q.speakerMention != null ? order[q.speakerMention] ?? -1 : -1;
      return { ...q, speakerMention: index >= 0 ? index : null, speaker: index >= 0 ? mentions[index].entity : null };
    });
    quotes.sort((a, b) => a.start - b.start);
    return { id: doc.id, text: doc.text, mentions, quotes };
  });
  return { documents, entities };
}
