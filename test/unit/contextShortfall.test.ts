// A cross-document suggestion that was not linked says which context was compared (a first-time user's
// run: "too little shared context" did not say what was shared or how much was needed). Names invented.
import * as assert from 'node:assert/strict';
import { resolveCorpus } from '../../src/core/resolve';
import { contextShortfall } from '../../src/core/resolve/crossDocument';
import { documentFromParts } from './corpusTestKit';

describe('cross-document suggestions: the shared context in words', () => {
  it('no shared item names the need', () => {
    assert.equal(contextShortfall(0, 0, () => { throw new Error('not called'); }), 'no shared context (2 names or words needed)');
  });
  it('too few shared items: how many of how many, and which', () => {
    assert.equal(contextShortfall(1, 0.4, () => ['Harwick Port']), 'too little shared context: shares 1 of 2 needed: Harwick Port');
  });
  it('enough items that weigh too little: which, and the weight against the threshold', () => {
    assert.equal(contextShortfall(2, 0.031, () => ['Harwick Port', 'harbour master']), "too little shared context: shares Harwick Port, harbour master, 3% of the smaller context's weight (5% needed)");
    assert.equal(contextShortfall(5, 0.004, () => ['A', 'B', 'C', 'D', 'E']), "too little shared context: shares A, B, C and 2 more, 0.4% of the smaller context's weight (5% needed)");
  });

  it('a bare surname in one article and a full name in another sharing one place: the suggestion names the place', () => {
    const c = resolveCorpus([
      documentFromParts('a', ['', ['Quenby', 'PERSON'], ' inspected the cranes at ', ['Harwick Port', 'PLACE'], ' on Monday.']),
      documentFromParts('b', ['', ['Ottilie Quenby', 'PERSON'], ' toured ', ['Harwick Port', 'PLACE'], ' with ', ['Brannagh Freight', 'ORG'], ' and ', ['Selwyn Aske', 'PERSON'], '.']),
    ]);
    const lone = [...c.entities.values()].find((e) => e.name === 'Quenby');
    assert.ok(lone, 'the bare surname stays its own entity');
    const evidence = (lone.possiblySame ?? []).map((p) => p.evidence);
    assert.ok(evidence.some((x) => x === 'surname only; too little shared context: shares 1 of 2 needed: Harwick Port'), evidence.join(' / '));
  });
});
