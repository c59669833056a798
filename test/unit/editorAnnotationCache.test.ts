import * as assert from 'node:assert/strict';
import { CACHE_FORMAT, contentHash, createAnnotationCache, type CacheStorage } from '../../src/editor/annotationCache';
import type { DocumentAnnotation } from '../../src/core/types';

/** In-memory folder tree keyed by '/'-separated path. */
function memoryStorage(failing = false) {
  const files = new Map<string, Uint8Array>();
  const dirs = new Set<string>();
  const storage: CacheStorage = {
    read: async (p) => files.get(p),
    write: async (p, d) => void files.set(p, d),
    list: async (p) => [...new Set([...dirs, ...files.keys()].filter((k) => (p ? k.startsWith(`${p}/`) : true)).map((k) => k.slice(p ? p.length + 1 : 0).split('/')[0]))],
    remove: async (p) => {
      for (const k of [...files.keys()]) if (k === p || k.startsWith(`${p}/`)) files.delete(k);
      dirs.delete(p);
    },
    mkdir: async (p) => {
      if (failing) throw new Error('read-only');
      dirs.add(p);
    },
  };
  return { storage, files, dirs };
}

const annotation: DocumentAnnotation = { mentions: [{ start: 0, end: 3, text: 'Ann', type: 'PERSON' }], quotes: [], definitions: [] };
const hash = contentHash('Ann spoke.');

describe('editor annotation cache', () => {
  it('returns what was stored, by content hash', async () => {
    const { storage } = memoryStorage();
    const cache = await createAnnotationCache(storage, 'engine1', () => undefined);
    assert.equal(await cache.get(hash), undefined);
    await cache.put(hash, annotation);
    assert.deepEqual(await cache.get(hash), annotation);
    assert.notEqual(contentHash('Ann spoke!'), hash);
  });

  it('never serves another engine build\'s results, and drops them', async () => {
    const { storage, files } = memoryStorage();
    await (await createAnnotationCache(storage, 'old', () => undefined)).put(hash, annotation);
    const cache = await createAnnotationCache(storage, 'new', () => undefined);
    assert.equal(await cache.get(hash), undefined);
    assert.equal([...files.keys()].some((k) => k.startsWith(`v${CACHE_FORMAT}-old`)), false);
  });

  it('ignores corrupt and malformed entries', async () => {
    const { storage, files } = memoryStorage();
    const logs: string[] = [];
    const cache = await createAnnotationCache(storage, 'e', (m) => logs.push(m));
    const path = `v${CACHE_FORMAT}-e/${hash}.json`;
    const bad = ['{not json', JSON.stringify({ format: CACHE_FORMAT + 1, annotation }), JSON.stringify({ format: CACHE_FORMAT, annotation: { mentions: [{ start: 5, end: 1, text: 'x' }], quotes: [], definitions: [] } }), JSON.stringify({ format: CACHE_FORMAT })];
    for (const text of bad) {
      files.set(path, new TextEncoder().encode(text));
      assert.equal(await cache.get(hash), undefined, text);
    }
    assert.equal(logs.length, bad.length);
    await cache.put(hash, annotation);
    assert.deepEqual(await cache.get(hash), annotation, 'a corrupt entry is simply rewritten');
  });

  it('works without a cache when storage is missing or unusable', async () => {
    for (const storage of [undefined, memoryStorage(true).storage]) {
      const cache = await createAnnotationCache(storage, 'e', () => undefined);
      await cache.put(hash, annotation);
      assert.equal(await cache.get(hash), undefined);
    }
  });

  it('refuses keys that are not hashes (no path tricks)', async () => {
    const { storage, files } = memoryStorage();
    const cache = await createAnnotationCache(storage, 'e', () => undefined);
    await cache.put('../../evil', annotation);
    assert.equal([...files.keys()].length, 0);
  });
});
