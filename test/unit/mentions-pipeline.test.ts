import * as assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createAnnotator } from '../../src/core/annotate';
import { loadGazetteer } from '../../src/core/gazetteer';
import data from '../../src/core/gazetteer/data.json';
import lexicon from '../../src/core/gazetteer/lexicon.json';
import { type Cue, describeCue } from '../../src/core/mentions/cue';
import { detectMentions, spansWithCues } from '../../src/core/mentions/detect';
import { CLASSES, cueFeatures, learnedScorer, probabilities } from '../../src/core/mentions/learned';
import { handScorer, type SpanScorer } from '../../src/core/mentions/scorer';
import { createTagger } from '../../src/core/nlp';

// The four typed stages of mention detection (issue 9, item 1). Every name here is invented.
describe('mentions: typed pipeline (spans, cues, scorer, document consistency)', function () {
  this.timeout(30000);
  const tag = createTagger();
  const gaz = loadGazetteer();
  const kinds = (cues: readonly Cue[]) => cues.map((c) => c.kind);
  const spanAt = (text: string, name: string) => {
    const start = text.indexOf(name);
    return spansWithCues(tag(text), gaz).find((s) => s.start === start && s.end === start + name.length);
  };

  it('finds non-overlapping spans in text order, with no type attached', () => {
    const text = 'Sgt Velma Orrick met the Harlow University board in Xavierstad. Orrick said Quellmark Dynamics would pay.';
    const spans = spansWithCues(tag(text), gaz);
    assert.ok(spans.length >= 3);
    for (let k = 1; k < spans.length; k++) assert.ok(spans[k - 1].end <= spans[k].start, JSON.stringify(spans));
    for (const s of spans) assert.ok(!('type' in s), 'stage 1 and 2 carry no type');
    // The title is cut off the span and kept as a typed cue.
    const person = spanAt(text, 'Velma Orrick');
    assert.ok(person);
    const title = person.cues.find((c) => c.kind === 'title');
    assert.ok(title && title.kind === 'title' && title.word === 'Sgt');
  });

  it('collects typed cues: head noun, gazetteer reading, given name, verb of saying, place preposition', () => {
    const text = 'Talia Brenwick joined Harlow University. Brenwick Corp said it would move to Canada. She lives in Lisbon.';
    assert.ok(kinds(spanAt(text, 'Harlow University')?.cues ?? []).includes('org-head'));
    const given = spanAt(text, 'Talia Brenwick')?.cues.find((c) => c.kind === 'given-name');
    assert.ok(given && given.kind === 'given-name' && given.word === 'Talia');
    const canada = spanAt(text, 'Canada')?.cues.find((c) => c.kind === 'gazetteer');
    assert.ok(canada && canada.kind === 'gazetteer' && canada.place === 'country');
    assert.ok(kinds(spanAt(text, 'Lisbon')?.cues ?? []).includes('gazetteer'));
    const org = spanAt(text, 'Brenwick Corp');
    assert.ok(org && kinds(org.cues).includes('org-head'), JSON.stringify(org));
  });

  it('scores with a SpanScorer: a type or "not a name", and the deciding cue', () => {
    assert.deepEqual(handScorer.score([{ kind: 'org-head', word: 'Institute' }, { kind: 'shape-short' }]).type, 'ORG');
    assert.equal(handScorer.score([{ kind: 'code' }]).type, null);
    assert.equal(handScorer.score([{ kind: 'named-thing' }, { kind: 'shape-short' }]).type, null);
    // A title outranks a weak guess but not a head noun: "President Hotel" stays a place.
    const titled = handScorer.score([{ kind: 'title', word: 'Insp', royal: false, givenFollows: true }, { kind: 'shape-short' }]);
    assert.equal(titled.type, 'PERSON');
    assert.equal(describeCue(titled.cue), 'title:Insp');
    const hotel = handScorer.score([{ kind: 'title', word: 'President', royal: false, givenFollows: false }, { kind: 'place-head', word: 'Hotel' }]);
    assert.equal(hotel.type, 'PLACE');
    // The noun after a name overrides a weak guess.
    assert.equal(handScorer.score([{ kind: 'shape-short' }, { kind: 'org-follower', word: 'group' }]).type, 'ORG');
  });

  it('plugs any SpanScorer into detectMentions, and derives the evidence text from the deciding cue', () => {
    const text = 'Talia Brenwick visited Harlow University in Lisbon.';
    const allPlaces: SpanScorer = { score: () => ({ type: 'PLACE', score: 3, cue: { kind: 'gazetteer', place: 'city' } }) };
    const placed = detectMentions(tag(text), gaz, allPlaces).mentions;
    assert.ok(placed.length >= 3);
    assert.ok(placed.every((m) => m.type === 'PLACE' && m.evidence === 'gazetteer:city'));
    const none: SpanScorer = { score: () => ({ type: null, score: 0, cue: { kind: 'code' } }) };
    assert.deepEqual(detectMentions(tag(text), gaz, none).mentions, []);
    const byHand = detectMentions(tag(text), gaz, handScorer).mentions;
    assert.equal(byHand.find((m) => m.text === 'Harlow University')?.evidence, 'head:University');
  });

  it('document consistency gives a lone surname the type of its full name', () => {
    const text = 'Helen Oyelaran-Quist, the port director, spoke first. Later Oyelaran-Quist said the ships would wait.';
    const ms = detectMentions(tag(text), gaz).mentions;
    const lone = ms.filter((m) => m.text === 'Oyelaran-Quist');
    assert.equal(lone.length, 1, JSON.stringify(ms));
    assert.equal(lone[0].type, 'PERSON');
    assert.equal(lone[0].evidence, 'surname');
  });

  it('learned scorer: features are cue kinds only, probabilities sum to one, and it types only its chosen kinds', () => {
    const cues: Cue[] = [{ kind: 'given-name', word: 'Talia', caps: false, plain: true }, { kind: 'shape-short' }, { kind: 'sentence-initial' }];
    const f = cueFeatures(cues);
    assert.deepEqual(f, ['bias', 'given-name:plain', 'sentence-initial', 'shape-short']);
    assert.ok(!f.some((x) => x.includes('Talia')));
    const w = { useFor: ['shape-single'], features: { bias: [0, 0, 0, 0], 'shape-single': [0, 0, 5, 0] } };
    const p = probabilities(w, ['bias', 'shape-single']);
    assert.equal(p.length, CLASSES.length);
    assert.ok(Math.abs(p.reduce((x, y) => x + y, 0) - 1) < 1e-9);
    const scorer = learnedScorer(w);
    // The weights say PLACE for a lone unknown word ...
    assert.equal(scorer.score([{ kind: 'shape-single' }]).type, 'PLACE');
    assert.equal(handScorer.score([{ kind: 'shape-single' }]).type, 'ORG');
    // ... and leave spans whose best cue is of another kind to the hand-set ranking.
    assert.equal(scorer.score([{ kind: 'org-head', word: 'Institute' }, { kind: 'shape-single' }]).type, 'ORG');
  });

  it('types a small town that is also a company as the company where the story is about companies', () => {
    // An invented town that the (extended) gazetteer knows and the company dictionary lists too.
    const sorted = (list: string, ...add: string[]) => [...list.split('\n'), ...add].sort().join('\n');
    const gz = loadGazetteer({ ...data, cities: `${data.cities}\nQuarnsby` }, { ...lexicon, companyWords: sorted(lexicon.companyWords, 'Quarnsby') });
    const annotator = createAnnotator({ gazetteer: gz });
    const typeOf = (text: string) => annotator.annotate(text).mentions.find((m) => m.text === 'Quarnsby')?.type;
    assert.equal(typeOf('Last year Quarnsby was planning to open its first plant abroad.'), 'ORG');
    assert.equal(typeOf('Quarnsby raised prices again, and the company blamed steel costs.'), 'ORG');
    // After a preposition of place, or in a story about no company, the town stays a town.
    assert.equal(typeOf('The company opened a plant in Quarnsby last year.'), 'PLACE');
    assert.equal(typeOf('We drove through Quarnsby on the way to the coast.'), 'PLACE');
    // One company reading in the document types every occurrence.
    const ms = annotator.annotate('Quarnsby was cutting its workforce. Later Quarnsby hired again.').mentions.filter((m) => m.text === 'Quarnsby');
    assert.deepEqual(ms.map((m) => m.type), ['ORG', 'ORG']);
  });

  it('reads an adjective before an institution\'s one-word name as that institution, not a building', () => {
    const annotator = createAnnotator();
    const typeOf = (text: string, name: string) => annotator.annotate(text).mentions.find((m) => m.text === name)?.type;
    assert.equal(typeOf('The documents were withheld by the White House on Friday.', 'White House'), 'ORG');
    assert.equal(typeOf('A vote in the Upper House was delayed.', 'Upper House'), 'ORG');
    // A noun before "House" names a building.
    assert.notEqual(typeOf('She rented a room at Brackenridge House near the river.', 'Brackenridge House'), 'ORG');
  });

  it('reads a word before "people" or "language" as a people\'s name everywhere in the document', () => {
    const annotator = createAnnotator();
    const text = 'The Velorani arrived on the islands long ago. The Velorani people carved trees, and the Velorani language survives. Visitors admire Velorani carvings.';
    const ms = annotator.annotate(text).mentions;
    assert.ok(!ms.some((m) => m.text === 'Velorani'), JSON.stringify(ms));
    // A strong cue still names a place: "the Lake Velorani people" keeps the lake.
    const lake = annotator.annotate('Fishers of Lake Tessarin sell fish. The Tessarin people fish too.').mentions;
    assert.ok(lake.some((m) => m.text === 'Lake Tessarin' && m.type === 'PLACE'), JSON.stringify(lake));
  });

  it('reads eras, plural weekdays and adjectives of places as no names', () => {
    const annotator = createAnnotator();
    const texts = (t: string) => annotator.annotate(t).mentions.map((m) => m.text);
    assert.deepEqual(texts('During the Middle Ages the town declined; the Bronze Age left tools.'), []);
    assert.ok(!texts('The bar offers salsa courses on Saturdays.').includes('Saturdays'));
    const gz = loadGazetteer({ ...data, cities: `${data.cities}\nVarenne` });
    const withTown = createAnnotator({ gazetteer: gz });
    const ms = withTown.annotate('We danced to Varennean music and then drove to Varenne.').mentions;
    assert.ok(!ms.some((m) => m.text === 'Varennean'), JSON.stringify(ms));
    assert.ok(ms.some((m) => m.text === 'Varenne' && m.type === 'PLACE'), JSON.stringify(ms));
  });

  it('lists no word twice in one hand-kept word list', () => {
    const source = fs.readFileSync(path.join(__dirname, '../../src/core/mentions/lexicon.ts'), 'utf8');
    for (const m of source.matchAll(/export const (\w+)(?:: [^=]+)? = set\(`([^`]*)`/g)) {
      const words = m[2].split(/\s+/).filter(Boolean);
      const twice = words.filter((w, k) => words.indexOf(w) !== k);
      assert.deepEqual(twice, [], `${m[1]} lists ${twice.join(', ')} twice`);
    }
  });
});
