// A retyped entity gets an id of its new type, and its old id still finds it (a first-time user's run:
// "org:x" retyped PERSON kept "org:x"). Every name is invented.
import * as assert from 'node:assert/strict';
import { addCorrection, applyCuration, emptyCuration, type Curation, type NewCorrection } from '../../src/core/curation';
import { entityById, retypedEntityId } from '../../src/core/curation/ids';
import { toJsonExport } from '../../src/core/export/json';
import type { ResolvedCorpus } from '../../src/core/types';
import { testResolver, annotation } from './corpusTestKit';

const A = 'Harlow Finch opened a shop in Dunmere. "Prices will fall," Harlow Finch said.';
const B = 'Dunmere Council met Harlow Finch. Later Harlow Finch left Dunmere.';

/** Resolver ids in the resolver's form ("org:harlow-finch"). */
function corpus(): ResolvedCorpus {
  const base = testResolver()([
    { id: 'a.txt', text: A, annotation: annotation(A, [['Harlow Finch', 'ORG'], ['Dunmere', 'PLACE']], [{ text: '"Prices will fall,"', speaker: 'Harlow Finch' }]) },
    { id: 'b.txt', text: B, annotation: annotation(B, [['Dunmere Council', 'ORG'], ['Harlow Finch', 'ORG'], ['Dunmere', 'PLACE']]) },
  ]);
  const idOf = (id: string) => id.replace(/^(\w+):(.*)$/, (_, t: string, n: string) => `${t.toLowerCase()}:${n.toLowerCase().replace(/\s+/g, '-')}`);
  const entities = new Map([...base.entities.values()].map((e) => [idOf(e.id), { ...e, id: idOf(e.id), ...(e.name === 'Dunmere Council' ? { possiblySame: [{ entity: 'org:harlow-finch', name: 'Harlow Finch', document: 'a.txt', evidence: 'test' }] } : {}) }]));
  const documents = base.documents.map((d) => ({ ...d, mentions: d.mentions.map((m) => ({ ...m, entity: idOf(m.entity) })), quotes: d.quotes.map((q) => ({ ...q, speaker: q.speaker && idOf(q.speaker) })) }));
  return { documents, entities };
}
const curate = (...cs: NewCorrection[]): Curation => cs.reduce((c, x) => addCorrection(c, x), emptyCuration());

