// Several people sharing a surname in one document (issue 9, a first-time user's biography): a bare
// surname goes to the document's subject (most mentioned, then first named, never a relative brought in
// by a kin word) unless its own context names the other person (a kin word right before it, a title or
// a following pronoun of the other's gender). Every name is invented.
import * as assert from 'node:assert/strict';
import { resolveCorpus } from '../../src/core/resolve';
import { kinBefore, kinGender } from '../../src/core/resolve/kin';
import { titleGenderBefore } from '../../src/core/quotes/gender';
import type { ResolvedCorpus } from '../../src/core/types';
import { documentFromParts } from './corpusTestKit';

const doc = documentFromParts;

/** Entity of the mention of `text` starting at or after character `from` in document `docId`. */
function entityAt(c: ResolvedCorpus, docId: string, text: string, nth = 0): string {
  const d = c.documents.find((x) => x.id === docId);
  const ms = d?.mentions.filter((m) => m.text === text) ?? [];
  const m = ms[nth];
  if (!m) throw new Error(`no mention ${nth} of "${text}" in ${docId}`);
  return m.entity;
}

describe('kin words before a name', () => {
  it('finds a kin noun after a determiner or possessive, with or without a comma', () => {
    const at = (s: string) => kinBefore(s, s.length);
    assert.equal(at('He married in 1970. His wife, '), 'wife');
    assert.equal(at('They moved north. Their son '), 'son');
    assert.equal(at('the eldest daughter, '), 'daughter');
    assert.equal(at("Ostrander's brother-in-law "), 'brother-in-law');
    assert.equal(at('and her half-sister '), 'half-sister');
    assert.equal(at('His late husband '), 'husband');
  });
  it('says nothing of other words, a capitalised kin word alone, or a kin word further back', () => {
    const at = (s: string) => kinBefore(s, s.length);
    assert.equal(at('The company hired '), null);
    assert.equal(at('Brother '), null);
    assert.equal(at('his wife was absent when '), null);
    assert.equal(at('the spokesman, '), null);
  });
  it('gives the gender a kin noun marks, and none for neutral ones', () => {
    assert.equal(kinGender('wife'), 'female');
    assert.equal(kinGender('sons'), 'male');
    assert.equal(kinGender('brothers-in-law'), 'male');
    assert.equal(kinGender('half-sister'), 'female');
    assert.equal(kinGender('cousin'), null);
    assert.equal(kinGender('children'), null);
  });
  it('reads a title right before a name', () => {
    assert.equal(titleGenderBefore('said Mr. ', 9), 'male');
    assert.equal(titleGenderBefore('Mrs ', 4), 'female');
    assert.equal(titleGenderBefore('Ms. ', 4), 'female');
    assert.equal(titleGenderBefore('MrX ', 4), null);
    assert.equal(titleGenderBefore('the ', 4), null);
  });
});

describe('a bare surname shared by several full names in one document', () => {
  it('goes to the subject, not to the nearest relative named by a kin word', () => {
    const c = resolveCorpus([
      doc('bio', ['', ['Jon Halvorsk', 'PERSON'], ' built the firm from one barge. His wife, ', ['Ingrid Halvorsk', 'PERSON'],
        ', kept the books. ', ['Halvorsk', 'PERSON'], ' said the early years were hard. Later ', ['Halvorsk', 'PERSON'], ' sold it.']),
      doc('obit', ['', ['Greta Moravek', 'PERSON'], ', the architect, has died. ', ['Greta Moravek', 'PERSON'], ' drew schools. Her son, ',
        ['Tomas Moravek', 'PERSON'], ', runs the studio. ', ['Moravek', 'PERSON'], ' never retired.']),
    ]);
    assert.equal(entityAt(c, 'bio', 'Halvorsk'), entityAt(c, 'bio', 'Jon Halvorsk'));
    assert.equal(entityAt(c, 'bio', 'Halvorsk', 1), entityAt(c, 'bio', 'Jon Halvorsk'));
    assert.equal(entityAt(c, 'obit', 'Moravek'), entityAt(c, 'obit', 'Greta Moravek'));
  });

  it('without kin words, goes to the most mentioned full name, then the first named', () => {
    const c = resolveCorpus([
      doc('a', ['', ['Hector Quillane', 'PERSON'], ' won the race. ', ['Bruno Quillane', 'PERSON'], ' came second. ', ['Quillane', 'PERSON'], ' thanked the crowd.']),
      doc('b', ['', ['Lena Ostrova', 'PERSON'], ' spoke. ', ['Mara Ostrova', 'PERSON'], ' answered. ', ['Mara Ostrova', 'PERSON'], ' left. ', ['Ostrova', 'PERSON'], ' stayed.']),
    ]);
    assert.equal(entityAt(c, 'a', 'Quillane'), entityAt(c, 'a', 'Hector Quillane'));
    assert.equal(entityAt(c, 'b', 'Ostrova'), entityAt(c, 'b', 'Mara Ostrova'));
  });

  it('goes to the relative when its own context names them: a kin word, a title, a pronoun', () => {
    const c = resolveCorpus([
      doc('kin', ['', ['Jon Halvorsk', 'PERSON'], ' built the firm. His wife, ', ['Ingrid Halvorsk', 'PERSON'], ', kept the books. His wife ',
        ['Halvorsk', 'PERSON'], ' never missed a day.']),
      doc('title', ['', ['Jon Halvorsk', 'PERSON'], ' built the firm. His wife, ', ['Ingrid Halvorsk', 'PERSON'], ', kept the books. Mrs. ',
        ['Halvorsk', 'PERSON'], ' never missed a day.']),
      doc('pronoun', ['', ['Jon Halvorsk', 'PERSON'], ' built the firm. His wife, ', ['Ingrid Halvorsk', 'PERSON'], ', kept the books. ',
        ['Halvorsk', 'PERSON'], ' said she never missed a day.']),
      doc('brother', ['', ['Greta Moravek', 'PERSON'], ' drew schools. Her brother, ', ['Cyril Moravek', 'PERSON'], ', sold paint. ',
        ['Moravek', 'PERSON'], ' said he never liked her drawings.']),
    ]);
    assert.equal(entityAt(c, 'kin', 'Halvorsk'), entityAt(c, 'kin', 'Ingrid Halvorsk'));
    assert.equal(entityAt(c, 'title', 'Halvorsk'), entityAt(c, 'title', 'Ingrid Halvorsk'));
    assert.equal(entityAt(c, 'pronoun', 'Halvorsk'), entityAt(c, 'pronoun', 'Ingrid Halvorsk'));
    assert.equal(entityAt(c, 'brother', 'Moravek'), entityAt(c, 'brother', 'Cyril Moravek'));
  });

  it('one full name of the surname still takes every bare mention', () => {
    const c = resolveCorpus([doc('a', ['', ['Pia Lindqvar', 'PERSON'], ' opened the shop. His son ', ['Lindqvar', 'PERSON'], ' works there.'])]);
    assert.equal(entityAt(c, 'a', 'Lindqvar'), entityAt(c, 'a', 'Pia Lindqvar'));
  });
});
