import * as assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { loadGazetteer, sortedListHas, sortedListLookup } from '../../src/core/gazetteer';
import { WORLD_REGION_PHRASES, WORLD_REGIONS } from '../../src/core/mentions/lexicon';

describe('mentions: gazetteer', () => {
  const gaz = loadGazetteer();

  it('knows countries, capitals, states, cities and regions with their strength', () => {
    assert.equal(gaz.place('France'), 'country');
    assert.equal(gaz.place('United States of America'), 'country');
    assert.equal(gaz.place('Nairobi'), 'capital');
    assert.equal(gaz.place('Ohio'), 'state');
    assert.equal(gaz.place('Mumbai'), 'majorCity');
    assert.equal(gaz.place('Tampere'), 'city');
    assert.equal(gaz.place('Western Europe'), 'region');
    assert.equal(gaz.place('Nowhereville'), undefined);
  });

  it('matches curly and straight apostrophes and Unicode forms alike', () => {
    assert.equal(gaz.place('Côte d’Ivoire'), gaz.place("Côte d'Ivoire"));
    assert.equal(gaz.place('São Tomé and Príncipe'.normalize('NFD')), 'country');
  });

  it('tells nationality words, first names, dictionary words and currencies', () => {
    for (const w of ['Iranian', 'Iraqis', 'Brazilian', 'Farsi']) assert.ok(gaz.isDemonym(w), w);
    assert.ok(!gaz.isDemonym('Brazil'));
    for (const w of ['Maria', 'Walter', 'John']) assert.ok(gaz.isGivenName(w), w);
    for (const w of ['Constitution', 'senators', 'Warning', 'policies']) assert.ok(gaz.isCommonWord(w), w);
    assert.ok(!gaz.isCommonWord('Nairobi'));
    assert.ok(gaz.isCurrency('DKK') && !gaz.isCurrency('NATO'));
  });

  it('keeps dictionary words out of the small-city list', () => {
    for (const w of ['Of', 'Most', 'Police']) assert.equal(gaz.place(w), undefined, w);
  });

  it('stays small enough to bundle', () => {
    const size = fs.statSync(path.join(__dirname, '..', '..', 'src', 'core', 'gazetteer', 'data.json')).size;
    assert.ok(size < 1.5 * 1024 * 1024, `data.json is ${size} bytes`);
  });

  it('searches sorted word lists in place, exactly', () => {
    const list = ['Abbot', 'Bell', 'Carr', 'Dunn', 'van der Berg', 'Ávila'].sort().join('\n');
    for (const w of list.split('\n')) assert.ok(sortedListHas(list, w), w);
    for (const w of ['', 'Abb', 'Bellx', 'Carr\nDunn', 'Zed', 'a', 'dunn']) assert.ok(!sortedListHas(list, w), w);
    assert.ok(!sortedListHas('', 'Abbot'));
  });

  it('gives the same answers through the remembering lookup, asked twice', () => {
    const list = ['Abbot', 'Bell', 'Carr', 'Dunn', 'van der Berg', 'Ávila'].sort().join('\n');
    const has = sortedListLookup(list);
    for (let round = 0; round < 2; round++) {
      for (const w of list.split('\n')) assert.ok(has(w), w);
      for (const w of ['', 'Abb', 'Bellx', 'Carr\nDunn', 'Zed', 'a', 'dunn']) assert.ok(!has(w), w);
    }
  });

  it('knows names, company words and word classes from the built lexicon', () => {
    assert.ok(gaz.isPersonName('Whitaker'));
    assert.ok(!gaz.isPersonName('Whitakerzz'));
    assert.equal(gaz.wordClass('Rural'), 'ADJ');
    assert.equal(gaz.wordClass('environment'), undefined);
  });

  it('keeps no hand-typed region that the built gazetteer already knows', () => {
    const dup = [...WORLD_REGIONS, ...[...WORLD_REGION_PHRASES].map((w) => w.replace(/_/g, ' '))].filter((w) => gaz.place(w) !== undefined);
    assert.deepEqual(dup, []);
  });
});
