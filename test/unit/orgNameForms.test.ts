// Organization names of news copy a first-time user saw cut or mistyped (invented names): a body named
// for its subject with "on" ("Senate Committee on X", "Council on Y"), a football club's "FC", and an oil
// company's "Petroleum" head.
import * as assert from 'node:assert/strict';
import { createAnnotator } from '../../src/core/annotate';

describe('organization name forms', function () {
  this.timeout(30000);
  const annotator = createAnnotator();
  const typed = (text: string) => annotator.annotate(text).mentions.map((m) => `${m.type}:${m.text}`);

  it('"Committee on X", "Commission on X", "Council on X", "Conference on X" are one ORG', () => {
    assert.ok(typed('The Senate Committee on Privatisation met in Velmora.').includes('ORG:Senate Committee on Privatisation'));
    assert.ok(typed('The Commission on Coastal Rights and the Council on Tall Buildings met.').includes('ORG:Council on Tall Buildings'));
    assert.ok(typed('The Commission on Coastal Rights and the Council on Tall Buildings met.').includes('ORG:Commission on Coastal Rights'));
    assert.ok(typed('The Conference on Disarmament in Valletta resumed.').includes('ORG:Conference on Disarmament'));
  });

  it('"on" before a date or after another word joins nothing', () => {
    assert.ok(!typed('The Committee on Monday said no.').some((m) => m.includes(' on')));
    assert.ok(typed('Ann Tollwright on Monday said no.').includes('PERSON:Ann Tollwright'));
    assert.ok(!typed('The Council on Christmas Eve approved the plan.').some((m) => m.includes(' on ')));
    assert.ok(!typed('The Committee on Capitol Hill heard evidence.').some((m) => m.includes('Committee on')));
  });

  it('a club with "FC" is one ORG, its town inside; "X Petroleum" is an ORG after "in"', () => {
    assert.deepEqual(typed('Velmora Harbour FC beat Dunmere Athletic 3-1.').filter((m) => m.includes('FC')), ['ORG:Velmora Harbour FC']);
    assert.ok(typed('Regulators blocked the sale of the stake in Kestrane Petroleum.').includes('ORG:Kestrane Petroleum'));
  });

  it('a company named with a dictionary noun is that noun alone later in the story; adjectives and heads are not', () => {
    for (const text of ['Shares of Kestrel Petroleum Holdings fell on Monday. Kestrel would issue new shares.', 'Shares of Kestrel Petroleum Holdings fell on Monday. Analysts said Kestrel would issue new shares.']) {
      assert.ok(typed(text).includes('ORG:Kestrel'), `${text} → ${JSON.stringify(typed(text))}`);
    }
    assert.ok(!typed('General Velmora Corp cut jobs. General managers were told.').includes('ORG:General'));
    assert.ok(!typed('Bank of Velmora Corp cut jobs. Bank staff were told.').includes('ORG:Bank'));
  });
});
