// The shared folding module gives exactly what each copy it replaces gives (kind: near-copies of one
// function drifting apart), on hand-picked and generated strings.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { foldForSearch as corpusFold } from '../../src/core/corpus/fold';
import { curatedEntityId } from '../../src/core/curation/ids';
import { foldAccents as gazetteerFold } from '../../src/core/gazetteer';
import { foldCase } from '../../src/core/resolve/names';
import { foldAccents, foldForSearch, foldName, slugOf, straightApostrophes, stripMarks } from '../../src/core/textFold';

const SAMPLES = ['São Paulo', 'Gdańsk', 'ŁÓDŹ', 'Straße', 'Ærøskøbing', 'O’Neil', 'd‘Arcy', 'Ｔｏｋｙｏ', 'ﬁnance', 'İstanbul', 'Þórr', 'e\u0301clair', '  two\n words ', '', 'Ñandú 42', '🎉 Ana'];
const text = fc.string({ unit: fc.constantFrom(...'aÁçøßæœłđıþ ’‘`\u0301\u0308ﬁＡ-_.,İ😀'.split(''), ...'bcdefXYZ'.split('')), maxLength: 20 });

describe('textFold: one module, the same results as each copy', () => {
  it('foldAccents equals the gazetteer\'s', () => {
    for (const s of SAMPLES) assert.equal(foldAccents(s), gazetteerFold(s), s);
    fc.assert(fc.property(text, (s) => foldAccents(s) === gazetteerFold(s)), { seed: 9, numRuns: 500 });
  });
  it('foldName equals resolve\'s foldCase', () => {
    for (const s of SAMPLES) assert.equal(foldName(s), foldCase(s), s);
    fc.assert(fc.property(text, (s) => foldName(s) === foldCase(s)), { seed: 9, numRuns: 500 });
  });
  it('foldForSearch equals the corpus search key', () => {
    for (const s of SAMPLES) assert.equal(foldForSearch(s), corpusFold(s), s);
    fc.assert(fc.property(text, (s) => foldForSearch(s) === corpusFold(s)), { seed: 9, numRuns: 500 });
  });
  it('slugOf equals the slug of curated entity ids', () => {
    const slug = (s: string) => curatedEntityId('PERSON', s, () => false).slice('person:'.length);
    for (const s of SAMPLES) assert.equal(slugOf(s, 'entity'), slug(s), s);
    fc.assert(fc.property(text, (s) => slugOf(s, 'entity') === slug(s)), { seed: 9, numRuns: 500 });
  });
  it('the steps do what they say', () => {
    assert.equal(stripMarks('Gdańsk'), 'Gdansk');
    assert.equal(stripMarks('ﬁne', 'NFKD'), 'fine');
    assert.equal(stripMarks('ﬁne'), 'ﬁne');
    assert.equal(straightApostrophes('O’Neil d‘Arcy `x'), "O'Neil d'Arcy 'x");
    assert.equal(foldName('Ærø Straße'), 'aero strasse');
  });
});
