// The words of cross-document link reasons (a first-time user's run: a given name was called "surname
// only", an acronym's link read from its expansion to the acronym, and identical names of a ministry
// were left apart without saying why). Every name is invented.
import * as assert from 'node:assert/strict';
import { resolveCorpus } from '../../src/core/resolve';
import type { Entity } from '../../src/core/types';
import { documentFromParts } from './corpusTestKit';

const named = (entities: ReadonlyMap<string, Entity>, name: string) => [...entities.values()].filter((e) => e.name === name);
const evidenceOf = (e: Entity) => [...(e.possiblySame ?? []).map((p) => p.evidence), ...e.reasons.map((r) => r.evidence ?? '')].filter((x) => x !== '');

describe('cross-document link reasons in words', () => {
  it('a lone given name matching a full name elsewhere is a "given name", not a surname', () => {
    for (const [given, surname] of [['Ysella', 'Tranmoor'], ['Corwen', 'Ashby-Lusk'], ['Idris', 'Pellow']]) {
      const c = resolveCorpus([
        documentFromParts('a', ['', [`${given} ${surname}`, 'PERSON'], ' chaired the board in ', ['Pelloway', 'PLACE'], '.']),
        documentFromParts('b', ['Later ', [given, 'PERSON'], ' spoke at the harbour.']),
      ]);
      const lone = named(c.entities, given)[0];
      assert.ok(lone, `${given} stays apart without shared context`);
      const evidence = evidenceOf(lone);
      assert.ok(evidence.length > 0, `${given}: no suggestion`);
      assert.ok(evidence.every((x) => x.startsWith('given name only; ')), evidence.join(' / '));
    }
  });

  it('a lone surname is still called a surname', () => {
    const c = resolveCorpus([
      documentFromParts('a', ['', ['Ysella Tranmoor', 'PERSON'], ' chaired the board in ', ['Pelloway', 'PLACE'], '.']),
      documentFromParts('b', ['Later ', ['Tranmoor', 'PERSON'], ' spoke at the harbour.']),
    ]);
    const evidence = evidenceOf(named(c.entities, 'Tranmoor')[0]);
    assert.ok(evidence.length > 0 && evidence.every((x) => x.startsWith('surname only; ')), evidence.join(' / '));
  });

  it('an acronym linked through shared context reads from the acronym to its expansion', () => {
    for (const [long, short] of [['Harnmouth Water Board', 'HWB'], ['Kelvarn Tidal Trust', 'KTT']]) {
      const a = documentFromParts('a', ['The ', [long, 'ORG'], ' (', [short, 'ORG'], ') met ', ['Orla Mennick', 'PERSON'], ' and ', ['Dafydd Prenter', 'PERSON'], ' in ', ['Carrowmere', 'PLACE'], '.']);
      const b = documentFromParts('b', ['The ', [short, 'ORG'], ' rejected the dam, ', ['Orla Mennick', 'PERSON'], ' said in ', ['Carrowmere', 'PLACE'], ' beside ', ['Dafydd Prenter', 'PERSON'], '.']);
      const c = resolveCorpus([{ ...a, annotation: { ...a.annotation, definitions: [{ short, long }] } }, b]);
      const body = named(c.entities, long)[0];
      assert.ok(body, JSON.stringify([...c.entities.values()].map((e) => e.name)));
      const link = body.reasons.find((r) => r.rule === 'shared-context');
      assert.ok(link, JSON.stringify(body.reasons));
      assert.equal(link.alias, short);
      assert.equal(link.target, long);
      assert.match(link.evidence ?? '', /^acronym only; shared context: /);
    }
  });

  it('identical generic names of a body left apart say why', () => {
    for (const name of ['Ministry of Inland Affairs', 'Department of Rural Affairs']) {
      const c = resolveCorpus([
        documentFromParts('a', ['A spokesman for the ', [name, 'ORG'], ' said the quay would reopen.']),
        documentFromParts('b', ['The ', [name, 'ORG'], ' denied the report.']),
      ]);
      const bodies = named(c.entities, name);
      assert.equal(bodies.length, 2, `${name}: left apart without shared context`);
      const evidence = bodies.flatMap(evidenceOf);
      assert.ok(evidence.length > 0 && evidence.every((x) => x.startsWith('generic name only (bodies in many places bear it); ')), evidence.join(' / '));
    }
  });
});
