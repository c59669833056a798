// Search by any spelling: transliteration (any-ascii) and one- or two-letter variants
// (edit distance), for Ctrl+T's findEntities and the tree filter. Invented names throughout.
import assert from 'node:assert/strict';
import { createCorpusIndex } from '../../src/core/corpus';
import { allowedEdits, approximateMatch, foldForSearch } from '../../src/core/corpus/fold';
import { buildTreeData } from '../../src/editor/treeModel';
import { annotation, testResolver } from './corpusTestKit';

describe('search by any spelling', () => {
  it('folds letters that have no accent to strip: Ł, ø, ß, Cyrillic', () => {
    assert.equal(foldForSearch('Łęczna'), 'leczna');
    assert.equal(foldForSearch('Bjørnstad'), 'bjornstad');
    assert.equal(foldForSearch('Großwald'), 'grosswald');
    assert.equal(foldForSearch('Жуковка'), 'zhukovka');
    assert.equal(foldForSearch('  São\n  Tomé '), 'sao tome');
  });

  it('matches spelling variants a letter or two off, not short names one letter apart', () => {
    assert.ok(approximateMatch('qadhafy', foldForSearch('Qaddafy')), 'one letter in seven');
    assert.ok(approximateMatch('harkatin', foldForSearch('Harkateen Front')), 'two letters in eight');
    assert.ok(approximateMatch('harkat', foldForSearch('Harkateen Front')), 'a word being typed');
    assert.ok(!approximateMatch('oman', foldForSearch('Omar')), 'four letters must match exactly');
    assert.ok(!approximateMatch('velgrad', foldForSearch('Bolgrod')), 'two letters off in seven is another name');
    assert.ok(!approximateMatch('harkatin front', foldForSearch('Harkateen Party')), 'every word must match');
    assert.deepEqual([3, 4, 5, 7, 8, 12].map(allowedEdits), [0, 0, 1, 1, 2, 2]);
  });

  const text = 'Mayor Zofia Wałęsik met the Harkateen Front in Łęczna. Omar and Oman.';
  const names = [['Zofia Wałęsik', 'PERSON'], ['Harkateen Front', 'ORG'], ['Łęczna', 'PLACE'], ['Omar', 'PERSON'], ['Oman', 'PLACE']] as const;
  const index = createCorpusIndex({ resolve: testResolver() });
  index.set('a.txt', text, annotation(text, names));

  it('finds entities by transliteration and by a variant spelling, exact hits first', () => {
    assert.deepEqual(index.findEntities('leczna').map((e) => e.name), ['Łęczna']);
    assert.deepEqual(index.findEntities('walesik').map((e) => e.name), ['Zofia Wałęsik']);
    assert.deepEqual(index.findEntities('harkatin').map((e) => e.name), ['Harkateen Front']);
    assert.deepEqual(index.findEntities('oman').map((e) => e.name), ['Oman']);
  });

  it('filters the tree by any spelling', () => {
    const labels = (filter: string) => Object.values(buildTreeData(index.snapshot(), { filter }).entities).flatMap((rows) => rows.map((r) => r.entity.name));
    assert.deepEqual(labels('lęczna'), ['Łęczna']);
    assert.deepEqual(labels('LECZNA'), ['Łęczna']);
    assert.deepEqual(labels('harkatin'), ['Harkateen Front']);
    assert.deepEqual(labels('walesik'), ['Zofia Wałęsik']);
  });
});
