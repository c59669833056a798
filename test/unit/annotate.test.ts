import * as assert from 'node:assert/strict';
import { createAnnotator } from '../../src/core/annotate';
import type { DocumentAnnotation } from '../../src/core/types';

function assertValid(text: string, a: DocumentAnnotation): void {
  let last = -1;
  for (const m of a.mentions) {
    assert.ok(m.start >= 0 && m.end <= text.length && m.start < m.end, `span ${m.start}-${m.end} outside text`);
    assert.equal(text.slice(m.start, m.end), m.text);
    assert.ok(m.start >= last, 'mentions sorted and non-overlapping');
    last = m.end;
  }
  for (const q of a.quotes) {
    assert.ok(q.start >= 0 && q.end <= text.length && q.start < q.end);
    if (q.speakerMention !== null) assert.ok(q.speakerMention >= 0 && q.speakerMention < a.mentions.length);
  }
}

describe('annotate: hostile input never throws and spans stay valid', function () {
  this.timeout(120000);
  const annotator = createAnnotator();

  it('empty and whitespace-only text', () => {
    assert.deepEqual(annotator.annotate(''), { mentions: [], quotes: [], definitions: [] });
    for (const t of [' ', '\n\n\t', '\r\n\r\n']) assertValid(t, annotator.annotate(t));
  });

  it('unbalanced quotes and brackets', () => {
    const t = '“He said (Acme Group (AG and “Lena Ortiz said ‘no. ” ) ) ” Paris "';
    assertValid(t, annotator.annotate(t));
  });

  it('binary garbage', () => {
    let seed = 7;
    let s = '';
    for (let i = 0; i < 20000; i++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      s += String.fromCharCode(seed % 0xd7ff);
    }
    assertValid(s, annotator.annotate(s));
  });

  it('one line of a million characters', () => {
    const unit = 'Minister Alma Reyes of Chile met UNESCO (United Nations) staff in Lima, ';
    const t = unit.repeat(Math.ceil(1_000_000 / unit.length)).slice(0, 1_000_000);
    const a = annotator.annotate(t);
    assertValid(t, a);
    assert.ok(a.mentions.length > 10000);
  });

  it('ten megabytes of text', function () {
    // About 25 s on an idle machine (mostly the tagger); shared CI machines can be several times slower.
    this.timeout(600000);
    const para = 'The Ministry of Health said on Monday that Dr. Omar Haddad would visit Jordan. "We are ready," he said.\n\n';
    const t = para.repeat(Math.ceil(10_000_000 / para.length));
    const a = annotator.annotate(t);
    assertValid(t, a);
  });

  it('endless runs of capitalized words and titles (no deep recursion)', () => {
    for (const t of ['President Mark Bell '.repeat(20000), 'Ministry of Council of Department of '.repeat(5000), 'ABC (Alpha Beta Corp) '.repeat(5000)]) {
      assertValid(t, annotator.annotate(t));
    }
  });

  it('text that is all names, all capitals, all punctuation', () => {
    for (const t of ['A B C D E F G H', 'THE UNITED NATIONS SAID SO', '!!!,,,...;;;(((', 'U.S.-U.K.-E.U. talks', "'s 's ’s of of and the"]) {
      assertValid(t, annotator.annotate(t));
    }
  });

  it('calls the quote finder after mentions', () => {
    const t = '"We will not leave," said Paula Grant, a local farmer.';
    const a = annotator.annotate(t);
    assertValid(t, a);
    assert.equal(a.quotes.length, 1);
  });
});
