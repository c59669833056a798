import * as assert from 'node:assert/strict';
import { resolveCorpus } from '../../src/core/resolve';
import type { DetectedMention, DetectedQuote, DocumentAnnotation, EntityType, ResolvedCorpus } from '../../src/core/types';

interface DocSpec {
  readonly id: string;
  readonly text: string;
  readonly names: readonly [string, EntityType][];
  readonly definitions?: DocumentAnnotation['definitions'];
  readonly quotes?: readonly DetectedQuote[];
  readonly descriptors?: Readonly<Record<string, readonly string[]>>;
}

/** Mentions of each listed name at its successive free occurrences in the text, longer names listed first. */
function doc(spec: DocSpec): { id: string; text: string; annotation: DocumentAnnotation } {
  const mentions: DetectedMention[] = [];
  const cursor = new Map<string, number>();
  for (const [name, type] of spec.names) {
    let at = spec.text.indexOf(name, cursor.get(name) ?? 0);
    // Skip occurrences inside a name already placed ("Smith" in "Tom Smith").
    while (at >= 0 && mentions.some((m) => at < m.end && m.start < at + name.length)) at = spec.text.indexOf(name, at + 1);
    if (at < 0) throw new Error(`"${name}" not in text`);
    cursor.set(name, at + name.length);
    mentions.push({ start: at, end: at + name.length, text: name, type, descriptors: spec.descriptors?.[name] });
  }
  return { id: spec.id, text: spec.text, annotation: { mentions, quotes: spec.quotes ?? [], definitions: spec.definitions ?? [] } };
}

function entityOf(corpus: ResolvedCorpus, docId: string, text: string, nth = 0): string {
  const d = corpus.documents.find((x) => x.id === docId);
  const m = d?.mentions.filter((x) => x.text === text)[nth];
  if (!m) throw new Error(`no mention "${text}" in ${docId}`);
  return m.entity;
}

