import * as assert from 'node:assert/strict';
import { progressCounts, progressMessage } from '../../src/editor/indexProgress';

describe('editor index progress wording', () => {
  it('counts with thousands separators', () => {
    assert.equal(progressCounts(3200, 10000), '3,200 / 10,000');
    assert.equal(progressCounts(0, 7), '0 / 7');
  });

  it('estimates the time left from the rate so far, once there is a rate to trust', () => {
    // 2,000 of 10,000 in 60 s: 8,000 left at 33 per second is 240 s.
    assert.equal(progressMessage(2000, 10000, 60_000), '2,000 / 10,000 — about 4 min left');
    assert.equal(progressMessage(900, 1000, 30_000), '900 / 1,000 — less than a minute left');
    assert.equal(progressMessage(500, 1000, 75_000), '500 / 1,000 — about 1 min left');
    // Too early to tell, or finished: counts only.
    assert.equal(progressMessage(10, 10000, 60_000), '10 / 10,000');
    assert.equal(progressMessage(500, 10000, 1000), '500 / 10,000');
    assert.equal(progressMessage(1000, 1000, 60_000), '1,000 / 1,000');
  });
});
