// The graph index kept up to date document by document (and relabelled when resolution renames or
// merges entities) must answer exactly as an index built from scratch over the same corpus.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import fc from 'fast-check';
import { createGraphIndex, localCooccurrence, runToEnd, segmentText, type GraphIndex, type GraphQuery } from '../../src/core/graph';
import type { Entity, EntityType, ResolvedDocument, ResolvedMention } from '../../src/core/types';
import { indexOpArb } from './indexOpsKit';

/** Invented names; each surface is one mention, and a resolution maps surfaces to entity ids. */
const SURFACES: readonly { text: string; type: EntityType }[] = [
  { text: 'Vessa Korin', type: 'PERSON' }, { text: 'Tamsin Orrel', type: 'PERSON' }, { text: 'Bricklow Fund', type: 'ORG' },
  { text: 'Quennel', type: 'PERSON' }, { text: 'Adro Pike', type: 'PERSON' }, { text: 'Lusk Harbour', type: 'PLACE' },
  { text: 'Merrow Guild', type: 'ORG' }, { text: 'Ilse Tarn', type: 'PERSON' },
];

/** A document as paragraphs of sentences of surface indexes. */
type Spec = readonly (readonly (readonly number[])[])[];
/** Entity number of each surface. */
type Resolution = readonly number[];

const specArb: fc.Arbitrary<Spec> = fc.array(fc.array(fc.array(fc.nat(SURFACES.length - 1), { maxLength: 4 }), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 });
const resolutionArb: fc.Arbitrary<Resolution> = fc.array(fc.nat(5), { minLength: SURFACES.length, maxLength: SURFACES.length });

const opArb = indexOpArb(specArb, resolutionArb);

const entityId = (n: number) => `ent:${n}`;

function textOf(spec: Spec): { text: string; spans: { start: number; end: number; surface: number }[] } {
  let text = '';
  const spans: { start: number; end: number; surface: number }[] = [];
  spec.forEach((paragraph, p) => {
    if (p > 0) text += '\n\n';
    paragraph.forEach((sentence, s) => {
      if (s > 0) text += ' ';
      if (sentence.length === 0) text += 'It rained.';
      sentence.forEach((surface, k) => {
        text += k === 0 ? '' : ' and ';
        spans.push({ start: text.length, end: text.length + SURFACES[surface].text.length, surface });
        text += SURFACES[surface].text;
      });
      if (sentence.length > 0) text += ' spoke.';
    });
  });
  return { text, spans };
}

function resolvedDocument(id: string, spec: Spec, resolution: Resolution): ResolvedDocument {
  const { text, spans } = textOf(spec);
  const mentions: ResolvedMention[] = spans.map((s) => ({ start: s.start, end: s.end, text: SURFACES[s.surface].text, type: SURFACES[s.surface].type, entity: entityId(resolution[s.surface]) }));
  return { id, text, mentions, quotes: [] };
}

function entitiesOf(resolution: Resolution): Map<string, Entity> {
  const out = new Map<string, Entity>();
  resolution.forEach((n, surface) => {
    if (!out.has(entityId(n))) out.set(entityId(n), { id: entityId(n), type: SURFACES[surface].type, name: SURFACES[surface].text, aliases: [], descriptors: [], reasons: [] });
  });
  return out;
}

const QUERIES: readonly GraphQuery[] = [
  {}, { limit: 2 }, { types: ['PERSON'] }, { minWeight: 2 }, { focus: entityId(0) }, { focus: entityId(3), limit: 2, types: ['PERSON', 'ORG'] },
  { documents: (id) => id.endsWith('1') || id.endsWith('4') },
];

/** Everything the index answers: the queries, every neighbourhood and every pair's evidence. */
function answers(index: GraphIndex): unknown {
  const ids = Array.from({ length: 6 }, (_, n) => entityId(n));
  return {
    queries: QUERIES.map((q) => index.query(q)),
    neighbourhoods: ids.map((id) => index.neighbourhood(id, { limit: 3 })),
    evidence: ids.flatMap((a) => ids.map((b) => [index.evidence(a, b), index.evidence(a, b, 2), index.evidence(a, b, 3, (id) => id !== 'doc-2')])),
  };
}

