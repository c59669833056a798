// Cross-document identity on evidence (issue 8): the kinds of wrong merges stay apart, short forms
// join only with context, every link says why, and the reader's corrections separate and join.
// All names are invented.
import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import type { EntitySummary, MentionRef } from '../../src/core/corpusTypes';
import { applyCuration, parseCuration, serializeCuration, addCorrection, emptyCuration, undoLastCorrection, type Curation } from '../../src/core/curation';
import { toJsonExport } from '../../src/core/export/json';
import { resolveCorpus } from '../../src/core/resolve';
import type { DetectedMention, DocumentAnnotation, EntityType, ResolvedCorpus } from '../../src/core/types';
import { mentionHover, type HoverLinks } from '../../src/editor/hoverContent';

type Names = readonly [string, EntityType][];

/** A document whose text is the names in order, each in a sentence of its own. */
function doc(id: string, names: Names, definitions: DocumentAnnotation['definitions'] = []) {
  let text = '';
  const mentions: DetectedMention[] = [];
  for (const [name, type] of names) {
    text += 'Reports said ';
    mentions.push({ start: text.length, end: text.length + name.length, text: name, type });
    text += `${name} was there. `;
  }
  return { id, text, annotation: { mentions, quotes: [], definitions } };
}

function entityOf(c: ResolvedCorpus, docId: string, text: string): string {
  const m = c.documents.find((d) => d.id === docId)?.mentions.find((x) => x.text === text);
  if (!m) throw new Error(`no "${text}" in ${docId}`);
  return m.entity;
}

const crossReasons = (c: ResolvedCorpus, id: string) => c.entities.get(id)?.reasons.filter((r) => r.documents) ?? [];

describe('cross-document identity: wrong merges stay apart', () => {
  it('a bare surname in an unrelated document is not the full name of another document', () => {
    const c = resolveCorpus([
      doc('study', [['Victor Quellmann', 'PERSON'], ['Brisk Harbour Institute', 'ORG'], ['Tallow Bay', 'PLACE']]),
      doc('speech', [['Quellmann', 'PERSON'], ['Orbital Lens Agency', 'ORG'], ['Pelling', 'PLACE']]),
    ]);
    assert.notEqual(entityOf(c, 'speech', 'Quellmann'), entityOf(c, 'study', 'Victor Quellmann'));
  });

  it('an acronym is not the initials of a full name in another document without shared context', () => {
    const c = resolveCorpus([
      doc('sport', [['Corvin Bray Stadium', 'PLACE'], ['Ashmoor', 'PLACE']]),
      doc('media', [['CBS', 'PLACE'], ['Lenning', 'PLACE']]),
    ]);
    assert.notEqual(entityOf(c, 'media', 'CBS'), entityOf(c, 'sport', 'Corvin Bray Stadium'));
  });

  it('a surname is not another document\'s person with that given name', () => {
    const c = resolveCorpus([
      doc('history', [['Dean Harwick', 'PERSON'], ['Foreign Office', 'ORG']]),
      doc('politics', [['Dean', 'PERSON'], ['Marrowfield', 'PLACE']]),
    ]);
    assert.notEqual(entityOf(c, 'politics', 'Dean'), entityOf(c, 'history', 'Dean Harwick'));
  });

  it('an undefined acronym is not an unrelated place whose initials it happens to be', () => {
    const c = resolveCorpus([
      doc('travel', [['Ilvar Mosque', 'PLACE'], ['Sarvand', 'PLACE']]),
      doc('tech', [['IM', 'PLACE'], ['Quorra Labs', 'ORG']]),
    ]);
    assert.notEqual(entityOf(c, 'tech', 'IM'), entityOf(c, 'travel', 'Ilvar Mosque'));
  });

  it('a street name in two different towns is two places', () => {
    const c = resolveCorpus([
      doc('town1', [['Main Street', 'PLACE'], ['Brackwater', 'PLACE'], ['Brackwater Council', 'ORG']]),
      doc('town2', [['Main Street', 'PLACE'], ['Feldmoor', 'PLACE'], ['Feldmoor Gazette', 'ORG']]),
    ]);
    assert.notEqual(entityOf(c, 'town1', 'Main Street'), entityOf(c, 'town2', 'Main Street'));
  });

  it('two parties of one generic name in two countries stay apart', () => {
    const c = resolveCorpus([
      doc('north', [['Progressive Party', 'ORG'], ['Velmora', 'PLACE'], ['Ansel Vey', 'PERSON']]),
      doc('south', [['Progressive Party', 'ORG'], ['Ostrand', 'PLACE'], ['Mira Tobel', 'PERSON']]),
    ]);
    assert.notEqual(entityOf(c, 'north', 'Progressive Party'), entityOf(c, 'south', 'Progressive Party'));
  });

  it('a person and a place of one name never link', () => {
    const c = resolveCorpus([doc('a', [['Tarrant', 'PERSON'], ['Kelso Rail', 'ORG']]), doc('b', [['Tarrant', 'PLACE'], ['Kelso Rail', 'ORG']])]);
    assert.notEqual(entityOf(c, 'a', 'Tarrant'), entityOf(c, 'b', 'Tarrant'));
  });

  it('two different full names sharing a surname never merge, even through a bare surname between them', () => {
    const shared: Names = [['Grendale', 'PLACE'], ['Harlow Mining Board', 'ORG'], ['Pike River Union', 'ORG']];
    const c = resolveCorpus([
      doc('a', [['Anna Kessel', 'PERSON'], ...shared]),
      doc('b', [['Kessel', 'PERSON'], ...shared]),
      doc('c', [['Mark Kessel', 'PERSON'], ...shared]),
    ]);
    assert.notEqual(entityOf(c, 'a', 'Anna Kessel'), entityOf(c, 'c', 'Mark Kessel'));
  });
});

