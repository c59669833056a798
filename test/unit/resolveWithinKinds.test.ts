// Within-document alias merges, kinds of the fifth round (issue 8: "surnames, acronyms and short forms
// that stay apart from their full form in the same article"): a person's name without its leading given
// names, a firm's leading words before its kind words, an institution's last words, a landmark's name
// without its kind of building, a body's name without the place of its branch, a person's full name
// written in capitals and typed a body, an acronym that leaves out its name's qualifier. Every name is
// invented.
import * as assert from 'node:assert/strict';
import { resolveCorpus } from '../../src/core/resolve';
import { shortForms } from '../../src/core/resolve/shortForms';
import type { ResolvedCorpus } from '../../src/core/types';
import { documentFromParts } from './corpusTestKit';

const doc = documentFromParts;

function entityOf(c: ResolvedCorpus, docId: string, text: string): string {
  const d = c.documents.find((x) => x.id === docId);
  const ids = [...new Set(d?.mentions.filter((m) => m.text === text).map((m) => m.entity) ?? [])];
  if (ids.length !== 1) throw new Error(`"${text}" in ${docId}: ${ids.length} entities`);
  return ids[0];
}
const forms = (name: string) => shortForms(name.toLowerCase().split(' '), false).map((f) => `${f.key}/${f.scope}`);

describe('within-document alias merges: names without their leading given names', () => {
  it('"Ferreira dos Santos" and "Lopez de Ruiz" are the full names of their document', () => {
    const c = resolveCorpus([
      doc('a', ['Ambassador ', ['Lucia Ferreira dos Santos', 'PERSON'], ' met the minister. ', ['Ferreira dos Santos', 'PERSON'], ' said ties were strong.']),
      doc('b', ['Mayor ', ['Ana Maria Lopez de Ruiz', 'PERSON'], ' opened the bridge. ', ['Lopez de Ruiz', 'PERSON'], ' thanked the builders.']),
    ]);
    assert.equal(entityOf(c, 'a', 'Ferreira dos Santos'), entityOf(c, 'a', 'Lucia Ferreira dos Santos'));
    assert.equal(entityOf(c, 'b', 'Lopez de Ruiz'), entityOf(c, 'b', 'Ana Maria Lopez de Ruiz'));
    const e = c.entities.get(entityOf(c, 'b', 'Lopez de Ruiz'));
    assert.equal(e?.name, 'Ana Maria Lopez de Ruiz');
    assert.ok(e?.reasons.some((r) => r.alias === 'Lopez de Ruiz' && r.target === 'Ana Maria Lopez de Ruiz'), 'the merge keeps its reason');
  });

  it('a bare surname whose pronoun disagrees with the only full name\'s given name stays apart from it, here and across documents', () => {
    const c = resolveCorpus([
      doc('a', ['', ['Orvell', 'PERSON'], ' on Monday defended his company. ', ['Ingrid Orvell', 'PERSON'], ', a biologist, was absent.']),
      doc('b', ['', ['Ingrid Orvell', 'PERSON'], ' spoke first. ', ['Orvell', 'PERSON'], ' said her plan was sound.']),
    ]);
    assert.notEqual(entityOf(c, 'a', 'Orvell'), entityOf(c, 'a', 'Ingrid Orvell'));
    assert.equal(entityOf(c, 'b', 'Orvell'), entityOf(c, 'b', 'Ingrid Orvell'), 'a pronoun that agrees keeps the link');
    // Another person's name before the pronoun: it may be theirs, so it says nothing.
    const d = resolveCorpus([doc('c', ['', ['Orvell', 'PERSON'], ' told ', ['Tomas Brandt', 'PERSON'], ' his view. ', ['Ingrid Orvell', 'PERSON'], ' agreed.'])]);
    assert.equal(entityOf(d, 'c', 'Orvell'), entityOf(d, 'c', 'Ingrid Orvell'));
  });

  it('a tail without a particle may be another person\'s full name: "Paul Smith" beside "John Paul Smith" stays apart', () => {
    const c = resolveCorpus([
      doc('a', ['', ['John Paul Smith', 'PERSON'], ' won the seat. His rival ', ['Paul Smith', 'PERSON'], ', a local builder, conceded.']),
    ]);
    assert.notEqual(entityOf(c, 'a', 'Paul Smith'), entityOf(c, 'a', 'John Paul Smith'));
  });

  it('a two-word name that is not the end of a longer name in its document stays its own person', () => {
    const c = resolveCorpus([
      doc('a', ['Mayor ', ['Ana Maria Lopez Ruiz', 'PERSON'], ' opened the bridge. ', ['Maria Lopez', 'PERSON'], ' sold flowers.']),
    ]);
    assert.notEqual(entityOf(c, 'a', 'Maria Lopez'), entityOf(c, 'a', 'Ana Maria Lopez Ruiz'));
  });
});

