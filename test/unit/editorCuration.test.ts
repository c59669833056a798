// The editor side of curation that needs no editor: reading command arguments, when to interrupt
// the reader about a broken corrections file, and the report's words.
import * as assert from 'node:assert/strict';
import type { Correction, CurationReport } from '../../src/core/curation';
import type { Entity } from '../../src/core/types';
import { entityArg, entityRowArg, scopeArg, speakerArg, stringArg, treeSpanArg, typeArg } from '../../src/editor/curation/args';
import { createProblemNotifier } from '../../src/editor/curation/notice';
import { formatCurationReport, staleKey } from '../../src/editor/curation/reportText';

const entity = (id: string, type: Entity['type'], name: string, aliases: string[] = [name]): Entity => ({ id, type, name, aliases, descriptors: [], reasons: [] });
const entities = new Map<string, Entity>([
  ['person:ann-lee', entity('person:ann-lee', 'PERSON', 'Ann Lee', ['Ann Lee', 'Lee'])],
  ['org:lee', entity('org:lee', 'ORG', 'Lee')],
  ['place:paris', entity('place:paris', 'PLACE', 'Paris')],
]);

describe('editor curation: command arguments', () => {
  it('finds an entity by tree row, id, name, alias and {name, type}', () => {
    assert.equal(entityArg({ kind: 'entity', id: 'entity:place:paris', row: { entity: { id: 'place:paris' } } }, entities)?.id, 'place:paris');
    assert.equal(entityArg('person:ann-lee', entities)?.id, 'person:ann-lee');
    assert.equal(entityArg('Ann Lee', entities)?.id, 'person:ann-lee');
    // A display name beats an alias; a stated type beats both.
    assert.equal(entityArg('Lee', entities)?.id, 'org:lee');
    assert.equal(entityArg({ name: 'Lee', type: 'PERSON' }, entities)?.id, 'person:ann-lee');
  });

  it('finds a retyped entity by the id it had before the retype (a link or script made earlier)', () => {
    const retyped = new Map(entities);
    retyped.delete('org:lee');
    retyped.set('person:lee', { ...entity('person:lee', 'PERSON', 'Lee'), formerIds: ['org:lee'] });
    assert.equal(entityArg('org:lee', retyped)?.id, 'person:lee');
    assert.equal(entityArg({ kind: 'entity', row: { entity: { id: 'org:lee' } } }, retyped)?.id, 'person:lee');
    assert.equal(entityArg('org:gone', retyped), undefined);
  });

  it('treats what menus pass (a URI, an options object, a selection list) as no answer', () => {
    for (const arg of [undefined, null, { scheme: 'file', path: '/a.txt' }, { groupId: 1 }, [1, 2], 42, '', 'Nobody Here']) {
      assert.equal(entityArg(arg, entities), undefined, JSON.stringify(arg));
    }
    assert.equal(stringArg({ groupId: 1 }), undefined);
    assert.equal(stringArg('  New Name '), 'New Name');
    assert.equal(typeArg('ORG'), 'ORG');
    assert.equal(typeArg('org'), undefined);
    assert.equal(scopeArg('document'), 'document');
    assert.equal(scopeArg({ groupId: 1 }), undefined);
  });

  it('tells "clear the speaker" (null) from "ask" (undefined)', () => {
    assert.equal(speakerArg(null, entities), null);
    assert.equal(speakerArg(undefined, entities), undefined);
    assert.equal(speakerArg('Ann Lee', entities)?.id, 'person:ann-lee');
  });

  it('reads entity rows, and per-document rows as limited to their document', () => {
    const row = { entity: { id: 'place:paris' } };
    assert.deepEqual(entityRowArg({ kind: 'entity', row }), { entityId: 'place:paris' });
    assert.deepEqual(entityRowArg({ kind: 'document', documentId: 'file:///a.txt', row }), { entityId: 'place:paris', documentId: 'file:///a.txt' });
    assert.equal(entityRowArg({ kind: 'mention', documentId: 'file:///a.txt', row }), undefined);
    assert.equal(entityRowArg('place:paris'), undefined);
  });

  it('reads mention and quote rows of the tree, and nothing else', () => {
    assert.deepEqual(treeSpanArg({ kind: 'mention', documentId: 'file:///a.txt', start: 3, end: 8 }, 'mention'), { documentId: 'file:///a.txt', start: 3, end: 8 });
    assert.equal(treeSpanArg({ kind: 'quote', documentId: 'file:///a.txt', start: 3, end: 8 }, 'mention'), undefined);
    assert.equal(treeSpanArg({ kind: 'mention', documentId: 'file:///a.txt', start: 8, end: 8 }, 'mention'), undefined);
    assert.equal(treeSpanArg({ kind: 'mention', documentId: 7, start: 1, end: 2 }, 'mention'), undefined);
  });
});

describe('editor curation: broken-file notice', () => {
  it('interrupts once per breakage, logs every change of reason', () => {
    const shown: string[] = [];
    const logged: string[] = [];
    const n = createProblemNotifier((p) => shown.push(p), (l) => logged.push(l));
    n.update(undefined);
    assert.deepEqual(shown, []);
    n.update('not valid JSON: a');
    n.update('not valid JSON: a');
    n.update('not valid JSON: b');
    assert.deepEqual(shown, ['not valid JSON: a']);
    assert.equal(n.current(), 'not valid JSON: b');
    n.update(undefined);
    assert.equal(n.current(), undefined);
    n.update('written by a newer Source Annotator');
    assert.deepEqual(shown, ['not valid JSON: a', 'written by a newer Source Annotator']);
    assert.equal(logged.length, 4);
  });
});

describe('editor curation: report text', () => {
  const merge: Correction = { op: 'merge', seq: 1, entity: { name: 'A' }, into: { name: 'B' } };
  const reject: Correction = { op: 'reject', seq: 2, text: 'Monday', document: 'x.txt' };
  const report: CurationReport = {
    results: [
      { correction: merge, status: 'applied', detail: 'merged a into b' },
      { correction: reject, status: 'stale', detail: 'no mention "Monday" in x.txt' },
    ],
  };

  it('lists every correction with its status and keys the stale set', () => {
    const lines = formatCurationReport(report, 'c.json', undefined);
    assert.match(lines[0], /2 recorded, 1 applied, 1 no longer apply/);
    assert.match(lines[1], /applied #1 merge “A” into “B”/);
    assert.match(lines[2], /STALE +#2 “Monday” is not a name in x\.txt: no mention/);
    assert.equal(staleKey(report), '2:reject');
    assert.equal(staleKey({ results: [report.results[0]] }), '');
  });

  it('says the file is not used while it is broken', () => {
    assert.deepEqual(formatCurationReport(report, 'c.json', 'not valid JSON'), ['Corrections in c.json are not applied: not valid JSON. The file is left untouched.']);
  });
});
