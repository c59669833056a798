// The reader's word on cross-document identity: "Not the same as …" takes one document's part of an
// entity out of it; "Same entity" puts one document's entity into another. Both name the document by
// its key (a workspace-relative path) and the entities by name, like every correction.
import { describe, findEntity } from './find';
import { curatedEntityId } from './ids';
import { applied, moveSpeakers, stale, type OpResult } from './outcome';
import { documentMatches, sameWords } from './text';
import type { NotSameCorrection, SameEntityCorrection } from './types';
import { indexName, liveMembers, takeFormerIds, type WEntity, type WMention, type Workspace } from './workspace';

/** The fullest name among the mentions: most words, then longest. */
function fullestText(members: readonly WMention[]): string {
  let best = '';
  let score = -1;
  for (const m of members) {
    const text = sameWords(m.text);
    const s = text.split(' ').length * 10000 + text.length;
    if (s > score || (s === score && text < best)) [best, score] = [text, s];
  }
  return best;
}

/** Reasons of a cross-document link that involves the document: gone once the document is apart. */
function touchesDocument(documents: readonly [string, string] | undefined, key: string): boolean {
  return !!documents && documents.some((id) => documentMatches(id, key));
}

export function notSame(ws: Workspace, c: NotSameCorrection): OpResult {
  const entity = findEntity(ws, c.entity);
  if (!entity) return stale(`no entity named ${describe(c.entity)}`);
  const members = liveMembers(entity);
  const moving = members.filter((m) => documentMatches(m.doc.base.id, c.document));
  if (moving.length === 0) return stale(`${entity.name} has no mention in ${c.document}`);
  if (moving.length === members.length) return applied(`${entity.name} is already only in ${c.document}`);
  const name = fullestText(moving);
  const id = curatedEntityId(entity.type, name, (x) => ws.entities.has(x) || ws.redirects.has(x));
  const created: WEntity = {
    id, type: entity.type, name, aliases: [], descriptors: [], members: [], memberTexts: new Set(), renamed: false, changed: true,
    // The document's own reasons (a surname with its full name) stay true inside it.
    reasons: entity.reasons.filter((r) => !r.documents && moving.some((m) => sameWords(m.text) === sameWords(r.alias))),
  };
  ws.entities.set(id, created);
  for (const m of moving) {
    m.entity = id;
    created.members.push(m);
    created.memberTexts.add(sameWords(m.text));
    if (!created.aliases.includes(sameWords(m.text))) created.aliases.push(sameWords(m.text));
    indexName(ws, m.text, id);
    for (const d of m.descriptors ?? []) if (!created.descriptors.includes(d)) created.descriptors.push(d);
    m.doc.dirty = true;
  }
  moveSpeakers(moving, id);
  entity.reasons = entity.reasons.filter((r) => !touchesDocument(r.documents, c.document));
  entity.changed = true;
  return applied(`separated ${entity.name} in ${c.document} as ${id}`);
}

export function sameEntity(ws: Workspace, c: SameEntityCorrection): OpResult {
  const from = findEntity(ws, c.entity);
  if (!from) return stale(`no entity named ${describe(c.entity)}`);
  const into = findEntity(ws, c.into);
  if (!into) return stale(`no entity named ${describe(c.into)}`);
  if (from === into) return applied(`${describe(c.entity)} is already part of ${into.name}`);
  const moving = liveMembers(from).filter((m) => documentMatches(m.doc.base.id, c.document));
  if (moving.length === 0) return stale(`${from.name} has no mention in ${c.document}`);
  for (const m of moving) {
    m.entity = into.id;
    m.type = into.type;
    into.members.push(m);
    into.memberTexts.add(sameWords(m.text));
    if (!into.aliases.some((a) => sameWords(a) === sameWords(m.text))) into.aliases.push(sameWords(m.text));
    indexName(ws, m.text, into.id);
    m.doc.dirty = true;
  }
  moveSpeakers(moving, into.id);
  into.reasons.push({ alias: from.name, target: into.name, rule: 'curation', evidence: 'same entity, by you' });
  from.possiblySame = from.possiblySame?.filter((p) => p.entity !== into.id);
  from.changed = true;
  into.changed = true;
  if (liveMembers(from).length === 0) {
    takeFormerIds(into, from);
    ws.entities.delete(from.id);
    ws.redirects.set(from.id, into.id);
  }
  return applied(`joined ${from.name} in ${c.document} to ${into.id}`);
}
