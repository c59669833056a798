// Three smaller name kinds of issue 9 (invented text): a lone name modifying the common noun after it
// is a telescope, mission or product, not a person ("the Herschel maps"); "Major League X" is a body
// even before "said"; list rows with an apostrophe surname on short lines ("O’Hara, Niamh") are one
// person each, given name first, not a text wrapped at a fixed width.
import * as assert from 'node:assert/strict';
import { createAnnotator } from '../../src/core/annotate';

describe('names modifying nouns, leagues, and short list rows (invented text)', function () {
  this.timeout(30000);
  const annotator = createAnnotator();
  const found = (text: string) => annotator.annotate(text).mentions.map((m) => `${m.type}:${m.text}`);

  for (const text of [
    'The team compared the Herschel maps with older Spitzer measurements.',
    'Astronomers studied new Kepler images of the cluster.',
    'The lab released the Chandra spectra on Monday.',
  ]) {
    it(`no person in "${text}"`, () => assert.deepEqual(found(text).filter((m) => m.startsWith('PERSON:')), []));
  }

  it('a name modifying "family" or given two objects stays a person', () => {
    assert.ok(found('The Pemberton family said the farm would be sold.').includes('PERSON:Pemberton'));
    assert.ok(found('Yesterday Maria gave Oskar flowers.').includes('PERSON:Oskar'));
    assert.ok(found('Halvorsen reports strong sales.').includes('PERSON:Halvorsen'));
    assert.ok(found('Halvorsen notes a rise in prices.').includes('PERSON:Halvorsen'));
  });

  it('a name written in full elsewhere in the text stays a person before a noun', () => {
    const got = found('Edwin Halvorsen founded the lab in 1990. The Halvorsen notebooks are kept there.');
    assert.ok(got.includes('PERSON:Halvorsen'), JSON.stringify(got));
  });

  for (const sport of ['Lacrosse', 'Rugby', 'Cricket']) {
    it(`"Major League ${sport} said …" is an organization`, () => {
      assert.deepEqual(found(`Major League ${sport} said on Tuesday that the season would start late.`), [`ORG:Major League ${sport}`]);
    });
  }

  it('a place head after an inner organization head keeps the place ("Grand Union Canal")', () => {
    assert.deepEqual(found('The Grand Union Canal flooded after the storm.'), ['PLACE:Grand Union Canal']);
  });

  for (const apostrophe of ["'", '’']) {
    it(`short list rows "O${apostrophe}Hara, Niamh" are one person each, named given name first`, () => {
      const text = `Contacts\nO${apostrophe}Hara, Niamh\nQuigley, Fionn\n`;
      const ms = annotator.annotate(text).mentions;
      assert.deepEqual(ms.map((m) => [m.type, m.text, m.name]), [
        ['PERSON', `O${apostrophe}Hara, Niamh`, `Niamh O${apostrophe}Hara`],
        ['PERSON', 'Quigley, Fionn', 'Fionn Quigley'],
      ]);
    });
  }
});
