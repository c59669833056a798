// Cross-document identity, kinds of the fourth round (issue 8): a country's name used as a figure
// ("the kind of X we want") is not the country; a body of the world or of a continent made of common
// words ("X Nations", "Y-an Union") is one body; an acronym of five letters or more that no document
// defines is one body. All documents and organization names are invented; country names are real
// (the rule is about them).
import * as assert from 'node:assert/strict';
import { resolveCorpus } from '../../src/core/resolve';
import { figurativeUse } from '../../src/core/resolve/figurative';
import { globalScopeName } from '../../src/core/resolve/globalNames';
import type { ResolvedCorpus } from '../../src/core/types';
import { documentFromParts } from './corpusTestKit';

const doc = documentFromParts;

function entitiesOf(c: ResolvedCorpus, docId: string, text: string): string[] {
  const d = c.documents.find((x) => x.id === docId);
  const ids = d?.mentions.filter((m) => m.text === text).map((m) => m.entity) ?? [];
  if (ids.length === 0) throw new Error(`no "${text}" in ${docId}`);
  return [...new Set(ids)];
}
const entityOf = (c: ResolvedCorpus, docId: string, text: string) => entitiesOf(c, docId, text)[0];

const at = (text: string, name: string) => {
  const start = text.indexOf(name);
  return figurativeUse(text, start, start + name.length, !name.includes(' '));
};

describe('figurative use of a country name', () => {
  it('"the kind of X", "a new X", "a stronger, fairer X", "the young X" are figures', () => {
    assert.equal(at('We talked about the kind of Norway that we wanted.', 'Norway'), true);
    assert.equal(at('Together we will build a new Portugal for our children.', 'Portugal'), true);
    assert.equal(at('They dreamt of a stronger, fairer Norway.', 'Norway'), true);
    assert.equal(at('We will build a new Norway.\n\nThe rest can wait.', 'Norway'), true);
    assert.equal(at('He spoke of the young Norway of his father.', 'Norway'), true);
  });

  it('the country named as a place, a modifier or after a noun phrase is no figure', () => {
    assert.equal(at('They built a hotel in Norway last year.', 'Norway'), false);
    assert.equal(at('A court fined a Norway citizen on Monday.', 'Norway'), false);
    assert.equal(at('After the war, whereas Norway did not fight, trade grew.', 'Norway'), false);
    assert.equal(at('In the meantime, Norway is reinforcing its border.', 'Norway'), false);
    assert.equal(at('Snow fell across the northern Norway coast and the southern Norway.', 'Norway'), false);
    assert.equal(at('I lived in Norway, where it snows.', 'Norway'), false);
    assert.equal(at('He was deported from Norway where he was held for a year.', 'Norway'), false);
    assert.equal(at('We do not want a Norway-style system here.', 'Norway'), false);
    assert.equal(at('He was a Norway Senator from the north.', 'Norway'), false);
    assert.equal(at('the United Kingdom', 'United Kingdom'), false);
    assert.equal(at('Refugees from the former Norway fled south.', 'Norway'), false);
    assert.equal(at('He met the then Portugal minister.', 'Portugal'), false);
    assert.equal(at('Troops crossed into the neighbouring Norway overnight.', 'Norway'), false);
    assert.equal(at('Maps of the divided Portugal hung on the wall.', 'Portugal'), false);
  });

  it('a document naming the country only figuratively keeps it apart from the country, in its document and across documents', () => {
    const c = resolveCorpus([
      doc('trade', ['Exports from ', ['Norway', 'PLACE'], ' rose, said ', ['Halvard Brekke', 'PERSON'], ' of ', ['Nordvik Fisheries', 'ORG'], '.']),
      doc('speech', ['I spoke of the kind of ', ['Norway', 'PLACE'], ' that I wanted. I still believe in the kind of ', ['Norway', 'PLACE'],
        ' which I described. The ', ['Kingdom of Norway', 'PLACE'], ' signed the treaty with ', ['Nordvik Fisheries', 'ORG'], '.']),
      doc('travel', ['Ferries to ', ['Norway', 'PLACE'], ' leave daily from ', ['Skarsund', 'PLACE'], '.']),
    ]);
    const figure = entityOf(c, 'speech', 'Norway');
    assert.notEqual(figure, entityOf(c, 'speech', 'Kingdom of Norway'), 'the figure is not the kingdom named beside it');
    assert.notEqual(figure, entityOf(c, 'trade', 'Norway'));
    assert.notEqual(figure, entityOf(c, 'travel', 'Norway'));
    // The country's literal names still link across documents.
    assert.equal(entityOf(c, 'trade', 'Norway'), entityOf(c, 'travel', 'Norway'));
    assert.equal(entityOf(c, 'speech', 'Kingdom of Norway'), entityOf(c, 'trade', 'Norway'));
  });

  it('a name used literally as often as figuratively stays the country', () => {
    const c = resolveCorpus([
      doc('a', ['Exports from ', ['Portugal', 'PLACE'], ' rose, said ', ['Ines Varela', 'PERSON'], '.']),
      doc('b', ['We want a new ', ['Portugal', 'PLACE'], '. Wages in ', ['Portugal', 'PLACE'], ' rose, said ', ['Rui Albergaria', 'PERSON'], '.']),
    ]);
    assert.deepEqual(entitiesOf(c, 'b', 'Portugal'), [entityOf(c, 'a', 'Portugal')]);
  });

  it('a name used figuratively in most of its mentions is the vision throughout its document', () => {
    const c = resolveCorpus([
      doc('a', ['Exports from ', ['Portugal', 'PLACE'], ' rose, said ', ['Ines Varela', 'PERSON'], '.']),
      doc('b', ['We want a new ', ['Portugal', 'PLACE'], '. I believe in the kind of ', ['Portugal', 'PLACE'], ' my mother knew. I believed in ',
        ['Portugal', 'PLACE'], ' then, said ', ['Rui Albergaria', 'PERSON'], '.']),
    ]);
    assert.equal(entitiesOf(c, 'b', 'Portugal').length, 1);
    assert.notEqual(entityOf(c, 'b', 'Portugal'), entityOf(c, 'a', 'Portugal'));
  });
});

