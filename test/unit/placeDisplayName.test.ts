// Places written in whole capitals (a dateline's "TOWN —") are shown by their ordinary spelling: the
// document's own mixed-case form, else the gazetteer's, else title case. Spans, text and types never
// change. Names are invented or ordinary world places.
import * as assert from 'node:assert/strict';
import { createAnnotator } from '../../src/core/annotate';
import { placeDisplayName, withPlaceDisplayNames } from '../../src/core/mentions/displayName';
import { resolveCorpus } from '../../src/core/resolve';
import type { DetectedMention } from '../../src/core/types';

describe('display names: places written in capitals', () => {
  const annotator = createAnnotator();
  const entityName = (text: string, mentionText: string) => {
    const annotation = annotator.annotate(text);
    const corpus = resolveCorpus([{ id: 'd', text, annotation }]);
    const m = corpus.documents[0].mentions.find((x) => x.text === mentionText);
    assert.ok(m, `expected a mention ${JSON.stringify(mentionText)} in ${JSON.stringify(annotation.mentions.map((x) => x.text))}`);
    return { mention: annotation.mentions.find((x) => x.text === mentionText), entity: corpus.entities.get(m.entity)?.name };
  };

  it('a dateline in capitals names the place in its ordinary spelling', () => {
    for (const [text, caps, shown] of [
      ['LAGOS — Flooding closed roads on Monday, officials said.', 'LAGOS', 'Lagos'],
      ['PORT MORESBY, Papua New Guinea — The vote was delayed, the electoral office said.', 'PORT MORESBY', 'Port Moresby'],
      ['DAR ES SALAAM, Tanzania (Reuters) - Fuel prices rose, the regulator said.', 'DAR ES SALAAM', 'Dar es Salaam'],
    ]) {
      const { mention, entity } = entityName(text, caps);
      assert.equal(mention?.type, 'PLACE', text);
      assert.equal(mention?.text, caps, 'the span keeps the document text');
      assert.equal(entity, shown, text);
    }
  });

  it('the document spelling wins, and abbreviations in capitals stay as written', () => {
    const spelled = new Map([['QUENDBY ON SEA', 'Quendby-on-Sea'.replace(/-/g, ' ')]]);
    assert.equal(placeDisplayName('QUENDBY ON SEA', () => false, spelled), 'Quendby on Sea');
    assert.equal(placeDisplayName('ISLE OF TOLMASIN', () => false, new Map()), 'Isle of Tolmasin');
    assert.equal(placeDisplayName('TOLMASIN', () => false, new Map()), 'Tolmasin');
    assert.equal(placeDisplayName('UAE', () => true, new Map()), undefined);
    assert.equal(placeDisplayName('Tolmasin', () => true, new Map()), undefined);
  });

  it('names only whole-caps places and keeps spans, text, types and order', () => {
    const input: DetectedMention[] = [
      { start: 0, end: 8, text: 'TOLMASIN', type: 'PLACE' },
      { start: 10, end: 18, text: 'CORRIGAN', type: 'ORG' },
      { start: 20, end: 28, text: 'Tolmasin', type: 'PLACE' },
      { start: 30, end: 38, text: 'HALVORSK', type: 'PERSON' },
    ];
    const out = withPlaceDisplayNames(input, () => false);
    assert.deepEqual(out.map((m) => [m.start, m.end, m.text, m.type]), input.map((m) => [m.start, m.end, m.text, m.type]));
    assert.deepEqual(out.map((m) => m.name), ['Tolmasin', undefined, undefined, undefined]);
  });

  it('a dateline and the body text name one place entity', () => {
    const text = 'KIGALI — Buses to Kigali resumed on Monday, the transport office said.';
    const annotation = annotator.annotate(text);
    const corpus = resolveCorpus([{ id: 'd', text, annotation }]);
    const ids = corpus.documents[0].mentions.filter((m) => /^kigali$/i.test(m.text)).map((m) => m.entity);
    assert.equal(ids.length, 2, JSON.stringify(annotation.mentions.map((m) => m.text)));
    assert.equal(ids[0], ids[1]);
    assert.equal(corpus.entities.get(ids[0])?.name, 'Kigali');
  });
});
