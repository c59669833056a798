import * as assert from 'node:assert/strict';
import { breakLongRuns, createTagger } from '../../src/core/nlp';

describe('nlp: tokens with exact offsets', () => {
  const tag = createTagger();
  const cases: Record<string, string> = {
    crlf: 'First line.\r\nSecond line.\r\n\r\nNew paragraph.',
    tabs: 'Name:\tJohn\tSmith\t\tsaid so.',
    curly: '“Quoted,” she said. It’s Jeffrey’s plan — isn’t it?',
    emoji: 'Party 🎉 at 😀 noon with 👩‍👩‍👧 family 𝒜.',
    accents: 'Zoë Saldaña met José Müller in São Paulo and Łódź.',
    nonLatin: 'Владимир Путин и 習近平 met Ελλάδα officials.',
    empty: '',
    spaces: '   \n\n\t  ',
  };
  for (const [name, text] of Object.entries(cases)) {
    it(`round-trips ${name}`, () => {
      const a = tag(text);
      for (const t of a.tokens) assert.equal(text.slice(t.start, t.end), t.text);
      // tokens cover every non-space character, in order
      const covered = a.tokens.map((t) => t.text).join('').replace(/\s/g, '');
      assert.equal(covered, text.replace(/\s/g, ''));
      for (const s of a.sentences) assert.ok(s.start >= 0 && s.end <= text.length && s.start < s.end);
    });
  }
  it('ends a sentence at a blank line even without a full stop', () => {
    const text = 'A Headline Without Stop\n\nBody sentence here.';
    const a = tag(text);
    assert.equal(a.sentences.length, 2);
    assert.equal(text.slice(a.sentences[0].start, a.sentences[0].end), 'A Headline Without Stop');
  });
});

describe('nlp: long runs without spaces', () => {
  const tag = createTagger();
  it('leaves ordinary prose untouched', () => {
    const prose = 'See https://example.org/a/b?c=d and e-mail a.b@c.org — fine.';
    assert.equal(breakLongRuns(prose), prose);
  });
  it('splits a long hyphenated or base64-like run into pieces with exact offsets', () => {
    const run = Array.from({ length: 3000 }, () => 'Ab').join('-');
    const text = `Before ${run} after ${'Q'.repeat(5000)} end.`;
    const broken = breakLongRuns(text);
    assert.equal(broken.length, text.length);
    const a = tag(text);
    assert.ok(a.tokens.length > 3000, `long runs are split (${a.tokens.length} tokens)`);
    for (const t of a.tokens) {
      assert.equal(text.slice(t.start, t.end), t.text);
      assert.ok(t.end - t.start <= 64);
    }
    assert.equal(a.tokens.at(-1)?.text, '.');
  });
});
