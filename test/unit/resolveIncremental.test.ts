// The incremental resolver must give exactly what a full resolution of the same documents gives, after
// any sequence of changes: same entities (ids, names, aliases, reasons, in the same order) and the same
// entity and speaker for every mention and quote.
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { createIncrementalResolver, resolveCorpus, type CorpusInput } from '../../src/core/resolve';
import type { DetectedMention, DetectedQuote, EntityType, ResolvedCorpus } from '../../src/core/types';

/** Deterministic pseudo-random numbers, so a failure replays. */
function random(seed: number): (n: number) => number {
  let s = seed;
  return (n: number) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return Math.floor((s / 2147483648) * n);
  };
}

/** Seed gold documents with their gold mentions as the annotation. */
function seedDocs(): CorpusInput[] {
  const dir = path.resolve(__dirname, '../fixtures/gold');
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => {
    const gold = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { id: string; text: string; mentions: DetectedMention[] };
    const mentions = gold.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, type: m.type }));
    return { id: gold.id, text: gold.text, annotation: { mentions, quotes: [], definitions: [] } };
  });
}

// Names chosen so every rule runs: shared surnames, given names alone, acronyms with and without
// definitions, short forms, offices named both ways, countries' other names, a name typed both as a
// person and an organization, a possessive, and surnames the detector typed only by default.
const NAMES: readonly (readonly [string, EntityType, string?])[] = [
  ['Ann Smith', 'PERSON', 'title:Dr'], ['Tom Smith', 'PERSON'], ['Smith', 'PERSON'], ['Smith', 'ORG', 'default'],
  ['Ann', 'PERSON'], ['Bo Diallo', 'PERSON', 'verb'], ['Diallo', 'PERSON'], ['Diallo', 'ORG', 'default'], ["Diallo's", 'PERSON'],
  ['Maria de Souza', 'PERSON'], ['de Souza', 'PERSON'], ['Souza', 'PERSON'], ['JANE ROE', 'ORG'], ['Jane Roe', 'PERSON', 'title:Ms'],
  ['Roe', 'PERSON'], ['Jane Q. Roe', 'PERSON'], ['United Nations Relief Agency', 'ORG'], ['UNRA', 'ORG'], ['U.N.R.A.', 'ORG'],
  ['Northern Relief Alliance', 'ORG'], ['NRA', 'ORG'], ['Acme Corporation', 'ORG'], ['Acme', 'ORG'], ['Acme', 'PLACE'],
  ['Camp Harlow', 'PLACE'], ['Harlow', 'PLACE'], ['Ministry of Health', 'ORG'], ['Health Ministry', 'ORG'], ['Britain', 'PLACE'],
  ['United Kingdom', 'PLACE'], ['U.K.', 'PLACE'], ['Lyon', 'PLACE'], ['City of Lyon', 'PLACE'], ['Senate of Ruritania', 'ORG'],
  ['Senate', 'ORG'], ['Ruritania', 'PLACE'], ['The Ruritania Times', 'ORG'], ['Centre Party', 'ORG'], ['Center Party', 'ORG'],
];

function syntheticDoc(id: string, rand: (n: number) => number): CorpusInput {
  let text = '';
  const mentions: DetectedMention[] = [];
  const quotes: DetectedQuote[] = [];
  const definitions: { short: string; long: string }[] = [];
  const count = 1 + rand(14);
  for (let i = 0; i < count; i++) {
    const [name, type, evidence] = NAMES[rand(NAMES.length)];
    text += rand(3) === 0 ? 'Meanwhile, ' : 'It was said that ';
    const start = text.length;
    mentions.push({ start, end: start + name.length, text: name, type, ...(evidence ? { evidence } : {}), ...(rand(5) === 0 ? { descriptors: ['official'] } : {}) });
    text += name;
    if (type !== 'PERSON' && name.includes(' ') && rand(3) === 0) {
      // An acronym spelled out in the text, found by the definitions stage.
      const short = name.split(' ').map((w) => w[0]).join('').toUpperCase();
      text += ` (${short})`;
      if (rand(2) === 0) definitions.push({ short, long: name });
    }
    if (rand(4) === 0) {
      const q = `"We will see," ${name} said.`;
      const qStart = text.length + 1;
      quotes.push({ start: qStart, end: qStart + 14, text: '"We will see,"', kind: 'full', speakerMention: mentions.length - 1, speakerText: name });
      text += ` ${q}`;
    }
    text += '.\n';
  }
  // Sometimes the detector hands over mentions out of order.
  if (rand(6) === 0) mentions.reverse();
  return { id, text, annotation: { mentions, quotes, definitions } };
}

