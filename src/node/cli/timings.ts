// Stage timings of a CLI run (SOURCE_ANNOTATOR_TIMINGS=1), so a speed change can say which stage it
// cut: wall and CPU milliseconds since the stage before (the first since the process started).
import { performance } from 'node:perf_hooks';

/**
 * A stage listener that writes one line per stage through `write`:
 * `timing: <stage> <wall> ms wall, <cpu> ms cpu` (CPU: user + system of the whole process, every
 * thread, so worker threads and the garbage collector count). The first stage counts from the
 * process's start (performance.timeOrigin; CPU from zero).
 */
export function stageTimer(write: (line: string) => void, clock: { wall: () => number; cpu: () => number } = processClock): (stage: string) => void {
  let wall = 0;
  let cpu = 0;
  return (stage) => {
    const nowWall = clock.wall();
    const nowCpu = clock.cpu();
    write(`timing: ${stage} ${Math.round(nowWall - wall)} ms wall, ${Math.round(nowCpu - cpu)} ms cpu`);
    wall = nowWall;
    cpu = nowCpu;
  };
}

const processClock = {
  /** Milliseconds since the process started. */
  wall: () => performance.now(),
  cpu: () => {
    const used = process.cpuUsage();
    return (used.user + used.system) / 1000;
  },
};
