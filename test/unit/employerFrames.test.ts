// A firm named after people ("Dean Xworth", "Ames Yardley Brothers") reads as a person's full name by
// its words alone; the frame around it says employer: "worked at X", "six years at X", "joined X as an
// associate", and a "Brothers" head. The same names in a person's frames stay people. Invented names.
import * as assert from 'node:assert/strict';
import { createAnnotator } from '../../src/core/annotate';

describe('mentions: employers named after people, by their frame', function () {
  this.timeout(30000);
  const annotator = createAnnotator();
  const typed = (text: string) => annotator.annotate(text).mentions.map((m) => `${m.type}:${m.text}`);

  it('"worked at", "works at", "a stint at", "years at" an employer give an ORG to a full name, whatever its words', () => {
    for (const [text, name] of [
      ['She worked at Morgan Pellow for a decade before retiring.', 'Morgan Pellow'],
      ['He works at Carter Vantree now, in the bond team.', 'Carter Vantree'],
      ['After a stint at Dean Orwick, she moved to Lisbon.', 'Dean Orwick'],
      ['He spent six years at Harold Brune and then went solo.', 'Harold Brune'],
      ['Her first job at Ellis Quarrie paid badly.', 'Ellis Quarrie'],
    ]) {
      const found = typed(text);
      assert.ok(found.includes(`ORG:${name}`), `${text} → ${JSON.stringify(found)}`);
      assert.ok(!found.includes(`PERSON:${name}`), text);
    }
  });

  it('"joined X as <a job>" gives an ORG; joining a person on stage or as a co-host does not', () => {
    assert.ok(typed('After law school she joined Baker Tellwright as an associate.').includes('ORG:Baker Tellwright'));
    assert.ok(typed('In 2004 he joined Ames Holloway as chief economist.').includes('ORG:Ames Holloway'));
    assert.ok(typed('She joined Ann Thornbury on stage for the last song.').includes('PERSON:Ann Thornbury'));
    assert.ok(typed('He joined Ann Thornbury as co-host of the show.').includes('PERSON:Ann Thornbury'));
    // Roles one holds to a person as well as to a firm say nothing.
    assert.ok(typed('In 2009 she joined Mark Tollwright as an adviser on trade.').includes('PERSON:Mark Tollwright'));
    assert.ok(typed('She joined Tom Pellow as a partner in his law practice.').includes('PERSON:Tom Pellow'));
  });

  it('a person met or worked with in the same frames, or owning the workplace, stays a person', () => {
    assert.ok(typed('He worked with Ann Thornbury at the lab.').includes('PERSON:Ann Thornbury'));
    assert.ok(typed("He worked at Ann Thornbury's bakery on weekends.").includes('PERSON:Ann Thornbury'));
    assert.ok(typed('He worked at Ann Thornbury’s bakery on weekends.').includes('PERSON:Ann Thornbury'));
    // A place where one works stays a place: the gazetteer and place heads outrank the frame.
    assert.ok(typed('They worked at Harwick Airport for years.').includes('PLACE:Harwick Airport'));
    // A lone word where one worked is as often a place: left to its other cues.
    assert.ok(!typed('He worked at Tarnwick for ten years.').includes('ORG:Tarnwick'));
  });

  it('"X Brothers" is a firm or a band; "the X brothers" in lower case are kin', () => {
    assert.ok(typed('Pellow Brothers collapsed in 2008, owing millions.').includes('ORG:Pellow Brothers'));
    assert.ok(typed('The deal was led by Vantree Bros. and two banks.').includes('ORG:Vantree Bros'));
    assert.ok(!typed('the Quarrie brothers ran the club for years.').some((m) => m.startsWith('ORG:')));
  });
});
