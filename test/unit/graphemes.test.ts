// Issue 11, items 5 and 6. Kinds: a span boundary inside a surrogate pair or grapheme cluster (from
// a correction or from the tagger); a word cut where wink's ASCII-only patterns meet a non-ASCII
// letter; words that are no words (stacked combining marks, capitalized words glued to digits,
// all-caps contractions) becoming names.
import * as assert from 'node:assert/strict';
import { createAnnotator } from '../../src/core/annotate';
import { applyCuration } from '../../src/core/curation';
import { isGraphemeBoundary, splitsSurrogatePair } from '../../src/core/graphemes';
import { createTagger } from '../../src/core/nlp';
import { resolveCorpus } from '../../src/core/resolve';
import { annotation } from './corpusTestKit';

describe('grapheme boundaries', () => {
  it('knows surrogate pairs, combining marks, emoji sequences, flags and CRLF', () => {
    const t = 'a😀e\u0301👩🏽‍🚀🇫🇷\r\nz';
    const inside = [2, 4, 6, 7, 8, 9, 10, 11, 13, 14, 15, 17];
    for (let i = 0; i <= t.length; i++) assert.equal(isGraphemeBoundary(t, i), !inside.includes(i), `offset ${i}`);
    assert.ok(splitsSurrogatePair(t, 2) && !splitsSurrogatePair(t, 3));
  });
});

describe('curation: an added correction never cuts a character (item 5)', () => {
  const text = 'We saw 😀 there, and Orlena saw e\u0301 too.';
  const corpus = resolveCorpus([{ id: 'a.txt', text, annotation: annotation(text, [['Orlena', 'PERSON']]) }]);
  const apply = (t: string) => applyCuration(corpus, { version: 1, corrections: [{ op: 'add', seq: 1, text: t, type: 'ORG' }] });
  for (const needle of ['saw \uD83D', 'saw e']) {
    it(`"${needle}" matches no half character and is reported stale`, () => {
      const { corpus: out, report } = apply(needle);
      assert.equal(report.results[0].status, 'stale');
      for (const m of out.documents[0].mentions) assert.ok(isGraphemeBoundary(text, m.start) && isGraphemeBoundary(text, m.end), `${m.start}-${m.end}`);
    });
  }
  it('still adds a whole emoji or a whole accented letter', () => {
    assert.equal(apply('saw 😀').report.results[0].status, 'applied');
    assert.equal(apply('saw e\u0301').report.results[0].status, 'applied');
  });
});

describe('nlp and mentions: words at non-ASCII letters and junk words (item 6)', () => {
  const annotator = createAnnotator();
  const tag = createTagger();
  const texts = (t: string) => annotator.annotate(t).mentions.map((m) => m.text);

  it('never ends a token inside a word at an @ next to a non-ASCII letter', () => {
    for (const t of ['He met Ε@sé. Then he left.', 'Write to Ørjan@bølge today.', 'Ask ab@çd now.']) {
      for (const tok of tag(t).tokens) {
        const after = t[tok.end] ?? ' ';
        assert.ok(!(/\p{L}/u.test(t[tok.end - 1]) && /\p{L}/u.test(after) && /[^ -~]/.test(t[tok.end - 1] + after)), `${t}: token "${tok.text}" ends mid-word`);
      }
      for (const m of annotator.annotate(t).mentions) assert.ok(!/\p{L}/u.test(t[m.end] ?? ' '), `${t}: mention "${m.text}" cut mid-word`);
    }
  });

  it('keeps a decomposed accent with its letter', () => {
    const t = 'Then Jose\u0301 Vastrick met Rene\u0301e Orlov in Kelvaro.';
    for (const tok of tag(t).tokens) assert.ok(isGraphemeBoundary(t, tok.start) && isGraphemeBoundary(t, tok.end), tok.text);
    for (const m of annotator.annotate(t).mentions) assert.ok(isGraphemeBoundary(t, m.start) && isGraphemeBoundary(t, m.end), m.text);
    // A letter run long enough to be split for speed keeps its accents too.
    const long = `${'Jose\u0301'.repeat(40)} x`;
    for (const tok of tag(long).tokens) assert.ok(isGraphemeBoundary(long, tok.start) && isGraphemeBoundary(long, tok.end), `${tok.start}-${tok.end}`);
  });

  it('makes no name of stacked combining marks, of a capitalized word glued to digits, or of an all-caps contraction', () => {
    assert.deepEqual(texts('Then Z\u0301\u0302\u0303\u0304a\u0301\u0302\u0303l\u0301\u0302\u0303g\u0301\u0302\u0303o met them.'), []);
    assert.deepEqual(texts('He met Marvela2024 and saw Dunmore7 later.'), []);
    assert.deepEqual(texts("WHY DON'T YOU GO? WE WON'T. I CAN'T."), []);
    assert.ok(texts('The G20 met in Kelvaro City.').length > 0, 'an all-capital code still can be a name');
  });
});