describe('resolve: people', () => {
  it('merges a surname into the full name of the same document, with the reason', () => {
    const c = resolveCorpus([doc({ id: 'a', text: 'Helen Ward arrived. Ward spoke.', names: [['Helen Ward', 'PERSON'], ['Ward', 'PERSON']] })]);
    const id = entityOf(c, 'a', 'Ward');
    assert.equal(id, entityOf(c, 'a', 'Helen Ward'));
    assert.equal(id, 'person:helen-ward');
    const e = c.entities.get(id);
    assert.equal(e?.name, 'Helen Ward');
    assert.ok(e?.reasons.some((r) => r.alias === 'Ward' && r.target === 'Helen Ward' && r.rule === 'surname'));
  });

  it('links a bare surname in another document only on shared context, else suggests the full name', () => {
    const apart = resolveCorpus([
      doc({ id: 'a', text: 'Helen Ward arrived.', names: [['Helen Ward', 'PERSON']] }),
      doc({ id: 'b', text: 'Ward spoke later.', names: [['Ward', 'PERSON']] }),
    ]);
    const ward = entityOf(apart, 'b', 'Ward');
    assert.notEqual(ward, entityOf(apart, 'a', 'Helen Ward'));
    assert.deepEqual(apart.entities.get(ward)?.possiblySame?.map((p) => p.entity), [entityOf(apart, 'a', 'Helen Ward')]);
    const linked = resolveCorpus([
      doc({ id: 'a', text: 'Helen Ward arrived in Dunmarrow for the Tarsk Harbour Board.', names: [['Helen Ward', 'PERSON'], ['Dunmarrow', 'PLACE'], ['Tarsk Harbour Board', 'ORG']] }),
      doc({ id: 'b', text: 'In Dunmarrow, Ward spoke for the Tarsk Harbour Board.', names: [['Dunmarrow', 'PLACE'], ['Ward', 'PERSON'], ['Tarsk Harbour Board', 'ORG']] }),
    ]);
    assert.equal(entityOf(linked, 'b', 'Ward'), entityOf(linked, 'a', 'Helen Ward'));
  });

  it('keeps a bare surname apart when two people in the corpus share it, but uses the full name in its own document', () => {
    const c = resolveCorpus([
      doc({ id: 'a', text: 'Tom Smith won. Smith smiled.', names: [['Tom Smith', 'PERSON'], ['Smith', 'PERSON']] }),
      doc({ id: 'b', text: 'Ann Smith lost.', names: [['Ann Smith', 'PERSON']] }),
      doc({ id: 'c', text: 'Smith was not there.', names: [['Smith', 'PERSON']] }),
    ]);
    assert.equal(entityOf(c, 'a', 'Smith'), entityOf(c, 'a', 'Tom Smith'));
    assert.notEqual(entityOf(c, 'a', 'Tom Smith'), entityOf(c, 'b', 'Ann Smith'));
    assert.notEqual(entityOf(c, 'c', 'Smith'), entityOf(c, 'a', 'Tom Smith'));
    assert.notEqual(entityOf(c, 'c', 'Smith'), entityOf(c, 'b', 'Ann Smith'));
  });

  it('takes the nearest preceding full name when two in one document share a surname', () => {
    const text = 'Tom Smith and Ann Smith met. Later Ann Smith left and Smith waved.';
    const c = resolveCorpus([doc({ id: 'a', text, names: [['Tom Smith', 'PERSON'], ['Ann Smith', 'PERSON'], ['Ann Smith', 'PERSON'], ['Smith', 'PERSON']] })]);
    assert.equal(entityOf(c, 'a', 'Smith'), entityOf(c, 'a', 'Ann Smith'));
  });

  it('merges a given name used alone with the full name of its document, and surnames with particles', () => {
    const c = resolveCorpus([doc({
      id: 'a',
      text: 'Josh Rivera wrote this. Ask Josh. Omar al Rashid agreed; Rashid and al Rashid both did.',
      names: [['Josh Rivera', 'PERSON'], ['Josh', 'PERSON'], ['Omar al Rashid', 'PERSON'], ['Rashid', 'PERSON'], ['al Rashid', 'PERSON']],
    })]);
    assert.equal(entityOf(c, 'a', 'Josh'), entityOf(c, 'a', 'Josh Rivera'));
    assert.equal(entityOf(c, 'a', 'Rashid'), entityOf(c, 'a', 'Omar al Rashid'));
  });

  it('takes a lone word typed only by default for the person elsewhere named so, but not a possessive business', () => {
    const people = doc({ id: 'a', text: 'Director Abebe Kassa Tesfaye spoke. So did Ray McArdle.', names: [['Abebe Kassa Tesfaye', 'PERSON'], ['Ray McArdle', 'PERSON']] });
    const mentions = [
      { start: 0, end: 5, text: 'Abebe', type: 'ORG' as const, evidence: 'default:single' },
      { start: 10, end: 20, text: 'McArdle’s', type: 'ORG' as const, evidence: 'default:single' },
    ];
    const other = { id: 'b', text: 'Abebe ate at McArdle’s.', annotation: { mentions: [mentions[0], { ...mentions[1], start: 13, end: 22 }], quotes: [], definitions: [] } };
    const withEvidence = { ...people, annotation: { ...people.annotation, mentions: people.annotation.mentions.map((m) => ({ ...m, evidence: 'title:Director' })) } };
    const c = resolveCorpus([withEvidence, other]);
    const abebe = c.documents[1].mentions.find((m) => m.text === 'Abebe');
    // Typed a person; with no shared context it is only suggested as that person, not merged.
    assert.equal(abebe?.type, 'PERSON');
    assert.ok(c.entities.get(abebe?.entity ?? '')?.possiblySame?.some((p) => p.entity === entityOf(c, 'a', 'Abebe Kassa Tesfaye')));
    assert.notEqual(c.documents[1].mentions.find((m) => m.text === 'McArdle’s')?.entity, entityOf(c, 'a', 'Ray McArdle'));
  });

  it('does not merge a place with a person whose name contains it', () => {
    const c = resolveCorpus([doc({ id: 'a', text: 'Michael Jordan flew to Jordan.', names: [['Michael Jordan', 'PERSON'], ['Jordan', 'PLACE']] })]);
    assert.notEqual(entityOf(c, 'a', 'Jordan'), entityOf(c, 'a', 'Michael Jordan'));
  });

  it('merges a possessive with its name', () => {
    const c = resolveCorpus([doc({ id: 'a', text: 'Helen Ward came. Ward’s plan failed.', names: [['Helen Ward', 'PERSON'], ['Ward’s', 'PERSON']] })]);
    assert.equal(entityOf(c, 'a', 'Ward’s'), entityOf(c, 'a', 'Helen Ward'));
  });
});

