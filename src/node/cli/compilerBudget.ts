// V8 settings for the CLI's one-shot batch run. A run over a few hundred documents ends before the
// engine's code is warm: measured on 500 news files (SOURCE_ANNOTATOR_WORKERS=0), about half of the
// first pass is unoptimized code and the optimizing compiler's own work, which runs on a background
// thread and counts in the process's CPU time. The optimizer inlines callees into the engine's large
// functions (collectCues, findQuotes, documentConsistency …) up to a cumulative bytecode budget; a
// smaller budget makes each compile much cheaper, and in a short run that saving outweighs the
// slightly slower optimized code. The editor's long-lived worker keeps V8's defaults.
import { setFlagsFromString } from 'node:v8';

/**
 * The flags the CLI sets before it annotates. `--max-inlined-bytecode-size-cumulative` is in bytes of
 * bytecode (V8's default is 920). Measured with `/usr/bin/time` on the bench's 500 files, alternated
 * in one session: 150 or 300 saved 0.2-0.3 s of 4.2 s user+system CPU against the default; 60 and
 * no inlining at all saved less. Annotation does not depend on them (byte-identical output).
 */
export const BATCH_COMPILER_FLAGS: readonly string[] = ['--max-inlined-bytecode-size-cumulative=150'];

/**
 * Sets BATCH_COMPILER_FLAGS in this process (V8 flags are process-wide, so worker threads started
 * afterwards share them). Call before the engine runs: the flags apply to compiles from then on.
 * `set` is V8's setter (replaceable in tests). V8 ignores a flag it does not know here, so the unit
 * test checks that this Node's V8 accepts each one on its command line.
 */
export function tuneCompilerForBatch(set: (flags: string) => void = setFlagsFromString): void {
  for (const flag of BATCH_COMPILER_FLAGS) set(flag);
}
