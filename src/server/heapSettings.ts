// V8 heap settings of the language server's threads. Measured with `npm run bench:server-memory` on the
// synthetic archive: without them the resolve worker's heap grew to twice what it keeps during a pass
// (415 MB kept, 800 MB in use at 10,000 documents) before V8 collected, because V8 lets an old
// generation grow by a factor of up to 4 over its live size between full collections when collecting
// looks cheap; and each thread kept a 16 MB semi-space (32 MB of young generation in use) for
// short-lived garbage. A growth factor of 1.2 and a smaller young generation for the workers cut the
// process's peak RSS at 3,000 documents by a fifth (741 → 590 MB) for a few percent more CPU (see the
// commit message for the figures at 10,000 documents). Nothing here limits what a thread may keep:
// the old generation has no ceiling, so a larger corpus collects more often instead of failing.
import { setFlagsFromString } from 'node:v8';
import type { ResourceLimits } from 'node:worker_threads';

/**
 * Percent by which V8 lets a thread's old generation grow over what a full collection left before the
 * next one (V8's own factor is dynamic, 1.1 to 4). Process-wide: V8 reads the flag at each collection,
 * in every thread.
 */
export const HEAP_GROWING_PERCENT = 20;

/**
 * Young generation of each worker thread, MB (V8 splits it in three: two semi-spaces of 4 MB and a
 * new large-object space). V8's default on 64-bit is 16 MB semi-spaces; the workers' garbage is short
 * lived (a document's tokens, a pass's maps), so smaller scavenges cost little more CPU.
 */
export const WORKER_YOUNG_GENERATION_MB = 12;

/** Resource limits of a worker thread of the server, with `extra` (an old-generation ceiling, say). */
export function workerResourceLimits(extra: ResourceLimits = {}): ResourceLimits {
  return { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB, ...extra };
}

/**
 * Applies the process-wide setting (HEAP_GROWING_PERCENT) to this process; call once at the server's
 * start. Node documents setting V8 flags after start as unsupported in general; this one is read by V8 at
 * every full collection (checked by test/unit/heapSettings.test.ts, which measures its effect).
 */
export function applyServerHeapSettings(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
