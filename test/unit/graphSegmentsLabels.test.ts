// Header and turn lines are sentences of their own in the graph's split (a first-time user's run: an
// "Interviewer: Y" line and an "Interviewee: X" line under it were one sentence). Names invented.
import * as assert from 'node:assert/strict';
import { segmentText } from '../../src/core/graph/segments';

const sentences = (text: string) => segmentText(text).sentences.map((s) => text.slice(s.start, s.end));

describe('graph segments: labelled lines', () => {
  it('keeps header lines without full stops apart', () => {
    assert.deepEqual(sentences('Interviewer: Oren Valdasse\nInterviewee: Ysolde Marrack, founder of Pellingham Bakeries\n'), [
      'Interviewer: Oren Valdasse',
      'Interviewee: Ysolde Marrack, founder of Pellingham Bakeries',
    ]);
    assert.deepEqual(sentences('Host: Tamsin Orrow\r\nGuest: Idris Pellow (Quarrick Trust)\r\n'), ['Host: Tamsin Orrow', 'Guest: Idris Pellow (Quarrick Trust)']);
  });

  it('keeps Q:/A: turns apart, and sentences inside a turn still split', () => {
    assert.deepEqual(sentences('Q: Why Veldmoor\nA: The rent. We moved in May.'), ['Q: Why Veldmoor', 'A: The rent.', 'We moved in May.']);
  });

  it('a wrapped sentence whose next line has no label stays one sentence', () => {
    assert.deepEqual(sentences('Ysolde Marrack met Oren Valdasse\nin Veldmoor on Friday.'), ['Ysolde Marrack met Oren Valdasse\nin Veldmoor on Friday.']);
    assert.deepEqual(sentences('Ysolde Marrack wrote\nthat the ratio was 3:1 in Veldmoor.'), ['Ysolde Marrack wrote\nthat the ratio was 3:1 in Veldmoor.']);
  });
});
