import * as assert from 'node:assert/strict';
import { spansFit } from '../../src/editor/spansFit';

describe('spansFit: engine spans are drawn only on the text they were computed on', () => {
  const editor = { version: 5, isDirty: true, length: 120 };
  it('a synced document fits when the engine indexed the editor\'s version', () => {
    assert.equal(spansFit({ length: 120, version: 5 }, editor), true);
  });
  it('an older or newer version does not fit, even with the same length', () => {
    assert.equal(spansFit({ length: 120, version: 4 }, editor), false);
    assert.equal(spansFit({ length: 120, version: 6 }, editor), false);
  });
  it('null (the engine indexed another text of a synced document) never fits', () => {
    assert.equal(spansFit({ length: 120, version: null }, editor), false);
    assert.equal(spansFit({ length: 120, version: null }, { ...editor, isDirty: false }), false);
  });
  it('a document the client does not sync fits only when saved and of the same length', () => {
    assert.equal(spansFit({ length: 120 }, { ...editor, isDirty: false }), true);
    assert.equal(spansFit({ length: 120 }, editor), false, 'unsaved changes: the engine read the disk');
    assert.equal(spansFit({ length: 119 }, { ...editor, isDirty: false }), false);
  });
  it('a different length never fits', () => {
    assert.equal(spansFit({ length: 121, version: 5 }, editor), false);
  });
});
