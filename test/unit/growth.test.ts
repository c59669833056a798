// The growth helper that the complexity tests rely on tells linear from quadratic work.
import * as assert from 'node:assert/strict';
import { growthRatio } from './growth';

function work(n: number, quadratic: boolean): () => void {
  return () => {
    let sink = 0;
    const outer = quadratic ? n : 1;
    for (let i = 0; i < outer; i++) for (let j = 0; j < (quadratic ? n : n * 400); j++) sink = (sink + i * j) | 0;
    if (sink === 0.5) throw new Error('unreachable');
  };
}

describe('growthRatio (test helper)', () => {
  it('gives about 4 for linear work over 4 times the input', () => {
    assert.ok(growthRatio(work(20_000, false), work(80_000, false), { limit: 10 }) < 10);
  });
  it('gives about 16 for quadratic work over 4 times the input', () => {
    assert.ok(growthRatio(work(1_500, true), work(6_000, true), { limit: 10 }) > 10);
  });
});
