// Runs the stress cases of faultKindsCases.ts through the whole annotator and the resolver: spans,
// types and within-document alias merges of each fault kind, in news, transcript and biography styles.
import * as assert from 'node:assert/strict';
import { createAnnotator } from '../../src/core/annotate';
import { resolveCorpus } from '../../src/core/resolve';
import { FAULT_KINDS, type FaultCase } from './faultKindsCases';

describe('fault kinds: stress cases (invented names)', function () {
  this.timeout(30000);
  const annotator = createAnnotator();

  const check = (c: FaultCase) => {
    const annotation = annotator.annotate(c.text);
    const found = annotation.mentions.map((m) => `${m.type}:${m.text}`);
    const show = JSON.stringify(found);
    for (const e of c.has ?? []) assert.ok(found.includes(e), `expected ${JSON.stringify(e)} in ${show}`);
    for (const l of c.lacks ?? []) {
      const typed = /^(PERSON|ORG|PLACE):/.test(l);
      assert.ok(!(typed ? found.includes(l) : annotation.mentions.some((m) => m.text === l)), `did not expect ${JSON.stringify(l)} in ${show}`);
    }
    if (!c.same?.length && !c.apart?.length) return;
    const doc = resolveCorpus([{ id: 'd', text: c.text, annotation }]).documents[0];
    const entityOf = (name: string) => {
      const m = doc.mentions.find((x) => x.text === name);
      assert.ok(m, `expected a mention ${JSON.stringify(name)} in ${show}`);
      return m.entity;
    };
    for (const [a, b] of c.same ?? []) assert.equal(entityOf(b), entityOf(a), `${JSON.stringify(b)} should join ${JSON.stringify(a)} in ${show}`);
    for (const [a, b] of c.apart ?? []) assert.notEqual(entityOf(b), entityOf(a), `${JSON.stringify(b)} should stay apart from ${JSON.stringify(a)}`);
  };

  for (const [kind, cases] of Object.entries(FAULT_KINDS)) {
    describe(kind, () => {
      cases.forEach((c, k) => it(`${c.style} ${k + 1}: ${c.text.slice(0, 60).replace(/\n/g, ' ⏎ ')}`, () => check(c)));
    });
  }
});
