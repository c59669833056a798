// Background threads of the engine (annotation workers, the resolve worker) run at a lower scheduling
// priority than the threads that answer the reader: the extension host, the server's request thread and
// the window. On a machine with few cores the workers are CPU-bound for the whole of a first scan; at
// the same priority the host waited for a core up to ~90 ms at a time (10,000 documents, 2 cores) while
// running ~5 ms of its own. With the workers "niced", the scheduler gives a waking host its core at once
// and the workers take every cycle nobody else wants, so the scan loses almost nothing when the host idles.
//
// Linux keeps a nice value per thread, and setpriority(PRIO_PROCESS, 0, n) (os.setPriority(n)) changes
// the calling thread's only: a worker lowers its own priority as it starts. Elsewhere (macOS, Windows)
// the same call changes the whole process, the request thread included, so it is not made there.
import { setPriority } from 'node:os';

/** The nice value the engine's workers take (0 = normal, 19 = lowest); 10 gives a normal thread ~9× their share. */
export const WORKER_NICE = 10;

/**
 * The nice value for the engine's worker threads in this process: WORKER_NICE, or
 * SOURCE_ANNOTATOR_WORKER_NICE when set to an integer 0–19 (measurements of both ways in one session;
 * 0 leaves the workers at normal priority). Undefined where a thread's own priority cannot be set (not Linux).
 */
export function workerNice(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): number | undefined {
  if (platform !== 'linux') return undefined;
  const asked = env.SOURCE_ANNOTATOR_WORKER_NICE;
  if (asked !== undefined && /^\d{1,2}$/u.test(asked.trim()) && Number(asked) <= 19) return Number(asked);
  return WORKER_NICE;
}

/**
 * The nice value for the resolve worker, given the annotation workers': half as far from normal. A pass
 * is on the way to "index complete" (the last one runs when annotation is over) and answers wait for it,
 * while annotation is the scan's bulk: at nice 10 the last pass, competing with the request thread's
 * cache write and the window, took twice as long in a loaded 3,000-document run. Still below the host.
 */
export function resolveNice(workerNiceValue: number | undefined): number | undefined {
  return workerNiceValue === undefined ? undefined : Math.ceil(workerNiceValue / 2);
}

/**
 * The nice value for the server's request thread (the one answering hover, references and the views),
 * from SOURCE_ANNOTATOR_SERVER_NICE (an integer 0–19), for measurements; default 0 (normal priority):
 * it answers the reader, and mostly waits. Undefined where a thread's own priority cannot be set.
 */
export function serverNice(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): number | undefined {
  if (platform !== 'linux') return undefined;
  const asked = env.SOURCE_ANNOTATOR_SERVER_NICE;
  if (asked !== undefined && /^\d{1,2}$/u.test(asked.trim()) && Number(asked) <= 19) return Number(asked);
  return 0;
}

/**
 * Lowers the calling thread's scheduling priority to `nice` (Linux only; see the file's comment). Returns
 * whether it was set. Never throws: a refused change (a sandbox without the permission) leaves the thread
 * at its priority, which costs responsiveness, not correctness.
 */
export function lowerThreadPriority(nice: number | undefined, platform: NodeJS.Platform = process.platform): boolean {
  if (platform !== 'linux' || nice === undefined || !Number.isInteger(nice) || nice <= 0 || nice > 19) return false;
  try {
    setPriority(nice);
    return true;
  } catch {
    return false;
  }
}