describe('graph index: incremental equals from scratch', () => {
  it('after any sequence of document changes, removals, re-resolutions and partial syncs (property)', () => {
    fc.assert(fc.property(resolutionArb, fc.array(opArb, { maxLength: 14 }), (first, ops) => {
      const specs = new Map<string, Spec>();
      let resolution = first;
      const index = createGraphIndex();
      const corpus = () => [...specs].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, spec]) => resolvedDocument(id, spec, resolution));
      let documents = corpus();
      for (const op of ops) {
        if (op.kind === 'set') specs.set(`doc-${op.doc}`, op.spec);
        else if (op.kind === 'remove') specs.delete(`doc-${op.doc}`);
        else if (op.kind === 'resolve') resolution = op.resolution;
        if (op.kind === 'sync') index.sync(documents, entitiesOf(resolution), op.max);
        else {
          // Unchanged documents keep their objects, as the corpus index does.
          const next = corpus();
          documents = next.map((d) => documents.find((o) => o.id === d.id && o.text === d.text && o.mentions.every((m, i) => m.entity === d.mentions[i].entity)) ?? d);
        }
      }
      while (index.sync(documents, entitiesOf(resolution), 1) > 0);
      const fresh = createGraphIndex();
      fresh.sync(documents, entitiesOf(resolution));
      assert.equal(index.size, documents.length);
      assert.deepEqual(index.stats(), fresh.stats());
      assert.deepEqual(answers(index), answers(fresh));
    }), { numRuns: 150 });
  });

  it('follows a document whose entities resolution renamed, then merged inside it (same text, same mentions)', () => {
    const spec: Spec = [[[0, 1], [2]], [[0, 2]]];
    const before = resolvedDocument('doc-1', spec, [0, 1, 2, 3, 4, 5, 0, 1]);
    const renamed = resolvedDocument('doc-1', spec, [5, 1, 2, 3, 4, 0, 0, 1]);
    const merged = resolvedDocument('doc-1', spec, [1, 1, 2, 3, 4, 5, 0, 1]);
    const index = createGraphIndex();
    index.sync([before], entitiesOf([0, 1, 2, 3, 4, 5, 0, 1]));
    index.sync([renamed], entitiesOf([5, 1, 2, 3, 4, 0, 0, 1]));
    assert.deepEqual(index.query().edges.map((e) => e.id).sort(), ['ent:1|ent:2', 'ent:1|ent:5', 'ent:2|ent:5']);
    assert.equal(index.evidence(entityId(5), entityId(2)).length, 2, 'one sentence, one paragraph');
    index.sync([merged], entitiesOf([1, 1, 2, 3, 4, 5, 0, 1]));
    assert.deepEqual(index.query().edges.map((e) => [e.id, e.sentences, e.paragraphs]), [['ent:1|ent:2', 1, 1]], 'no self-loop; the merged entity counted once per passage');
    assert.equal(index.query().nodes.find((n) => n.id === entityId(1))?.mentions, 3);
  });
});

