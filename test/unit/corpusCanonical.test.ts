// Canonicalizing data decoded from a thread message (src/core/corpus/canonical.ts): the result is equal
// to what came in, key order included, and equal values are shared (one copy per distinct value).
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { createBlankObjects, createCanonicalizer } from '../../src/core/corpus/canonical';
import type { DocumentAnnotation, Entity } from '../../src/core/types';

const ANNOTATION: DocumentAnnotation = {
  mentions: [
    { start: 0, end: 13, text: 'Ysolde Marrin', type: 'PERSON', evidence: 'full', descriptors: ['harbour pilot'] },
    { start: 40, end: 46, text: 'Marrin', type: 'PERSON', evidence: 'surname', descriptors: ['harbour pilot'] },
    { start: 60, end: 73, text: 'Quillby Board', type: 'ORG', name: 'the Quillby Board' },
    // A key the columns do not know: kept as it is.
    { start: 80, end: 86, text: 'Ostend', type: 'PLACE', extra: 1 } as unknown as DocumentAnnotation['mentions'][number],
  ],
  quotes: [{ start: 100, end: 120, text: '"We sail at dawn."', kind: 'indirect', speakerMention: 1, speakerText: 'Marrin', cue: 'said' }],
  definitions: [{ short: 'QB', long: 'Quillby Board' }],
};

describe('canonical copies of decoded messages', () => {
  it('gives an annotation equal to the one sent, with the same keys in the same order', () => {
    const c = createCanonicalizer();
    const decoded = structuredClone(ANNOTATION);
    const out = c.annotation(decoded);
    assert.deepStrictEqual(out, ANNOTATION);
    assert.equal(JSON.stringify(out), JSON.stringify(ANNOTATION));
    // A new annotation object: the caller's mention list is not replaced.
    assert.notEqual(out, decoded);
    assert.equal(decoded.mentions.length, ANNOTATION.mentions.length);
  });

  it('shares equal values: one descriptor list for equal lists, across documents', () => {
    const c = createCanonicalizer();
    const a = c.annotation(structuredClone(ANNOTATION));
    const b = c.annotation(structuredClone(ANNOTATION));
    assert.equal(a.mentions[0].descriptors, a.mentions[1].descriptors);
    assert.equal(a.mentions[0].descriptors, b.mentions[1].descriptors);
    // The unusual mention is the decoded object itself, unchanged.
    assert.deepStrictEqual(a.mentions[3], ANNOTATION.mentions[3]);
  });

  it('canonicalizes every string of a nested entity in place and keeps it equal', () => {
    const c = createCanonicalizer();
    const entity: Entity = {
      id: 'P:marrin', type: 'PERSON', name: 'Ysolde Marrin', aliases: ['Ysolde Marrin', 'Marrin'], descriptors: ['harbour pilot'],
      reasons: [{ alias: 'Marrin', target: 'Ysolde Marrin', rule: 'surname' } as unknown as Entity['reasons'][number]],
    };
    const decoded = structuredClone(entity);
    assert.equal(c.entity(decoded), decoded);
    assert.deepStrictEqual(decoded, entity);
    assert.ok(c.size >= 5);
  });

  it('leaves values that are not plain data alone', () => {
    const c = createCanonicalizer();
    const when = new Date(0);
    const tree = { at: when, list: ['x', 1, null], nested: { s: 'y' } };
    c.strings(tree);
    assert.equal(tree.at, when);
    assert.deepStrictEqual(tree, { at: new Date(0), list: ['x', 1, null], nested: { s: 'y' } });
  });

  it('builds plain objects equal to literals, keys in order, any number of key lists', () => {
    const blank = createBlankObjects();
    const lists = Array.from({ length: 70 }, (_, n) => Array.from({ length: 1 + (n % 9) }, (_, k) => `k${n}_${k}`));
    for (const keys of [...lists, ...lists]) {
      const o = blank(keys);
      assert.equal(Object.getPrototypeOf(o), Object.prototype);
      assert.deepEqual(Object.keys(o), []);
      keys.forEach((k, i) => (o[k] = i));
      assert.deepEqual(o, Object.fromEntries(keys.map((k, i) => [k, i])));
      assert.deepEqual(Object.keys(o), keys);
    }
    // A quote rebuilt through objects() is equal to it, key order and all.
    const quote = { start: 3, end: 9, text: 'ready', kind: 'full', speakerMention: 2, speakerText: 'she', cue: 'said', speaker: 'person:x' };
    const [copy] = createCanonicalizer().objects([quote]);
    assert.deepEqual(copy, quote);
    assert.equal(JSON.stringify(copy), JSON.stringify(quote));
  });

  it('keeps the fields of its objects inside them: less heap than objects grown from {}', function () {
    this.timeout(30_000);
    const module = path.resolve(__dirname, '../../src/core/corpus/canonical.ts');
    const probe = (mode: string) => Number(execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', `
      import v8 from 'node:v8';
      const m = await import(${JSON.stringify(module)});
      const blank = (m.createBlankObjects ?? m.default.createBlankObjects)();
      const keys = ['start', 'end', 'text', 'kind', 'speakerMention', 'speakerText', 'cue', 'speaker'];
      gc();
      const before = v8.getHeapStatistics().used_heap_size;
      const out = new Array(100000);
      for (let i = 0; i < out.length; i++) {
        const o = ${JSON.stringify(mode)} === 'blank' ? blank(keys) : {};
        for (const k of keys) o[k] = k === 'start' ? i : k;
        out[i] = o;
      }
      gc();
      console.log((v8.getHeapStatistics().used_heap_size - before) / out.length);`], { encoding: 'utf8' }).trim());
    const blank = probe('blank');
    const grown = probe('grown');
    // Measured: 96 and 128 bytes per object (the array's slot included).
    assert.ok(blank < grown - 16, `${blank} bytes per object, ${grown} grown from {}`);
  });
});