describe('within-document alias merges: short names of organizations and landmarks', () => {
  it('gives a firm its leading words before its kind words, and an institution its last words, in the document only', () => {
    assert.ok(forms('Mendaro Freight Holdings Ltd').includes('mendaro freight/document'));
    assert.ok(forms('Quellan Aerospace Industries').includes('quellan aerospace/document'));
    assert.ok(forms('Brixholm Valley Water Authority').includes('water authority/document'));
    assert.ok(forms('Brixholm Valley Water Authority').includes('valley water authority/document'));
    // No leading word before "of" is dropped, and a word common in names does not end a firm's short name.
    assert.ok(!forms('Authority of the Lower Varna Basin').some((f) => f.startsWith('lower varna basin')));
    assert.ok(!forms('Tessaly National Holdings').includes('tessaly national/document'));
  });

  it('"Mendaro Freight" and "the Water Authority" join their full names in the same article, not in another one', () => {
    const c = resolveCorpus([
      doc('a', [['Mendaro Freight Holdings Ltd', 'ORG'], ' lost its contract with ', ['Brixholm Valley Water Authority', 'ORG'], '. ',
        ['Mendaro Freight', 'ORG'], ' will appeal, and the ', ['Water Authority', 'ORG'], ' said pipes need repair.']),
      doc('b', ['Rain fell in ', ['Orlavik', 'PLACE'], '. ', ['Mendaro Freight', 'ORG'], ' trucks waited while the ', ['Water Authority', 'ORG'], ' met.']),
    ]);
    assert.equal(entityOf(c, 'a', 'Mendaro Freight'), entityOf(c, 'a', 'Mendaro Freight Holdings Ltd'));
    assert.equal(entityOf(c, 'a', 'Water Authority'), entityOf(c, 'a', 'Brixholm Valley Water Authority'));
    assert.notEqual(entityOf(c, 'b', 'Water Authority'), entityOf(c, 'a', 'Brixholm Valley Water Authority'));
  });

  it('a landmark of two words or more is named without its kind of building; a town is not its cathedral', () => {
    const c = resolveCorpus([
      doc('a', ['Visit the ', ['Varno Kessa Palace', 'PLACE'], ' early: ', ['Varno Kessa', 'PLACE'], ' closes at noon. ',
        ['Orsk Cathedral', 'PLACE'], ' stands in the old square of ', ['Orsk', 'PLACE'], '.']),
    ]);
    assert.equal(entityOf(c, 'a', 'Varno Kessa'), entityOf(c, 'a', 'Varno Kessa Palace'));
    assert.notEqual(entityOf(c, 'a', 'Orsk'), entityOf(c, 'a', 'Orsk Cathedral'));
  });

  it('a body named with a place of its document after it ("X Y Orlavia") is "X Y" there; not without the place, nor a place', () => {
    const c = resolveCorpus([
      doc('a', [['Save the Reefs Orlavia', 'ORG'], ' marched in ', ['Orlavia', 'PLACE'], ' on Sunday. ', ['Save the Reefs', 'ORG'], ' said the coral was dying.']),
      doc('b', [['Friends of Kelp Tarmund', 'ORG'], ' marched on Sunday. ', ['Friends of Kelp', 'ORG'], ' said the water was warm.']),
      doc('c', ['We sailed up the ', ['Velmor Bay Orlavia', 'PLACE'], ' towards ', ['Orlavia', 'PLACE'], ' and anchored in ', ['Velmor Bay', 'PLACE'], '.']),
    ]);
    assert.equal(entityOf(c, 'a', 'Save the Reefs'), entityOf(c, 'a', 'Save the Reefs Orlavia'));
    assert.notEqual(entityOf(c, 'b', 'Friends of Kelp'), entityOf(c, 'b', 'Friends of Kelp Tarmund'));
    assert.notEqual(entityOf(c, 'c', 'Velmor Bay'), entityOf(c, 'c', 'Velmor Bay Orlavia'));
  });

  it('possessives and capitals of a short form join it too', () => {
    const c = resolveCorpus([
      doc('a', [['Quellan Aerospace Industries', 'ORG'], ' reported a loss. ', ["Quellan Aerospace's", 'ORG'], ' shares fell, and ',
        ['QUELLAN AEROSPACE', 'ORG'], ' was the headline.']),
    ]);
    const full = entityOf(c, 'a', 'Quellan Aerospace Industries');
    assert.equal(entityOf(c, 'a', "Quellan Aerospace's"), full);
    assert.equal(entityOf(c, 'a', 'QUELLAN AEROSPACE'), full);
  });
});

