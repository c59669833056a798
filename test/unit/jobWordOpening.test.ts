// A job written with the sentence's capital before a person's name ("Midfielder X Y scored") is no part of
// the name, even a job noun the English word list lacks. A first-time user's sports report had
// "Midfielder Ian Cole" and "Striker X" as names. Invented names.
import * as assert from 'node:assert/strict';
import { createAnnotator } from '../../src/core/annotate';

describe('a job word opening a sentence before a name', function () {
  this.timeout(30000);
  const annotator = createAnnotator();
  const typed = (text: string) => annotator.annotate(text).mentions.map((m) => `${m.type}:${m.text}`);

  it('a doer\'s noun (-er, -or, -ist) no name list knows stays out of the PERSON span', () => {
    for (const [text, name] of [['Midfielder Ian Tollwright scored twice.', 'Ian Tollwright'], ['Podcaster Ann Varnell said so.', 'Ann Varnell'], ['Winger Ola Brannstrom crossed.', 'Ola Brannstrom']]) {
      assert.deepEqual(typed(text), [`PERSON:${name}`], text);
    }
  });

  it('a surname of that shape before a full name stays in the name', () => {
    assert.ok(typed('Webster Ann Lee met him.').some((m) => m.startsWith('PERSON:Webster')));
  });
});
