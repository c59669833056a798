// Small wording and ordering rules of the correction commands (issue 12, item 8).
import assert from 'node:assert/strict';
import { aType, anotherOfType } from '../../src/editor/format';
import { distanceToSpan } from '../../src/editor/speakerOrder';

describe('editor corrections: wording and speaker order', () => {
  it('uses the right article and words a split by type', () => {
    assert.deepEqual([aType('PERSON'), aType('ORG'), aType('PLACE')], ['a person', 'an organization', 'a place']);
    assert.deepEqual([anotherOfType('PERSON'), anotherOfType('ORG'), anotherOfType('PLACE')], ['someone else', 'another organization', 'another place']);
  });

  it('measures each entity by its mention nearest the quote', () => {
    const quote = { start: 100, end: 140 };
    const d = distanceToSpan([
      { entity: 'far', start: 0, end: 10 },
      { entity: 'near', start: 20, end: 30 },
      { entity: 'near', start: 145, end: 150 },
      { entity: 'after', start: 141, end: 149 },
      { entity: 'inside', start: 110, end: 115 },
    ], quote);
    assert.equal(d.get('far'), 90);
    assert.equal(d.get('near'), 5, 'the closer of its two mentions');
    assert.equal(d.get('after'), 1);
    assert.equal(d.get('inside'), 0);
    assert.equal(d.get('absent'), undefined);
    const order = ['far', 'near', 'after', 'inside'].sort((a, b) => (d.get(a) ?? Infinity) - (d.get(b) ?? Infinity));
    assert.deepEqual(order, ['inside', 'after', 'near', 'far']);
  });
});
