// "according to X" after or before an unquoted clause is reported speech by X (a first-time user's
// run: "The barrier will cost …, according to X, a spokesman for Y." gave no quote). Names invented.
import * as assert from 'node:assert/strict';
import { createAnnotator } from '../../src/core/annotate';

describe('quotes: reported speech attributed by "according to"', function () {
  this.timeout(60_000);
  const annotator = createAnnotator();
  const quotes = (text: string) => {
    const a = annotator.annotate(text);
    return a.quotes.map((q) => ({ kind: q.kind, text: q.text, speaker: q.speakerMention === null ? null : a.mentions[q.speakerMention].text, cue: q.cue }));
  };

  it('the clause before ", according to X" is X\'s', () => {
    for (const [text, clause, speaker] of [
      ['The new ferry will cost 12 million crowns, according to Ilse Marrack, a spokeswoman for the port.', 'The new ferry will cost 12 million crowns', 'Ilse Marrack'],
      ['Orrin Vale was closed. Repairs will take a year, according to Tamsin Orrow.', 'Repairs will take a year', 'Tamsin Orrow'],
    ]) {
      const found = quotes(text).filter((q) => q.kind === 'indirect');
      assert.deepEqual(found, [{ kind: 'indirect', text: clause, speaker, cue: 'according to' }], text);
    }
  });

  it('"According to X, …" gives the clause after the name and its apposition', () => {
    const text = 'According to Idris Pellow, a harbour pilot, the channel silted up in March.';
    assert.deepEqual(quotes(text).filter((q) => q.kind === 'indirect'), [{ kind: 'indirect', text: 'the channel silted up in March', speaker: 'Idris Pellow', cue: 'according to' }]);
  });

  it('no reported speech from a sentence with quotation marks, from a non-name, or from too few words', () => {
    assert.ok(!quotes('Tamsin Orrow arrived. "It will reopen," according to Tamsin Orrow.').some((q) => q.kind === 'indirect'));
    assert.ok(!quotes('The quay will reopen soon, according to reports.').some((q) => q.kind === 'indirect'));
    assert.ok(!quotes('Fine, according to Tamsin Orrow.').some((q) => q.kind === 'indirect'));
  });
});
