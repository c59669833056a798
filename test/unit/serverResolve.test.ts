// Cross-document resolution off the request thread (src/server/resolveScheduler.ts, resolveWorker.ts,
// the deferred corpus index): requests are answered while a pass is held back, passes requested while
// one runs fold into one more, and whatever the order of changes, the state after the last pass equals
// a fresh resolveCorpus of the documents — through an in-process host, a real worker thread, and a
// worker that dies mid-way.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import { DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, HoverRequest, type Hover, type MarkupContent } from 'vscode-languageserver-protocol';
import { URI } from 'vscode-uri';
import { createAnnotator } from '../../src/core/annotate';
import { createDeferredCorpusIndex, type DeferredCorpusIndex } from '../../src/core/corpus';
import { isLeanDocument } from '../../src/core/corpus/compact';
import { resolveCorpus } from '../../src/core/resolve';
import type { DocumentAnnotation, ResolvedCorpus } from '../../src/core/types';
import { DocumentSpansRequest, EntitiesRequest, IndexStatsRequest, WhenIndexedRequest } from '../../src/protocol';
import { createResolveScheduler, type ResolveScheduler } from '../../src/server/resolveScheduler';
import { inProcessResolveChannel, workerResolveChannel, type FromResolver, type ResolveChannel } from '../../src/server/resolveWorker';
import { connectServer } from './serverKit';
import { prng } from '../../scripts/scale-corpus';

const annotator = createAnnotator();
const annotations = new Map<string, DocumentAnnotation>();
const annotate = (text: string): DocumentAnnotation => {
  let a = annotations.get(text);
  if (!a) annotations.set(text, (a = annotator.annotate(text)));
  return a;
};

// Invented names, shared across texts so that documents link and unlink as they come and go.
const TEXTS = [
  'Orla Quennell, the mayor of Dunmarrow, opened the bridge. Quennell said the council had waited years.',
  'The Fenwick Trust paid for the bridge in Dunmarrow. Orla Quennell thanked the Fenwick Trust.',
  'Quennell met Tobias Arkwright of the Fenwick Trust in Lisgarvan on Friday.',
  '"We are ready," said Tobias Arkwright. Arkwright later left for Dunmarrow.',
  'Critics in Lisgarvan said the Harbour Board of Dunmarrow ignored them. Mara Delcourt agreed.',
  'Mara Delcourt, a lawyer, wrote to the Harbour Board. Delcourt said the board would answer.',
  'Nothing of note happened in the town that week.',
];


const json = (corpus: ResolvedCorpus) => JSON.stringify({ documents: corpus.documents, entities: [...corpus.entities.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) });

interface Rig {
  readonly index: DeferredCorpusIndex;
  readonly scheduler: ResolveScheduler;
  readonly idle: () => Promise<void>;
  readonly problems: string[];
}

function rig(channel: () => ResolveChannel): Rig {
  const index = createDeferredCorpusIndex({ resolve: resolveCorpus });
  const problems: string[] = [];
  let waiters: (() => void)[] = [];
  const scheduler = createResolveScheduler({
    index,
    channel,
    log: (_, m) => void problems.push(m),
    adopted: () => undefined,
    idle: () => {
      const w = waiters;
      waiters = [];
      for (const f of w) f();
    },
  });
  return { index, scheduler, problems, idle: () => (scheduler.busy() ? new Promise<void>((r) => waiters.push(r)) : Promise.resolve()) };
}

/** Random sets, removals and pass requests, with the event loop let run between some of them. */
async function randomOperations(r: Rig, seed: number, steps: number): Promise<Map<string, string>> {
  const next = prng(seed);
  const live = new Map<string, string>();
  for (let step = 0; step < steps; step++) {
    const id = `doc-${Math.floor(next() * 6)}`;
    const roll = next();
    if (roll < 0.6) {
      const text = TEXTS[Math.floor(next() * TEXTS.length)];
      r.index.set(id, text, annotate(text));
      r.scheduler.set(id, text, annotate(text));
      live.set(id, text);
    } else if (roll < 0.75) {
      r.scheduler.remove(id);
      r.index.remove(id);
      live.delete(id);
    } else r.scheduler.request();
    if (next() < 0.4) await new Promise((resolve) => setImmediate(resolve));
  }
  r.scheduler.request();
  await r.idle();
  return live;
}

