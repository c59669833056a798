// One function per kind of correction. Each edits the workspace and says what it did, or why it
// could not apply (stale) without touching anything.
import type { WEntity, WMention, Workspace } from './workspace';
import { addMention, indexName, liveEntity, liveMembers, mentionsWithWords, removeMention, takeFormerIds } from './workspace';
import { matchQuotes } from './quoteMatch';
import { describe, findEntity } from './find';
import { notSame, sameEntity } from './identityOps';
import { curatedEntityId, retypedEntityId } from './ids';
import { applied, moveSpeakers, stale, type OpResult } from './outcome';
import { documentMatches, isWordBoundary, sameWords } from './text';
import type {
  AddCorrection, Correction, MergeCorrection, RejectCorrection, RenameCorrection,
  RetypeCorrection, SpeakerCorrection, SplitCorrection,
} from './types';

export type { OpResult } from './outcome';

function touch(entity: WEntity): void {
  entity.changed = true;
}

function markDocs(members: readonly WMention[]): void {
  for (const m of members) m.doc.dirty = true;
}

function rename(ws: Workspace, c: RenameCorrection): OpResult {
  const entity = findEntity(ws, c.entity);
  if (!entity) return stale(`no entity named ${describe(c.entity)}`);
  const name = c.name.trim();
  if (name === '') return stale('the new name is empty');
  entity.name = name;
  entity.renamed = true;
  touch(entity);
  indexName(ws, name, entity.id);
  return applied(`renamed ${entity.id} to ${name}`);
}

function merge(ws: Workspace, c: MergeCorrection): OpResult {
  const from = findEntity(ws, c.entity);
  if (!from) return stale(`no entity named ${describe(c.entity)}`);
  const into = findEntity(ws, c.into);
  if (!into) return stale(`no entity named ${describe(c.into)}`);
  if (from === into) return applied(`${describe(c.entity)} is already part of ${into.name}`);
  const members = liveMembers(from);
  for (const m of members) {
    m.entity = into.id;
    m.type = into.type;
    into.members.push(m);
    into.memberTexts.add(sameWords(m.text));
  }
  markDocs(members);
  for (const text of from.memberTexts) into.memberTexts.add(text);
  for (const alias of [from.name, ...from.aliases]) {
    if (!into.aliases.includes(alias)) into.aliases.push(alias);
    indexName(ws, alias, into.id);
  }
  for (const d of from.descriptors) if (!into.descriptors.includes(d)) into.descriptors.push(d);
  into.reasons.push(...from.reasons, { alias: from.name, target: into.name, rule: 'curation' });
  takeFormerIds(into, from);
  ws.entities.delete(from.id);
  ws.redirects.set(from.id, into.id);
  touch(into);
  return applied(`merged ${from.id} into ${into.id}`);
}

function split(ws: Workspace, c: SplitCorrection): OpResult {
  const entity = findEntity(ws, c.entity);
  if (!entity) return stale(`no entity named ${describe(c.entity)}`);
  const words = sameWords(c.alias);
  const moving = liveMembers(entity).filter((m) => sameWords(m.text) === words);
  if (moving.length === 0) return stale(`${entity.name} has no mention "${c.alias}"`);
  if (moving.length === liveMembers(entity).length) return stale(`"${c.alias}" is every mention of ${entity.name}; nothing would remain`);
  const id = curatedEntityId(entity.type, words, (x) => ws.entities.has(x) || ws.redirects.has(x));
  const created: WEntity = {
    id, type: entity.type, name: words, aliases: [words], descriptors: [], reasons: [],
    members: [], memberTexts: new Set([words]), renamed: false, changed: true,
  };
  ws.entities.set(id, created);
  indexName(ws, words, id);
  for (const m of moving) {
    m.entity = id;
    created.members.push(m);
    for (const d of m.descriptors ?? []) if (!created.descriptors.includes(d)) created.descriptors.push(d);
  }
  markDocs(moving);
  moveSpeakers(moving, id);
  entity.reasons = entity.reasons.filter((r) => sameWords(r.alias) !== words);
  touch(entity);
  return applied(`split "${words}" off ${entity.id} as ${id}`);
}

function retype(ws: Workspace, c: RetypeCorrection): OpResult {
  const found = findEntity(ws, c.entity);
  if (!found) return stale(`no entity named ${describe(c.entity)}`);
  const oldId = found.id;
  // The id follows the type ("org:x" becomes "person:x"); the old id stays reachable (a redirect here,
  // Entity.formerIds in the result) for links, exports and look-ups that kept it. An id this entity
  // had before (retyped back) is its own again.
  const id = retypedEntityId(oldId, found.type, c.type, (x) => x !== oldId && (ws.entities.has(x) || (ws.redirects.has(x) && liveEntity(ws, x) !== found)));
  const entity = id === oldId ? found : rekey(ws, found, id);
  entity.type = c.type;
  const members = liveMembers(entity);
  for (const m of members) m.type = c.type;
  markDocs(members);
  touch(entity);
  return applied(id === oldId ? `${entity.id} is now ${c.type}` : `${oldId} is now ${c.type}, as ${id} (the old id still finds it)`);
}

/** The entity under a new id: its mentions follow, the old id redirects to it and is kept as a former id. */
function rekey(ws: Workspace, entity: WEntity, id: string): WEntity {
  const members = liveMembers(entity);
  const formerIds = [...(entity.formerIds ?? []), entity.id].filter((x) => x !== id);
  const moved: WEntity = { ...entity, id, formerIds, members: [...members], base: undefined };
  ws.entities.delete(entity.id);
  ws.redirects.delete(id);
  ws.redirects.set(entity.id, id);
  ws.entities.set(id, moved);
  for (const m of members) m.entity = id;
  for (const name of [moved.name, ...moved.aliases]) indexName(ws, name, id);
  return moved;
}