describe('bodies of the world or of a continent', () => {
  it('a name of common words qualified by a continent or by the world has global scope; a national one has not', () => {
    assert.equal(globalScopeName(['oceanian', 'trade', 'union']), true);
    assert.equal(globalScopeName(['allied', 'nations']), true);
    assert.equal(globalScopeName(['african', 'development', 'council']), true);
    assert.equal(globalScopeName(['world', 'water', 'council']), true);
    assert.equal(globalScopeName(['supreme', 'court']), false);
    assert.equal(globalScopeName(['democratic', 'party']), false);
    assert.equal(globalScopeName(['world', 'trade', 'hotel']), false, 'a building is local');
    assert.equal(globalScopeName(['europe']), false);
  });

  it('links across unrelated documents by its full name, while a national institution of common words needs context', () => {
    const c = resolveCorpus([
      doc('fish', ['The ', ['African Development Council', 'ORG'], ' met in ', ['Lorvane', 'PLACE'], '. The ', ['Supreme Court', 'ORG'], ' ruled.']),
      doc('roads', ['A loan from the ', ['African Development Council', 'ORG'], ' paid for roads in ', ['Tembaro', 'PLACE'], '. The ',
        ['Supreme Court', 'ORG'], ' sat.']),
    ]);
    assert.equal(entityOf(c, 'fish', 'African Development Council'), entityOf(c, 'roads', 'African Development Council'));
    const reason = c.entities.get(entityOf(c, 'fish', 'African Development Council'))?.reasons.find((r) => r.documents);
    assert.equal(reason?.strength, 'strong');
    assert.notEqual(entityOf(c, 'fish', 'Supreme Court'), entityOf(c, 'roads', 'Supreme Court'));
  });
});