describe('cross-document identity: links on evidence', () => {
  const subject: Names = [['Harrowgate', 'PLACE'], ['Selby Water Trust', 'ORG'], ['Orrin Valley', 'PLACE']];

  it('a lone surname joins the full name of a document on the same subject, with a context reason marked weak', () => {
    const c = resolveCorpus([
      doc('a', [['Caspar Lindqvist', 'PERSON'], ...subject]),
      doc('b', [['Lindqvist', 'PERSON'], ...subject]),
    ]);
    const id = entityOf(c, 'a', 'Caspar Lindqvist');
    assert.equal(entityOf(c, 'b', 'Lindqvist'), id);
    const reason = crossReasons(c, id).find((r) => r.rule === 'shared-context');
    assert.ok(reason, 'a shared-context reason');
    assert.equal(reason.strength, 'weak');
    assert.match(reason.evidence ?? '', /surname only; shared context: .*Harrowgate|Selby Water Trust|Orrin Valley/);
    assert.ok((reason.score ?? 0) > 0 && (reason.score ?? 0) <= 1);
    assert.deepEqual([...(reason.documents ?? [])].sort(), ['a', 'b']);
  });

  it('the same lone surname in an unrelated document stays apart and is suggested as possibly the same', () => {
    const c = resolveCorpus([
      doc('a', [['Caspar Lindqvist', 'PERSON'], ...subject]),
      doc('z', [['Lindqvist', 'PERSON'], ['Quarry Point', 'PLACE'], ['Amberly Choir', 'ORG']]),
    ]);
    const full = entityOf(c, 'a', 'Caspar Lindqvist');
    const lone = entityOf(c, 'z', 'Lindqvist');
    assert.notEqual(lone, full);
    const suggestion = c.entities.get(lone)?.possiblySame?.[0];
    assert.equal(suggestion?.entity, full);
    assert.equal(suggestion?.document, 'z');
    assert.match(suggestion?.evidence ?? '', /surname only/);
  });

  it('two names of one country link as a known variant', () => {
    const c = resolveCorpus([doc('a', [['U.S.', 'PLACE'], ['Tessaly', 'PLACE']]), doc('b', [['United States', 'PLACE'], ['Norvik', 'PLACE']])]);
    const id = entityOf(c, 'b', 'United States');
    assert.equal(entityOf(c, 'a', 'U.S.'), id);
    const reason = crossReasons(c, id)[0];
    assert.equal(reason?.rule, 'known-variant');
    assert.equal(reason?.strength, 'strong');
    assert.match(reason?.evidence ?? '', /U\.S\..*United States|United States.*U\.S\./);
  });

  it('the same full name links strongly, and the same acronym definition says so', () => {
    const c = resolveCorpus([
      doc('a', [['Dalmor Grain Council', 'ORG'], ['DGC', 'ORG'], ['Pell Orrin', 'PERSON']], [{ short: 'DGC', long: 'Dalmor Grain Council' }]),
      doc('b', [['Dalmor Grain Council', 'ORG'], ['DGC', 'ORG'], ['Pell Orrin', 'PERSON']], [{ short: 'DGC', long: 'Dalmor Grain Council' }]),
    ]);
    const org = entityOf(c, 'a', 'Dalmor Grain Council');
    assert.equal(entityOf(c, 'b', 'DGC'), org);
    assert.equal(crossReasons(c, org)[0]?.rule, 'same-acronym-definition');
    const person = entityOf(c, 'a', 'Pell Orrin');
    assert.equal(entityOf(c, 'b', 'Pell Orrin'), person);
    assert.deepEqual(crossReasons(c, person).map((r) => [r.rule, r.strength, r.evidence]), [['same-full-name', 'strong', 'same full name']]);
  });

  it('a link through a name that is not both entities\' full name says which name matched', () => {
    const c = resolveCorpus([
      doc('a', [['Tarnwell Shipping Holdings', 'ORG'], ['Tarnwell', 'ORG']]),
      doc('b', [['Tarnwell', 'ORG']]),
    ]);
    const org = entityOf(c, 'a', 'Tarnwell Shipping Holdings');
    assert.equal(entityOf(c, 'b', 'Tarnwell'), org);
    assert.deepEqual(crossReasons(c, org).map((r) => [r.rule, r.evidence]), [['same-full-name', 'same name: Tarnwell']]);
  });

  it('the CLI JSON carries the cross-document reasons with their documents as paths', () => {
    const c = resolveCorpus([doc('/x/a.txt', [['Pell Orrin', 'PERSON']]), doc('/x/b.txt', [['Pell Orrin', 'PERSON']])]);
    const json = toJsonExport(c, { documentPath: (id) => id.replace('/x/', '') });
    const reasons = json.entities.find((e) => e.name === 'Pell Orrin')?.reasons ?? [];
    assert.deepEqual(reasons.map((r) => ({ rule: r.rule, strength: r.strength, documents: r.documents })), [{ rule: 'same-full-name', strength: 'strong', documents: ['b.txt', 'a.txt'] }]);
  });
});