/**
 * An edit that keeps most of the document: drop or add a mention, shift every offset, type words in
 * the middle (later offsets move), or move a mention's offsets past the others.
 */
function edit(doc: CorpusInput, rand: (n: number) => number): CorpusInput {
  const { mentions, quotes, definitions } = doc.annotation;
  const kind = rand(10);
  if (kind === 9) {
    // The annotator states a definition, or no longer does.
    // (A definition no other document states, so that it decides how the short name is linked.)
    const stated = definitions.length > 0 ? [] : [rand(2) === 0 ? { short: 'Acme', long: 'Acme Corporation' } : { short: 'Harlow', long: 'Camp Harlow' }];
    return { ...doc, annotation: { mentions, quotes, definitions: stated } };
  }
  if (kind >= 5 && mentions.length > 0) {
    // The detector reads one name differently: another name, type, evidence or descriptors.
    const k = rand(mentions.length);
    const m = mentions[k];
    const [name, type, evidence] = NAMES[rand(NAMES.length)];
    const changed: DetectedMention =
      kind === 5 ? { start: m.start, end: m.start + name.length, text: name, type, ...(evidence ? { evidence } : {}) }
        : kind === 6 ? { ...m, evidence: m.evidence === 'default' ? 'title:Mr' : 'default' }
          : kind === 7 ? { ...m, descriptors: m.descriptors ? undefined : ['spokesman'] }
            : { ...m, type: m.type === 'PERSON' ? 'ORG' : m.type === 'ORG' ? 'PLACE' : 'PERSON' };
    return { ...doc, annotation: { mentions: mentions.map((x, i) => (i === k ? changed : x)), quotes, definitions } };
  }
  if (kind === 3) {
    const at = rand(doc.text.length + 1);
    const words = rand(2) === 0 ? 'and then, ' : 'so ';
    const move = <T extends { start: number; end: number }>(s: T): T => (s.start >= at ? { ...s, start: s.start + words.length, end: s.end + words.length } : s);
    return { ...doc, text: doc.text.slice(0, at) + words + doc.text.slice(at), annotation: { mentions: mentions.map(move), quotes: quotes.map(move), definitions } };
  }
  if (kind === 4 && mentions.length > 1) {
    const k = rand(mentions.length);
    const end = doc.text.length + 1;
    const moved = mentions.map((m, i) => (i === k ? { ...m, start: end, end: end + m.text.length } : m));
    return { ...doc, text: `${doc.text} ${mentions[k].text}`, annotation: { mentions: moved, quotes, definitions } };
  }
  if (kind === 0 && mentions.length > 1) {
    const drop = rand(mentions.length);
    const kept = mentions.filter((_, i) => i !== drop);
    const renumber = (i: number | null) => (i === null || i === drop ? null : i > drop ? i - 1 : i);
    return { ...doc, annotation: { mentions: kept, definitions, quotes: quotes.map((q) => ({ ...q, speakerMention: renumber(q.speakerMention) })) } };
  }
  if (kind === 1) {
    const shift = 1 + rand(5);
    const move = <T extends { start: number; end: number }>(s: T): T => ({ ...s, start: s.start + shift, end: s.end + shift });
    return { ...doc, text: ' '.repeat(shift) + doc.text, annotation: { mentions: mentions.map(move), quotes: quotes.map(move), definitions } };
  }
  const [name, type, evidence] = NAMES[rand(NAMES.length)];
  const start = doc.text.length + 1;
  const added: DetectedMention = { start, end: start + name.length, text: name, type, ...(evidence ? { evidence } : {}) };
  return { ...doc, text: `${doc.text} ${name}`, annotation: { mentions: [...mentions, added], quotes, definitions } };
}

/** Everything a reader can see, in a form deepEqual compares completely (entity order included). */
function visible(corpus: ResolvedCorpus) {
  return { entities: [...corpus.entities.entries()], documents: corpus.documents };
}