describe('acronyms no document defines', () => {
  it('one of five letters or more links across unrelated documents; a short one does not', () => {
    const c = resolveCorpus([
      doc('heritage', ['The site is listed by ', ['QORVEX', 'ORG'], ' and by ', ['BLT', 'ORG'], ', near ', ['Marrowby', 'PLACE'], '.']),
      doc('school', ['Pupils visited ', ['QORVEX', 'ORG'], ' and ', ['BLT', 'ORG'], ' with ', ['Edda Vantresk', 'PERSON'], '.']),
    ]);
    const long = entityOf(c, 'heritage', 'QORVEX');
    assert.equal(long, entityOf(c, 'school', 'QORVEX'));
    const reason = c.entities.get(long)?.reasons.find((r) => r.documents);
    assert.equal(reason?.rule, 'same-acronym');
    assert.equal(reason?.strength, 'weak');
    assert.notEqual(entityOf(c, 'heritage', 'BLT'), entityOf(c, 'school', 'BLT'));
  });

  it('an undefined acronym does not chain two documents that define it two ways', () => {
    const c = resolveCorpus([
      {
        ...doc('a', ['The ', ['Quarry Operators Regional Volunteer Exchange', 'ORG'], ' (', ['QORVE', 'ORG'], ') met in ', ['Lisk', 'PLACE'], '.']),
        annotation: {
          mentions: doc('a', ['The ', ['Quarry Operators Regional Volunteer Exchange', 'ORG'], ' (', ['QORVE', 'ORG'], ') met in ', ['Lisk', 'PLACE'], '.']).annotation.mentions,
          quotes: [],
          definitions: [{ short: 'QORVE', long: 'Quarry Operators Regional Volunteer Exchange' }],
        },
      },
      {
        ...doc('b', ['The ', ['Queen Olga Rowing Venue Estate', 'ORG'], ' (', ['QORVE', 'ORG'], ') opened in ', ['Darrow', 'PLACE'], '.']),
        annotation: {
          mentions: doc('b', ['The ', ['Queen Olga Rowing Venue Estate', 'ORG'], ' (', ['QORVE', 'ORG'], ') opened in ', ['Darrow', 'PLACE'], '.']).annotation.mentions,
          quotes: [],
          definitions: [{ short: 'QORVE', long: 'Queen Olga Rowing Venue Estate' }],
        },
      },
      doc('c', ['A letter from ', ['QORVE', 'ORG'], ' arrived.']),
    ]);
    assert.notEqual(entityOf(c, 'a', 'QORVE'), entityOf(c, 'b', 'QORVE'));
    const undefinedUse = entityOf(c, 'c', 'QORVE');
    assert.ok(!(undefinedUse === entityOf(c, 'a', 'QORVE') && undefinedUse === entityOf(c, 'b', 'QORVE')));
  });
});

describe('within-document alias merges, more kinds', () => {
  it('"CH Bridge" is the "Carver Hollis Bridge" of its document: initials of the leading words, then the head', () => {
    const c = resolveCorpus([
      doc('guide', ['Cross the ', ['Carver Hollis Bridge', 'PLACE'], ' into ', ['Denmoor', 'PLACE'], '. Traffic on the ', ['CH Bridge', 'PLACE'],
        ' is heavy. The ', ['Carver Hollis Tunnel', 'PLACE'], ' is shut.']),
      doc('other', ['The ', ['CH Bridge', 'PLACE'], ' in ', ['Pellwick', 'PLACE'], ' opened.']),
    ]);
    assert.equal(entityOf(c, 'guide', 'CH Bridge'), entityOf(c, 'guide', 'Carver Hollis Bridge'));
    assert.notEqual(entityOf(c, 'guide', 'Carver Hollis Tunnel'), entityOf(c, 'guide', 'Carver Hollis Bridge'));
    // Only inside the document that names the bridge in full.
    assert.notEqual(entityOf(c, 'other', 'CH Bridge'), entityOf(c, 'guide', 'Carver Hollis Bridge'));
  });

  it('"X" beside "X Island" and "X Hotel" is the island, wherever the hotel is named', () => {
    const c = resolveCorpus([
      doc('trip', ['Boats leave for ', ['Veska Island', 'PLACE'], ' at dawn. Book the ', ['Veska Hotel', 'PLACE'], ' early. ', ['Veska', 'PLACE'],
        ' has no roads. Later, ', ['Veska', 'PLACE'], ' fills with birds.']),
    ]);
    assert.deepEqual(entitiesOf(c, 'trip', 'Veska'), [entityOf(c, 'trip', 'Veska Island')]);
  });

  it('a short form that only the document may use still joins the one long name it has', () => {
    const c = resolveCorpus([doc('firm', ['Shares in ', ['Brennock Holdings', 'ORG'], ' fell. ', ['Brennock', 'ORG'], ' said little.'])]);
    assert.equal(entityOf(c, 'firm', 'Brennock'), entityOf(c, 'firm', 'Brennock Holdings'));
  });
});
