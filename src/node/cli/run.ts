// The `source-annotator` command: read documents, annotate each, resolve across them, apply the
// reader's curation, write the chosen format. Annotator and resolver are passed in for tests.
import * as path from 'node:path';
import type { Resolver } from '../../core/corpus/resolver';
import { createCorpusIndex, inReadingOrder } from '../../core/corpus';
import { applyCuration } from '../../core/curation/apply';
import type { Curation, CurationReport } from '../../core/curation/types';
import { resolveCorpus } from '../../core/resolve';
import type { DocumentAnnotation, ResolvedCorpus } from '../../core/types';
import { parseCliArgs, USAGE, type CliOptions } from './args';
import { loadCuration, missingExplicitCuration } from './curation';
import { readAndAnnotate, settleAnnotations } from './annotateInputs';
import { cliAnnotatorFor } from './annotator';
import { emptyDocumentNotes, type InputDocument } from './inputs';
import { outputConflict, writeOutput, type OutputTarget } from './output';
import { runViewCli, VIEW_COMMANDS, VIEWS_USAGE } from './views';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (line: string) => void;
  readonly cwd: string;
}

export interface CliDeps {
  /** Annotates in this thread instead of the engine (tests). */
  readonly annotate?: (text: string) => DocumentAnnotation;
  readonly resolve?: Resolver;
  /** The worker bundle to annotate on (dist/worker.js); without it documents are annotated in this thread. */
  readonly workerPath?: string;
  /** Worker threads; default one per core. */
  readonly workers?: number;
  /**
   * Told as each stage of an annotate run ends ('annotated', 'resolved', 'written'), so a caller can
   * time them (cli.ts prints wall and CPU time per stage when SOURCE_ANNOTATOR_TIMINGS=1).
   */
  readonly stageDone?: (stage: CliStage) => void;
}

/** The stages of an annotate run that CliDeps.stageDone is told about, in order. */
export type CliStage = 'annotated' | 'resolved' | 'written';

export const EXIT_OK = 0;
export const EXIT_SOME_FAILED = 1;
export const EXIT_USAGE = 2;

export async function runCli(argv: readonly string[], io: CliIo, deps: CliDeps = {}): Promise<number> {
  const say = (message: string) => io.stderr(`source-annotator: ${message}`);
  if ((VIEW_COMMANDS as readonly string[]).includes(argv[0])) return runViewCli(argv, io, deps);
  const args = parseCliArgs(argv);
  if (args.kind === 'help') {
    // Every command, so ledger and graph can be found from the top-level help.
    io.stdout(`${USAGE}\n\n${VIEWS_USAGE}\n`);
    return EXIT_OK;
  }
  if (args.kind === 'error') {
    say(args.message);
    io.stderr(USAGE.split('\n')[0]);
    return EXIT_USAGE;
  }
  const { options } = args;
  const missingCuration = await missingExplicitCuration(options.curation !== undefined ? path.resolve(io.cwd, options.curation) : undefined);
  if (missingCuration !== undefined) {
    say(missingCuration);
    return EXIT_USAGE;
  }
  const { inputs, annotator, jobs } = await readAndAnnotate(options.inputs, io.cwd, cliAnnotatorFor(deps, say));
  let annotated;
  try {
    for (const p of inputs.problems) say(`${p.path}: ${p.message}`);
    for (const note of emptyDocumentNotes(inputs.documents, 'written with no mentions')) say(note);
    // Checked before the work is awaited and again on the documents actually written (their layout decides brat names).
    const early = await outputConflict(target(options, io, say), inputs.documents, inputs.folders);
    if (early) {
      say(early);
      return EXIT_USAGE;
    }
    annotated = await settleAnnotations(jobs, say);
  } finally {
    annotator.dispose();
  }
  deps.stageDone?.('annotated');
  const failed = inputs.problems.length + annotated.failed;
  return finishAnnotate(annotated.annotated, inputs.folders, failed, options, io, deps, say);
}

/**
 * The curated corpus and the curation report of the annotated documents, exactly as the language
 * server's corpus index gives them (createCorpusIndex's snapshot and curationReport: the same resolver
 * fed the documents in the same order, reading order, applyCuration), so batch mode and the editor
 * resolve and curate through one code path. With an incremental resolver (the engine's) the index
 * itself is skipped: its packed mention columns and query view serve an editor's later questions,
 * which a one-shot run never asks (about a tenth of this stage's CPU time at 500 documents).
 */
export function resolveAndCurate(
  annotated: readonly { readonly doc: { readonly id: string; readonly text: string }; readonly annotation: DocumentAnnotation }[],
  resolve: Resolver,
  curation: Curation | undefined,
): { readonly corpus: ResolvedCorpus; readonly report: CurationReport } {
  const incremental = resolve.incremental?.();
  if (!incremental) {
    const index = createCorpusIndex({ resolve, curation: () => curation });
    for (const { doc, annotation } of annotated) index.set(doc.id, doc.text, annotation);
    return { corpus: index.snapshot(), report: index.curationReport() };
  }
  for (const { doc, annotation } of annotated) incremental.set({ id: doc.id, text: doc.text, annotation });
  return applyCuration(inReadingOrder(incremental.snapshot()), curation);
}

function target(options: CliOptions, io: CliIo, say: (message: string) => void): OutputTarget {
  return { format: options.format, out: options.out, cwd: io.cwd, stdout: io.stdout, note: say };
}

/** Resolves, curates and writes the annotated documents; returns the exit status. */
async function finishAnnotate(
  annotated: readonly { readonly doc: InputDocument; readonly annotation: DocumentAnnotation }[],
  folders: readonly string[],
  failed: number,
  options: CliOptions,
  io: CliIo,
  deps: CliDeps,
  say: (message: string) => void,
): Promise<number> {
  if (annotated.length === 0) {
    say('no document was annotated');
    return EXIT_USAGE;
  }
  const curationFile = options.curation !== undefined ? path.resolve(io.cwd, options.curation) : undefined;
  const curation = await loadCuration(curationFile, folders, say);
  const { corpus, report } = resolveAndCurate(annotated, deps.resolve ?? resolveCorpus, curation);
  deps.stageDone?.('resolved');
  for (const r of report.results) {
    if (r.status === 'stale') say(`curation: correction ${r.correction.seq} (${r.correction.op}) no longer applies: ${r.detail}`);
  }
  const written = annotated.map((a) => a.doc);
  const conflict = await outputConflict(target(options, io, say), written, folders);
  if (conflict) {
    say(conflict);
    return EXIT_USAGE;
  }
  try {
    await writeOutput(corpus, written, target(options, io, say));
  } catch (e) {
    say(`cannot write ${options.out ?? 'output'}: ${(e as Error).message}`);
    return EXIT_USAGE;
  }
  deps.stageDone?.('written');
  return failed > 0 ? EXIT_SOME_FAILED : EXIT_OK;
}
