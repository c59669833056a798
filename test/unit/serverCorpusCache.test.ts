// The workspace cache module (src/server/corpusCache.ts) on an in-memory file: a write keeps the entries
// of documents the index has not reached yet (a write in the middle of a warm scan) and drops those that
// left; a write without an exact resolution keeps the last adopted one; resolutionBehind asks for one
// write after a pass the file lacks, not one per pass once the file holds an exact resolution.
import * as assert from 'node:assert/strict';
import { createAnnotator } from '../../src/core/annotate';
import { decodeCorpusCacheFile } from '../../src/core/corpus/persist';
import { resolveCorpus } from '../../src/core/resolve';
import type { ResolvedCorpus } from '../../src/core/types';
import { createCorpusCache, type CorpusCacheDeps } from '../../src/server/corpusCache';

const FOLDER = '/w';
const KEY = 'engine-1';
const annotator = createAnnotator();
// Invented names.
const TEXTS: Record<string, string> = {
  'file:///w/a.txt': 'Ilse Varnholt chaired the Brackwater Ferry Board on Monday.\n',
  'file:///w/b.txt': 'The Brackwater Ferry Board thanked Ilse Varnholt for her work.\n',
  'file:///w/c.txt': 'Rain closed the harbour road near Cauldmoor.\n',
};

function memoryFile() {
  let bytes: Uint8Array | undefined;
  let writes = 0;
  return {
    path: '/storage/w.sacc',
    read: async () => bytes,
    write: async (data: Uint8Array) => {
      bytes = data;
      writes++;
    },
    contents: () => (bytes ? decodeCorpusCacheFile(bytes, KEY) : undefined),
    writes: () => writes,
  };
}

function rig(ids: () => readonly string[], resolution: { exact?: ResolvedCorpus; latest?: ResolvedCorpus }, file = memoryFile(), beforeDecode?: () => Promise<void>) {
  const logs: string[] = [];
  const deps: CorpusCacheDeps = {
    engineKey: KEY,
    folders: [FOLDER],
    file: () => file,
    folderOf: (id) => (id.startsWith(`file://${FOLDER}/`) ? FOLDER : undefined),
    documentIds: ids,
    log: (_, m) => void logs.push(m),
    resolverKey: 'server-1',
    resolution: () => resolution.exact,
    latestResolution: () => resolution.latest,
    beforeDecode,
  };
  return { cache: createCorpusCache(deps), file, logs };
}

const resolved = (ids: readonly string[]) => resolveCorpus(ids.map((id) => ({ id, text: TEXTS[id], annotation: annotator.annotate(TEXTS[id]) })));

describe('workspace cache module: what a write keeps', () => {
  const all = Object.keys(TEXTS);

  async function written(): Promise<ReturnType<typeof memoryFile>> {
    const state = { exact: resolved(all) as ResolvedCorpus | undefined };
    const { cache, file } = rig(() => all, state);
    for (const id of all) cache.indexed(id, 'fp', TEXTS[id], annotator.annotate(TEXTS[id]));
    await cache.flush();
    return file;
  }

  it('keeps the entries of documents the index has not reached yet, and drops those that left', async () => {
    const file = await written();
    assert.equal(file.contents()?.documents.length, 3);
    // A warm start: the index holds only a.txt when a write comes (a pass, a watcher event mid-scan).
    let ids = ['file:///w/a.txt'];
    const { cache } = rig(() => ids, {}, file);
    assert.equal((await cache.load()).size, 3);
    cache.removed('file:///w/b.txt');
    await cache.flush();
    assert.deepEqual(file.contents()?.documents.map((d) => d.documentId).sort(), ['file:///w/a.txt', 'file:///w/c.txt'], 'c.txt stays although not indexed yet; b.txt left');
    // b.txt comes back (created again): it is written again.
    ids = all;
    cache.indexed('file:///w/b.txt', 'fp2', TEXTS['file:///w/b.txt'], annotator.annotate(TEXTS['file:///w/b.txt']));
    await cache.flush();
    assert.equal(file.contents()?.documents.length, 3);
  });

  it('without an exact resolution, writes the last adopted one rather than none', async () => {
    const file = await written();
    const state: { exact?: ResolvedCorpus; latest?: ResolvedCorpus } = { latest: resolved(['file:///w/a.txt', 'file:///w/b.txt']) };
    const { cache, logs } = rig(() => all, state, file);
    await cache.load();
    cache.takeResolution();
    cache.removed('file:///w/x.txt');
    await cache.flush();
    assert.deepEqual(file.contents()?.resolution?.documentIds, ['file:///w/a.txt', 'file:///w/b.txt']);
    assert.ok(logs.some((m) => /resolution of 2 documents \(the last pass/.test(m)), logs.join('\n'));
  });

  it('resolutionBehind asks for a write after a pass the file lacks, and not again once it holds an exact one', async () => {
    const file = await written();
    const state: { exact?: ResolvedCorpus; latest?: ResolvedCorpus } = {};
    const { cache } = rig(() => all, state, file);
    await cache.load();
    const restored = cache.takeResolution();
    assert.ok(restored);
    state.exact = restored;
    assert.equal(cache.resolutionBehind(), false, 'the index adopted the stored one unchanged');
    state.exact = resolved(all);
    assert.equal(cache.resolutionBehind(), true, 'a pass after a warm start with changes: written once');
    await cache.flush();
    assert.equal(cache.resolutionBehind(), false);
    state.exact = resolved(all);
    assert.equal(cache.resolutionBehind(), false, 'later passes (a reader typing) wait for the next write');
  });

  it('lets the engine go first between reading a file and decoding it, and only when there is a file', async () => {
    const order: string[] = [];
    let release: () => void = () => undefined;
    const before = () => {
      order.push('before decode');
      return new Promise<void>((resolve) => (release = resolve));
    };
    const empty = rig(() => [], {}, memoryFile(), before);
    assert.equal((await empty.cache.load()).size, 0);
    assert.equal(order.length, 0, 'no file: nothing to wait for (a cold start is not delayed)');
    const file = await written();
    const { cache, logs } = rig(() => all, {}, file, before);
    const loading = cache.load().then((docs) => order.push(`decoded ${docs.size}`));
    await new Promise((r) => setTimeout(r, 20));
    assert.deepEqual(order, ['before decode'], 'the decode waits');
    assert.ok(!logs.some((m) => /documents in/.test(m)));
    release();
    await loading;
    assert.deepEqual(order, ['before decode', 'decoded 3']);
  });
});