describe('resolve: organizations and places', () => {
  it('merges an acronym with the expansion defined in another document when the contexts agree', () => {
    const c = resolveCorpus([
      doc({ id: 'a', text: 'The Coastal Fisheries Board (CFB) met in Brannock with Orla Nym.', names: [['Coastal Fisheries Board', 'ORG'], ['CFB', 'ORG'], ['Brannock', 'PLACE'], ['Orla Nym', 'PERSON']], definitions: [{ short: 'CFB', long: 'Coastal Fisheries Board' }] }),
      doc({ id: 'b', text: 'The CFB objected in Brannock, Orla Nym said.', names: [['CFB', 'ORG'], ['Brannock', 'PLACE'], ['Orla Nym', 'PERSON']] }),
      doc({ id: 'c', text: 'The CFB, a cycling club, raced.', names: [['CFB', 'ORG']] }),
    ]);
    const id = entityOf(c, 'a', 'Coastal Fisheries Board');
    assert.equal(entityOf(c, 'b', 'CFB'), id);
    assert.notEqual(entityOf(c, 'c', 'CFB'), id);
    assert.equal(c.entities.get(id)?.name, 'Coastal Fisheries Board');
    assert.ok(c.entities.get(id)?.reasons.some((r) => r.rule === 'acronym-definition'));
    assert.ok(c.entities.get(id)?.reasons.some((r) => r.rule === 'shared-context' && r.strength === 'weak'));
  });

  it('finds a parenthesised definition the annotation did not list', () => {
    const c = resolveCorpus([doc({ id: 'a', text: 'The Coastal Fisheries Board (CFB) met. The CFB voted.', names: [['Coastal Fisheries Board', 'ORG'], ['CFB', 'ORG']] })]);
    assert.equal(entityOf(c, 'a', 'CFB'), entityOf(c, 'a', 'Coastal Fisheries Board'));
  });

  it('reads "X – the initials of Y" as a definition', () => {
    const text = 'Members of the PMO – the Farsi language initials of the People’s Mojahedin – objected.';
    const c = resolveCorpus([doc({ id: 'a', text, names: [['PMO', 'ORG'], ['People’s Mojahedin', 'ORG']] })]);
    assert.equal(entityOf(c, 'a', 'PMO'), entityOf(c, 'a', 'People’s Mojahedin'));
  });

  it('merges dotted and undotted acronyms and their initials expansion', () => {
    const c = resolveCorpus([
      doc({ id: 'a', text: 'The United Nations said the U.N. would help Keldora and Ostrava Vell.', names: [['United Nations', 'ORG'], ['U.N.', 'ORG'], ['Keldora', 'PLACE'], ['Ostrava Vell', 'PLACE']] }),
      doc({ id: 'b', text: 'The UN agreed to help Keldora and Ostrava Vell.', names: [['UN', 'ORG'], ['Keldora', 'PLACE'], ['Ostrava Vell', 'PLACE']] }),
    ]);
    const id = entityOf(c, 'a', 'United Nations');
    assert.equal(entityOf(c, 'a', 'U.N.'), id);
    assert.equal(entityOf(c, 'b', 'UN'), id);
    assert.ok(c.entities.get(id)?.reasons.some((r) => r.rule === 'initials'));
    assert.ok(c.entities.get(id)?.reasons.some((r) => r.rule === 'shared-context'));
  });

  it('spells out a dotted part inside the initials ("U.N. High Commission for Refugees" is UNHCR)', () => {
    const c = resolveCorpus([doc({ id: 'a', text: 'The U.N. High Commission for Refugees, or UNHCR, said.', names: [['U.N. High Commission for Refugees', 'ORG'], ['UNHCR', 'ORG']] })]);
    assert.equal(entityOf(c, 'a', 'UNHCR'), entityOf(c, 'a', 'U.N. High Commission for Refugees'));
  });

  it('leaves an acronym alone when two long names in the corpus share its initials', () => {
    const c = resolveCorpus([
      doc({ id: 'a', text: 'Pacific Rail Company expanded.', names: [['Pacific Rail Company', 'ORG']] }),
      doc({ id: 'b', text: 'Public Radio Council spoke.', names: [['Public Radio Council', 'ORG']] }),
      doc({ id: 'c', text: 'The PRC said no.', names: [['PRC', 'ORG']] }),
    ]);
    assert.notEqual(entityOf(c, 'c', 'PRC'), entityOf(c, 'a', 'Pacific Rail Company'));
    assert.notEqual(entityOf(c, 'c', 'PRC'), entityOf(c, 'b', 'Public Radio Council'));
  });

  it('merges the distinctive part of a longer name of the same type ("Camp X" and "X")', () => {
    const c = resolveCorpus([
      doc({ id: 'a', text: 'Residents of Camp Hope stayed. Hope is far.', names: [['Camp Hope', 'PLACE'], ['Hope', 'PLACE']] }),
      doc({ id: 'b', text: 'The Brookhaven Institution wrote; Brookhaven agreed.', names: [['Brookhaven Institution', 'ORG'], ['Brookhaven', 'ORG']] }),
    ]);
    assert.equal(entityOf(c, 'a', 'Hope'), entityOf(c, 'a', 'Camp Hope'));
    assert.equal(entityOf(c, 'b', 'Brookhaven'), entityOf(c, 'b', 'Brookhaven Institution'));
  });

  it('merges British and American spellings and drops a place qualifier within a document', () => {
    const c = resolveCorpus([
      doc({ id: 'a', text: 'Boats moor in Port Vale Harbour.', names: [['Port Vale Harbour', 'PLACE']] }),
      doc({ id: 'b', text: 'Port Vale Harbor is calm. Leeds Inner Ring Road and Leeds; the Inner Ring Road is busy.', names: [['Port Vale Harbor', 'PLACE'], ['Leeds Inner Ring Road', 'PLACE'], ['Leeds', 'PLACE'], ['Inner Ring Road', 'PLACE']] }),
    ]);
    assert.equal(entityOf(c, 'b', 'Port Vale Harbor'), entityOf(c, 'a', 'Port Vale Harbour'));
    assert.equal(entityOf(c, 'b', 'Inner Ring Road'), entityOf(c, 'b', 'Leeds Inner Ring Road'));
  });

  it('does not shorten a province or a city name to the place it is named after', () => {
    const c = resolveCorpus([doc({ id: 'a', text: 'Kerman Province surrounds Kerman.', names: [['Kerman Province', 'PLACE'], ['Kerman', 'PLACE']] })]);
    assert.notEqual(entityOf(c, 'a', 'Kerman'), entityOf(c, 'a', 'Kerman Province'));
  });

  it('merges an office named either way round ("Ministry of X" and "X Ministry")', () => {
    const c = resolveCorpus([
      doc({ id: 'a', text: 'The Ministry of Health in Varnholt told Pell Orrin so.', names: [['Ministry of Health', 'ORG'], ['Varnholt', 'PLACE'], ['Pell Orrin', 'PERSON']] }),
      doc({ id: 'b', text: 'The Health Ministry in Varnholt denied it to Pell Orrin.', names: [['Health Ministry', 'ORG'], ['Varnholt', 'PLACE'], ['Pell Orrin', 'PERSON']] }),
    ]);
    assert.equal(entityOf(c, 'b', 'Health Ministry'), entityOf(c, 'a', 'Ministry of Health'));
  });

  it('knows the other names of a country', () => {
    const c = resolveCorpus([
      doc({ id: 'a', text: 'Britain and the U.K. are one.', names: [['Britain', 'PLACE'], ['U.K.', 'PLACE']] }),
      doc({ id: 'b', text: 'The United Kingdom agreed; America did not.', names: [['United Kingdom', 'PLACE'], ['America', 'PLACE']] }),
    ]);
    const id = entityOf(c, 'b', 'United Kingdom');
    assert.equal(entityOf(c, 'a', 'Britain'), id);
    assert.equal(entityOf(c, 'a', 'U.K.'), id);
    assert.notEqual(entityOf(c, 'b', 'America'), id);
  });

  it('merges names that differ only in case and accents', () => {
    const c = resolveCorpus([
      doc({ id: 'a', text: 'They went to Bogotá.', names: [['Bogotá', 'PLACE']] }),
      doc({ id: 'b', text: 'FLIGHTS TO BOGOTA', names: [['BOGOTA', 'PLACE']] }),
    ]);
    assert.equal(entityOf(c, 'a', 'Bogotá'), entityOf(c, 'b', 'BOGOTA'));
  });
});