describe('cross-document identity: corrections', () => {
  const corpus = () => resolveCorpus([
    doc('/w/a.txt', [['Pell Orrin', 'PERSON'], ['Orrin', 'PERSON']]),
    doc('/w/b.txt', [['Pell Orrin', 'PERSON']]),
    doc('/w/c.txt', [['Orrin', 'PERSON'], ['Kestrel Bay', 'PLACE']]),
  ]);
  const curate = (c: ResolvedCorpus, cur: Curation) => applyCuration(c, cur);

  it('"Not the same as" separates one document\'s part, survives the file round trip, and undo restores the link', () => {
    const c = corpus();
    const id = entityOf(c, '/w/a.txt', 'Pell Orrin');
    assert.equal(entityOf(c, '/w/b.txt', 'Pell Orrin'), id);
    const cur = addCorrection(emptyCuration(), { op: 'notSame', entity: { name: 'Pell Orrin', type: 'PERSON' }, document: 'b.txt' });
    const parsed = parseCuration(serializeCuration(cur));
    assert.ok(parsed.ok);
    const { corpus: after, report } = curate(c, parsed.curation);
    assert.equal(report.results[0].status, 'applied');
    const apart = entityOf(after, '/w/b.txt', 'Pell Orrin');
    assert.notEqual(apart, entityOf(after, '/w/a.txt', 'Pell Orrin'));
    assert.equal(entityOf(after, '/w/a.txt', 'Orrin'), entityOf(after, '/w/a.txt', 'Pell Orrin'), 'the document\'s own short form stays');
    assert.ok(!crossReasons(after, entityOf(after, '/w/a.txt', 'Pell Orrin')).some((r) => r.documents?.includes('/w/b.txt')));
    const undone = curate(c, undoLastCorrection(parsed.curation).curation).corpus;
    assert.equal(entityOf(undone, '/w/b.txt', 'Pell Orrin'), entityOf(undone, '/w/a.txt', 'Pell Orrin'));
  });

  it('"Same entity" accepts a suggestion; a correction for a missing document is stale', () => {
    const c = corpus();
    const lone = entityOf(c, '/w/c.txt', 'Orrin');
    const full = entityOf(c, '/w/a.txt', 'Pell Orrin');
    assert.notEqual(lone, full);
    assert.equal(c.entities.get(lone)?.possiblySame?.[0]?.entity, full);
    const cur = addCorrection(emptyCuration(), { op: 'sameEntity', entity: { name: 'Orrin', type: 'PERSON' }, document: 'c.txt', into: { name: 'Pell Orrin', type: 'PERSON' } });
    const { corpus: after } = curate(c, cur);
    assert.equal(entityOf(after, '/w/c.txt', 'Orrin'), entityOf(after, '/w/a.txt', 'Pell Orrin'));
    const missing = addCorrection(emptyCuration(), { op: 'notSame', entity: { name: 'Pell Orrin' }, document: 'gone.txt' });
    assert.equal(curate(c, missing).report.results[0].status, 'stale');
  });

  it('refuses a notSame record without its document', () => {
    const bad = parseCuration(JSON.stringify({ version: 1, corrections: [{ seq: 1, op: 'notSame', entity: { name: 'X' } }] }));
    assert.equal(bad.ok, false);
  });
});