function assertFresh(r: Rig, live: Map<string, string>, label: string): void {
  const fresh = resolveCorpus([...live].map(([id, text]) => ({ id, text, annotation: annotate(text) })));
  assert.equal(r.index.resolvedVersion, r.index.documentsVersion, `${label}: the last pass is of the documents as they are`);
  assert.equal(json(r.index.snapshot()), json(fresh), `${label}: the adopted state is a fresh resolveCorpus`);
  for (const d of fresh.documents) assert.deepEqual(r.index.document(d.id), d, `${label}: ${d.id}`);
  // The index keeps the adopted documents lean (their mentions as columns only) and answers the same.
  for (const d of r.index.adoptedResolution()?.documents ?? []) assert.ok(isLeanDocument(d), `${label}: ${d.id} is kept lean`);
  for (const d of fresh.documents) for (const m of d.mentions) assert.deepEqual(r.index.mentionAt(d.id, m.start), m, `${label}: ${d.id} at ${m.start}`);
}

describe('resolution off the request thread: scheduler and deferred index', function () {
  this.timeout(120_000);

  it('ends equal to a fresh resolveCorpus after any sequence of changes and requests (in-process host)', async () => {
    for (let seed = 1; seed <= 12; seed++) {
      const r = rig(() => inProcessResolveChannel());
      assertFresh(r, await randomOperations(r, seed, 40), `seed ${seed}`);
      assert.deepEqual(r.problems, []);
      r.scheduler.dispose();
    }
  });

  it('does the same on a real worker thread', async () => {
    const r = rig(() => workerResolveChannel(path.join(__dirname, 'resolveWorkerEntry.mjs')));
    try {
      assertFresh(r, await randomOperations(r, 99, 40), 'worker');
      assert.deepEqual(r.problems, []);
    } finally {
      r.scheduler.dispose();
    }
  });

  it('answers a changed document from its own resolution until the pass that includes it is adopted', async () => {
    let release: () => void = () => undefined;
    let holds = 0;
    const r = rig(() => inProcessResolveChannel({ hold: () => new Promise<void>((resolve) => { holds++; release = resolve; }) }));
    const [first, second] = TEXTS;
    r.index.set('a', first, annotate(first));
    r.scheduler.set('a', first, annotate(first));
    r.scheduler.request();
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(r.index.resolvedVersion, -1, 'no pass adopted yet');
    const own = resolveCorpus([{ id: 'a', text: first, annotation: annotate(first) }]);
    assert.deepEqual(r.index.document('a'), own.documents[0], 'the document answers from its own resolution');
    const at = first.indexOf('Quennell');
    const mention = r.index.mentionAt('a', at);
    assert.ok(mention && mention.text.includes('Quennell'));
    assert.ok(r.index.summary(mention.entity), 'its entity has a summary (hover)');
    assert.ok(r.index.mentionsOf(mention.entity).length > 0, 'and references');
    // A second document while the pass is held: it too answers for itself, and one more pass follows.
    r.index.set('b', second, annotate(second));
    r.scheduler.set('b', second, annotate(second));
    r.scheduler.request();
    r.scheduler.request();
    assert.ok(r.index.document('b'));
    release();
    // The second pass holds too: release it once it has begun (a loaded machine may take a while).
    while (holds < 2) await new Promise((resolve) => setTimeout(resolve, 5));
    release();
    await r.idle();
    assert.equal(r.scheduler.stats().passes, 2, 'the held pass and exactly one more');
    assert.equal(r.scheduler.stats().coalesced, 1);
    assertFresh(r, new Map([['a', first], ['b', second]]), 'after both passes');
    r.scheduler.dispose();
  });

  it('leaves the gap it is told between passes, and hurry() ends the gap', async () => {
    let gap = 60_000;
    const index = createDeferredCorpusIndex({ resolve: resolveCorpus });
    let idle = 0;
    const scheduler = createResolveScheduler({ index, channel: () => inProcessResolveChannel(), log: () => undefined, adopted: () => undefined, idle: () => void idle++, gapMs: () => gap });
    const settle = () => new Promise((resolve) => setTimeout(resolve, 30));
    // Waits for what must happen (a loaded machine may take longer than any fixed pause).
    const eventually = async (ok: () => boolean) => { for (let i = 0; i < 2000 && !ok(); i++) await settle(); };
    const [first, second] = TEXTS;
    index.set('a', first, annotate(first));
    scheduler.set('a', first, annotate(first));
    scheduler.request();
    index.set('b', second, annotate(second));
    scheduler.set('b', second, annotate(second));
    scheduler.request();
    await eventually(() => scheduler.stats().passes >= 1);
    await settle();
    assert.equal(scheduler.stats().passes, 1, 'the first pass, then the gap');
    assert.ok(scheduler.busy(), 'a pass is still due');
    assert.equal(idle, 0);
    scheduler.request();
    await settle();
    assert.equal(scheduler.stats().passes, 1, 'a request during the gap waits for it');
    gap = 0;
    scheduler.hurry();
    await eventually(() => scheduler.stats().passes >= 2 && !scheduler.busy());
    assert.equal(scheduler.stats().passes, 2, 'hurry() started it');
    assert.equal(scheduler.busy(), false);
    assert.equal(idle, 1);
    assert.equal(json(index.snapshot()), json(resolveCorpus([{ id: 'a', text: first, annotation: annotate(first) }, { id: 'b', text: second, annotation: annotate(second) }])));
    scheduler.dispose();
  });

  it('while held, sends nothing to the worker; the first pass after sends the held documents first and resolves them all', async () => {
    const posted: string[] = [];
    const r = rig(() => {
      const inner = inProcessResolveChannel();
      return { post: (m) => (posted.push(m.t === 'set' ? `set ${m.id}` : m.t), inner.post(m)), listen: (a, b) => inner.listen(a, b), dispose: () => inner.dispose() };
    });
    r.scheduler.hold(true);
    const live = new Map<string, string>();
    TEXTS.forEach((text, i) => {
      r.index.set(`doc-${i}`, text, annotate(text));
      r.scheduler.set(`doc-${i}`, text, annotate(text));
      live.set(`doc-${i}`, text);
    });
    r.scheduler.remove('doc-0');
    r.index.remove('doc-0');
    live.delete('doc-0');
    assert.equal(posted.length, 0, 'nothing sent while held (a warm start whose stored resolution answers)');
    r.scheduler.hold(false);
    r.scheduler.request();
    assert.ok(r.scheduler.busy(), 'busy while the held documents are sent');
    await r.idle();
    assert.equal(posted.filter((p) => p.startsWith('set')).length, TEXTS.length - 1, 'each held document once, the removed one not');
    assert.equal(posted.filter((p) => p === 'resolve').length, 1, 'one pass');
    const lastSet = posted.map((p, i) => (p.startsWith('set') ? i : -1)).reduce((a, b) => Math.max(a, b), -1);
    assert.ok(posted.indexOf('resolve') > lastSet, 'after every document');
    assertFresh(r, live, 'after the held documents');
    r.scheduler.dispose();
  });

  it('gives a new worker every document, not only the held ones, when the worker died before a hold ended', async () => {
    const channels: { fail: (e: Error) => void }[] = [];
    const r = rig(() => {
      const inner = inProcessResolveChannel();
      const handle = { fail: (_: Error) => undefined as void };
      channels.push(handle);
      return {
        post: (m) => inner.post(m),
        listen(onMessage: (m: FromResolver) => void, error: (e: Error) => void) {
          handle.fail = error;
          inner.listen(onMessage, error);
        },
        dispose: () => inner.dispose(),
      };
    });
    const live = new Map<string, string>();
    const put = (id: string, text: string) => {
      r.index.set(id, text, annotate(text));
      r.scheduler.set(id, text, annotate(text));
      live.set(id, text);
    };
    // The open documents reach the worker; then the stored resolution holds the rest back.
    put('open-0', TEXTS[0]);
    put('open-1', TEXTS[1]);
    r.scheduler.hold(true);
    channels[0].fail(new Error('gone'));
    put('held-2', TEXTS[2]);
    put('held-3', TEXTS[3]);
    r.scheduler.hold(false);
    r.scheduler.request();
    await r.idle();
    assert.equal(channels.length, 2, 'a new worker');
    assertFresh(r, live, 'every document, the ones sent before the hold too');
    r.scheduler.dispose();
  });

  it('starts a new worker, gives it every document again and retries, when the worker dies', async () => {
    let made = 0;
    const dying = (): ResolveChannel => {
      const inner = inProcessResolveChannel();
      let onError: (e: Error) => void = () => undefined;
      const first = made++ === 0;
      return {
        post(m) {
          if (first && m.t === 'resolve') setImmediate(() => onError(new Error('gone')));
          else inner.post(m);
        },
        listen(onMessage: (m: FromResolver) => void, error: (e: Error) => void) {
          onError = error;
          inner.listen(onMessage, error);
        },
        dispose: () => inner.dispose(),
      };
    };
    const r = rig(dying);
    const live = await randomOperations(r, 7, 30);
    assertFresh(r, live, 'after a restart');
    assert.equal(made, 2, 'one new worker');
    assert.ok(r.problems.some((p) => p.includes('gone')), 'the failure is logged');
    r.scheduler.dispose();
  });
});

