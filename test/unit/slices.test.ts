import * as assert from 'node:assert/strict';
import { syncInSlices } from '../../src/core/util/slices';

/** A toy index that copies a list of numbers one item per advance. */
function toyIndex() {
  let synced: readonly number[] = [];
  let target: readonly number[] | undefined;
  return {
    advance(list: readonly number[]) {
      if (target !== list) [target, synced] = [list, synced.filter((x) => list.includes(x))];
      const next = list.find((x) => !synced.includes(x));
      if (next !== undefined) synced = [...synced, next];
      return list.filter((x) => !synced.includes(x)).length;
    },
    synced: () => synced,
  };
}

describe('syncInSlices: an index kept in step with a moving target', () => {
  it('ends on the newest target when it changes while syncing, pausing between pieces', async () => {
    const index = toyIndex();
    let list: readonly number[] = [1, 2, 3];
    let pauses = 0;
    await syncInSlices(() => list, (l) => index.advance(l), (a, b) => a === b, {
      sliceMs: 0,
      pause: async () => {
        pauses++;
        if (pauses === 1) list = [2, 3, 4, 5];
      },
    });
    assert.deepEqual([...index.synced()].sort(), [2, 3, 4, 5]);
    assert.ok(pauses >= 3, `a pause after each piece with a zero budget (${pauses})`);
  });

  it('re-reads the target after the last piece: a change that lands then is synced too', async () => {
    const index = toyIndex();
    let list: readonly number[] = [1];
    let reads = 0;
    await syncInSlices(() => {
      reads++;
      // The second read is the check after the first (complete) piece: the target moved meanwhile.
      if (reads === 2) list = [1, 7];
      return list;
    }, (l) => index.advance(l), (a, b) => a === b, { sliceMs: 0, pause: () => Promise.resolve() });
    assert.deepEqual(index.synced(), [1, 7]);
  });

  it('rejects with Error("cancelled") at a pause once cancelled', async () => {
    const index = toyIndex();
    let cancelled = false;
    await assert.rejects(syncInSlices(() => [1, 2, 3, 4], (l) => index.advance(l), (a, b) => a === b, {
      sliceMs: 0,
      pause: async () => void (cancelled = true),
      cancelled: () => cancelled,
    }), /cancelled/);
    assert.deepEqual(index.synced(), [1], 'no piece after the cancelling pause');
  });
});