describe('acronyms defined in parentheses', () => {
  it('may leave out the name\'s leading qualifier ("Orlavia National Oil Company (NOC)"), but must spell the rest', () => {
    const c = resolveCorpus([
      doc('a', ['The ', ['Orlavia National Oil Company', 'ORG'], ' (NOC) said output fell. The ', ['NOC', 'ORG'], ' blamed strikes.']),
      doc('b', ['The ', ['Velmora Grain Board', 'ORG'], ' (KGB) met. The ', ['KGB', 'ORG'], ' was not there.']),
    ]);
    assert.equal(entityOf(c, 'a', 'NOC'), entityOf(c, 'a', 'Orlavia National Oil Company'));
    assert.ok(c.entities.get(entityOf(c, 'a', 'NOC'))?.reasons.some((r) => r.rule === 'acronym-definition'));
    assert.notEqual(entityOf(c, 'b', 'KGB'), entityOf(c, 'b', 'Velmora Grain Board'));
  });
});

describe('the canonical name of a person with a hyphenated particle', () => {
  it('is the full name, not the surname with its particle written apart', () => {
    const c = resolveCorpus([
      doc('a', ['Minister ', ['Rashad al-Qorvani', 'PERSON'], ' visited the base. ', ['Al Qorvani', 'PERSON'], ' said pay would rise.']),
    ]);
    const id = entityOf(c, 'a', 'Al Qorvani');
    assert.equal(entityOf(c, 'a', 'Rashad al-Qorvani'), id);
    assert.equal(c.entities.get(id)?.name, 'Rashad al-Qorvani');
  });
});

describe('within-document alias merges: a full name in capitals typed as a body', () => {
  it('"MARTA QUILLWEN" typed an organization is the person "Ms Quillwen" of the same article', () => {
    const c = resolveCorpus([
      doc('a', [['MARTA QUILLWEN', 'ORG'], ', the chief executive, resigned. Ms ', ['Quillwen', 'PERSON'], ' had led the firm since 2009.']),
    ]);
    const id = entityOf(c, 'a', 'Quillwen');
    assert.equal(entityOf(c, 'a', 'MARTA QUILLWEN'), id);
    assert.equal(c.entities.get(id)?.type, 'PERSON');
    assert.equal(c.documents[0].mentions.find((m) => m.text === 'MARTA QUILLWEN')?.type, 'PERSON');
  });

  it('stays a body when it is not in capitals, when a full name has that surname, or when its words are common in names of bodies', () => {
    const c = resolveCorpus([
      doc('a', [['Tallis Fenwyn', 'ORG'], ', the law firm, filed the suit. Mr ', ['Fenwyn', 'PERSON'], ' declined to comment.']),
      doc('b', [['JONAS WRENFIELD', 'ORG'], ' sponsored the race won by ', ['Clara Wrenfield', 'PERSON'], '. ', ['Wrenfield', 'PERSON'], ' said it was hard.']),
      doc('c', [['NATIONAL HARTE', 'ORG'], ' cut its prices. ', ['Harte', 'PERSON'], ' said so.']),
    ]);
    assert.notEqual(entityOf(c, 'a', 'Tallis Fenwyn'), entityOf(c, 'a', 'Fenwyn'));
    assert.notEqual(entityOf(c, 'b', 'JONAS WRENFIELD'), entityOf(c, 'b', 'Wrenfield'));
    assert.equal(entityOf(c, 'b', 'Wrenfield'), entityOf(c, 'b', 'Clara Wrenfield'));
    assert.notEqual(entityOf(c, 'c', 'NATIONAL HARTE'), entityOf(c, 'c', 'Harte'));
  });
});
