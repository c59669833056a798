// Name keys behind within-document alias merges (issue 8): hyphenated and particle surnames, short
// organization names and hyphen/space spellings. Names are invented.
import * as assert from 'node:assert/strict';
import { isParticleSurname, nameWords, surnameKeys } from '../../src/core/resolve/names';
import { shortForms } from '../../src/core/resolve/shortForms';

describe('resolve: alias name keys', () => {
  it('keeps a double-barrelled surname one word, but splits Arabic article prefixes', () => {
    assert.deepEqual(nameWords('Ingrid Holm-Saetre'), ['ingrid', 'holm-saetre']);
    assert.deepEqual(nameWords('Holm‑Saetre’s'), ['holm-saetre']);
    assert.deepEqual(nameWords('al-Qasimi Trust'), ['al', 'qasimi', 'trust']);
    assert.deepEqual(nameWords('Iran-'), ['iran']);
    assert.deepEqual(surnameKeys(nameWords('Ingrid Holm-Saetre')), ['holm-saetre']);
  });

  it('gives every particle run of a surname as a key, and reads particle surnames alone', () => {
    assert.deepEqual(surnameKeys(nameWords('Jorien van den Akker')), ['akker', 'den akker', 'van den akker']);
    assert.deepEqual(surnameKeys(nameWords('Caoimhe Ní Dhuibhir')), ['dhuibhir', 'ni dhuibhir']);
    assert.ok(isParticleSurname(nameWords('Van den Akker')));
    assert.ok(isParticleSurname(nameWords('Ní Dhuibhir')));
    assert.ok(!isParticleSurname(nameWords('Jorien Akker')));
    assert.ok(!isParticleSurname(nameWords('van den Akker Brandt')));
  });

  it('shortens a company name to its first word inside a document, never a place kind', () => {
    const keys = (s: string) => shortForms(nameWords(s), false).map((f) => `${f.key}/${f.scope}`);
    assert.ok(keys('Brennock Holdings').includes('brennock/document'));
    assert.ok(keys('Talmor Bank Corp').includes('talmor/document'));
    assert.ok(!keys('Talmore City').some((k) => k.startsWith('talmore/')));
    assert.ok(!keys('Velland River').some((k) => k.startsWith('velland/')));
    // A common word does not identify a firm on its own.
    assert.ok(!keys('National Holdings').some((k) => k.startsWith('national/')));
  });

  it('points a name written with spaces to its hyphenated spelling', () => {
    const keys = shortForms(nameWords('Basse Terre'), false).map((f) => f.key);
    assert.ok(keys.includes('basse-terre'), JSON.stringify(keys));
    assert.deepEqual(nameWords('Basse-Terre'), ['basse-terre']);
  });
});

describe('resolve: alias name keys, more kinds', () => {
  it('reads Irish "Ó"/"Ua" as surname particles', () => {
    assert.ok(surnameKeys(nameWords('Seán Ó Briain')).includes('o briain'));
    assert.ok(isParticleSurname(nameWords('Ó Briain')));
  });

  it('gives a department its name without the head, and a newspaper its head, inside a document', () => {
    const keys = (s: string) => shortForms(nameWords(s), false).map((f) => `${f.key}/${f.scope}`);
    assert.ok(keys('Northfield Police Department').includes('northfield police/document'));
    assert.ok(keys('Harlow Times').includes('times/document'));
    assert.ok(!keys('Harlow Foundation').includes('foundation/document'));
  });
});
