import * as assert from 'node:assert/strict';
import type { Entity, ResolvedCorpus, ResolvedDocument, ResolvedMention, ResolvedQuote } from '../../src/core/types';
import { buildTreeData, UNKNOWN_SPEAKER } from '../../src/editor/treeModel';

const e = (id: string, type: Entity['type'], name: string, aliases: string[] = []): Entity => ({ id, type, name, aliases: [name, ...aliases], descriptors: [], reasons: [] });
const m = (entity: string, type: Entity['type'], start: number): ResolvedMention => ({ entity, type, start, end: start + 2, text: 'xx' });
const q = (start: number, speaker: string | null, text = '"words"'): ResolvedQuote => ({ start, end: start + text.length, text, kind: 'full', speakerMention: null, speakerText: null, speaker });

const entities = [e('ann', 'PERSON', 'Ann Lee', ['Lee']), e('bob', 'PERSON', 'Bob Ray'), e('un', 'ORG', 'United Nations', ['U.N.']), e('zoe', 'PERSON', 'Zoë Day')];
const docs: ResolvedDocument[] = [
  { id: 'a', text: '', mentions: [m('ann', 'PERSON', 0), m('un', 'ORG', 10), m('bob', 'PERSON', 20)], quotes: [q(30, 'bob'), q(50, null)] },
  { id: 'b', text: '', mentions: [m('bob', 'PERSON', 0), m('bob', 'PERSON', 5), m('zoe', 'PERSON', 9)], quotes: [q(40, 'bob', '"other"')] },
];
const corpus: ResolvedCorpus = { documents: docs, entities: new Map(entities.map((x) => [x.id, x])) };

describe('editor tree model', () => {
  it('groups entities by type, most mentioned first, with mentions per document', () => {
    const data = buildTreeData(corpus);
    assert.deepEqual(data.entities.PERSON.map((r) => r.entity.name), ['Bob Ray', 'Ann Lee', 'Zoë Day']);
    const bob = data.entities.PERSON[0];
    assert.equal(bob.mentionCount, 3);
    assert.deepEqual(bob.documents.map((d) => [d.documentId, d.mentions.length]), [['a', 1], ['b', 2]]);
    assert.deepEqual(data.entities.ORG.map((r) => r.entity.name), ['United Nations']);
    assert.deepEqual(data.entities.PLACE, []);
  });

  it('groups quotes by speaker, unknown speakers last', () => {
    const data = buildTreeData(corpus);
    assert.deepEqual(data.speakers.map((s) => [s.name, s.quotes.length]), [['Bob Ray', 2], [UNKNOWN_SPEAKER, 1]]);
  });

  it('limits to one document in document scope', () => {
    const data = buildTreeData(corpus, { documentId: 'b' });
    assert.deepEqual(data.entities.PERSON.map((r) => [r.entity.name, r.mentionCount]), [['Bob Ray', 2], ['Zoë Day', 1]]);
    assert.deepEqual(data.entities.ORG, []);
    assert.deepEqual(data.speakers.map((s) => s.quotes.map((x) => x.quote.text)), [['"other"']]);
  });

  it('filters by any alias, ignoring case and accents, and quotes by text or speaker', () => {
    assert.deepEqual(buildTreeData(corpus, { filter: 'u.n.' }).entities.ORG.map((r) => r.entity.id), ['un']);
    assert.deepEqual(buildTreeData(corpus, { filter: 'ZOE' }).entities.PERSON.map((r) => r.entity.id), ['zoe']);
    assert.deepEqual(buildTreeData(corpus, { filter: 'other' }).speakers.map((s) => s.quotes.length), [1]);
    assert.deepEqual(buildTreeData(corpus, { filter: 'bob' }).speakers.map((s) => s.quotes.length), [2]);
  });
});