describe('graph index: evidence from stored offsets', () => {
  it('every evidence passage holds both entities, with spans that are their mentions (property)', () => {
    fc.assert(fc.property(fc.array(specArb, { minLength: 1, maxLength: 4 }), resolutionArb, (specs, resolution) => {
      const docs = specs.map((spec, i) => resolvedDocument(`doc-${i}`, spec, resolution));
      const index = createGraphIndex();
      index.sync(docs, entitiesOf(resolution));
      for (const edge of index.query({ limit: 50 }).edges) {
        const evidence = index.evidence(edge.target, edge.source, 100);
        assert.equal(evidence.length, edge.weight);
        assert.equal(evidence.filter((e) => e.scope === 'sentence').length, edge.sentences);
        assert.deepEqual(evidence.map((e) => e.scope), [...evidence.map((e) => e.scope)].sort().reverse(), 'sentences before paragraphs');
        for (const ev of evidence) {
          const doc = docs.find((d) => d.id === ev.documentId) as ResolvedDocument;
          assert.equal(ev.text, doc.text.slice(ev.start, ev.end));
          for (const [span, entity] of [[ev.a, edge.source], [ev.b, edge.target]] as const) {
            assert.ok(span.start >= ev.start && span.end <= ev.end, 'mention inside the passage');
            assert.ok(doc.mentions.some((m) => m.start === span.start && m.end === span.end && m.entity === entity), `a mention of ${entity}`);
          }
          const segments = segmentText(doc.text);
          const passages = ev.scope === 'sentence' ? segments.sentences : segments.paragraphs;
          assert.ok(passages.some((p) => p.start === ev.start && p.end === ev.end), 'a whole sentence or paragraph');
        }
      }
    }), { numRuns: 100 });
  });

  it('stores pairs sorted with evidence grouped per pair in document order', () => {
    const doc = resolvedDocument('doc-0', [[[0, 1], [1, 0, 2]], [[0], [1]]], [0, 1, 2, 3, 4, 5, 6, 7]);
    const local = localCooccurrence(doc, segmentText(doc.text));
    const pairs = Array.from(local.pairA, (a, p) => [a, local.pairB[p]]);
    assert.deepEqual(pairs, [[0, 1], [0, 2], [1, 2]]);
    assert.deepEqual(Array.from(local.pairSentences), [2, 1, 1]);
    assert.deepEqual(Array.from(local.pairParagraphs), [1, 0, 0]);
    const starts = Array.from(local.evidenceStart.subarray(local.evidenceFrom[0], local.evidenceFrom[1]));
    assert.deepEqual(starts, [...starts].sort((x, y) => x - y));
  });
});

describe('graph index: sliced work', () => {
  it('a sliced query gives the query, and syncFor applies at least one document per call', async () => {
    const docs = Array.from({ length: 30 }, (_, i) => resolvedDocument(`doc-${String(i).padStart(2, '0')}`, [[[i % 8, (i + 1) % 8]]], [0, 1, 2, 3, 4, 5, 0, 1]));
    const entities = entitiesOf([0, 1, 2, 3, 4, 5, 0, 1]);
    const index = createGraphIndex();
    let left = docs.length;
    for (let calls = 0; left > 0; calls++) {
      const next = index.syncFor(docs, entities, 0);
      assert.equal(next, left - 1, 'one document per call with no time budget');
      left = next;
    }
    const filtered: GraphQuery = { documents: (id) => id < 'doc-20', types: ['PERSON'] };
    let pieces = 0;
    const work = index.querySliced(filtered);
    for (let step = work.next(); !step.done; step = work.next()) pieces++;
    assert.ok(pieces > 0, 'the filtered query yields between pieces');
    assert.deepEqual(runToEnd(index.querySliced(filtered)), index.query(filtered));
    assert.deepEqual(await index.queryAsync(filtered, { sliceMs: 0, pause: () => Promise.resolve() }), index.query(filtered));
    const other = createGraphIndex();
    let calls = 0;
    await other.syncInSlices(() => ({ documents: docs, entities }), { sliceMs: 0, pause: () => Promise.resolve(void calls++) });
    assert.equal(calls, docs.length - 1, 'a pause after every document when the slice budget is zero');
    assert.deepEqual(other.query(), index.query());
  });
});

describe('graph core: loads no language model', () => {
  it('importing the graph and ledger modules does not load wink-nlp or its model', () => {
    const probe = `
      import { createRequire } from 'node:module';
      await import(${JSON.stringify(path.resolve('src/core/graph/index.ts'))});
      await import(${JSON.stringify(path.resolve('src/core/ledger/index.ts'))});
      const loaded = Object.keys(createRequire(import.meta.url).cache);
      console.log(JSON.stringify({ wink: loaded.filter((k) => k.includes('wink')).length, any: loaded.length }));`;
    const out = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', probe], { encoding: 'utf8' })) as { wink: number; any: number };
    assert.ok(out.any > 0, 'the probe sees CommonJS modules (csv-stringify, diff)');
    assert.equal(out.wink, 0);
  });
});
