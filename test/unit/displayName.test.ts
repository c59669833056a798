// Display names of people written in whole capitals (issue 10): a post-step that sets `name` and
// never changes spans, text or types. Names are invented.
import * as assert from 'node:assert/strict';
import { createAnnotator } from '../../src/core/annotate';
import { isWholeCaps, titleCase, withDisplayNames } from '../../src/core/mentions/displayName';
import { resolveCorpus } from '../../src/core/resolve';
import type { DetectedMention } from '../../src/core/types';

const person = (text: string, start = 0, extra: Partial<DetectedMention> = {}): DetectedMention => ({ start, end: start + text.length, text, type: 'PERSON', ...extra });

describe('display names: title case for names in capitals', () => {
  it('title-cases words, hyphens, apostrophes, initials, particles and the Mc prefix', () => {
    const cases: [string, string][] = [
      ['IDUNN BRECKEN', 'Idunn Brecken'],
      ['AL-ZUBAIDI', 'Al-Zubaidi'],
      ['HALLGRIM O’DUNMORE-QUIST', 'Hallgrim O’Dunmore-Quist'],
      ['J.R. HAVERKAMP', 'J.R. Haverkamp'],
      ['MARA VAN DER BRANDVOLD', 'Mara van der Brandvold'],
      ['VAN BRANDVOLD', 'Van Brandvold'],
      ['ISKRA MCFARLANE', 'Iskra McFarlane'],
      ["ZOSIA KEMBLE'S", "Zosia Kemble's"],
      ['ÉLODIE FENNIMORE', 'Élodie Fennimore'],
    ];
    for (const [caps, shown] of cases) assert.equal(titleCase(caps), shown, caps);
  });

  it('leaves a name in mixed case as written', () => {
    for (const s of ['Thorvald MacTavish', 'Ysolde de Haverkamp', 'perpetua lisowski']) assert.equal(titleCase(s), s);
    assert.equal(isWholeCaps('IDUNN BRECKEN'), true);
    assert.equal(isWholeCaps('Idunn BRECKEN'), false);
    assert.equal(isWholeCaps('1234'), false);
  });

  it('names only whole-caps people, keeps spans, text, types and order', () => {
    const input: DetectedMention[] = [
      person('AMBROSE CADDICK', 0),
      person('Lisowski', 20),
      { start: 30, end: 38, text: 'HALVORSK', type: 'PLACE' },
      { start: 40, end: 48, text: 'CORRIGAN', type: 'ORG' },
      person('NWACHUKU', 50),
      person('JFK', 60),
      person('PERPETUA HASHEMI', 70, { name: 'Perpetua Hashemi-Quist' }),
    ];
    const out = withDisplayNames(input);
    assert.equal(out.length, input.length);
    out.forEach((m, k) => {
      assert.equal(m.start, input[k].start);
      assert.equal(m.end, input[k].end);
      assert.equal(m.text, input[k].text);
      assert.equal(m.type, input[k].type);
    });
    assert.deepEqual(out.map((m) => m.name), ['Ambrose Caddick', undefined, undefined, undefined, 'Nwachuku', undefined, 'Perpetua Hashemi-Quist']);
  });

  it('spells a word in capitals as the document spells it elsewhere in a person’s name', () => {
    const out = withDisplayNames([person('Orrin MacTavish', 0), person('ORRIN MACTAVISH', 30), person('DELPHINE MACTAVISH', 60)]);
    assert.deepEqual(out.map((m) => m.name), [undefined, 'Orrin MacTavish', 'Delphine MacTavish']);
  });

  it('through the annotator and resolver: bylines and credits in capitals are shown in title case', function () {
    this.timeout(60_000);
    const annotator = createAnnotator();
    const texts = [
      'By IDUNN BRECKEN\n\nThe harbour was closed on Monday after the storm. Fishermen waited on the quay.\n\nPhoto: THORVALD AL-ZUBAIDI',
      'By YSOLDE KEMBLE\n\nThe council met on Tuesday. Mayor Ambrose Caddick said the budget would pass.',
    ];
    const corpus = resolveCorpus(texts.map((text, k) => ({ id: `d${k}`, text, annotation: annotator.annotate(text) })));
    const people = [...corpus.entities.values()].filter((e) => e.type === 'PERSON').map((e) => e.name).sort();
    for (const want of ['Idunn Brecken', 'Thorvald Al-Zubaidi', 'Ysolde Kemble', 'Ambrose Caddick']) assert.ok(people.includes(want), `${want} in ${people.join(', ')}`);
    assert.ok(!people.some((p) => isWholeCaps(p)), people.join(', '));
    for (const [k, d] of corpus.documents.entries()) for (const m of d.mentions) assert.equal(texts[k].slice(m.start, m.end), m.text);
  });
});
