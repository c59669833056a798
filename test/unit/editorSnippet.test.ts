import * as assert from 'node:assert/strict';
import { snippetAround } from '../../src/editor/snippet';

function check(text: string, name: string, maxLength?: number) {
  const start = text.indexOf(name);
  const s = snippetAround(text, start, start + name.length, maxLength);
  assert.equal(s.label.slice(s.highlight[0], s.highlight[1]), name, `highlight marks the name in "${s.label}"`);
  return s;
}

describe('editor snippet: sentence labels with the mention highlighted', () => {
  it('takes the sentence holding the mention', () => {
    const s = check('First one. Then Ann Lee spoke here. Last one.', 'Ann Lee');
    assert.equal(s.label, 'Then Ann Lee spoke here.');
  });

  it('keeps closing quotes with the sentence and stops at line breaks', () => {
    assert.equal(check('"Go now," said Bo Li." Next.', 'Bo Li').label, '"Go now," said Bo Li."');
    assert.equal(check('Headline with Ann\nBody text.', 'Ann').label, 'Headline with Ann');
    assert.equal(check('Line one\r\nAnn spoke\r\nthree', 'Ann').label, 'Ann spoke');
  });

  it('finds the line start within its window: lone carriage returns, and a break too far back to matter', () => {
    assert.equal(check('Old Mac line\rAnn spoke\rthree', 'Ann').label, 'Ann spoke');
    // A line break more than the 2,000-character window back: the label starts inside the window,
    // cut around the name, never at that break.
    const s = check(`head\n${'word '.repeat(600)}Ann Lee said.`, 'Ann Lee', 60);
    assert.ok(s.label.startsWith('…') && !s.label.includes('head'), s.label);
  });

  it('cuts long sentences around the mention with ellipses', () => {
    const text = `${'word '.repeat(60)}Ann Lee ${'more '.repeat(60)}end.`;
    const s = check(text, 'Ann Lee', 60);
    assert.ok(s.label.length <= 62, s.label);
    assert.ok(s.label.startsWith('…') && s.label.endsWith('…'), s.label);
  });

  it('handles mentions at the edges and out-of-range spans without throwing', () => {
    check('Ann', 'Ann');
    check('Ann said so.', 'Ann');
    check('It was Ann', 'Ann');
    const s = snippetAround('short', 10, 20);
    assert.deepEqual(s.highlight, [s.label.length, s.label.length]);
  });

  it('flattens tabs inside the label', () => {
    assert.equal(check('Name:\tAnn\tLee said.', 'Ann').label, 'Name: Ann Lee said.');
  });
});
