// List rows written surname first ("Pellowe, Ysmay (Kestle Council)") name the person written given
// name first in other documents, and a lone surname opening a sentence before a verb of saying is that
// person even when the full name appears only in another document (issue 9, item 3). Invented names.
import * as assert from 'node:assert/strict';
import { createAnnotator } from '../../src/core/annotate';
import { givenFirst } from '../../src/core/mentions/detect';
import { resolveCorpus } from '../../src/core/resolve';

describe('list rows and lone surnames across documents (invented names)', function () {
  this.timeout(30000);
  const annotator = createAnnotator();
  const resolve = (texts: readonly string[]) =>
    resolveCorpus(texts.map((text, k) => ({ id: `d${k}`, text, annotation: annotator.annotate(text) })));
  const find = (c: ReturnType<typeof resolve>, d: number, text: string) => {
    const m = c.documents[d].mentions.find((x) => x.text === text);
    assert.ok(m, `expected ${JSON.stringify(text)} in ${JSON.stringify(c.documents[d].mentions.map((x) => `${x.type}:${x.text}`))}`);
    return m;
  };

  it('turns "Surname, Given" into the given-first name', () => {
    assert.equal(givenFirst('Pellowe, Ysmay'), 'Ysmay Pellowe');
    assert.equal(givenFirst('Delacroix-Ohta,  Corwin'), 'Corwin Delacroix-Ohta');
    assert.equal(givenFirst('Nocomma'), 'Nocomma');
  });

  it('a list row joins the full name written given name first in another document', () => {
    const c = resolve([
      'Board:\n- Pellowe, Ysmay (Kestle Council)\n- Garnock, Ivo (Fennick Trust)\n',
      'Ysmay Pellowe chaired the meeting. Ivo Garnock of the Fennick Trust spoke next.',
    ]);
    assert.equal(find(c, 0, 'Pellowe, Ysmay').entity, find(c, 1, 'Ysmay Pellowe').entity);
    assert.equal(find(c, 0, 'Garnock, Ivo').entity, find(c, 1, 'Ivo Garnock').entity);
    assert.notEqual(find(c, 0, 'Pellowe, Ysmay').entity, find(c, 0, 'Garnock, Ivo').entity);
  });

  for (const [surname, full] of [['Pellowe', 'Ysmay Pellowe'], ['Tarrant-Voss', 'Odile Tarrant-Voss'], ['Quillfeather', 'Bram Quillfeather']]) {
    it(`"${surname} said …" opening a sentence is a person when "${full}" is named only in another document`, () => {
      const c = resolve([`${surname} said the council had ignored its own engineers.`, `${full} chaired the meeting of the Kestle Council.`]);
      assert.equal(find(c, 0, surname).type, 'PERSON');
    });
  }

  it('a lone word before "said" with no person of that surname anywhere keeps its type', () => {
    const c = resolve(['Corvantis said the council had ignored its own engineers.', 'Ysmay Pellowe chaired the meeting.']);
    assert.notEqual(find(c, 0, 'Corvantis').type, 'PERSON');
  });

  it('the follow-up story links the lone surname to the list row; the town cell is no person', () => {
    const c = resolve([
      'Name\tRole\tTown\nPellowe, Ysmay (Kestle Harbour Board)\tChair\tMelsworth\nGarnock, Ivo (Fennick Trust)\tClerk\tOxbury\n',
      'Harbour vote challenged\n\nMELSWORTH, May 2, 2026 — Residents challenged the Kestle Harbour Board.\n\nPellowe said the board had ignored its own engineers.\n\n"The harbour is not a toy," said Ivo Garnock.\n',
    ]);
    const row = find(c, 0, 'Pellowe, Ysmay');
    const lone = find(c, 1, 'Pellowe');
    assert.equal(lone.type, 'PERSON');
    assert.equal(lone.entity, row.entity);
    assert.ok(!c.documents[0].mentions.some((m) => m.text === 'Melsworth' && m.type === 'PERSON'));
  });
});
