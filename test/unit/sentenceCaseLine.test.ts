// A short line written in sentence case is a sentence, not a headline: a lower-case verb or noun says
// capitals there mark names, so a two-word name with no other cue is still found. A line in title case
// keeps the headline rule (capitals say little there). Invented names.
import assert from 'node:assert/strict';
import { createAnnotator } from '../../src/core/annotate';

const annotator = createAnnotator();
const names = (text: string, type: string) => annotator.annotate(text).mentions.filter((m) => m.type === type).map((m) => text.slice(m.start, m.end));

describe('mentions: a short sentence-case line is a sentence, not a headline', () => {
  for (const [text, person, place] of [
    ['Kwabena Osei-Tutu visited Nairobi.\n', 'Kwabena Osei-Tutu', 'Nairobi'],
    ['Tavita Faleolo opened Apia Clinic.\n', 'Tavita Faleolo', undefined],
    ['Then Rangi Parata visited Wellington.\n', 'Rangi Parata', 'Wellington'],
    ['Yesterday Dagny Vestergaard left Oslo.\n', 'Dagny Vestergaard', 'Oslo'],
  ] as const) {
    it(JSON.stringify(text.trim()), () => {
      assert.ok(names(text, 'PERSON').includes(person), JSON.stringify(annotator.annotate(text).mentions));
      if (place) assert.ok(names(text, 'PLACE').includes(place));
    });
  }

  it('a title-case line keeps the headline rule: capitals alone make no person of its words', () => {
    for (const text of ['Harbour Council Approves New Ferry Terminal\n', 'Quarterly Results Beat Forecasts Again\n']) {
      assert.deepEqual(names(text, 'PERSON'), [], text);
    }
  });
});
