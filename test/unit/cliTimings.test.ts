// SOURCE_ANNOTATOR_TIMINGS: each stage's wall and CPU time since the stage before, one line each.
import assert from 'node:assert/strict';
import { stageTimer } from '../../src/node/cli/timings';

describe('cli: stage timings', () => {
  it('writes each stage with the time since the one before, the first since the start', () => {
    const lines: string[] = [];
    let wall = 120.4;
    let cpu = 80;
    const done = stageTimer((l) => lines.push(l), { wall: () => wall, cpu: () => cpu });
    done('annotated');
    wall = 400;
    cpu = 300.6;
    done('resolved');
    wall = 400.2;
    done('written');
    assert.deepEqual(lines, ['timing: annotated 120 ms wall, 80 ms cpu', 'timing: resolved 280 ms wall, 221 ms cpu', 'timing: written 0 ms wall, 0 ms cpu']);
  });
});
