// A mutable working copy of a ResolvedCorpus that corrections edit in place, with the indexes they
// need (by entity, by name, by mention words, by quote words) so each correction costs time in
// proportion to what it touches, not to the corpus. `finish` turns it back into an immutable corpus,
// reusing every untouched document and entity object.
import { foldForSearch } from '../corpus/fold';
import type { Entity, EntityType, MergeReason, PossibleLink, ResolvedCorpus, ResolvedDocument, ResolvedMention, ResolvedQuote } from '../types';
import { sameWords } from './text';

export interface WMention {
  readonly doc: WDocument;
  start: number;
  end: number;
  text: string;
  type: EntityType;
  entity: string;
  removed: boolean;
  readonly descriptors?: readonly string[];
  readonly evidence?: string;
  /** The resolver's object, reused when nothing about the mention changed. */
  readonly base?: ResolvedMention;
}

export interface WQuote {
  readonly base: ResolvedQuote;
  speaker: string | null;
  speakerMention: WMention | null;
  speakerText: string | null;
  changed: boolean;
}

export interface WDocument {
  readonly base: ResolvedDocument;
  readonly mentions: WMention[];
  readonly quotes: WQuote[];
  dirty: boolean;
}

export interface WEntity {
  readonly id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  descriptors: string[];
  reasons: MergeReason[];
  /** Other documents' entities this one may be (the resolver's suggestions). */
  possiblySame?: readonly PossibleLink[];
  /** Live mentions may be fewer: removed ones are filtered lazily. */
  members: WMention[];
  /** Every text any member ever had, so aliases that were never mentions are kept. */
  readonly memberTexts: Set<string>;
  renamed: boolean;
  changed: boolean;
  /** Ids this entity had before a retype (Entity.formerIds). */
  formerIds?: string[];
  readonly base?: Entity;
}

export interface Workspace {
  readonly documents: WDocument[];
  readonly entities: Map<string, WEntity>;
  /** Merged-away ids point to the entity that absorbed them. */
  readonly redirects: Map<string, string>;
  readonly byName: Map<string, Set<string>>;
  /** Built on first use: most curations never look mentions or quotes up by their words. */
  byWords?: Map<string, WMention[]>;
  quotesByWords?: Map<string, { doc: WDocument; quote: WQuote }[]>;
  /** Quotes by their normalised words (curation/quoteMatch.ts), built on the first speaker correction. */
  quotesByNormalised?: Map<string, { doc: WDocument; quote: WQuote }[]>;
  /** sameWords() per distinct text; corpora repeat the same names thousands of times. */
  readonly wordsCache: Map<string, string>;
}

export function words(ws: Workspace, text: string): string {
  let w = ws.wordsCache.get(text);
  if (w === undefined) ws.wordsCache.set(text, (w = sameWords(text)));
  return w;
}

export function mentionsWithWords(ws: Workspace, key: string): readonly WMention[] {
  if (!ws.byWords) {
    ws.byWords = new Map();
    for (const doc of ws.documents) for (const m of doc.mentions) push(ws.byWords, words(ws, m.text), m);
  }
  return ws.byWords.get(key) ?? [];
}