describe('resolve: output', () => {
  const input = () => [
    doc({ id: 'b', text: 'Helen Ward, the mayor, spoke. "No," Ward said.', names: [['Helen Ward', 'PERSON'], ['Ward', 'PERSON']], descriptors: { 'Helen Ward': ['mayor'] }, quotes: [{ start: 31, end: 36, text: '"No,"', kind: 'full', speakerMention: 1, speakerText: 'Ward' }] }),
    doc({ id: 'a', text: 'Ward visited Lima. Helen Ward, an engineer, left.', names: [['Lima', 'PLACE'], ['Ward', 'PERSON'], ['Helen Ward', 'PERSON']], descriptors: { 'Helen Ward': ['engineer'] } }),
  ];

  it('sorts documents by id and mentions by offset, and renumbers speaker mentions', () => {
    const c = resolveCorpus(input());
    assert.deepEqual(c.documents.map((d) => d.id), ['a', 'b']);
    for (const d of c.documents) for (let i = 1; i < d.mentions.length; i++) assert.ok(d.mentions[i - 1].start <= d.mentions[i].start);
    const b = c.documents[1];
    const q = b.quotes[0];
    assert.equal(q.speaker, 'person:helen-ward');
    assert.equal(b.mentions[q.speakerMention as number].text, 'Ward');
  });

  it('gives the same ids whatever the input order, derived from name and type', () => {
    const one = resolveCorpus(input());
    const two = resolveCorpus([...input()].reverse());
    assert.deepEqual([...one.entities.keys()].sort(), [...two.entities.keys()].sort());
    assert.ok(one.entities.has('person:helen-ward'));
    assert.ok(one.entities.has('place:lima'));
  });

  it('collects the descriptors of every mention of an entity', () => {
    const e = resolveCorpus(input()).entities.get('person:helen-ward');
    assert.deepEqual([...(e?.descriptors ?? [])].sort(), ['engineer', 'mayor']);
    assert.deepEqual(e?.aliases, ['Helen Ward', 'Ward']);
  });

  it('survives empty and malformed annotations', () => {
    const broken = { mentions: [{ start: 5, end: 2, text: 'x', type: 'ORG' as const }], quotes: [{ start: 0, end: 3, text: 'abc', kind: 'full' as const, speakerMention: 7, speakerText: null }], definitions: [] };
    const c = resolveCorpus([{ id: 'x', text: '', annotation: { mentions: [], quotes: [], definitions: [] } }, { id: 'y', text: 'abc', annotation: broken }]);
    assert.equal(c.documents.length, 2);
    assert.equal(c.documents[1].quotes[0].speaker, null);
    const garbage = { mentions: [null, { start: 0, end: 3, text: 7 }, { start: 0, end: 3, text: 'abc' }], quotes: [], definitions: [{ short: 1 }, null] } as unknown as DocumentAnnotation;
    assert.doesNotThrow(() => resolveCorpus([{ id: 'z', text: 'abc (A)', annotation: garbage }]));
  });
});
