// An export's content as data, for a caller that writes the files itself (the editor asks the engine
// for it and writes where the reader chose). Pure: document paths are '/'-separated and relative,
// so no file-system module is needed and the engine can build it in any host.
import { bratAnnotationConf, toBratAnn } from './brat';
import { toCsv } from './csv';
import { toFtmJsonLines } from './ftm';
import { toJsonExport } from './json';
import { toW3cCollection } from './w3c';
import type { ResolvedCorpus } from '../types';

export type BundleFormat = 'json' | 'csv' | 'brat' | 'w3c' | 'ftm';

export interface BundleOptions {
  /** CSV: prefix cells starting with = + - @ so spreadsheets do not run them as formulas. */
  readonly escapeFormulas?: boolean;
  /** W3C: the source IRI of a document (by its id in the corpus); absent: the id itself. */
  readonly source?: (documentId: string) => string;
}

/** One file's text, or files named relative to a folder ('/'-separated); `notes` say why a brat file was renamed. */
export type ExportBundle =
  | { readonly kind: 'file'; readonly data: string }
  | { readonly kind: 'folder'; readonly files: readonly { readonly name: string; readonly data: string }[]; readonly notes: readonly string[] };

const dirSegments = (p: string): string[] => p.split('/').slice(0, -1);

/** The '/'-separated path of each document below the deepest folder holding them all. */
function belowCommonFolder(paths: readonly string[]): (p: string) => string {
  if (paths.length === 0) return (p) => p;
  let common = dirSegments(paths[0]);
  for (const p of paths) {
    const dirs = dirSegments(p);
    let n = 0;
    while (n < common.length && n < dirs.length && common[n] === dirs[n]) n++;
    common = common.slice(0, n);
  }
  return (p) => p.split('/').slice(common.length).join('/');
}

/** brat pairs name.txt with name.ann; a .md document keeps its extension inside the name. */
const bratBase = (relative: string) => (relative.toLowerCase().endsWith('.txt') ? relative.slice(0, -4) : relative);

/**
 * brat stems for documents whose ids are relative paths: unique even on a case-insensitive file
 * system (the later document in id order becomes "name~2", "name~3" …), as the CLI names them.
 */
function bratStemsOf(ids: readonly string[]): Map<string, string> {
  const below = belowCommonFolder(ids);
  const used = new Set<string>();
  const out = new Map<string, string>();
  for (const id of [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const natural = bratBase(below(id));
    let stem = natural;
    for (let n = 2; used.has(stem.toLowerCase()); n++) stem = `${natural}~${n}`;
    used.add(stem.toLowerCase());
    out.set(id, stem);
  }
  return out;
}

/**
 * The content of an export of `corpus`, whose document ids are the '/'-separated relative paths the
 * documents are exported under. The same formats and files as the CLI's `--format`.
 */
export function exportBundle(corpus: ResolvedCorpus, format: BundleFormat, options: BundleOptions = {}): ExportBundle {
  switch (format) {
    case 'json':
      return { kind: 'file', data: JSON.stringify(toJsonExport(corpus), null, 2) + '\n' };
    case 'w3c':
      return { kind: 'file', data: JSON.stringify(toW3cCollection(corpus, { source: options.source ?? ((id) => id) }), null, 2) + '\n' };
    case 'ftm':
      return { kind: 'file', data: toFtmJsonLines(corpus) };
    case 'csv': {
      const tables = toCsv(corpus, { escapeFormulas: options.escapeFormulas });
      return { kind: 'folder', files: (['entities', 'mentions', 'quotes'] as const).map((name) => ({ name: `${name}.csv`, data: tables[name] })), notes: [] };
    }
    case 'brat': {
      const stems = bratStemsOf(corpus.documents.map((d) => d.id));
      const below = belowCommonFolder(corpus.documents.map((d) => d.id));
      const files: { name: string; data: string }[] = [];
      const notes: string[] = [];
      for (const doc of corpus.documents) {
        const natural = bratBase(below(doc.id));
        const stem = stems.get(doc.id) ?? natural;
        if (stem !== natural) notes.push(`${doc.id}: brat files written as ${stem}.txt and ${stem}.ann (${natural} was taken by another document)`);
        // brat checks annotations against this copy, so it must be the exact text that was annotated.
        files.push({ name: `${stem}.txt`, data: doc.text }, { name: `${stem}.ann`, data: toBratAnn(doc, corpus.entities) });
      }
      files.push({ name: 'annotation.conf', data: bratAnnotationConf() });
      return { kind: 'folder', files, notes };
    }
  }
}
