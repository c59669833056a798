// The CLI's JSON schema (docs/cli.md): documents with their mentions and quotes, then entities.
// Offsets are JavaScript string offsets (UTF-16 units), end exclusive, as everywhere in the engine.
import type { Entity, EntityType, MergeReason, PossibleLink, QuoteKind, ResolvedCorpus } from '../types';

export interface JsonMention { start: number; end: number; text: string; type: EntityType; entity: string }
export interface JsonQuote { start: number; end: number; text: string; kind: QuoteKind; speaker: string | null; speakerText: string | null; cue?: string; speakerRole?: 'government' }
export interface JsonDocument { path: string; mentions: JsonMention[]; quotes: JsonQuote[] }
export interface JsonEntity { id: string; type: EntityType; name: string; aliases: string[]; descriptors: string[]; reasons: MergeReason[]; possiblySame?: PossibleLink[]; formerIds?: string[] }
export interface JsonExport { documents: JsonDocument[]; entities: JsonEntity[] }

export interface JsonExportOptions {
  /** How a document id is shown as `path`; the id itself by default. */
  readonly documentPath?: (documentId: string) => string;
}

function entityJson(e: Entity, pathOf: (id: string) => string): JsonEntity {
  return {
    id: e.id, type: e.type, name: e.name, aliases: [...e.aliases], descriptors: [...e.descriptors],
    // Cross-document links also name their evidence, strength and the two documents (as paths).
    reasons: e.reasons.map((r) => ({
      alias: r.alias, target: r.target, rule: r.rule,
      ...(r.evidence !== undefined ? { evidence: r.evidence } : {}),
      ...(r.strength !== undefined ? { strength: r.strength } : {}),
      ...(r.score !== undefined ? { score: r.score } : {}),
      ...(r.documents ? { documents: [pathOf(r.documents[0]), pathOf(r.documents[1])] as [string, string] } : {}),
    })),
    ...(e.possiblySame && e.possiblySame.length > 0 ? { possiblySame: e.possiblySame.map((p) => ({ ...p, document: pathOf(p.document) })) } : {}),
    // Ids the reader's retype replaced: a tool holding an old id finds the entity here.
    ...(e.formerIds && e.formerIds.length > 0 ? { formerIds: [...e.formerIds] } : {}),
  };
}

export function toJsonExport(corpus: ResolvedCorpus, options: JsonExportOptions = {}): JsonExport {
  const pathOf = options.documentPath ?? ((id: string) => id);
  return {
    documents: corpus.documents.map((d) => ({
      path: pathOf(d.id),
      mentions: d.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, type: m.type, entity: m.entity })),
      quotes: d.quotes.map((q) => ({
        start: q.start, end: q.end, text: q.text, kind: q.kind, speaker: q.speaker, speakerText: q.speakerText,
        ...(q.cue !== undefined ? { cue: q.cue } : {}),
        ...(q.speakerRole !== undefined ? { speakerRole: q.speakerRole } : {}),
      })),
    })),
    // Sorted so output is stable whatever order the resolver created entities in.
    entities: [...corpus.entities.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((e) => entityJson(e, pathOf)),
  };
}