describe('resolution off the request thread: the language server', function () {
  this.timeout(120_000);
  const A = 'Orla Quennell, the mayor of Dunmarrow, opened the bridge. Quennell said the Fenwick Trust paid.\n';
  const B = 'Tobias Arkwright of the Fenwick Trust met Orla Quennell in Lisgarvan.\n';
  let dir: string;
  let client: MessageConnection;
  /** Passes held until the test lets them go, in order. */
  const held: (() => void)[] = [];
  let holds = 0;
  let onHold: () => void = () => undefined;
  const uri = (name: string) => URI.file(path.join(dir, name)).toString();
  const releaseAll = () => {
    for (const r of held.splice(0)) r();
  };
  const nextHold = () => new Promise<void>((resolve) => (held.length > 0 ? resolve() : (onHold = resolve)));

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sa-resolve-'));
    fs.writeFileSync(path.join(dir, 'a.txt'), A);
    fs.writeFileSync(path.join(dir, 'b.txt'), B);
    client = await connectServer(dir, async (text) => annotate(text), undefined, {
      resolveChannel: () => inProcessResolveChannel({
        hold: () => new Promise<void>((resolve) => {
          holds++;
          held.push(resolve);
          onHold();
        }),
      }),
    });
  });
  after(() => {
    releaseAll();
    client?.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answers hover while a resolution pass is in progress, and whenIndexed waits for the pass', async () => {
    await nextHold();
    let indexed = false;
    const whenIndexed = client.sendRequest(WhenIndexedRequest).then((s) => ((indexed = true), s));
    const at = A.indexOf('Quennell said');
    const hover = await client.sendRequest(HoverRequest.type, { textDocument: { uri: uri('a.txt') }, position: { line: 0, character: at + 1 } }) as Hover | null;
    assert.ok(hover && (hover.contents as MarkupContent).value.includes('Quennell'), 'hover answers from the document while the pass is held');
    assert.equal(indexed, false, 'not indexed until the pass is adopted');
    assert.equal(held.length, 1, 'the pass is still held');
    releaseAll();
    const stats = await whenIndexed;
    assert.equal(stats.resolvePasses, 1);
    assert.equal(typeof stats.serverLagMaxMs, 'number');
  });

  it('folds changes made during a pass into one more pass, ending equal to a fresh resolveCorpus', async () => {
    await client.sendRequest(WhenIndexedRequest);
    const passesBefore = (await client.sendRequest(IndexStatsRequest)).resolvePasses ?? 0;
    const holdsBefore = holds;
    const doc = uri('a.txt');
    await client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: doc, languageId: 'plaintext', version: 1, text: A } });
    const edits = [
      A.replace('Orla Quennell', 'Mara Delcourt'),
      `${A}Mara Delcourt wrote to the Harbour Board.\n`,
      `${A}Tobias Arkwright left Lisgarvan.\n`,
    ];
    let version = 1;
    for (const text of edits) {
      await client.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: doc, version: ++version }, contentChanges: [{ text }] });
      // The edit reaches the index (its own resolution answers at once), whether or not a pass is held.
      for (let i = 0; i < 200; i++) {
        const spans = await client.sendRequest(DocumentSpansRequest, { uri: doc });
        if (spans?.length === text.length) break;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      const spans = await client.sendRequest(DocumentSpansRequest, { uri: doc });
      assert.equal(spans?.length, text.length, 'the edit is in the index');
    }
    // The first edit's pass was held the whole time: the other two edits made it dirty, no more.
    assert.equal(held.length, 1, 'one pass running, the rest folded into it');
    releaseAll();
    await nextHold();
    releaseAll();
    const stats = await client.sendRequest(WhenIndexedRequest);
    assert.equal(holds - holdsBefore, 2, 'the held pass and one more');
    assert.equal((stats.resolvePasses ?? 0) - passesBefore, 2);
    const fresh = resolveCorpus([{ id: doc, text: edits[2], annotation: annotate(edits[2]) }, { id: uri('b.txt'), text: B, annotation: annotate(B) }]);
    const entities = await client.sendRequest(EntitiesRequest);
    assert.deepEqual(entities, [...fresh.entities.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)), 'the entities of a fresh resolution');
    for (const d of fresh.documents) {
      const spans = await client.sendRequest(DocumentSpansRequest, { uri: d.id });
      assert.deepEqual(spans?.mentions.map((m) => [m.start, m.entity]), d.mentions.map((m) => [m.start, m.entity]), `${d.id}: the entities of a fresh resolution`);
    }
  });
});
