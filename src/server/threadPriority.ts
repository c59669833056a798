// The engine's annotation workers can run at a lower scheduling priority than the threads that answer
// the reader: the extension host, the server's request thread and the window (the resolve worker stays at
// normal priority; see resolveNice). The host's event-loop gaps while indexing are time its thread waits
// for a core (up to ~90 ms at 10,000 documents on 2 cores, running ~5 ms of its own); with the workers
// "niced", the scheduler would give a waking host its core first. Off by default (WORKER_NICE): measured
// on the shared machine it did not shorten the host's waits, which came from other processes.
//
// Linux keeps a nice value per thread, and setpriority(PRIO_PROCESS, 0, n) (os.setPriority(n)) changes
// the calling thread's only: a worker lowers its own priority as it starts. Elsewhere (macOS, Windows)
// the same call changes the whole process, the request thread included, so it is not made there.
import { setPriority } from 'node:os';

/**
 * The nice value the engine's annotation workers take by default: 0, normal priority. Measured both ways
 * in one session each (`npm run test:scale -- --compare SOURCE_ANNOTATOR_WORKER_NICE=10`), nice 10 with a
 * second worker never lowered the host's longest wait on a machine shared with other work (its gaps were
 * other processes' time: 10,000 documents, load 3.5-8, host lag max 215 vs 135 ms; cold index 2.18 vs
 * 2.00 x the CLI; at load 11-15, 1.97 vs 1.31 x). It stays a setting for a measurement on an idle machine.
 */
export const WORKER_NICE = 0;

/**
 * The nice value for the engine's worker threads in this process: WORKER_NICE, or
 * SOURCE_ANNOTATOR_WORKER_NICE when set to an integer 0–19 (10 gives a normal thread ~9× their share;
 * 0 leaves the workers at normal priority). Undefined where a thread's own priority cannot be set (not Linux).
 */
export function workerNice(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): number | undefined {
  if (platform !== 'linux') return undefined;
  const asked = env.SOURCE_ANNOTATOR_WORKER_NICE;
  if (asked !== undefined && /^\d{1,2}$/u.test(asked.trim()) && Number(asked) <= 19) return Number(asked);
  return WORKER_NICE;
}

/**
 * The nice value for the resolve worker, given the annotation workers': normal (0). A pass is on the way
 * to "index complete" (the last one runs when annotation is over) and answers wait for it. Lowered, it
 * lost its core to the editor's own threads: at 10,000 documents on a loaded machine (load 11-15, one
 * session) the last pass took 48 s at nice 5 (29 s of it computing) against 24 s at 0, and the cold
 * index 1.97 x the CLI against 1.31 x. Annotation workers, the scan's bulk, made no such difference
 * (3,000 documents: 1.05 x at nice 10, 1.09 x at 0).
 */
export function resolveNice(workerNiceValue: number | undefined): number | undefined {
  return workerNiceValue === undefined ? undefined : 0;
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
