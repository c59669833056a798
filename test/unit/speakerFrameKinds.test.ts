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
      '"We were the better side," Dunmere coach Tom Varnum said.',
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
    // A firm's apposition with a role a body holds too names no person.
    for (const text of [
      "Vexor, the world's largest producer of lithium, said prices fell.",
      'Zentrix, the owner of the Courier, said it would sell.',
      'Zentrix, a member of the alliance, said it would stay.',
      'Zentrix, whose chairman, Tom Varnum, resigned, said it would stay.',
      'Zentrix, and its director, Tom Varnum, left.',
    ]) assert.ok(!run(text).typed.some((m) => m.startsWith('PERSON:') && !m.includes('Varnum')), `${text} → ${JSON.stringify(run(text).typed)}`);
    // A place with an apposition that is no role stays a place.
    assert.ok(run('Kampala, the former capital, is busy again.').typed.includes('PLACE:Kampala'));
  });
});

describe('wire credit lines', function () {
  this.timeout(30000);
  const annotator = createAnnotator();
  const typed = (text: string) => annotator.annotate(text).mentions.map((m) => `${m.type}:${m.text}`);

  it('name every journalist after "Reporting by", "Writing by", "Editing by", whatever their names', () => {
    const found = typed('The dam held.\n(Additional reporting by Tove Annerstedt in Oslo and Kwame Dufresne; Writing by Ilse Vardakis; Editing by Oren Pultney, Maeve Szabo and Iker Lasagabaster)');
    for (const name of ['Tove Annerstedt', 'Kwame Dufresne', 'Ilse Vardakis', 'Oren Pultney', 'Maeve Szabo', 'Iker Lasagabaster']) assert.ok(found.includes(`PERSON:${name}`), `${name}: ${JSON.stringify(found)}`);
    assert.ok(found.includes('PLACE:Oslo'));
    assert.deepEqual(typed('(Reporting by Halvard Quistberg; Editing by Priya Ramcharran)'), ['PERSON:Halvard Quistberg', 'PERSON:Priya Ramcharran']);
  });

  it('a body after "by" is no journalist, and the credit\'s test stays linear', () => {
    // "Research by" and "Compiled by" credit firms as often as people; an organization head keeps its body.
    assert.ok(typed('A study compiled by Vexor Dynamics found that demand fell.').includes('ORG:Vexor Dynamics'));
    assert.ok(typed('Research by Vexor Dynamics shows demand fell.').includes('ORG:Vexor Dynamics'));
    assert.ok(typed('(Reporting by Xland News Service)').every((m) => !m.startsWith('PERSON:')));
    // Runs of " and " before a name once made the credit pattern backtrack without end: this returns.
    assert.ok(typed(`Reporting by ${' and  '.repeat(40)}by Tom Varnum.`).length <= 1);
  });
});

describe('reported speech after "told Y <where or how> that"', function () {
  this.timeout(30000);
  const annotator = createAnnotator();
  it('the reported clause starts after "that", not at the letter or statement it came in', () => {
    for (const text of [
      'Tom Varnum told the committee in a letter that jobs were safe.',
      'Tom Varnum told the committee on Monday that jobs were safe.',
      'Tom Varnum told the select committee that jobs were safe.',
    ]) {
      const q = annotator.annotate(text).quotes;
      assert.deepEqual(q.map((x) => [x.text, x.speakerText]), [['jobs were safe', 'Tom Varnum']], text);
    }
  });
});

describe('reported speech of a name in apposition to the subject', function () {
  this.timeout(30000);
  const annotator = createAnnotator();
  it('"A spokeswoman for the company, Ann Varnum, said …" reports Ann Varnum\'s words', () => {
    const q = annotator.annotate('A spokeswoman for the company, Ann Varnum, said the firm would issue a statement.').quotes;
    assert.deepEqual(q.map((x) => [x.text, x.speakerText, x.kind]), [['the firm would issue a statement', 'Ann Varnum', 'indirect']]);
  });
  it('a name followed by a comma that closes no apposition does not speak', () => {
    assert.deepEqual(annotator.annotate('After meeting Ann Varnum, said the mayor, the council voted.').quotes.map((x) => x.speakerText), []);
  });
});
