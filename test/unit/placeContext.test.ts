// A lone capitalized word that no list knows is a place by its context (issue 9, item 2's context
// kind): "visited X", "toured X", as already "in X", "the town of X", "X, Belgium". A name a list knows
// (a given name, a surname) stays a person after the same verbs. Invented names.
import * as assert from 'node:assert/strict';
import { createAnnotator } from '../../src/core/annotate';

describe('places of unknown words by their context (invented names)', function () {
  this.timeout(30000);
  const annotator = createAnnotator();
  const found = (text: string) => annotator.annotate(text).mentions.map((m) => `${m.type}:${m.text}`);

  const cases: ReadonlyArray<readonly [string, readonly string[]]> = [
    ['He visited Kortvinde last spring.', ['PLACE:Kortvinde']],
    ['Last year she toured Brastova with her band.', ['PLACE:Brastova']],
    ['They are visiting Velkrabad next week, and Velkrabad is cold.', ['PLACE:Velkrabad', 'PLACE:Velkrabad']],
    ['The soldiers were buried near Kortvinde after the battle.', ['PLACE:Kortvinde']],
    ['She grew up in the town of Zelbrugge, where her father worked.', ['PLACE:Zelbrugge']],
    ['The ship docked at Drevelde, Belgium, on Friday.', ['PLACE:Drevelde', 'PLACE:Belgium']],
    ['The minister visited Maria on Sunday.', ['PERSON:Maria']],
    ['He visited Ostermann at home.', ['PERSON:Ostermann']],
  ];
  for (const [text, expected] of cases) {
    it(`"${text}" gives ${expected.join(', ')}`, () => assert.deepEqual(found(text), expected));
  }
});