export function quotesWithWords(ws: Workspace, key: string): readonly { doc: WDocument; quote: WQuote }[] {
  if (!ws.quotesByWords) {
    ws.quotesByWords = new Map();
    for (const doc of ws.documents) for (const quote of doc.quotes) push(ws.quotesByWords, words(ws, quote.base.text), { doc, quote });
  }
  return ws.quotesByWords.get(key) ?? [];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexName(ws: Workspace, name: string, entityId: string): void {
  const key = foldForSearch(name);
  let ids = ws.byName.get(key);
  if (!ids) ws.byName.set(key, (ids = new Set()));
  ids.add(entityId);
}

export function addMention(ws: Workspace, mention: WMention): void {
  mention.doc.mentions.push(mention);
  if (ws.byWords) push(ws.byWords, words(ws, mention.text), mention);
  const entity = ws.entities.get(mention.entity);
  if (entity) {
    entity.members.push(mention);
    entity.memberTexts.add(words(ws, mention.text));
  }
}

export function createWorkspace(corpus: ResolvedCorpus): Workspace {
  const ws: Workspace = {
    documents: [],
    entities: new Map(),
    redirects: new Map(),
    byName: new Map(),
    wordsCache: new Map(),
  };
  for (const entity of corpus.entities.values()) {
    ws.entities.set(entity.id, {
      id: entity.id,
      type: entity.type,
      name: entity.name,
      aliases: [...entity.aliases],
      descriptors: [...entity.descriptors],
      reasons: [...entity.reasons],
      ...(entity.possiblySame ? { possiblySame: entity.possiblySame } : {}),
      ...(entity.formerIds ? { formerIds: [...entity.formerIds] } : {}),
      members: [],
      memberTexts: new Set(),
      renamed: false,
      changed: false,
      base: entity,
    });
    indexName(ws, entity.name, entity.id);
    for (const alias of entity.aliases) indexName(ws, alias, entity.id);
  }
  for (const base of corpus.documents) {
    const doc: WDocument = { base, mentions: [], quotes: [], dirty: false };
    ws.documents.push(doc);
    for (const m of base.mentions) {
      addMention(ws, { doc, start: m.start, end: m.end, text: m.text, type: m.type, entity: m.entity, removed: false, descriptors: m.descriptors, evidence: m.evidence, base: m });
    }
    for (const q of base.quotes) {
      const speakerMention = q.speakerMention != null ? doc.mentions[q.speakerMention] ?? null : null;
      doc.quotes.push({ base: q, speaker: q.speaker, speakerMention, speakerText: q.speakerText, changed: false });
    }
  }
  return ws;
}

/** Follows merges to the entity that now stands for the id, or undefined if it is gone. */
export function liveEntity(ws: Workspace, id: string): WEntity | undefined {
  let current = id;
  for (let hops = 0; hops <= ws.redirects.size; hops++) {
    const entity = ws.entities.get(current);
    if (entity) return entity;
    const next = ws.redirects.get(current);
    if (next === undefined) return undefined;
    current = next;
  }
  return undefined;
}

export function liveMembers(entity: WEntity): WMention[] {
  if (entity.members.some((m) => m.removed || m.entity !== entity.id)) {
    entity.members = entity.members.filter((m) => !m.removed && m.entity === entity.id);
  }
  return entity.members;
}

export function removeMention(ws: Workspace, mention: WMention): void {
  if (mention.removed) return;
  mention.removed = true;
  mention.doc.dirty = true;
  const entity = ws.entities.get(mention.entity);
  if (entity) entity.changed = true;
}

function fullness(text: string): number {
  return text.split(/\s+/u).length * 10000 + text.length;
}

/** Aliases follow the mentions: split-off and rejected words leave, words still mentioned stay. */
function refreshAliases(entity: WEntity): void {
  const live = new Set(liveMembers(entity).map((m) => sameWords(m.text)));
  const aliases = entity.aliases.filter((a) => live.has(sameWords(a)) || !entity.memberTexts.has(sameWords(a)));
  for (const text of live) if (!aliases.some((a) => sameWords(a) === text)) aliases.push(text);
  entity.aliases = aliases;
  if (!entity.renamed && !aliases.some((a) => sameWords(a) === sameWords(entity.name)) && aliases.length > 0) {
    entity.name = aliases.reduce((best, a) => (fullness(a) > fullness(best) ? a : best));
  }
}

function finishMention(m: WMention): ResolvedMention {
  const b = m.base;
  if (b && b.start === m.start && b.end === m.end && b.entity === m.entity && b.type === m.type) return b;
  return {
    start: m.start, end: m.end, text: m.text, type: m.type, entity: m.entity,
    ...(m.descriptors ? { descriptors: m.descriptors } : {}),
    ...(m.evidence ? { evidence: m.evidence } : {}),
  };
}

export function finish(ws: Workspace): ResolvedCorpus {
  const entities = new Map<string, Entity>();
  for (const entity of ws.entities.values()) {
    if (!entity.changed) {
      const stale = ws.redirects.size > 0 && entity.possiblySame?.some((p) => ws.redirects.has(p.entity));
      entities.set(entity.id, stale ? toEntity(entity, ws) : entity.base ?? toEntity(entity));
      continue;
    }
    // An entity whose every mention was rejected or moved away no longer exists.
    if (liveMembers(entity).length === 0) continue;
    refreshAliases(entity);
    entities.set(entity.id, toEntity(entity, ws));
  }
  const documents = ws.documents.map((doc) => finishDocument(ws, doc, entities));
  return { documents, entities };
}

function toEntity(e: WEntity, ws?: Workspace): Entity {
  // A suggestion naming an entity that was retyped (or merged) names it by its id now.
  const current = (p: PossibleLink): PossibleLink => {
    if (!ws || !ws.redirects.has(p.entity)) return p;
    const live = liveEntity(ws, p.entity);
    return live ? { ...p, entity: live.id } : p;
  };
  const possiblySame = e.possiblySame?.map(current).filter((p) => p.entity !== e.id);
  return {
    id: e.id, type: e.type, name: e.name, aliases: e.aliases, descriptors: e.descriptors, reasons: e.reasons,
    ...(possiblySame && possiblySame.length > 0 ? { possiblySame } : {}),
    ...(e.formerIds && e.formerIds.length > 0 ? { formerIds: e.formerIds } : {}),
  };
}

function finishDocument(ws: Workspace, doc: WDocument, entities: Map<string, Entity>): ResolvedDocument {
  const speakers = doc.quotes.map((q) => {
    const entity = q.speaker != null ? liveEntity(ws, q.speaker) : undefined;
    return entity && entities.has(entity.id) ? entity : undefined;
  });
  const quotesChanged = doc.quotes.some((q, i) => q.changed || (speakers[i]?.id ?? null) !== q.base.speaker);
  // Ops mark the documents they touch dirty; a merge or retype also changes mentions' entity or type.
  const mentionsChanged = doc.dirty || doc.mentions.some((m) => !m.base || m.entity !== m.base.entity || m.type !== m.base.type);
  if (!quotesChanged && !mentionsChanged) return doc.base;
  const live = doc.mentions.filter((m) => !m.removed && ws.entities.has(m.entity) && entities.has(m.entity));
  live.sort((a, b) => a.start - b.start || b.end - a.end);
  const position = new Map<WMention, number>(live.map((m, i) => [m, i]));
  const mentions = live.map(finishMention);
  const quotes = doc.quotes.map((q, i): ResolvedQuote => {
    const speaker = speakers[i];
    const index = q.speakerMention ? position.get(q.speakerMention) : undefined;
    const speakerMention = speaker && index !== undefined && mentions[index].entity === speaker.id ? index : null;
    if (!q.changed && speakerMention === q.base.speakerMention && (speaker?.id ?? null) === q.base.speaker) return q.base;
    return { ...q.base, speaker: speaker?.id ?? null, speakerMention, speakerText: speaker ? q.speakerText : null };
  });
  return { id: doc.base.id, text: doc.base.text, mentions, quotes };
}

/**
 * Keeps the ids an entity had before a retype (WEntity.formerIds) when it is merged into another, so
 * a link or script that kept one finds the entity its mentions went to (entityById), as the id it
 * was retyped to does through the workspace's redirect.
 */
export function takeFormerIds(into: WEntity, from: WEntity): void {
  if (!from.formerIds || from.formerIds.length === 0) return;
  into.formerIds = [...new Set([...(into.formerIds ?? []), ...from.formerIds])].filter((x) => x !== into.id);
}
