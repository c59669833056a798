// Command-line arguments, parsed by node:util so quoting and `--opt=value` behave as users expect.
import { parseArgs } from 'node:util';
import { COMMON_OPTIONS } from './annotateInputs';

export const FORMATS = ['json', 'csv', 'brat', 'w3c', 'ftm'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliOptions {
  readonly command: 'annotate';
  readonly inputs: readonly string[];
  readonly format: Format;
  readonly out?: string;
  readonly curation?: string;
}

export type ParsedArgs = { readonly kind: 'run'; readonly options: CliOptions } | { readonly kind: 'help' } | { readonly kind: 'error'; readonly message: string };

export const USAGE = `Usage: source-annotator annotate <files or folders...> [--format json|csv|brat|w3c|ftm] [--out FILE|DIR] [--curation PATH]

Finds people, organizations, places and quotes with their speakers in .txt and .md documents.
Folders are searched recursively for .txt and .md files.

  --format   json (default), w3c and ftm (FollowTheMoney JSON lines) print
             to stdout or write --out FILE;
             csv and brat need --out DIR (three tables / one .ann per document)
  --out      where to write the result
  --curation curation file with the reader's corrections; by default
             <folder>/.source-annotator/curation.json for each folder argument

Exit status: 0 every input was annotated; 1 some inputs failed (the rest were written);
2 usage error, or no document could be annotated.`;

export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: COMMON_OPTIONS,
    });
  } catch (e) {
    return { kind: 'error', message: (e as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help || positionals[0] === 'help') return { kind: 'help' };
  const [command, ...inputs] = positionals;
  if (command === undefined) return { kind: 'error', message: 'missing command: annotate, ledger or graph' };
  if (command !== 'annotate') return { kind: 'error', message: `unknown command "${command}"; the commands are annotate, ledger and graph (--help shows all three)` };
  if (inputs.length === 0) return { kind: 'error', message: 'give at least one file or folder to annotate' };
  const format = (values.format ?? 'json') as Format;
  if (!FORMATS.includes(format)) return { kind: 'error', message: `unknown format "${values.format}"; use one of ${FORMATS.join(', ')}` };
  if ((format === 'csv' || format === 'brat') && !values.out) {
    return { kind: 'error', message: `--format ${format} writes several files; give a folder with --out DIR` };
  }
  return { kind: 'run', options: { command, inputs, format, out: values.out, curation: values.curation } };
}
