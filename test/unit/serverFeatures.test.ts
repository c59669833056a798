// The standard features' answers (src/server/features.ts) against an oracle built the plain way: every
// mention of the entity from the resolved snapshot, positions from the editor's line index, the hover
// card from the pure builder given every mention. The providers keep line tables, pinned references and
// recent results; these tests hold them to the same answers, across line-break kinds and astral
// characters, on repeated requests and after the index changes.
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createCorpusIndex, type CuratedCorpusIndex } from '../../src/core/corpus';
import type { EntityType } from '../../src/core/types';
import { mentionHover } from '../../src/editor/hoverContent';
import { hoverLinks } from '../../src/editor/hoverLinks';
import { createLineIndex } from '../../src/editor/lineIndex';
import { createFeatures, type Features } from '../../src/server/features';
import { createLineTables } from '../../src/server/lineTables';
import { annotation, testResolver } from './corpusTestKit';

const PERSON: readonly [string, EntityType] = ['Ottilie Brannagh', 'PERSON'];
const ORG: readonly [string, EntityType] = ['Kestrel Ferry Guild', 'ORG'];
const BREAKS = ['\n', '\r\n', '\r'];

/** Fourteen documents naming the person (more than the hover card lists), with every kind of line break and emoji. */
function documentText(i: number): string {
  const br = BREAKS[i % BREAKS.length];
  const lines = [`Dispatch ${i} 🚢🚢`, `${'x'.repeat(i)} Ottilie Brannagh spoke for the Kestrel Ferry Guild.`, '', `Later 😀 Ottilie Brannagh left.${i % 4 === 0 ? ' Ottilie Brannagh returned.' : ''}`];
  return lines.join(br) + br;
}
const ids = Array.from({ length: 14 }, (_, i) => `file:///w/doc${String(i).padStart(2, '0')}.txt`);

function build(texts: readonly string[]): CuratedCorpusIndex {
  const index = createCorpusIndex({ resolve: testResolver() });
  texts.forEach((text, i) => index.set(ids[i], text, annotation(text, [PERSON, ORG])));
  return index;
}

