// How the text around a name changes what it names (issue 8): a fragment of a longer name the detector
// did not take whole, and a region of a place, never join the place itself, inside or across
// documents; a state that a city also goes by links across documents only on shared context.
// All names are invented, except the general data the rules read (a compass word, a state and city
// pair of the gazetteer).
import * as assert from 'node:assert/strict';
import { readName } from '../../src/core/resolve/nameContext';
import { resolveCorpus } from '../../src/core/resolve';
import type { DetectedMention, EntityType, ResolvedCorpus } from '../../src/core/types';

/** A document from sentences; each [name, type] mention is found at its first unused occurrence. */
function doc(id: string, text: string, names: readonly [string, EntityType][]) {
  const mentions: DetectedMention[] = [];
  let from = 0;
  for (const [name, type] of names) {
    const start = text.indexOf(name, from);
    if (start < 0) throw new Error(`no "${name}" in ${id}`);
    mentions.push({ start, end: start + name.length, text: name, type });
    from = start + name.length;
  }
  return { id, text, annotation: { mentions, quotes: [], definitions: [] } };
}

const entities = (c: ResolvedCorpus, id: string) => c.documents.find((d) => d.id === id)?.mentions.map((m) => m.entity) ?? [];
const mention = (text: string, start: number, type: EntityType = 'PLACE'): DetectedMention => ({ start, end: start + text.length, text, type });

describe('readName: what the words around a mention make of it', () => {
  it('a short number after the name makes it part of a longer name; a year or a postal code does not', () => {
    assert.equal(readName('Take ZR 41, then turn.', mention('ZR', 5)).kind, 'fragment');
    assert.equal(readName('Take ZR-9 north.', mention('ZR', 5)).kind, 'fragment');
    assert.equal(readName('Since Varnia 2019 things changed.', mention('Varnia', 6)).kind, 'name');
    assert.equal(readName('Dellow, Varnia 04412 is the address.', mention('Varnia', 8)).kind, 'name');
  });

  it('a score after the name is no part of it: the town stays one entity with its other mentions', () => {
    for (const text of ['Fans saw Varnton 3-1 at home.', 'Fans saw Varnton 2–0 at home.', 'Fans saw Varnton 2:0 at home.', 'Fans saw Varnton 3 - 1 at home.']) {
      assert.equal(readName(text, mention('Varnton', 9)).kind, 'name', text);
    }
    const text = 'Dunmere beat Varnton 3-1\n\nVarnton pulled one back before the break.';
    const c = resolveCorpus([doc('d', text, [['Dunmere', 'PLACE'], ['Varnton', 'PLACE'], ['Varnton', 'PLACE']])]);
    const [, a, b] = entities(c, 'd');
    assert.equal(a, b, 'the headline\'s town and the story\'s are one entity');
  });

  it('a capitalised word joined before a place makes it part of a longer name, unless it is a title or starts the sentence', () => {
    assert.equal(readName('flights from all over Upper and Bright Varnia arrive', mention('Varnia', 'flights from all over Upper and Bright '.length)).kind, 'fragment');
    assert.equal(readName('the Horn of Varnia is dry', mention('Varnia', 'the Horn of '.length)).kind, 'fragment');
    assert.equal(readName('It rained. Varnia was wet.', mention('Varnia', 11)).kind, 'name');
    assert.equal(readName('The Republic of Varnia voted.', mention('Varnia', 'The Republic of '.length)).kind, 'name');
    assert.equal(readName('Trouble In Varnia', mention('Varnia', 11)).kind, 'name');
    assert.equal(readName('Heading\nVarnia is wet.', mention('Varnia', 8)).kind, 'name');
    assert.equal(readName('FLIGHTS TO VARNIA', mention('VARNIA', 11)).kind, 'name');
    assert.equal(readName("the rise of Quell's Varnia", mention('Varnia', "the rise of Quell's ".length)).kind, 'name');
  });

  it('a compass word in lower case before a place names a region of it', () => {
    const r = readName('they lived in northern Varnia for years', mention('Varnia', 'they lived in northern '.length));
    assert.deepEqual(r, { kind: 'region', modifier: 'northern' });
  });

  it('reads people and organizations as names, except before a short number', () => {
    assert.equal(readName('met Zorya Bell there', mention('Bell', 10, 'PERSON')).kind, 'name');
    assert.equal(readName('the Kell 12 group', mention('Kell', 4, 'ORG')).kind, 'fragment');
  });
});