describe('resolve: incremental', () => {
  it('equals a full resolution after every step of a random sequence of set, edit and remove', function () {
    this.timeout(60000);
    const rand = random(20261125);
    const docs = new Map<string, CorpusInput>();
    const resolver = createIncrementalResolver();
    const put = (doc: CorpusInput) => {
      docs.set(doc.id, doc);
      resolver.set(doc);
    };
    for (const doc of seedDocs()) put(doc);
    for (let i = 0; i < 25; i++) put(syntheticDoc(`syn-${String(rand(1000)).padStart(3, '0')}`, rand));
    let removed = 0;
    let reused = 0;
    let quick = 0;
    let previous: ResolvedCorpus | undefined;
    for (let step = 0; step < 200; step++) {
      const ids = [...docs.keys()];
      const op = rand(10);
      if (op < 4 && ids.length > 0) put(edit(docs.get(ids[rand(ids.length)]) as CorpusInput, rand));
      else if (op < 6) put(syntheticDoc(`syn-${String(rand(1000)).padStart(3, '0')}`, rand));
      else if (op < 8 && ids.length > 1) {
        const id = ids[rand(ids.length)];
        docs.delete(id);
        assert.equal(resolver.remove(id), true);
        assert.equal(resolver.remove(id), false);
        removed++;
      } else if (ids.length > 0) {
        // The same document again (an editor re-sending unchanged text) changes nothing.
        const same = docs.get(ids[rand(ids.length)]) as CorpusInput;
        resolver.set({ ...same });
      }
      const snapshot = resolver.snapshot();
      assert.strictEqual(resolver.snapshot(), snapshot, 'cached until the next change');
      assert.deepEqual(visible(snapshot), visible(resolveCorpus([...docs.values()])), `step ${step}`);
      if (previous) reused += snapshot.documents.filter((d) => previous?.documents.includes(d)).length;
      // An edit that keeps the document's names resolves only that document and keeps the entities.
      if (previous && snapshot.entities === previous.entities && snapshot !== previous) quick++;
      previous = snapshot;
    }
    assert.ok(removed > 10, 'the sequence removed documents');
    assert.ok(reused > 0, 'unchanged documents are reused between snapshots');
    assert.ok(quick > 5, 'edits between names took the quick path');
  });

  it('equals a full resolution when several changes come between snapshots, and when a name goes back and forth', function () {
    // Each full pass rewrites the mention records kept from the pass before (their document's position
    // moves when documents come and go); any field left over from an earlier pass would show here.
    this.timeout(60000);
    const rand = random(20261126);
    const docs = new Map<string, CorpusInput>();
    const resolver = createIncrementalResolver();
    const put = (doc: CorpusInput) => {
      docs.set(doc.id, doc);
      resolver.set(doc);
    };
    for (let i = 0; i < 30; i++) put(syntheticDoc(`b-${String(rand(1000)).padStart(3, '0')}`, rand));
    for (let step = 0; step < 60; step++) {
      for (let k = 1 + rand(4); k > 0; k--) {
        const ids = [...docs.keys()];
        const op = rand(6);
        if (op < 3) put(edit(docs.get(ids[rand(ids.length)]) as CorpusInput, rand));
        else if (op < 4) put(syntheticDoc(`b-${String(rand(1000)).padStart(3, '0')}`, rand));
        else if (op < 5 && ids.length > 2) {
          const id = ids[rand(ids.length)];
          docs.delete(id);
          resolver.remove(id);
        } else {
          // A name changed and changed back before the snapshot: the first version's records return.
          const doc = docs.get(ids[rand(ids.length)]) as CorpusInput;
          resolver.set(edit(doc, rand));
          resolver.set(doc);
        }
      }
      assert.deepEqual(visible(resolver.snapshot()), visible(resolveCorpus([...docs.values()])), `step ${step}`);
    }
  });

  it('starts empty and survives malformed documents', () => {
    const resolver = createIncrementalResolver();
    assert.equal(resolver.snapshot().documents.length, 0);
    const bad = { id: 'x', text: 'abc', annotation: { mentions: [null, { start: 2, end: 1, text: 'a', type: 'PERSON' }], quotes: null, definitions: 'no' } } as unknown as CorpusInput;
    resolver.set(bad);
    assert.deepEqual(visible(resolver.snapshot()), visible(resolveCorpus([bad])));
    assert.equal(resolver.remove('missing'), false);
  });
});
