import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { keepDrawnLabels, placeLabels, placeLabelsAt, type LabelCandidate } from '../../src/editor/graph/webview/labels';

const box = (id: string, x: number, y: number, priority: number, width = 60, height = 14): LabelCandidate => ({ id, x, y, width, height, priority });

describe('graph label placement', () => {
  it('keeps the more important of two overlapping labels, and both when apart', () => {
    assert.deepEqual([...placeLabels([box('minor', 10, 10, 1), box('major', 40, 15, 5)], { canvasWidth: 400, canvasHeight: 300 })], ['major']);
    assert.deepEqual([...placeLabels([box('a', 10, 10, 1), box('b', 10, 40, 5)], { canvasWidth: 400, canvasHeight: 300 })].sort(), ['a', 'b']);
  });

  it('drops a label that would be cut at any edge of the canvas', () => {
    const shown = placeLabels([box('left', -5, 50, 9), box('right', 350, 50, 9), box('top', 100, -1, 9), box('bottom', 100, 290, 9), box('inside', 100, 100, 1)], { canvasWidth: 400, canvasHeight: 300 });
    assert.deepEqual([...shown], ['inside']);
  });

  it('checks drawn labels: hides one the drawing put past the edge or onto a kept one, keeps touching ones', () => {
    // As drawn: 'wide' came out a few pixels wider than estimated and crosses the right edge; 'late' meets 'first'.
    const kept = keepDrawnLabels([box('wide', 345, 50, 9), box('first', 10, 10, 8), box('late', 60, 20, 1), box('touching', 70, 10, 2)], { canvasWidth: 400, canvasHeight: 300 });
    assert.deepEqual([...kept].sort(), ['first', 'touching']);
  });

  it('keeps a label off the bodies of other nodes, except for the selection', () => {
    const body = { id: 'other', x: 30, y: 12, width: 20, height: 20 };
    const own = { id: 'a', x: 10, y: -10, width: 30, height: 21 };
    const options = { canvasWidth: 400, canvasHeight: 300, obstacles: [body, own], overObstaclesFrom: 100 };
    assert.deepEqual([...placeLabels([box('a', 10, 10, 1)], options)], []);
    assert.deepEqual([...placeLabels([box('a', 10, 10, 100)], options)], ['a']);
    assert.deepEqual([...placeLabels([box('a', 10, 40, 1)], options)], ['a'], 'its own body does not hide it');
  });

  it('moves a label to its next place when its own is taken', () => {
    const major = box('major', 10, 40, 5);
    const minor = { ...box('minor', 20, 44, 1), alternatives: [{ x: 20, y: 44 + 100 }, { x: 200, y: 10 }] };
    assert.deepEqual([...placeLabelsAt([major, minor], { canvasWidth: 400, canvasHeight: 120 })], [['major', 0], ['minor', 2]], 'the second place is outside the canvas, the third is free');
  });

  it('never shows two overlapping labels or one outside the canvas, and shows the top label when it fits (property)', () => {
    const candidate = fc.record({ x: fc.integer({ min: -50, max: 450 }), y: fc.integer({ min: -20, max: 320 }), width: fc.integer({ min: 1, max: 150 }), height: fc.integer({ min: 8, max: 20 }), priority: fc.integer({ min: 0, max: 100 }) });
    fc.assert(fc.property(fc.array(candidate, { maxLength: 60 }), (raw) => {
      const list = raw.map((c, i) => ({ ...c, id: `n${i}` }));
      const shown = list.filter((c) => placeLabels(list, { canvasWidth: 400, canvasHeight: 300, gap: 0 }).has(c.id));
      for (const a of shown) {
        assert.ok(a.x >= 0 && a.y >= 0 && a.x + a.width <= 400 && a.y + a.height <= 300);
        for (const b of shown) if (a !== b) assert.ok(!(a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height), `${a.id} overlaps ${b.id}`);
      }
      const inside = list.filter((c) => c.x >= 0 && c.y >= 0 && c.x + c.width <= 400 && c.y + c.height <= 300);
      const top = [...inside].sort((p, q) => q.priority - p.priority)[0];
      if (top) assert.ok(shown.some((c) => c.id === top.id), 'the most important label that fits is shown');
    }), { numRuns: 500 });
  });
});
