// Writing a curated corpus in the chosen format: to stdout, to a file, or to a folder of files.
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bratAnnotationConf, toBratAnn, toCsv, toFtmJsonLines, toJsonExport, toW3cCollection, type CsvExportOptions } from '../../core/export';
import type { ResolvedCorpus } from '../../core/types';
import { writeFileAtomic } from '../atomicWrite';
import type { Format } from './args';
import type { InputDocument } from './inputs';

export interface OutputTarget {
  readonly format: Format;
  readonly out?: string;
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  /** The editor's export asks for spreadsheet formula escaping; the CLI keeps cells verbatim. */
  readonly csv?: CsvExportOptions;
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
      for (const name of ['entities', 'mentions', 'quotes'] as const) await writeFileAtomic(path.join(dir, `${name}.csv`), tables[name]);
      return;
    }
    case 'brat': {
      const dir = path.resolve(target.cwd, target.out ?? '.');
      const base = commonFolder(documents.map((d) => d.absolute));
      for (const doc of corpus.documents) {
        const input = byId.get(doc.id);
        const relative = input ? path.relative(base, input.absolute) : doc.id;
        const stem = path.join(dir, bratBase(relative));
        await fs.mkdir(path.dirname(stem), { recursive: true });
        // brat checks annotations against this copy, so it must be the exact text that was annotated.
        await writeFileAtomic(`${stem}.txt`, doc.text);
        await writeFileAtomic(`${stem}.ann`, toBratAnn(doc, corpus.entities));
      }
      await writeFileAtomic(path.join(dir, 'annotation.conf'), bratAnnotationConf());
      return;
    }
  }
}
