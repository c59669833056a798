import assert from 'node:assert/strict';
import { addCorrection, applyCuration, emptyCuration, staleCorrections, type Curation, type NewCorrection } from '../../src/core/curation';
import type { ResolvedCorpus } from '../../src/core/types';
import { annotation, corpusOf, testResolver } from './corpusTestKit';

const A = 'Ann Smith met Bo Diallo in Paris. Later Smith left Paris for Acme Corp.';
const B = 'In Paris, Smith spoke. "We are done," Smith said. Acme said nothing.';
const NAMES = [['Ann Smith', 'PERSON'], ['Smith', 'PERSON'], ['Bo Diallo', 'PERSON'], ['Paris', 'PLACE'], ['Acme Corp', 'ORG'], ['Acme', 'ORG']] as const;
const ALIASES = { Smith: 'Ann Smith', Acme: 'Acme Corp' };

function docs(prefix = '') {
  return [
    { id: 'news/a.txt', text: prefix + A, names: NAMES },
    { id: 'news/b.txt', text: prefix + B, names: NAMES, quotes: [{ text: '"We are done,"', speaker: 'Smith' }] },
  ];
}

function curate(...corrections: NewCorrection[]): Curation {
  return corrections.reduce(addCorrection, emptyCuration());
}

function run(curation: Curation, prefix = '') {
  const corpus = corpusOf(docs(prefix), ALIASES);
  return applyCuration(corpus, curation);
}

function mentionTexts(corpus: ResolvedCorpus, entityId: string): string[] {
  return corpus.documents.flatMap((d) => d.mentions.filter((m) => m.entity === entityId).map((m) => m.text));
}

/** Every mention's text matches the document; every speakerMention points at a mention of the speaker. */
function assertConsistent(corpus: ResolvedCorpus): void {
  for (const d of corpus.documents) {
    for (const m of d.mentions) {
      assert.equal(d.text.slice(m.start, m.end), m.text);
      assert.ok(corpus.entities.has(m.entity), `entity ${m.entity} exists`);
      assert.equal(m.type, corpus.entities.get(m.entity)?.type);
    }
    for (let i = 1; i < d.mentions.length; i++) assert.ok(d.mentions[i - 1].start <= d.mentions[i].start, 'sorted');
    for (const q of d.quotes) {
      if (q.speakerMention != null) assert.equal(d.mentions[q.speakerMention].entity, q.speaker);
      if (q.speaker != null) assert.ok(corpus.entities.has(q.speaker));
    }
  }
}

