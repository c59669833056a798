// The one folding module (src/core/textFold.ts) that replaced five near-copies (gazetteer, resolve,
// corpus search, curation ids): each variant keeps the results its copy gave. The table below was
// taken from the copies before they were removed; the properties hold for any text.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { foldForSearch as corpusFold } from '../../src/core/corpus/fold';
import { curatedEntityId } from '../../src/core/curation/ids';
import { foldAccents as gazetteerFold } from '../../src/core/gazetteer';
import { foldCase } from '../../src/core/resolve/names';
import { foldAccents, foldForSearch, foldName, slugOf, straightApostrophes, stripMarks } from '../../src/core/textFold';

/** [input, foldAccents, foldName, foldForSearch, slugOf(…, 'entity')] as the removed copies gave them. */
const TABLE: readonly (readonly [string, string, string, string, string])[] = [
  ['São Paulo', 'Sao Paulo', 'sao paulo', 'sao paulo', 'sao-paulo'],
  ['Gdańsk', 'Gdansk', 'gdansk', 'gdansk', 'gdansk'],
  ['ŁÓDŹ', 'ŁODZ', 'lodz', 'lodz', 'łodz'],
  ['Straße', 'Straße', 'strasse', 'strasse', 'straße'],
  ['Ærøskøbing', 'Ærøskøbing', 'aeroskobing', 'aeroskobing', 'ærøskøbing'],
  ['O’Neil', 'O’Neil', "o'neil", "o'neil", 'o-neil'],
  ['Ｔｏｋｙｏ', 'Ｔｏｋｙｏ', 'ｔｏｋｙｏ', 'tokyo', 'tokyo'],
  ['ﬁnance', 'ﬁnance', 'ﬁnance', 'finance', 'finance'],
  ['İstanbul', 'Istanbul', 'istanbul', 'istanbul', 'istanbul'],
  ['Þórr', 'Þorr', 'thorr', 'thorr', 'þorr'],
  ['e\u0301clair', 'eclair', 'eclair', 'eclair', 'eclair'],
  ['  two\n words ', '  two\n words ', '  two\n words ', 'two words', 'two-words'],
  ['', '', '', '', 'entity'],
  ['Ñandú 42', 'Nandu 42', 'nandu 42', 'nandu 42', 'nandu-42'],
];
const text = fc.string({ unit: fc.constantFrom(...'aÁçøßæœłđıþ ’‘`\u0301\u0308ﬁＡ-_.,İ😀'.split(''), ...'bcdefXYZ'.split('')), maxLength: 20 });

describe('textFold: one module, the results each copy gave', () => {
  it('gives the recorded results for every variant', () => {
    for (const [input, accents, name, search, slug] of TABLE) {
      assert.equal(foldAccents(input), accents, `foldAccents ${input}`);
      assert.equal(foldName(input), name, `foldName ${input}`);
      assert.equal(foldForSearch(input), search, `foldForSearch ${input}`);
      assert.equal(slugOf(input, 'entity'), slug, `slugOf ${input}`);
    }
  });
  it('is what the gazetteer, the resolver, corpus search and curated ids use', () => {
    for (const [input, accents, name, search, slug] of TABLE) {
      assert.equal(gazetteerFold(input), accents);
      assert.equal(foldCase(input), name);
      assert.equal(corpusFold(input), search);
      assert.equal(curatedEntityId('PERSON', input, () => false), `person:${slug}`);
    }
  });
  it('folds are idempotent, search keys are trimmed ASCII, slugs are letters, digits and inner hyphens', () => {
    fc.assert(fc.property(text, (s) => {
      assert.equal(foldName(foldName(s)), foldName(s));
      assert.equal(foldAccents(foldAccents(s)), foldAccents(s));
      const key = foldForSearch(s);
      assert.equal(foldForSearch(key), key);
      assert.match(key, /^(?:[\x21-\x7e]+(?: [\x21-\x7e]+)*)?$/);
      assert.match(slugOf(s, 'entity'), /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u);
    }), { seed: 9, numRuns: 500 });
  });
  it('the steps do what they say', () => {
    assert.equal(stripMarks('Gdańsk'), 'Gdansk');
    assert.equal(stripMarks('ﬁne', 'NFKD'), 'fine');
    assert.equal(stripMarks('ﬁne'), 'ﬁne');
    assert.equal(straightApostrophes('O’Neil d‘Arcy `x'), "O'Neil d'Arcy 'x");
    assert.equal(foldName('Ærø Straße'), 'aero strasse');
  });
});