describe('language server features: answers unchanged by their caches', () => {
  const texts = ids.map((_, i) => documentText(i));
  let index: CuratedCorpusIndex;
  let features: Features;
  const open = TextDocument.create(ids[0], 'plaintext', 1, texts[0]);

  /** Where `needle` is in document i, as an LSP position (the editor's line index). */
  const positionOf = (i: number, needle: string, nth = 0) => {
    let at = -1;
    for (let k = 0; k <= nth; k++) at = texts[i].indexOf(needle, at + 1);
    return createLineIndex(texts[i]).positionAt(at + 1);
  };
  /** Every mention of the entity, in reading order, as locations computed the plain way. */
  const oracle = (entity: string) => {
    const snapshot = index.snapshot();
    return snapshot.documents.flatMap((d) => {
      const lines = createLineIndex(d.text);
      return d.mentions.filter((m) => m.entity === entity).map((m) => ({ uri: d.id, range: { start: lines.positionAt(m.start), end: lines.positionAt(m.end) } }));
    });
  };

  beforeEach(() => {
    index = build(texts);
    features = createFeatures({ index, openDocument: (uri) => (uri === ids[0] ? open : undefined), covers: () => true });
  });

  it('kept line tables answer as a fresh editor line index, and follow a document\'s new text', () => {
    const tables = createLineTables();
    for (const text of [...texts, '', '\r', '\n\r\n\r', 'a\r\r\nb', '😀\r\n😀']) {
      const lines = createLineIndex(text);
      for (let o = 0; o <= text.length; o++) {
        const p = tables.position('doc', text, o);
        assert.deepEqual(p, lines.positionAt(o), JSON.stringify({ text, o }));
        assert.equal(tables.offset('doc', text, p), o);
      }
    }
  });

  it('references list every mention of the entity, with or without its definition, in the open and closed documents', () => {
    for (const i of [0, 5, 13]) {
      const position = positionOf(i, 'Brannagh', 1);
      const all = features.references(ids[i], position, true);
      const entity = index.mentionAt(ids[i], texts[i].indexOf('Ottilie'))?.entity as string;
      assert.deepEqual(all, oracle(entity));
      assert.ok((all?.length ?? 0) > 28);
      const definition = index.summary(entity)?.definition;
      assert.ok(definition);
      const without = features.references(ids[i], position, false);
      assert.deepEqual(without, oracle(entity).filter((l) => !(l.uri === definition.documentId && l.range.start.line === createLineIndex(index.document(l.uri)!.text).positionAt(definition.mention.start).line && l.range.start.character === createLineIndex(index.document(l.uri)!.text).positionAt(definition.mention.start).character)));
      assert.equal(without?.length, (all?.length ?? 0) - 1);
      // Asked again: the same answer.
      assert.deepEqual(features.references(ids[i], position, true), all);
    }
  });

  it('the hover card is the one built from every mention of the entity, and its range is the name', () => {
    for (const i of [0, 7, 12]) {
      const position = positionOf(i, 'Ottilie', 1);
      const hover = features.hover(ids[i], position);
      const offset = i === 0 ? open.offsetAt(position) : createLineIndex(texts[i]).offsetAt(position);
      const mention = index.mentionAt(ids[i], offset);
      assert.ok(mention && hover);
      const summary = index.summary(mention.entity);
      assert.ok(summary && summary.documentCount === 14, 'the card lists fewer documents than the entity has');
      const expected = mentionHover({ mention, summary, mentions: index.mentionsOf(mention.entity), documentId: ids[i] }, hoverLinks);
      assert.equal((hover.contents as { value: string }).value, expected);
      const lines = createLineIndex(texts[i]);
      assert.deepEqual(hover.range, { start: lines.positionAt(mention.start), end: lines.positionAt(mention.end) });
      assert.deepEqual(features.hover(ids[i], position), hover, 'again, the same card');
    }
    assert.equal(features.hover(ids[3], positionOf(3, 'Dispatch')), null, 'no card off a name');
  });

  it('after a document changes, the answers follow it', () => {
    const position = positionOf(2, 'Ottilie', 0);
    const before = features.references(ids[2], position, true);
    const hoverBefore = features.hover(ids[2], position);
    const changed = `${texts[2]}A coda: Ottilie Brannagh, again.\n`;
    index.set(ids[2], changed, annotation(changed, [PERSON, ORG]));
    const after = features.references(ids[2], position, true);
    const entity = index.mentionAt(ids[2], changed.indexOf('Ottilie'))?.entity as string;
    assert.deepEqual(after, oracle(entity));
    assert.equal(after?.length, (before?.length ?? 0) + 1);
    const hoverAfter = features.hover(ids[2], position);
    assert.notDeepEqual(hoverAfter, hoverBefore);
    assert.match((hoverAfter?.contents as { value: string }).value, new RegExp(`${(before?.length ?? 0) + 1} mentions`));
  });

  it('definition, highlights and offsets of closed documents match the plain computation', () => {
    const i = 9;
    const position = positionOf(i, 'Kestrel');
    const entity = index.mentionAt(ids[i], texts[i].indexOf('Kestrel'))?.entity as string;
    const summary = index.summary(entity);
    assert.ok(summary);
    const defText = index.document(summary.definition.documentId)!.text;
    const defLines = createLineIndex(defText);
    assert.deepEqual(features.definition(ids[i], position), [{ uri: summary.definition.documentId, range: { start: defLines.positionAt(summary.definition.mention.start), end: defLines.positionAt(summary.definition.mention.end) } }]);
    const lines = createLineIndex(texts[i]);
    const expected = index.document(ids[i])!.mentions.filter((m) => m.entity === entity).map((m) => ({ range: { start: lines.positionAt(m.start), end: lines.positionAt(m.end) }, kind: 1 }));
    assert.deepEqual(features.highlights(ids[i], position), expected);
    for (const p of [{ line: 0, character: 0 }, { line: 1, character: 5 }, { line: 3, character: 99 }, { line: 40, character: 0 }, { line: -1, character: 3 }]) {
      assert.equal(features.offsetOf(ids[i], p), lines.offsetAt(p), JSON.stringify(p));
    }
  });

  it('the summary\'s definition is the very reference the entity\'s list and pages hand out', () => {
    const entity = index.mentionAt(ids[4], texts[4].indexOf('Ottilie'))?.entity as string;
    const summary = index.summary(entity);
    assert.ok(summary);
    const at = index.mentionsOf(entity).indexOf(summary.definition);
    assert.ok(at >= 0, 'same object in the whole list');
    assert.equal(index.mentionsOfPage(entity, at, 1)[0], summary.definition);
  });
});
