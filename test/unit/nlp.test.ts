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

describe('nlp: one sentence model (kind: a full stop of an abbreviation the tokenizer splits off)', () => {
  const tag = createTagger();
  const sentencesOf = (text: string) => tag(text).sentences.map((s) => text.slice(s.start, s.end));
  it('a title before a name does not end the sentence', () => {
    for (const title of ['Maj.', 'Capt.', 'Sgt.', 'Cmdr.']) {
      const text = `The order came from ${title} Tilde Korvanen on Friday. Nobody objected.`;
      assert.deepEqual(sentencesOf(text), [`The order came from ${title} Tilde Korvanen on Friday.`, 'Nobody objected.'], title);
    }
  });
  it('another abbreviation continues only before a word that is not capitalized', () => {
    assert.deepEqual(sentencesOf('The Transport Dept. to review the bids. It said so.'), ['The Transport Dept. to review the bids.', 'It said so.']);
    assert.deepEqual(sentencesOf('They sold it to Brellow Ltd. The deal closed.'), ['They sold it to Brellow Ltd.', 'The deal closed.']);
  });
  it('leaves ordinary sentence ends and blank lines alone', () => {
    assert.deepEqual(sentencesOf('She left early. He stayed.\n\nNEW HEADLINE\n\nMore text.'), ['She left early.', 'He stayed.', 'NEW HEADLINE', 'More text.']);
  });
});

describe('nlp: line breaks between tokens (kind: CR, LF and blank lines in any mix)', () => {
  const tag = createTagger();
  it('a blank line ends a sentence whatever mix of CR, LF, spaces and tabs makes it (wink cuts "\\n  \\n" into two tokens)', () => {
    for (const gap of ['\n\n', '\r\n\r\n', '\n \t\n', '\n\t\r\n', '\r\n  \r\n', '\n  \n']) {
      const text = `Opening line without stop${gap}Second line here.`;
      assert.equal(tag(text).sentences.length, 2, JSON.stringify(gap));
    }
  });
  it('a single line break marks the next token as line start but does not end the sentence', () => {
    for (const gap of ['\n', '\r\n', '\r', '\n  ']) {
      const text = `words of the first line${gap}and the second line.`;
      const a = tag(text);
      assert.equal(a.sentences.length, 1, JSON.stringify(gap));
      assert.ok(a.tokens.find((t) => t.text === 'and')?.lineStart, JSON.stringify(gap));
      assert.ok(!a.tokens.find((t) => t.text === 'second')?.lineStart);
    }
  });
  it('a CR with a space before the second LF is no blank line', () => {
    assert.equal(tag('first part\n\r \nsecond part.').sentences.length, 1);
  });
});