describe('resolution: fragments and regions stay apart from the place', () => {
  it('a fragment of a longer name is neither the place in its own document nor in another one', () => {
    const c = resolveCorpus([
      doc('a', 'Trade with Varnia grew. Goods came from South and Bright Varnia too.', [['Varnia', 'PLACE'], ['Varnia', 'PLACE']]),
      doc('b', 'Varnia raised taxes. Quelm objected.', [['Varnia', 'PLACE'], ['Quelm', 'PLACE']]),
    ]);
    const [place, fragment] = entities(c, 'a');
    assert.notEqual(fragment, place);
    assert.equal(entities(c, 'b')[0], place, 'the whole name still links across documents');
    assert.ok(!c.documents.find((d) => d.id === 'b')?.mentions.some((m) => m.entity === fragment));
  });

  it('a road number after a name keeps the road apart from the country of the same letters', () => {
    const c = resolveCorpus([
      doc('roads', 'Drive on ZR 41, a road built by ZR engineers. Then ZR 9.', [['ZR', 'PLACE'], ['ZR', 'PLACE'], ['ZR', 'PLACE']]),
    ]);
    const [road41, country, road9] = entities(c, 'roads');
    assert.notEqual(road41, country);
    assert.notEqual(road9, country);
    assert.notEqual(road41, road9);
  });

  it('"northern X" is a region: apart from X, and one entity with "northern X" in another document', () => {
    const c = resolveCorpus([
      doc('a', 'Varnia voted. Floods hit northern Varnia on Sunday.', [['Varnia', 'PLACE'], ['Varnia', 'PLACE']]),
      doc('b', 'Crops failed in northern Varnia again.', [['Varnia', 'PLACE']]),
    ]);
    const [country, region] = entities(c, 'a');
    assert.notEqual(region, country);
    assert.equal(entities(c, 'b')[0], region);
    assert.match(c.entities.get(region)?.name ?? '', /northern Varnia/);
  });

  it('a state a major city also goes by links across documents only when their context agrees', () => {
    const c = resolveCorpus([
      doc('city', 'Rents rose in New York while Brindle Arts Council closed. Ostrava Holdings moved out.', [['New York', 'PLACE'], ['Brindle Arts Council', 'ORG'], ['Ostrava Holdings', 'ORG']]),
      doc('state', 'The senator from New York spoke. Kettering Lake Authority agreed.', [['New York', 'PLACE'], ['Kettering Lake Authority', 'ORG']]),
      doc('city2', 'Brindle Arts Council reopened in New York with Ostrava Holdings as sponsor.', [['Brindle Arts Council', 'ORG'], ['New York', 'PLACE'], ['Ostrava Holdings', 'ORG']]),
    ]);
    const city = entities(c, 'city')[0];
    assert.notEqual(entities(c, 'state')[0], city);
    assert.equal(entities(c, 'city2')[1], city);
    const reason = c.entities.get(city)?.reasons.find((r) => r.documents);
    assert.equal(reason?.strength, 'weak');
    assert.match(reason?.evidence ?? '', /shared context: .*Brindle Arts Council/);
  });
});

describe('resolution: short forms a document gives its own full names', () => {
  it('a code given with its kind in parentheses is the name\'s code: "X Airport (IATA: XAP)", "X Corp (NYSE: XCO)"', () => {
    const c = resolveCorpus([
      doc('a', 'Flights land at Brisk Harbour Airport (IATA: QBH) daily. QBH is small. Dorvel Mining (NYSE: DVM) fell; DVM shares sank.', [
        ['Brisk Harbour Airport', 'PLACE'], ['QBH', 'ORG'], ['Dorvel Mining', 'ORG'], ['DVM', 'ORG'],
      ]),
    ]);
    const [airport, code, firm, ticker] = entities(c, 'a');
    assert.equal(code, airport);
    assert.equal(ticker, firm);
    assert.notEqual(firm, airport);
  });

  it('"X Islands" are "the Xs", in the same document and across documents', () => {
    const c = resolveCorpus([
      doc('a', 'The Quorran Islands are remote. Ferries reach the Quorrans twice a week.', [['Quorran Islands', 'PLACE'], ['Quorrans', 'PLACE']]),
      doc('b', 'Storms cut off the Quorrans again.', [['Quorrans', 'PLACE']]),
    ]);
    const [islands, short] = entities(c, 'a');
    assert.equal(short, islands);
    assert.equal(entities(c, 'b')[0], islands);
  });
});
