// Writing a curated corpus in the chosen format: to stdout, to a file, or to a folder of files.
import { realpathSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bratAnnotationConf, toBratAnn, toCsv, toFtmJsonLines, toJsonExport, toW3cCollection, type CsvExportOptions } from '../../core/export';
import type { ResolvedCorpus } from '../../core/types';
import { writeFileAtomic, writeFilesAtomic } from '../atomicWrite';
import type { Format } from './args';
import type { InputDocument } from './inputs';

export interface OutputTarget {
  readonly format: Format;
  readonly out?: string;
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  /** The editor's export asks for spreadsheet formula escaping; the CLI keeps cells verbatim. */
  readonly csv?: CsvExportOptions;
  /** Told about each brat file given another name because its natural name was taken. */
  readonly note?: (message: string) => void;
}

/** Deepest folder holding every document, so the brat export keeps the documents' relative layout. */
function commonFolder(files: readonly string[]): string {
  let common = path.dirname(files[0]);
  for (const f of files) {
    while (path.relative(common, f).startsWith('..') || path.isAbsolute(path.relative(common, f))) {
      const parent = path.dirname(common);
      if (parent === common) break;
      common = parent;
    }
  }
  return common;
}

/** brat pairs name.txt with name.ann; a .md document keeps its extension inside the name. */
function bratBase(relative: string): string {
  return relative.toLowerCase().endsWith('.txt') ? relative.slice(0, -4) : relative;
}

/**
 * brat stems (paths without .txt/.ann) for the documents, unique even on a case-insensitive file
 * system: "report.txt" and "report" would both be "report", so the later one (in document order)
 * becomes "report~2" (then ~3 ...). Returns stem by document id.
 */
export function bratStems(relatives: readonly { readonly id: string; readonly relative: string }[]): Map<string, string> {
  const used = new Set<string>();
  const out = new Map<string, string>();
  for (const { id, relative } of relatives) {
    const natural = bratBase(relative);
    let stem = natural;
    for (let n = 2; used.has(stem.toLowerCase()); n++) stem = `${natural}~${n}`;
    used.add(stem.toLowerCase());
    out.set(id, stem);
  }
  return out;
}

/**
 * The real path of a place that may not exist yet: its deepest existing ancestor, resolved.
 * Synchronous (realpath(3), as fs/promises' realpath): it runs for every input document, twice per
 * run, and a thread-pool round trip each left the CLI idle for most of a second per 500 files on a
 * loaded machine (CPU profile).
 */
function realish(p: string): string {
  const rest: string[] = [];
  let at = path.resolve(p);
  for (;;) {
    try {
      return path.join(realpathSync.native(at), ...rest.reverse());
    } catch {
      const parent = path.dirname(at);
      if (parent === at) return path.resolve(p);
      rest.push(path.basename(at));
      at = parent;
    }
  }
}

/**
 * Why `--out` must not be used, or undefined: it may not be an input folder or an input document
 * (the output would replace what it was made from), and no brat file may land on an input document.
 */
export async function outputConflict(target: OutputTarget, documents: readonly InputDocument[], folders: readonly string[]): Promise<string | undefined> {
  if (!target.out) return undefined;
  const out = realish(path.resolve(target.cwd, target.out));
  const inputs = new Map<string, string>();
  for (const d of documents) if (!d.fsPath) inputs.set(realish(d.absolute), d.id);
  for (const folder of folders) {
    if (realish(folder) === out) return `--out ${target.out} is an input folder; writing there would replace the documents. Choose another folder`;
  }
  if (inputs.has(out)) return `--out ${target.out} is the input document ${inputs.get(out)}; choose another file`;
  if (target.format === 'brat') {
    for (const file of bratFiles(documents, out)) {
      const hit = inputs.get(realish(file));
      if (hit !== undefined) return `--out ${target.out} would write ${file} over the input document ${hit}; choose another folder`;
    }
  }
  return undefined;
}

/** Stem by document id; documents in id order, so the same inputs always get the same names. */
function bratLayout(documents: readonly InputDocument[]): Map<string, string> {
  const base = commonFolder(documents.map((d) => d.absolute));
  const sorted = [...documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return bratStems(sorted.map((d) => ({ id: d.id, relative: path.relative(base, d.absolute) })));
}

function bratFiles(documents: readonly InputDocument[], dir: string): string[] {
  if (documents.length === 0) return [];
  return [...bratLayout(documents).values()].flatMap((stem) => [`${path.join(dir, stem)}.txt`, `${path.join(dir, stem)}.ann`]);
}

export async function writeOutput(corpus: ResolvedCorpus, documents: readonly InputDocument[], target: OutputTarget): Promise<void> {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const emit = async (text: string) => {
    if (target.out) await writeFileAtomic(path.resolve(target.cwd, target.out), text);
    else target.stdout(text);
  };
  switch (target.format) {
    case 'json':
      await emit(JSON.stringify(toJsonExport(corpus), null, 2) + '\n');
      return;
    case 'w3c':
      await emit(JSON.stringify(toW3cCollection(corpus, { source: (id) => pathToFileURL(byId.get(id)?.absolute ?? id).href }), null, 2) + '\n');
      return;
    case 'ftm':
      // Document ids are the paths as given on the command line, as in the JSON export.
      await emit(toFtmJsonLines(corpus));
      return;
    case 'csv': {
      const dir = path.resolve(target.cwd, target.out ?? '.');
      const tables = toCsv(corpus, target.csv);
      // The three tables belong together: all new or all old, never a mix (disk full half-way).
      await writeFilesAtomic((['entities', 'mentions', 'quotes'] as const).map((name) => ({ file: path.join(dir, `${name}.csv`), data: tables[name] })));
      return;
    }
    case 'brat': {
      const dir = path.resolve(target.cwd, target.out ?? '.');
      const annotated = documents.filter((d) => corpus.documents.some((c) => c.id === d.id));
      const stems = bratLayout(annotated);
      const base = annotated.length > 0 ? commonFolder(annotated.map((d) => d.absolute)) : dir;
      const files: { file: string; data: string }[] = [];
      for (const doc of corpus.documents) {
        const input = byId.get(doc.id);
        const natural = bratBase(input ? path.relative(base, input.absolute) : doc.id);
        const stem = stems.get(doc.id) ?? natural;
        if (stem !== natural) target.note?.(`${doc.id}: brat files written as ${stem}.txt and ${stem}.ann (${natural} was taken by another document)`);
        // brat checks annotations against this copy, so it must be the exact text that was annotated.
        files.push({ file: `${path.join(dir, stem)}.txt`, data: doc.text }, { file: `${path.join(dir, stem)}.ann`, data: toBratAnn(doc, corpus.entities) });
      }
      files.push({ file: path.join(dir, 'annotation.conf'), data: bratAnnotationConf() });
      await writeFilesAtomic(files);
      return;
    }
  }
}
