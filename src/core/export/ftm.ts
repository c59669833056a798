// FollowTheMoney (FtM) export: the entity model that OCCRP Aleph / OpenAleph ingest and ICIJ Datashare is
// adopting, as JSON lines (one `{id, schema, properties}` object per line). Schema definitions followed:
// ../shared/ftm/schema (followthemoney repository, June 2025). The mapping:
// - each of our entities becomes a Person, Organization or Address with its name and every alias;
// - each document becomes a PlainText with its text in bodyText and the canonical names of the people,
//   organizations and places it mentions in peopleMentioned / companiesMentioned / locationMentioned;
// - each mention becomes a Mention (document, name, detectedSchema; resolved to its entity for people and
//   organizations — FtM's `Mention.resolved` ranges over LegalEntity, which Address is not);
// - each quote with a resolved speaker becomes a Documentation linking document and speaker, role
//   "quoted", the quote in summary. FtM requires Documentation.entity, so quotes without a speaker are
//   counted in `unattributedQuotes` and not exported.
// FtM ids must match /^[0-9a-zA-Z]([0-9a-zA-Z.-]*[0-9a-zA-Z])?$/; ours carry names and spaces, so every
// FtM id is a prefix plus a hash of what identifies the thing (stable across runs for the same input).
import { hash53 } from '../hash53';
import type { EntityType, ResolvedCorpus, ResolvedDocument } from '../types';

/** One FollowTheMoney entity as serialized by `ftm` and `alephclient`: every property value is a list of strings. */
export interface FtmEntity {
  readonly id: string;
  readonly schema: FtmSchemaName;
  readonly properties: Readonly<Record<string, readonly string[]>>;
}

export type FtmSchemaName = 'Person' | 'Organization' | 'Address' | 'PlainText' | 'Mention' | 'Documentation';

export interface FtmExportOptions {
  /** How a document id is shown as its file name; the id itself by default. */
  readonly documentPath?: (documentId: string) => string;
  /** Put each document's text in `bodyText` (default true) so Aleph can search it. */
  readonly bodyText?: boolean;
  /** Prefix of every id, to keep two exports apart in one Aleph collection (default "sa"). Letters and digits only. */
  readonly idPrefix?: string;
}

export interface FtmExport {
  readonly entities: readonly FtmEntity[];
  /** Quotes left out because no speaker entity was found (FtM's Documentation requires one). */
  readonly unattributedQuotes: number;
}

/** The FtM schema for each of our entity types. */
export const FTM_SCHEMA_OF: Readonly<Record<EntityType, FtmSchemaName>> = { PERSON: 'Person', ORG: 'Organization', PLACE: 'Address' };

/** 14 hex digits of hash53 with `seed`: two seeds make a 106-bit id. */
const hex53 = (text: string, seed: number): string => hash53(text, seed).toString(16).padStart(14, '0');

/** A valid FtM id for the parts: `prefix-kind-hash`, where the hash covers every part. */
export function ftmId(prefix: string, kind: string, ...parts: readonly (string | number)[]): string {
  const key = parts.join('\u0000');
  return `${prefix}-${kind}-${hex53(key, 1)}${hex53(key, 2)}`;
}

/** FtM cleans names by collapsing whitespace; names that cross a line break keep one space. */
function cleanName(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values.filter((v) => v.length > 0))];
}

const MIME_OF_EXTENSION: Readonly<Record<string, string>> = { md: 'text/markdown', markdown: 'text/markdown', txt: 'text/plain' };

function fileFacts(path: string): { fileName: string; extension?: string; mimeType: string } {
  const fileName = path.split(/[\\/]/u).pop() || path;
  const dot = fileName.lastIndexOf('.');
  const extension = dot > 0 ? fileName.slice(dot + 1).toLowerCase() : undefined;
  return { fileName, extension, mimeType: (extension && MIME_OF_EXTENSION[extension]) || 'text/plain' };
}

/**
 * The corpus as FollowTheMoney entities: our entities first (sorted by id), then per document (in
 * reading order) the document, its mentions and its attributed quotes. Offsets cannot be carried:
 * FtM's Mention has no property for a position in the text.
 */
