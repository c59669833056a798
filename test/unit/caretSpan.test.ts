// The caret rule every editor feature uses: a caret touching a name at either end is on it, and the
// name it is inside wins when two names touch.
import assert from 'node:assert/strict';
import { createCorpusIndex } from '../../src/core/corpus';
import { spanAtCaret } from '../../src/editor/caretSpan';
import { annotation, testResolver } from './corpusTestKit';

// "Tuva" ends exactly where "Orlo" begins (a name glued to another by a slash).
const T = 'Kemi Tuva/Orlo Vance met in Brel. Vance left.';
const names = [['Kemi Tuva', 'PERSON'], ['Orlo Vance', 'PERSON'], ['Vance', 'PERSON'], ['Brel', 'PLACE']] as const;

describe('caret on a name', () => {
  const index = createCorpusIndex({ resolve: testResolver({ Vance: 'Orlo Vance' }) });
  index.set('t.txt', T, annotation(T, names));
  const at = (offset: number) => spanAtCaret((d, o) => index.mentionAt(d, o), 't.txt', offset)?.text;

  it('counts a caret at the start, inside and at the end of a name', () => {
    const brel = T.indexOf('Brel');
    assert.equal(at(brel), 'Brel');
    assert.equal(at(brel + 2), 'Brel');
    assert.equal(at(brel + 'Brel'.length), 'Brel', 'the end of a name, where every jump leaves the caret');
    const last = T.lastIndexOf('Vance');
    assert.equal(at(last + 'Vance'.length), 'Vance');
  });

  it('is off any name one character away', () => {
    assert.equal(at(T.indexOf('Brel') - 1), undefined);
    assert.equal(at(T.indexOf('Brel') + 'Brel'.length + 1), undefined);
    assert.equal(at(0), 'Kemi Tuva');
  });

  it('prefers the name the caret is inside when two names touch', () => {
    assert.equal(at(T.indexOf('/')), 'Kemi Tuva', 'the slash is after Tuva and touches nothing else');
    assert.equal(at(T.indexOf('Orlo')), 'Orlo Vance', 'at the start of Orlo, which is also the end of nothing');
    // Two names sharing a boundary: that offset is the end of one and the start of the other.
    const glued = 'Kemi Tuva/Orlo Vance.';
    const base = annotation(glued, [['Kemi Tuva', 'PERSON']]);
    const boundary = glued.indexOf('/');
    index.set('g.txt', glued, { ...base, mentions: [...base.mentions, { start: boundary, end: glued.indexOf('.'), text: '/Orlo Vance', type: 'PERSON' }] });
    assert.equal(spanAtCaret((d, o) => index.mentionAt(d, o), 'g.txt', boundary)?.text, '/Orlo Vance', 'inside beats touching');
    assert.equal(spanAtCaret((d, o) => index.mentionAt(d, o), 'g.txt', boundary - 1)?.text, 'Kemi Tuva');
  });
});
