// The Entities view's rows, built in the engine from the corpus snapshot with the pure tree model
// (src/editor/treeModel.ts) and handed out one level at a time: the view asks for a row's children
// when it is expanded, so a refresh sends the groups and the rows in sight, not the whole corpus.
import type { CuratedCorpusIndex } from '../core/corpus';
import { snippetAround } from '../editor/snippet';
import { buildTreeData, type EntityRow, type TreeData } from '../editor/treeModel';
import { ENTITY_TYPES } from '../core/types';
import type { TreeChildrenParams, TreeEntityRow, TreeGroup, TreeRow } from '../protocol';

export interface TreeRows {
  children(params: TreeChildrenParams): TreeRow[];
}

export function createTreeRows(index: CuratedCorpusIndex): TreeRows {
  let cached: { key: string; snapshot: object; tree: TreeData; entities: Map<string, EntityRow>; rows: Map<string, TreeEntityRow>; compactRows: Map<string, TreeEntityRow> } | undefined;

  const data = (params: TreeChildrenParams) => {
    const key = `${params.documentId ?? ''}|${params.filter ?? ''}`;
    // Rebuilt when the snapshot is another object, not on every index change: while the engine's resolve
    // worker runs, documents arrive but the snapshot (the last finished pass) stays the same.
    const snapshot = index.snapshot();
    if (!cached || cached.key !== key || cached.snapshot !== snapshot) {
      const tree = buildTreeData(snapshot, { documentId: params.documentId, filter: params.filter });
      const entities = new Map<string, EntityRow>();
      for (const type of ENTITY_TYPES) for (const row of tree.entities[type]) entities.set(row.entity.id, row);
      cached = { key, snapshot, tree, entities, rows: new Map(), compactRows: new Map() };
    }
    return cached;
  };

  const rowOf = (c: NonNullable<typeof cached>, row: EntityRow, compact = false): TreeEntityRow => {
    if (compact) {
      let small = c.compactRows.get(row.entity.id);
      if (!small) {
        const { entity } = row;
        small = { entity: { id: entity.id, name: entity.name, type: entity.type, aliases: entity.aliases, descriptors: entity.descriptors }, mentionCount: row.mentionCount, documents: [], documentCount: row.documents.length };
        c.compactRows.set(row.entity.id, small);
      }
      return small;
    }
    let out = c.rows.get(row.entity.id);
    if (!out) {
      const { entity } = row;
      out = {
        entity: { id: entity.id, name: entity.name, type: entity.type, aliases: entity.aliases, descriptors: entity.descriptors },
        mentionCount: row.mentionCount,
        documents: row.documents.map((d) => ({ documentId: d.documentId, count: d.mentions.length })),
      };
      c.rows.set(row.entity.id, out);
    }
    return out;
  };

  /** The first `limit` rows, and the row `include` names when the cut left it out. */
  const page = <T>(rows: readonly T[], params: TreeChildrenParams, idOf: (row: T) => string | null): T[] => {
    const limit = typeof params.limit === 'number' && params.limit >= 0 ? Math.floor(params.limit) : rows.length;
    if (limit >= rows.length) return [...rows];
    const shown = rows.slice(0, limit);
    if (typeof params.include === 'string') {
      const extra = rows.slice(limit).find((r) => idOf(r) === params.include);
      if (extra) shown.push(extra);
    }
    return shown;
  };

  return {
    children(params) {
      const c = data(params);
      const { tree } = c;
      const parent = params.parent;
      if (parent === undefined) {
        if (index.documentIds().length === 0) return [];
        const groups: TreeGroup[] = [...ENTITY_TYPES, 'QUOTE'];
        return groups.map((group) => ({
          kind: 'group', id: `group:${group}`, group,
          size: group === 'QUOTE' ? tree.speakers.reduce((n, s) => n + s.quotes.length, 0) : tree.entities[group].length,
        }));
      }
      if (parent.startsWith('group:')) {
        const group = parent.slice('group:'.length) as TreeGroup;
        if (group === 'QUOTE') return page(tree.speakers, params, (s) => s.speakerId).map((s) => ({ kind: 'speaker', id: `speaker:${s.speakerId ?? ''}`, speaker: { speakerId: s.speakerId, name: s.name, count: s.quotes.length } }));
        return page(tree.entities[group] ?? [], params, (row) => row.entity.id).map((row) => ({ kind: 'entity', id: `entity:${row.entity.id}`, row: rowOf(c, row, params.compact) }));
      }
      if (parent.startsWith('entity:')) {
        const row = c.entities.get(parent.slice('entity:'.length));
        if (!row) return [];
        const out = rowOf(c, row, params.compact);
        return row.documents.map((d) => ({ kind: 'document', id: `document:${row.entity.id}:${d.documentId}`, documentId: d.documentId, row: out, count: d.mentions.length }));
      }
      if (parent.startsWith('document:')) {
        // document:<entity id>:<document id>; entity ids hold no ':' before the document's scheme.
        for (const [entityId, row] of c.entities) {
          const prefix = `document:${entityId}:`;
          if (!parent.startsWith(prefix)) continue;
          const documentId = parent.slice(prefix.length);
          const perDoc = row.documents.find((d) => d.documentId === documentId);
          if (!perDoc) continue;
          const text = index.document(documentId)?.text ?? '';
          return perDoc.mentions.map((m) => {
            const snippet = snippetAround(text, m.start, m.end);
            return { kind: 'mention', id: `mention:${documentId}:${m.start}:${m.end}`, documentId, start: m.start, end: m.end, label: snippet.label, highlight: snippet.highlight };
          });
        }
        return [];
      }
      if (parent.startsWith('speaker:')) {
        const speakerId = parent.slice('speaker:'.length) || null;
        const speaker = tree.speakers.find((s) => s.speakerId === speakerId);
        return (speaker?.quotes ?? []).map(({ documentId, quote }) => ({ kind: 'quote', id: `quote:${documentId}:${quote.start}`, documentId, start: quote.start, end: quote.end, text: quote.text }));
      }
      return [];
    },
  };
}