export function toFtmEntities(corpus: ResolvedCorpus, options: FtmExportOptions = {}): FtmExport {
  const prefix = options.idPrefix ?? 'sa';
  if (!/^[0-9a-zA-Z]+$/u.test(prefix)) throw new Error(`FtM id prefix must be letters and digits: "${prefix}"`);
  const pathOf = options.documentPath ?? ((id: string) => id);
  const withBody = options.bodyText ?? true;
  const entityFtmId = new Map<string, string>();
  const out: FtmEntity[] = [];

  const sorted = [...corpus.entities.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const e of sorted) {
    const schema = FTM_SCHEMA_OF[e.type];
    const id = ftmId(prefix, schema.toLowerCase(), e.id);
    entityFtmId.set(e.id, id);
    const name = cleanName(e.name);
    const properties: Record<string, string[]> = { name: [name] };
    const aliases = unique(e.aliases.map(cleanName)).filter((a) => a !== name);
    if (aliases.length > 0) properties.alias = aliases;
    if (schema === 'Address') properties.full = [name];
    if (e.descriptors.length > 0) properties.description = unique(e.descriptors.map(cleanName));
    out.push({ id, schema, properties });
  }

  let unattributedQuotes = 0;
  for (const doc of corpus.documents) {
    const docPath = pathOf(doc.id);
    const docId = ftmId(prefix, 'doc', docPath);
    out.push(documentEntity(doc, docId, docPath, corpus, withBody));
    for (const m of doc.mentions) {
      const schema = FTM_SCHEMA_OF[m.type];
      const properties: Record<string, string[]> = { document: [docId], name: [cleanName(m.text)], detectedSchema: [schema] };
      const resolved = entityFtmId.get(m.entity);
      const entity = corpus.entities.get(m.entity);
      // Mention.resolved ranges over LegalEntity: people and organizations, not addresses.
      if (resolved && entity && entity.type !== 'PLACE') properties.resolved = [resolved];
      out.push({ id: ftmId(prefix, 'mention', docPath, m.start, m.end), schema: 'Mention', properties });
    }
    for (const q of doc.quotes) {
      const speaker = q.speaker != null ? entityFtmId.get(q.speaker) : undefined;
      if (!speaker) {
        unattributedQuotes++;
        continue;
      }
      const properties: Record<string, string[]> = { document: [docId], entity: [speaker], role: ['quoted'], summary: [q.text] };
      if (q.speakerText) properties.description = [`speaker named as: ${cleanName(q.speakerText)}`];
      out.push({ id: ftmId(prefix, 'quote', docPath, q.start, q.end), schema: 'Documentation', properties });
    }
  }
  return { entities: out, unattributedQuotes };
}

function documentEntity(doc: ResolvedDocument, id: string, docPath: string, corpus: ResolvedCorpus, withBody: boolean): FtmEntity {
  const facts = fileFacts(docPath);
  const byType: Record<EntityType, string[]> = { PERSON: [], ORG: [], PLACE: [] };
  for (const m of doc.mentions) {
    const entity = corpus.entities.get(m.entity);
    byType[entity?.type ?? m.type].push(cleanName(entity?.name ?? m.text));
  }
  const properties: Record<string, string[]> = {
    // Thing requires `name` and Document requires `fileName`; the path keeps documents with one file name apart.
    name: [docPath],
    fileName: [facts.fileName],
    mimeType: [facts.mimeType],
  };
  if (facts.extension) properties.extension = [facts.extension];
  if (withBody) properties.bodyText = [doc.text];
  const mentioned: [string, EntityType][] = [['peopleMentioned', 'PERSON'], ['companiesMentioned', 'ORG'], ['locationMentioned', 'PLACE']];
  for (const [property, type] of mentioned) {
    const names = unique(byType[type]);
    if (names.length > 0) properties[property] = names;
  }
  return { id, schema: 'PlainText', properties };
}

/** The entities as JSON lines, the format `alephclient write-entities` and `ftm store write` read. */
export function toFtmJsonLines(corpus: ResolvedCorpus, options: FtmExportOptions = {}): string {
  return toFtmEntities(corpus, options).entities.map((e) => JSON.stringify(e) + '\n').join('');
}