describe('curation', () => {
  it('without corrections returns the corpus untouched', () => {
    const corpus = corpusOf(docs(), ALIASES);
    assert.equal(applyCuration(corpus, emptyCuration()).corpus, corpus);
  });

  it('renames an entity, found by an alias', () => {
    const { corpus, report } = run(curate({ op: 'rename', entity: { name: 'Smith' }, name: 'Dr. Ann Smith' }));
    assert.equal(report.results[0].status, 'applied');
    assert.equal(corpus.entities.get('PERSON:Ann Smith')?.name, 'Dr. Ann Smith');
    assert.deepEqual(mentionTexts(corpus, 'PERSON:Ann Smith'), ['Ann Smith', 'Smith', 'Smith', 'Smith']);
    assertConsistent(corpus);
  });

  it('merges two entities, moving mentions, aliases and quotes', () => {
    const { corpus } = run(curate({ op: 'merge', entity: { name: 'Bo Diallo' }, into: { name: 'Ann Smith', type: 'PERSON' } }));
    assert.equal(corpus.entities.has('PERSON:Bo Diallo'), false);
    const merged = corpus.entities.get('PERSON:Ann Smith');
    assert.ok(merged?.aliases.includes('Bo Diallo'));
    assert.ok(merged?.reasons.some((r) => r.alias === 'Bo Diallo' && r.rule === 'curation'));
    assert.deepEqual(mentionTexts(corpus, 'PERSON:Ann Smith'), ['Ann Smith', 'Bo Diallo', 'Smith', 'Smith', 'Smith']);
    assertConsistent(corpus);
  });

  it('merges across types and keeps quote speakers pointing at the surviving entity', () => {
    const { corpus } = run(curate({ op: 'merge', entity: { name: 'Ann Smith' }, into: { name: 'Acme' } }));
    const b = corpus.documents[1];
    assert.equal(b.quotes[0].speaker, 'ORG:Acme Corp');
    assert.ok(mentionTexts(corpus, 'ORG:Acme Corp').every((t) => t.length > 0));
    assert.ok(b.mentions.filter((m) => m.entity === 'ORG:Acme Corp').every((m) => m.type === 'ORG'));
    assertConsistent(corpus);
  });

  it('splits an alias off into its own entity', () => {
    const { corpus, report } = run(curate({ op: 'split', entity: { name: 'Ann Smith' }, alias: 'Smith' }));
    assert.equal(report.results[0].status, 'applied');
    assert.deepEqual(mentionTexts(corpus, 'PERSON:Ann Smith'), ['Ann Smith']);
    const split = [...corpus.entities.values()].find((e) => e.name === 'Smith');
    assert.ok(split);
    assert.deepEqual(mentionTexts(corpus, split.id), ['Smith', 'Smith', 'Smith']);
    assert.deepEqual(corpus.entities.get('PERSON:Ann Smith')?.aliases, ['Ann Smith']);
    assert.equal(corpus.documents[1].quotes[0].speaker, split.id, 'the quote follows its speaker mention');
    assertConsistent(corpus);
  });

  it('changes an entity type, for the entity and all its mentions', () => {
    const { corpus } = run(curate({ op: 'retype', entity: { name: 'Paris' }, type: 'ORG' }));
    assert.equal(corpus.entities.get('ORG:Paris')?.type, 'ORG', 'the id follows the type');
    assert.deepEqual(corpus.entities.get('ORG:Paris')?.formerIds, ['PLACE:Paris']);
    assert.ok(corpus.documents.every((d) => d.mentions.filter((m) => m.text === 'Paris').every((m) => m.type === 'ORG')));
    assertConsistent(corpus);
  });

  it('rejects a name everywhere, dropping an entity left without mentions', () => {
    const { corpus } = run(curate({ op: 'reject', text: 'Paris' }));
    assert.equal(corpus.entities.has('PLACE:Paris'), false);
    assert.ok(corpus.documents.every((d) => d.mentions.every((m) => m.text !== 'Paris')));
    assertConsistent(corpus);
  });

  it('rejects a name in one document only, keeping quote speaker indexes right', () => {
    const { corpus } = run(curate({ op: 'reject', text: 'Paris', document: 'b.txt' }));
    assert.deepEqual(mentionTexts(corpus, 'PLACE:Paris'), ['Paris', 'Paris']);
    assert.equal(corpus.documents[0].mentions.filter((m) => m.text === 'Paris').length, 2);
    assert.equal(corpus.documents[1].quotes[0].speaker, 'PERSON:Ann Smith');
    assertConsistent(corpus);
  });

  it('matches words regardless of line breaks and spacing', () => {
    const text = 'Bo\nDiallo came. Later Bo  Diallo left. Bo Diallo again.';
    const corpus = corpusOf([{ id: 'x', text, names: [['Bo\nDiallo', 'PERSON'], ['Bo  Diallo', 'PERSON'], ['Bo Diallo', 'PERSON']] }]);
    const { corpus: out, report } = applyCuration(corpus, curate({ op: 'reject', text: ' Bo Diallo ' }));
    assert.equal(report.results[0].detail, 'removed 3 mention(s) of "Bo Diallo"');
    assert.equal(out.documents[0].mentions.length, 0);
    assert.equal(out.entities.size, 0);
  });

  it('rejecting an alias removes it from the entity and renames it if it was the name', () => {
    const { corpus } = run(curate({ op: 'reject', text: 'Ann Smith' }));
    const e = corpus.entities.get('PERSON:Ann Smith');
    assert.deepEqual(e?.aliases, ['Smith']);
    assert.equal(e?.name, 'Smith');
    assertConsistent(corpus);
  });

  it('adds an entity from a string: whole-word occurrences everywhere, replacing overlaps', () => {
    const { corpus, report } = run(curate({ op: 'add', text: 'Smith spoke', type: 'ORG' }, { op: 'add', text: 'Later', type: 'PERSON' }));
    assert.deepEqual(report.results.map((r) => r.status), ['applied', 'applied']);
    const added = [...corpus.entities.values()].find((e) => e.name === 'Smith spoke');
    assert.ok(added);
    assert.equal(added.type, 'ORG');
    const b = corpus.documents[1];
    const at = B.indexOf('Smith spoke');
    assert.deepEqual(b.mentions.filter((m) => m.start < at + 11 && at < m.end).map((m) => m.entity), [added.id], 'the overlapping automatic mention is gone');
    assert.deepEqual(mentionTexts(corpus, [...corpus.entities.values()].find((e) => e.name === 'Later')?.id ?? ''), ['Later']);
    assertConsistent(corpus);
  });

  it('adding a known alias extends that entity; occurrences inside longer names are left alone', () => {
    const corpus = corpusOf([
      { id: 'x', text: 'Acme said.', names: [['Acme', 'ORG'], ['Acme Corp', 'ORG']] },
      { id: 'y', text: 'Acme Corp and Acme. ACME.', names: [['Acme Corp', 'ORG']] },
    ], { Acme: 'Acme Corp' });
    const { corpus: out, report } = applyCuration(corpus, curate({ op: 'add', text: 'Acme', type: 'ORG' }));
    assert.equal(report.results[0].status, 'applied');
    assert.deepEqual([...out.entities.keys()], ['ORG:Acme Corp']);
    assert.deepEqual(out.documents[1].mentions.map((m) => m.text), ['Acme Corp', 'Acme'], 'case-sensitive, and not inside "Acme Corp"');
    const fresh = applyCuration(corpusOf([{ id: 'y', text: 'Acme Corp and Acme.', names: [['Acme Corp', 'ORG']] }]), curate({ op: 'add', text: 'Acme', type: 'ORG' })).corpus;
    assert.deepEqual(fresh.documents[0].mentions.map((m) => [m.text, fresh.entities.get(m.entity)?.name]), [['Acme Corp', 'Acme Corp'], ['Acme', 'Acme']]);
  });

  it('sets and clears a quote speaker', () => {
    const set = run(curate({ op: 'speaker', quote: '"We are done,"', speaker: { name: 'Bo Diallo' } })).corpus;
    const q = set.documents[1].quotes[0];
    assert.equal(q.speaker, 'PERSON:Bo Diallo');
    assert.equal(q.speakerMention, null, 'Bo Diallo is not mentioned in that document');
    assert.equal(q.speakerText, 'Bo Diallo');
    const cleared = run(curate({ op: 'speaker', quote: '"We are done,"', speaker: null })).corpus.documents[1].quotes[0];
    assert.deepEqual([cleared.speaker, cleared.speakerMention, cleared.speakerText], [null, null, null]);
    const back = run(curate({ op: 'speaker', quote: '"We are done,"', speaker: null }, { op: 'speaker', quote: '"We are done,"', speaker: { name: 'Smith' } })).corpus;
    assertConsistent(back);
    const b = back.documents[1];
    const mention = b.mentions[b.quotes[0].speakerMention ?? -1];
    assert.equal(mention.start, B.lastIndexOf('Smith'), 'the nearest mention of the speaker');
  });

  it('applies corrections in order: later ones see earlier results', () => {
    const { corpus, report } = run(curate(
      { op: 'rename', entity: { name: 'Bo Diallo' }, name: 'Boubacar Diallo' },
      { op: 'merge', entity: { name: 'Boubacar Diallo' }, into: { name: 'Acme Corp' } },
    ));
    assert.deepEqual(report.results.map((r) => r.status), ['applied', 'applied']);
    assert.ok(mentionTexts(corpus, 'ORG:Acme Corp').includes('Bo Diallo'));
  });

  it('corrections survive an edit that shifts every offset', () => {
    const curation = curate(
      { op: 'rename', entity: { name: 'Smith' }, name: 'Dr. Ann Smith' },
      { op: 'split', entity: { name: 'Acme Corp' }, alias: 'Acme' },
      { op: 'reject', text: 'Paris', document: 'a.txt' },
      { op: 'add', text: 'Later', type: 'PERSON' },
      { op: 'speaker', quote: '"We are done,"', speaker: { name: 'Bo Diallo' } },
    );
    const before = run(curation);
    const prefix = 'UPDATED — see correction below.\n\n';
    const after = run(curation, prefix);
    assert.deepEqual(after.report.results.map((r) => r.status), before.report.results.map((r) => r.status));
    assert.ok(after.report.results.every((r) => r.status === 'applied'));
    const shape = (c: ResolvedCorpus, shift: number) => c.documents.map((d) => ({
      mentions: d.mentions.map((m) => [m.start - shift, m.text, c.entities.get(m.entity)?.name]),
      quotes: d.quotes.map((q) => [q.start - shift, q.speaker && c.entities.get(q.speaker)?.name]),
    }));
    assert.deepEqual(shape(after.corpus, prefix.length), shape(before.corpus, 0));
    assertConsistent(after.corpus);
  });

  it('keeps and reports corrections whose target no longer exists', () => {
    const curation = curate(
      { op: 'rename', entity: { name: 'Zed Nobody' }, name: 'X' },
      { op: 'merge', entity: { name: 'Smith' }, into: { name: 'Nobody' } },
      { op: 'split', entity: { name: 'Paris' }, alias: 'Lutetia' },
      { op: 'retype', entity: { name: 'Atlantis' }, type: 'PLACE' },
      { op: 'reject', text: 'Atlantis' },
      { op: 'add', text: 'Atlantis', type: 'PLACE' },
      { op: 'speaker', quote: '"Never said,"', speaker: { name: 'Smith' } },
      { op: 'speaker', quote: '"We are done,"', speaker: { name: 'Nobody' } },
    );
    const { corpus, report } = run(curation);
    assert.equal(report.results.length, curation.corrections.length);
    assert.equal(staleCorrections(report).length, curation.corrections.length);
    assert.ok(report.results.every((r) => r.detail.length > 0));
    assert.equal(corpus.entities.size, corpusOf(docs(), ALIASES).entities.size, 'nothing changed');
  });

  it('does not modify its input', () => {
    const corpus = corpusOf(docs(), ALIASES);
    const copy = JSON.stringify({ d: corpus.documents, e: [...corpus.entities] });
    applyCuration(corpus, curate(
      { op: 'merge', entity: { name: 'Bo Diallo' }, into: { name: 'Smith' } },
      { op: 'reject', text: 'Paris' },
      { op: 'add', text: 'Later', type: 'PERSON' },
      { op: 'retype', entity: { name: 'Acme' }, type: 'PLACE' },
    ));
    assert.equal(JSON.stringify({ d: corpus.documents, e: [...corpus.entities] }), copy);
  });

  it('reuses untouched documents, so the editor can skip redrawing them', () => {
    const resolve = testResolver();
    const corpus = resolve([
      { id: 'a', text: 'Paris.', annotation: annotation('Paris.', [['Paris', 'PLACE']]) },
      { id: 'b', text: 'Lyon.', annotation: annotation('Lyon.', [['Lyon', 'PLACE']]) },
    ]);
    const out = applyCuration(corpus, curate({ op: 'reject', text: 'Paris' })).corpus;
    assert.equal(out.documents[1], corpus.documents[1]);
    assert.notEqual(out.documents[0], corpus.documents[0]);
  });
});
