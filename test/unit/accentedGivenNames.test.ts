// Given names written with accents ("María", "José", "Björn", "Zoë", "Inés") are given names: the name
// list spells them in ASCII. Before, "Engineer María José García Fernández" was an ORG (the first word
// glued on) and her short form was not linked to her. Invented surnames.
import * as assert from 'node:assert/strict';
import { createAnnotator } from '../../src/core/annotate';
import { loadGazetteer } from '../../src/core/gazetteer';
import { resolveCorpus } from '../../src/core/resolve';

describe('given names with accents', function () {
  this.timeout(30000);
  const annotator = createAnnotator();

  it('are looked up without their accents; ASCII words and non-names are unchanged', () => {
    const gaz = loadGazetteer();
    for (const w of ['María', 'José', 'Björn', 'Inés', 'Zoë', 'Raúl']) assert.ok(gaz.isGivenName(w), w);
    assert.ok(gaz.isGivenName('Maria'));
    for (const w of ['Mérida', 'Córdoba', 'Ñandú', 'café']) assert.ok(!gaz.isGivenName(w), w);
  });

  it('a capitalised job word before an accented full name stays out of the PERSON span, and the short form joins it', () => {
    const text = 'Engineer María José Varela Quintanar designed the terminal. Varela Quintanar said the roof would hold.';
    const a = annotator.annotate(text);
    const typed = a.mentions.map((m) => `${m.type}:${m.text}`);
    assert.ok(typed.includes('PERSON:María José Varela Quintanar'), JSON.stringify(typed));
    const doc = resolveCorpus([{ id: 'd', text, annotation: a }]).documents[0];
    const entityOf = (t: string) => doc.mentions.find((m) => m.text === t)?.entity;
    assert.ok(entityOf('Varela Quintanar'));
    assert.equal(entityOf('Varela Quintanar'), entityOf('María José Varela Quintanar'));
  });

  it('an accented given name makes a two-word name a person in a body\'s frame-less sentence', () => {
    for (const name of ['Inés Tallqvist', 'Björn Okafor-Lind', 'Raúl Brannigan']) {
      const typed = annotator.annotate(`${name} cut the ribbon at the new depot on Friday.`).mentions.map((m) => `${m.type}:${m.text}`);
      assert.ok(typed.includes(`PERSON:${name}`), JSON.stringify(typed));
    }
  });
});
