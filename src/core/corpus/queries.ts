// Cross-document questions answered from a CorpusView.
import type { EntitySummary, MentionRef } from '../corpusTypes';
import type { Entity } from '../types';
import { approximateMatch, foldForSearch } from './fold';
import { compareIds } from './resolver';
import type { CorpusView, SearchEntry } from './view';

/** Orders a mention against a position in reading order. */
function comparePosition(ref: MentionRef, documentId: string, offset: number): number {
  return compareIds(ref.documentId, documentId) || ref.mention.start - offset;
}

/** Number of refs strictly before (documentId, offset). */
function countBefore(refs: readonly MentionRef[], documentId: string, offset: number): number {
  let lo = 0;
  let hi = refs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (comparePosition(refs[mid], documentId, offset) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function contains(ref: MentionRef, documentId: string, offset: number): boolean {
  return ref.documentId === documentId && ref.mention.start <= offset && offset <= ref.mention.end;
}

export function nextMention(view: CorpusView, entityId: string, documentId: string, offset: number, direction: 1 | -1): MentionRef | undefined {
  const refs = view.mentionsByEntity.get(entityId);
  if (!refs || refs.length === 0) return undefined;
  if (direction === 1) {
    // Strictly after the position, so a cursor at a mention's start moves on to the next one.
    const i = countBefore(refs, documentId, offset + 1);
    return refs[i % refs.length];
  }
  let i = countBefore(refs, documentId, offset) - 1;
  // A cursor inside (or just after) a mention means "the one before this mention".
  if (i >= 0 && contains(refs[i], documentId, offset)) i--;
  return refs[(i + refs.length) % refs.length];
}

/** "Fullest" prefers more words, then more characters: "Ann B. Smith" over "Smith". */
export function fullness(text: string): number {
  const words = text.trim().split(/\s+/u).length;
  return words * 10000 + text.length;
}

export function summarize(view: CorpusView, entityId: string): EntitySummary | undefined {
  const entity = view.corpus.entities.get(entityId);
  const refs = view.mentionsByEntity.get(entityId);
  if (!entity || !refs || refs.length === 0) return undefined;
  const documents: { documentId: string; count: number }[] = [];
  for (const ref of refs) {
    const last = documents[documents.length - 1];
    if (last && last.documentId === ref.documentId) last.count++;
    else documents.push({ documentId: ref.documentId, count: 1 });
  }
  // The display name may be the reader's own wording; only if it never occurs do we fall back to
  // the fullest surface form.
  const name = foldForSearch(entity.name);
  let definition = refs.find((r) => foldForSearch(r.mention.text) === name);
  if (!definition) {
    for (const ref of refs) if (!definition || fullness(ref.mention.text) > fullness(definition.mention.text)) definition = ref;
  }
  return {
    entity,
    mentionCount: refs.length,
    documentCount: documents.length,
    documents,
    quotes: view.quotesBySpeaker.get(entityId) ?? [],
    definition: definition ?? refs[0],
  };
}

function score(query: string, name: string, aliases: readonly string[]): number {
  if (name === query) return 0;
  if (aliases.includes(query)) return 1;
  const startsWord = (s: string) => s.startsWith(query) || s.includes(' ' + query);
  if (startsWord(name) || aliases.some(startsWord)) return 2;
  if (name.includes(query) || aliases.some((a) => a.includes(query))) return 3;
  // Spelling variants last, so an exact hit always ranks first.
  if (approximateMatch(query, name) || aliases.some((a) => approximateMatch(query, a))) return 4;
  return -1;
}

export function findEntities(view: CorpusView, query: string, limit: number): readonly Entity[] {
  return rankEntities(view.search, (id) => view.mentionsByEntity.get(id)?.length ?? 0, query, limit);
}

/** Entities whose folded name or alias matches the query, best match first, then most mentioned, then by name. */
export function rankEntities(search: readonly SearchEntry[], mentionCount: (entityId: string) => number, query: string, limit: number): readonly Entity[] {
  const q = foldForSearch(query);
  const hits: { entity: Entity; score: number; mentions: number }[] = [];
  for (const entry of search) {
    const s = q === '' ? 3 : score(q, entry.name, entry.aliases);
    if (s < 0) continue;
    hits.push({ entity: entry.entity, score: s, mentions: mentionCount(entry.entity.id) });
  }
  hits.sort((a, b) => a.score - b.score || b.mentions - a.mentions || compareIds(a.entity.name, b.entity.name));
  return hits.slice(0, Math.max(0, limit)).map((h) => h.entity);
}