function reject(ws: Workspace, c: RejectCorrection): OpResult {
  const words = sameWords(c.text);
  const hits = mentionsWithWords(ws, words).filter((m) => !m.removed && (c.document === undefined || documentMatches(m.doc.base.id, c.document)));
  if (hits.length === 0) return stale(`no mention "${c.text}"${c.document ? ` in ${c.document}` : ''}`);
  for (const m of hits) removeMention(ws, m);
  return applied(`removed ${hits.length} mention(s) of "${words}"`);
}

function add(ws: Workspace, c: AddCorrection): OpResult {
  const needle = c.text.trim();
  if (needle === '') return stale('the text is empty');
  const existing = findEntity(ws, { name: needle, type: c.type });
  // Adding a name the engine already knows (as a name or alias) extends that entity.
  let target = existing && existing.type === c.type && [existing.name, ...existing.aliases].some((a) => sameWords(a) === sameWords(needle)) ? existing : undefined;
  let added = 0;
  for (const doc of ws.documents) {
    const text = doc.base.text;
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) {
      const end = at + needle.length;
      if (!isWordBoundary(text, at) || !isWordBoundary(text, end)) continue;
      const overlapping = doc.mentions.filter((m) => !m.removed && m.start < end && at < m.end);
      // Inside a longer name ("Acme" in "Acme Corp") the occurrence is part of that name, not a new mention.
      if (overlapping.some((m) => m.start <= at && end <= m.end && m.end - m.start > needle.length)) continue;
      if (target && overlapping.length === 1 && overlapping[0].entity === target.id && overlapping[0].start === at && overlapping[0].end === end) continue;
      if (!target) {
        const id = curatedEntityId(c.type, needle, (x) => ws.entities.has(x) || ws.redirects.has(x));
        target = { id, type: c.type, name: needle, aliases: [needle], descriptors: [], reasons: [], members: [], memberTexts: new Set(), renamed: false, changed: true };
        ws.entities.set(id, target);
        indexName(ws, needle, id);
      }
      for (const m of overlapping) removeMention(ws, m);
      addMention(ws, { doc, start: at, end, text: needle, type: c.type, entity: target.id, removed: false });
      doc.dirty = true;
      added++;
    }
  }
  if (!target) return stale(`"${needle}" occurs in no document`);
  touch(target);
  return applied(added > 0 ? `${added} mention(s) of "${needle}" as ${target.id}` : `"${needle}" was already marked everywhere`);
}

function speaker(ws: Workspace, c: SpeakerCorrection): OpResult {
  const where = c.document ? ` in ${c.document}` : '';
  const found = matchQuotes(ws, c);
  if (found.kind === 'none') return stale(`no quote is or starts with "${abbreviate(c.quote)}"${where}`);
  if (found.kind === 'several') {
    const listed = found.hits.slice(0, 3).map((h) => `"${abbreviate(h.quote.base.text)}" (${baseName(h.doc.base.id)}, at ${h.quote.base.start})`).join(', ');
    return stale(`"${abbreviate(c.quote)}" fits ${found.hits.length} different quotes${where}: ${listed}${found.hits.length > 3 ? ', …' : ''}; give more of its words, its document or its start`);
  }
  const quotes = found.hits;
  const how = found.how === 'exact' ? '' : found.how === 'text' ? ' (matched without quote marks, case or spacing)' : found.how === 'words' ? ' (matched by its words, punctuation ignored)' : ' (matched by its first words)';
  const places = quotes.length > 1 ? ` in ${new Set(quotes.map((q) => q.doc.base.id)).size} document(s)` : '';
  if (c.speaker === null) {
    for (const { quote } of quotes) {
      Object.assign(quote, { speaker: null, speakerMention: null, speakerText: null, changed: true });
    }
    return applied(`cleared the speaker of ${quotes.length} quote(s)${places}${how}`);
  }
  const entity = findEntity(ws, c.speaker);
  if (!entity) return stale(`no entity named ${describe(c.speaker)}`);
  for (const { doc, quote } of quotes) {
    // Point at the nearest mention of the speaker ("..., Smith said" or "Smith said: ..."); on a tie the one after.
    let best: WMention | null = null;
    let bestDistance = Infinity;
    for (const m of liveMembers(entity)) {
      if (m.doc !== doc) continue;
      const distance = m.end <= quote.base.start ? quote.base.start - m.end + 0.5 : m.start - quote.base.end;
      if (distance >= 0 && distance < bestDistance) { best = m; bestDistance = distance; }
    }
    Object.assign(quote, { speaker: entity.id, speakerMention: best, speakerText: best ? best.text : entity.name, changed: true });
  }
  return applied(`${quotes.length} quote(s)${places} attributed to ${entity.name}${how}`);
}

/** The last part of a document id (a path or URI), for messages. */
function baseName(id: string): string {
  const parts = id.split(/[\\/]/);
  return parts[parts.length - 1] || id;
}

function abbreviate(text: string): string {
  const words = sameWords(text);
  return words.length > 60 ? words.slice(0, 57) + '...' : words;
}

export function applyOne(ws: Workspace, c: Correction): OpResult {
  switch (c.op) {
    case 'rename': return rename(ws, c);
    case 'merge': return merge(ws, c);
    case 'split': return split(ws, c);
    case 'retype': return retype(ws, c);
    case 'reject': return reject(ws, c);
    case 'add': return add(ws, c);
    case 'speaker': return speaker(ws, c);
    case 'notSame': return notSame(ws, c);
    case 'sameEntity': return sameEntity(ws, c);
  }
}
