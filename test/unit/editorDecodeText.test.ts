import * as assert from 'node:assert/strict';
import { decodeText } from '../../src/editor/decodeText';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('editor decodeText: which files are text to annotate', () => {
  it('decodes UTF-8, dropping a byte-order mark like the editor does', () => {
    assert.deepEqual(decodeText(utf8('Zoë said “hi” 😀'), 5), { text: 'Zoë said “hi” 😀' });
    assert.deepEqual(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Ann')]), 5), { text: 'Ann' });
    assert.deepEqual(decodeText(new Uint8Array(), 5), { text: '' });
  });

  it('refuses binary files, invalid UTF-8 and files over the size limit, with a reason', () => {
    const cases: [Uint8Array, RegExp][] = [
      [new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2]), /binary/],
      [new Uint8Array([...utf8('Jos'), 0xe9, ...utf8(' Silva')]), /not valid UTF-8/],
      [new Uint8Array([0xff, 0xfe, 0x41, 0x00]), /binary/],
      [utf8('x'.repeat(2048)), /larger than the maximum of 0\.001 MB/],
    ];
    for (const [bytes, reason] of cases) {
      const d = decodeText(bytes, 0.001);
      assert.ok('skip' in d, `refused: ${[...bytes.slice(0, 8)]}`);
      assert.match(d.skip, reason);
    }
  });
});