describe('cross-document identity: hover', () => {
  const c = resolveCorpus([
    doc('file:///w/a.txt', [['Caspar Lindqvist', 'PERSON'], ['Harrowgate', 'PLACE'], ['Selby Water Trust', 'ORG']]),
    doc('file:///w/b%5Bx%5D.txt', [['Lindqvist', 'PERSON'], ['Harrowgate', 'PLACE'], ['Selby Water Trust', 'ORG']]),
  ]);
  const id = entityOf(c, 'file:///w/a.txt', 'Caspar Lindqvist');
  const refs: MentionRef[] = c.documents.flatMap((d) => d.mentions.filter((m) => m.entity === id).map((mention) => ({ documentId: d.id, mention })));
  const summary: EntitySummary = {
    entity: c.entities.get(id)!, mentionCount: refs.length, documentCount: 2,
    documents: [{ documentId: 'file:///w/a.txt', count: 1 }, { documentId: 'file:///w/b%5Bx%5D.txt', count: 1 }], quotes: [], definition: refs[0],
  };
  const links: HoverLinks = {
    open: () => 'command:open',
    notSame: (e, d) => `command:notSame?${encodeURIComponent(JSON.stringify({ e, d }))}`,
    sameEntity: (e, d, i) => `command:same?${encodeURIComponent(JSON.stringify({ e, d, i }))}`,
  };

  it('says which documents are linked and why, marks a weak link, and offers "Not the same as"', () => {
    const card = mentionHover({ mention: refs[1].mention, summary, mentions: refs, documentId: refs[1].documentId }, links);
    const html = new MarkdownIt().render(card);
    assert.match(html, /Linked across 2 documents/);
    assert.match(html, /b\[x\]\.txt ↔ a\.txt: surname only; shared context: /);
    assert.match(html, /<em>weak link<\/em>/);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => decodeURIComponent(m[1]));
    assert.ok(hrefs.some((h) => h === `command:notSame?${JSON.stringify({ e: id, d: 'file:///w/b%5Bx%5D.txt' })}`), hrefs.join('\n'));
    assert.ok(hrefs.every((h) => h.startsWith('command:')));
  });

  it('shows a suggestion with "Same entity" instead of merging', () => {
    const apart = resolveCorpus([
      doc('file:///w/a.txt', [['Caspar Lindqvist', 'PERSON']]),
      doc('file:///w/z.txt', [['Lindqvist', 'PERSON'], ['Quarry Point', 'PLACE']]),
    ]);
    const lone = entityOf(apart, 'file:///w/z.txt', 'Lindqvist');
    const m = apart.documents[1].mentions.find((x) => x.text === 'Lindqvist')!;
    const s: EntitySummary = { entity: apart.entities.get(lone)!, mentionCount: 1, documentCount: 1, documents: [{ documentId: 'file:///w/z.txt', count: 1 }], quotes: [], definition: { documentId: 'file:///w/z.txt', mention: m } };
    const card = mentionHover({ mention: m, summary: s, mentions: [s.definition], documentId: 'file:///w/z.txt' }, links);
    assert.match(card, /Possibly the same as “Caspar Lindqvist”/);
    assert.match(card, /\[Same entity\]\(command:same\?/);
    assert.doesNotMatch(card, /Not the same as/);
  });
});
