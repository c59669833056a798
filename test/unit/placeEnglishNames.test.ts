// Cities the GeoNames lists keep under their local name ("Gent", "Sevilla", "Köln") are found under
// their English names too: scripts/build-gazetteer.mjs joins WordNet's synsets of city names ("Gent,
// Gand, Ghent") to the GeoNames place (issue 9: "place names that are also common words in some list
// are found when the gazetteer knows them and the context agrees"). English names the tagger knows as
// words need a place's context; nicknames and first names are left out.
import * as assert from 'node:assert/strict';
import { createAnnotator } from '../../src/core/annotate';
import { loadGazetteer } from '../../src/core/gazetteer';

describe('English names of cities from WordNet joined to GeoNames places', function () {
  this.timeout(30000);
  const gaz = loadGazetteer();
  const annotator = createAnnotator({ gazetteer: gaz });
  const found = (text: string) => annotator.annotate(text).mentions.map((m) => `${m.type}:${m.text}`);

  it('knows English names the local lists lack, as cities or as towns named by a word', () => {
    for (const name of ['Cologne', 'Cracow', 'Marseilles']) assert.ok(gaz.place(name) !== undefined, name);
    for (const name of ['Ghent', 'Seville', 'Saragossa', 'Danzig']) assert.ok(gaz.isWordCity(name), name);
  });

  it('leaves out nicknames made of ordinary words and first names', () => {
    for (const name of ['Windy City', 'Eternal City', 'Trent']) {
      assert.equal(gaz.place(name), undefined, name);
      assert.equal(gaz.isWordCity(name), false, name);
    }
  });

  const cases: ReadonlyArray<readonly [string, readonly string[]]> = [
    ['Halvard Brisk was born in Ghent and studied in Seville.', ['PERSON:Halvard Brisk', 'PLACE:Ghent', 'PLACE:Seville']],
    ['The talks moved from Cracow to Saragossa last week.', ['PLACE:Cracow', 'PLACE:Saragossa']],
    ['The new museum in Cologne reopened on Sunday.', ['PLACE:Cologne']],
    ['She flew to Ghent on Friday and met the mayor.', ['PLACE:Ghent']],
  ];
  for (const [text, expected] of cases) {
    it(`"${text}" gives ${expected.join(', ')}`, () => assert.deepEqual(found(text), expected));
  }
});
