// What the entity tree shows, computed from a corpus snapshot: entities per type sorted by how often
// they are mentioned, their mentions grouped by document, and quotes grouped by speaker. Pure, so
// sorting, scoping and filtering are unit-tested without VS Code.
import type { QuoteRef } from '../core/corpusTypes';
import type { Entity, EntityType, ResolvedCorpus, ResolvedMention } from '../core/types';
import { ENTITY_TYPES } from '../core/types';
import { approximateMatch, foldForSearch } from '../core/corpus/fold';

export interface EntityRow {
  readonly entity: Entity;
  readonly mentionCount: number;
  /** Documents in reading order with the entity's mentions in each, in offset order. */
  readonly documents: readonly { readonly documentId: string; readonly mentions: readonly ResolvedMention[] }[];
}

export interface SpeakerRow {
  /** Entity id of the speaker; null groups quotes without a known speaker. */
  readonly speakerId: string | null;
  readonly name: string;
  readonly quotes: readonly QuoteRef[];
}

export interface TreeData {
  readonly entities: Readonly<Record<EntityType, readonly EntityRow[]>>;
  readonly speakers: readonly SpeakerRow[];
}

export interface TreeOptions {
  /** Limit everything to one document (the "current document" scope). */
  readonly documentId?: string;
  /** Keep entities any of whose names contain this (in any spelling: case, accents, transliteration, a letter or two off), and quotes whose text or speaker does. */
  readonly filter?: string;
}

export const UNKNOWN_SPEAKER = 'Unknown speaker';

export function buildTreeData(corpus: ResolvedCorpus, options: TreeOptions = {}): TreeData {
  const needle = options.filter ? foldForSearch(options.filter.trim()) : '';
  const documents = options.documentId ? corpus.documents.filter((d) => d.id === options.documentId) : corpus.documents;
  // Any spelling: transliterated (foldForSearch) and one or two letters off (approximateMatch).
  const matches = (entity: Entity | undefined) => !needle || (entity !== undefined && [entity.name, ...entity.aliases].some((n) => {
    const folded = foldForSearch(n);
    return folded.includes(needle) || approximateMatch(needle, folded);
  }));

  const rows = new Map<string, { mentionCount: number; documents: { documentId: string; mentions: ResolvedMention[] }[] }>();
  for (const doc of documents) {
    for (const m of doc.mentions) {
      let row = rows.get(m.entity);
      if (!row) rows.set(m.entity, (row = { mentionCount: 0, documents: [] }));
      let perDoc = row.documents[row.documents.length - 1];
      if (!perDoc || perDoc.documentId !== doc.id) row.documents.push((perDoc = { documentId: doc.id, mentions: [] }));
      perDoc.mentions.push(m);
      row.mentionCount++;
    }
  }
  const entities: Record<EntityType, EntityRow[]> = { PERSON: [], ORG: [], PLACE: [] };
  for (const [id, row] of rows) {
    const entity = corpus.entities.get(id);
    if (!entity || !matches(entity)) continue;
    entities[entity.type].push({ entity, ...row });
  }
  for (const type of ENTITY_TYPES) {
    entities[type].sort((a, b) => b.mentionCount - a.mentionCount || b.documents.length - a.documents.length || a.entity.name.localeCompare(b.entity.name));
  }

  const speakers = new Map<string | null, { name: string; quotes: QuoteRef[] }>();
  for (const doc of documents) {
    for (const quote of doc.quotes) {
      const entity = quote.speaker ? corpus.entities.get(quote.speaker) : undefined;
      const key = entity ? entity.id : null;
      const name = entity?.name ?? UNKNOWN_SPEAKER;
      if (needle && !foldForSearch(quote.text).includes(needle) && !(entity && matches(entity))) continue;
      let group = speakers.get(key);
      if (!group) speakers.set(key, (group = { name, quotes: [] }));
      group.quotes.push({ documentId: doc.id, quote });
    }
  }
  const speakerRows = [...speakers].map(([speakerId, g]) => ({ speakerId, name: g.name, quotes: g.quotes }));
  // Known speakers by how much they say; quotes nobody could be found for come last.
  speakerRows.sort((a, b) => Number(a.speakerId === null) - Number(b.speakerId === null) || b.quotes.length - a.quotes.length || a.name.localeCompare(b.name));
  return { entities, speakers: speakerRows };
}