describe('curation: retype gives the entity an id of its new type', () => {
  it('builds the new id from the old one, keeping the prefix style, with a suffix only when taken', () => {
    assert.equal(retypedEntityId('org:harlow-finch', 'ORG', 'PERSON', () => false), 'person:harlow-finch');
    assert.equal(retypedEntityId('ORG:Harlow Finch', 'ORG', 'PERSON', () => false), 'PERSON:Harlow Finch');
    assert.equal(retypedEntityId('org:harlow-finch~2', 'ORG', 'PLACE', () => false), 'place:harlow-finch');
    assert.equal(retypedEntityId('org:harlow-finch', 'ORG', 'PERSON', (x) => x === 'person:harlow-finch'), 'person:harlow-finch~2');
    assert.equal(retypedEntityId('e17', 'ORG', 'PERSON', () => false), 'e17', 'an id not made from type and name is kept');
    assert.equal(retypedEntityId('place:x', 'ORG', 'PERSON', () => false), 'place:x', 'a prefix that is not the old type is kept');
  });

  it('mentions, quotes and suggestions follow the new id; the old id is a former id that still finds the entity', () => {
    const { corpus: out, report } = applyCuration(corpus(), curate({ op: 'retype', entity: { name: 'Harlow Finch' }, type: 'PERSON' }));
    assert.equal(report.results[0].status, 'applied');
    assert.match(report.results[0].detail, /org:harlow-finch is now PERSON, as person:harlow-finch/);
    assert.ok(!out.entities.has('org:harlow-finch'));
    const e = out.entities.get('person:harlow-finch');
    assert.deepEqual([e?.type, e?.formerIds], ['PERSON', ['org:harlow-finch']]);
    assert.equal(entityById(out.entities, 'org:harlow-finch'), e);
    for (const d of out.documents) for (const m of d.mentions.filter((x) => x.text === 'Harlow Finch')) assert.deepEqual([m.entity, m.type], ['person:harlow-finch', 'PERSON']);
    assert.equal(out.documents[0].quotes[0].speaker, 'person:harlow-finch');
    assert.equal(out.entities.get('org:dunmere-council')?.possiblySame?.[0].entity, 'person:harlow-finch');
    const json = toJsonExport(out);
    assert.deepEqual(json.entities.find((x) => x.id === 'person:harlow-finch')?.formerIds, ['org:harlow-finch']);
  });

  it('a retyped entity merged into another: its former ids find the entity its mentions went to', () => {
    const { corpus: out, report } = applyCuration(corpus(), curate(
      { op: 'retype', entity: { name: 'Harlow Finch' }, type: 'PERSON' },
      { op: 'merge', entity: { name: 'Harlow Finch', type: 'PERSON' }, into: { name: 'Dunmere Council' } },
    ));
    assert.deepEqual(report.results.map((r) => r.status), ['applied', 'applied']);
    const council = out.entities.get('org:dunmere-council');
    assert.equal(out.documents[0].quotes[0].speaker, 'org:dunmere-council');
    assert.equal(entityById(out.entities, 'org:harlow-finch'), council, 'the id a link made before the retype kept');
    assert.deepEqual(council?.formerIds, ['org:harlow-finch']);
  });

  it('later corrections find the entity by name after the retype, and a retype back restores the first id', () => {
    const { corpus: out, report } = applyCuration(corpus(), curate(
      { op: 'retype', entity: { name: 'Harlow Finch' }, type: 'PERSON' },
      { op: 'rename', entity: { name: 'Harlow Finch', type: 'PERSON' }, name: 'Harlow J. Finch' },
      { op: 'retype', entity: { name: 'Harlow J. Finch' }, type: 'ORG' },
    ));
    assert.deepEqual(report.results.map((r) => r.status), ['applied', 'applied', 'applied']);
    const e = out.entities.get('org:harlow-finch');
    assert.deepEqual([e?.name, e?.type, e?.formerIds], ['Harlow J. Finch', 'ORG', ['person:harlow-finch']]);
    assert.equal(entityById(out.entities, 'person:harlow-finch'), e);
    assert.equal(out.documents[0].quotes[0].speaker, 'org:harlow-finch');
  });

  it('a taken id of the new type gets a suffix, and a retype to the same type keeps the id', () => {
    const C = 'Kestrel shipped the parts.';
    const D = 'Kestrel, the pilot, flew them in.';
    const two = testResolver()([
      { id: 'c.txt', text: C, annotation: annotation(C, [['Kestrel', 'ORG']]) },
      { id: 'd.txt', text: D, annotation: annotation(D, [['Kestrel', 'PERSON']]) },
    ]);
    const { corpus: out, report } = applyCuration(two, curate({ op: 'retype', entity: { name: 'Kestrel', type: 'ORG' }, type: 'PERSON' }));
    assert.equal(report.results[0].status, 'applied');
    assert.deepEqual([...out.entities.keys()].sort(), ['PERSON:Kestrel', 'PERSON:Kestrel~2']);
    assert.deepEqual(out.entities.get('PERSON:Kestrel~2')?.formerIds, ['ORG:Kestrel']);
    assert.equal(out.documents[0].mentions[0].entity, 'PERSON:Kestrel~2', 'two people of one name stay two entities');
    assert.equal(out.documents[1].mentions[0].entity, 'PERSON:Kestrel');
    const same = applyCuration(corpus(), curate({ op: 'retype', entity: { name: 'Dunmere' }, type: 'PLACE' })).corpus;
    assert.ok(same.entities.has('place:dunmere'));
    assert.equal(same.entities.get('place:dunmere')?.formerIds, undefined);
  });
});
