// Three CSV tables (entities, mentions, quotes) for spreadsheets and data tools. Quoting and escaping
// are left to csv-stringify: document text holds commas, quotes and line breaks.
import { stringify } from 'csv-stringify/sync';
import type { ResolvedCorpus } from '../types';

export interface CsvExport {
  readonly entities: string;
  readonly mentions: string;
  readonly quotes: string;
}

export interface CsvExportOptions {
  readonly documentPath?: (documentId: string) => string;
  /** Prefix cells starting with = + - @ so spreadsheets do not run them as formulas (changes the text). */
  readonly escapeFormulas?: boolean;
}

/** Joins list cells; the separator is rare in names. */
export const CSV_LIST_SEPARATOR = ' | ';

export const CSV_COLUMNS = {
  entities: ['id', 'type', 'name', 'aliases', 'descriptors', 'mentions', 'documents'],
  mentions: ['document', 'start', 'end', 'text', 'type', 'entity', 'entity_name'],
  quotes: ['document', 'start', 'end', 'kind', 'text', 'speaker', 'speaker_name', 'speaker_text', 'cue'],
} as const;

export function toCsv(corpus: ResolvedCorpus, options: CsvExportOptions = {}): CsvExport {
  const pathOf = options.documentPath ?? ((id: string) => id);
  const mentionCount = new Map<string, number>();
  const documentCount = new Map<string, number>();
  const mentions: (string | number)[][] = [];
  const quotes: (string | number)[][] = [];
  for (const d of corpus.documents) {
    const path = pathOf(d.id);
    const seen = new Set<string>();
    for (const m of d.mentions) {
      mentionCount.set(m.entity, (mentionCount.get(m.entity) ?? 0) + 1);
      if (!seen.has(m.entity)) {
        seen.add(m.entity);
        documentCount.set(m.entity, (documentCount.get(m.entity) ?? 0) + 1);
      }
      mentions.push([path, m.start, m.end, m.text, m.type, m.entity, corpus.entities.get(m.entity)?.name ?? '']);
    }
    for (const q of d.quotes) {
      const speaker = q.speaker != null ? corpus.entities.get(q.speaker) : undefined;
      quotes.push([path, q.start, q.end, q.kind, q.text, q.speaker ?? '', speaker?.name ?? '', q.speakerText ?? '', q.cue ?? '']);
    }
  }
  const entities = [...corpus.entities.values()]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((e) => [e.id, e.type, e.name, e.aliases.join(CSV_LIST_SEPARATOR), e.descriptors.join(CSV_LIST_SEPARATOR), mentionCount.get(e.id) ?? 0, documentCount.get(e.id) ?? 0]);
  const table = (columns: readonly string[], rows: (string | number)[][]) =>
    stringify(rows, { header: true, columns: [...columns], escape_formulas: options.escapeFormulas ?? false });
  return {
    entities: table(CSV_COLUMNS.entities, entities),
    mentions: table(CSV_COLUMNS.mentions, mentions),
    quotes: table(CSV_COLUMNS.quotes, quotes),
  };
}
