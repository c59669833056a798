import * as assert from 'node:assert/strict';
import { createLineIndex } from '../../src/editor/lineIndex';

describe('editor line index: offsets to positions like the editor counts them', () => {
  const text = 'ab\ncd\r\nef\rgh\n\n😀x';
  const index = createLineIndex(text);

  it('round-trips every offset', () => {
    for (let o = 0; o <= text.length; o++) {
      const p = index.positionAt(o);
      // offsets inside a \r\n pair map to the end of the line, like VS Code's model
      if (text[o - 1] === '\r' && text[o] === '\n') continue;
      assert.equal(index.offsetAt(p), o, `offset ${o} -> ${JSON.stringify(p)}`);
    }
  });

  it('knows each line start for \\n, \\r\\n and lone \\r', () => {
    assert.deepEqual(index.positionAt(text.indexOf('c')), { line: 1, character: 0 });
    assert.deepEqual(index.positionAt(text.indexOf('e')), { line: 2, character: 0 });
    assert.deepEqual(index.positionAt(text.indexOf('g')), { line: 3, character: 0 });
    assert.deepEqual(index.positionAt(text.indexOf('x')), { line: 5, character: 2 });
  });

  it('clamps out-of-range input', () => {
    assert.deepEqual(index.positionAt(-5), { line: 0, character: 0 });
    assert.equal(index.offsetAt({ line: 99, character: 0 }), text.length);
    assert.equal(index.offsetAt({ line: 0, character: 99 }), 3);
  });
});
