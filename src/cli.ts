#!/usr/bin/env node
// Entry point of the `source-annotator` command (bundled to dist/cli.js). Sets the exit code rather
// than exiting, so piped output is flushed first.
import * as path from 'node:path';
import { workersFromEnv } from './node/cli/annotator';
import { tuneCompilerForBatch } from './node/cli/compilerBudget';
import { runCli } from './node/cli/run';
import { stageTimer } from './node/cli/timings';

// `source-annotator annotate … | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

// A one-shot run ends before the engine is warm: a cheaper optimizing compiler (see compilerBudget.ts).
tuneCompilerForBatch();

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (line) => process.stderr.write(line + '\n'),
  cwd: process.cwd(),
}, {
  // The annotation workers' bundle, built next to this one; run from source it is absent and the
  // documents are annotated in this thread.
  workerPath: path.join(__dirname, 'worker.js'),
  // SOURCE_ANNOTATOR_WORKERS=N forces N annotation threads (0: this thread); unset, the run chooses
  // from the number of documents and the cores free (node/cli/annotator.ts poolSize).
  workers: workersFromEnv(process.env.SOURCE_ANNOTATOR_WORKERS),
  // SOURCE_ANNOTATOR_TIMINGS=1: each stage's wall and CPU time (this process, all threads) on stderr.
  stageDone: process.env.SOURCE_ANNOTATOR_TIMINGS === '1' ? stageTimer((line) => process.stderr.write(line + '\n')) : undefined,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`source-annotator: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
