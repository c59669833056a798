// Kinds a first-time user's news files showed, each with invented names: "its" inside a reported clause
// belongs to that clause's noun, not to the speaker (who was typed an organization); an open-class verb
// of saying between a word and a name is a role noun ("Xtown coach Ann Lee said": the speaker is Ann
// Lee, not the town); a lone surname whose full name is elsewhere is a person by its role apposition.
import * as assert from 'node:assert/strict';
import { createAnnotator } from '../../src/core/annotate';

describe('speaker frames: reported clauses, role nouns, role appositions', function () {
  this.timeout(30000);
  const annotator = createAnnotator();
  const run = (text: string) => {
    const a = annotator.annotate(text);
    return { typed: a.mentions.map((m) => `${m.type}:${m.text}`), speakers: a.quotes.map((q) => q.speakerText ?? null) };
  };

  it('"its" after another noun in the reported clause does not make the speaker a body', () => {
    for (const [text, name] of [
      ['Finance minister Abena Tollwright said the government would cut its budget.', 'Abena Tollwright'],
      ['Lucía Varnell said the ministry would review its rules.', 'Lucía Varnell'],
      ['Kestrel Oyelade told reporters that a court had overturned its ruling.', 'Kestrel Oyelade'],
    ]) {
      const r = run(text);
      assert.ok(r.typed.includes(`PERSON:${name}`), `${text} → ${JSON.stringify(r.typed)}`);
      assert.ok(!r.typed.includes(`ORG:${name}`), text);
    }
  });

  it('"its" right after a body\'s verb, or after a time phrase, still makes it a body', () => {
    assert.ok(run('Harrowgate Dynamics said its chief executive would step down.').typed.includes('ORG:Harrowgate Dynamics'));
    assert.ok(run('Zorvane Robotics said on Monday that its profit rose.').typed.includes('ORG:Zorvane Robotics'));
  });

  it('an open verb of saying between a word and a name is a role noun: the name speaks', () => {
    for (const text of [
      '"We were the better side," Leeds coach Tom Varnum said.',
      '"It was a fair hearing," Valdora counsel Ann Pretlove argued.',
    ]) {
      const r = run(text);
      assert.deepEqual(r.speakers.length, 1, text);
      assert.ok(r.speakers[0] === 'Tom Varnum' || r.speakers[0] === 'Ann Pretlove', `${text} → ${JSON.stringify(r.speakers)}`);
    }
    // The verb itself in a speech tag still attributes.
    assert.deepEqual(run('"Enough," snapped Tom Varnum.').speakers, ['Tom Varnum']);
    assert.deepEqual(run('"Enough," Tom Varnum snapped.').speakers, ['Tom Varnum']);
  });

  it('a lone surname with a role apposition is a person and speaks', () => {
    for (const [text, name] of [
      ['Separately, Okonjo-Brandt, a former finance minister, said she would join the bank.', 'Okonjo-Brandt'],
      ['Wennerdal, the company\'s chief executive, told the committee that jobs were safe.', 'Wennerdal'],
      ['Wennerdal, chief executive of Kestrel, told the committee that jobs were safe.', 'Wennerdal'],
      ['The talks were led by Velmora-Saint, the former finance minister.', 'Velmora-Saint'],
    ]) {
      const r = run(text);
      assert.ok(r.typed.includes(`PERSON:${name}`), `${text} → ${JSON.stringify(r.typed)}`);
    }
    assert.deepEqual(run('Wennerdal, the company\'s chief executive, told the committee that jobs were safe.').speakers, ['Wennerdal']);
    // A place with an apposition that is no role stays a place.
    assert.ok(run('Lagos, the former capital, is busy again.').typed.includes('PLACE:Lagos'));
  });
});
