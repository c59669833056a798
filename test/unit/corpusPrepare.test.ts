// The deferred index's preparation (DeferredCorpusIndex.preparing): the corpus-wide view of a stored
// resolution built in pieces; while it runs, a request about one document answers from that document's
// own data without building the view; once it ends the view is built, `version` moves and answers
// count the whole corpus. With corrections to apply, or with no preparation running, requests build
// the view as before.
import assert from 'node:assert/strict';
import { createAnnotator } from '../../src/core/annotate';
import { createDeferredCorpusIndex } from '../../src/core/corpus';
import type { Curation } from '../../src/core/curation';
import { runToEnd } from '../../src/core/util/slices';
import { resolveCorpus } from '../../src/core/resolve';
import type { ResolvedCorpus } from '../../src/core/types';

/** Invented documents: one person named in three of them. */
const TEXTS: Record<string, string> = {
  'file:///w/a.txt': 'Ilsabet Quarrington, mayor of Fennmouth, opened the bridge. "It is ours," Quarrington said.\n',
  'file:///w/b.txt': 'Ilsabet Quarrington visited the Fennmouth ferry works on Tuesday.\n',
  'file:///w/c.txt': 'Critics of Ilsabet Quarrington met in Fennmouth town hall.\n',
};
const annotator = createAnnotator();
const inputs = Object.entries(TEXTS).map(([id, text]) => ({ id, text, annotation: annotator.annotate(text) }));
const stored: ResolvedCorpus = resolveCorpus(inputs);

function warmIndex(curation?: Curation) {
  const index = createDeferredCorpusIndex({ resolve: resolveCorpus, curation: () => curation });
  index.adoptStored(stored);
  for (const d of inputs) index.set(d.id, d.text, d.annotation);
  return index;
}
const A = 'file:///w/a.txt';
const at = TEXTS[A].indexOf('Quarrington') + 2;

describe('corpus index: the view of a stored resolution prepared in pieces', () => {
  it('answers a document from its own data while preparing, without building the view, then from the whole corpus', () => {
    const index = warmIndex();
    const work = index.preparing();
    work.next();
    const mention = index.mentionAt(A, at);
    assert.ok(mention, 'a mention under the caret');
    assert.equal(mention, stored.documents.find((d) => d.id === A)?.mentions.find((m) => m.start <= at && at < m.end), 'the stored resolution\'s own mention');
    const partial = index.summary(mention.entity);
    assert.equal(index.viewReady, false, 'the request did not build the view');
    assert.deepEqual(partial?.documents.map((d) => d.documentId), [A], 'counts only the document answered');
    assert.equal(partial?.partial, true, 'and says so (the hover card marks its counts as partial)');
    assert.equal(index.mentionsOfPage(mention.entity, 0, 10).length, partial?.mentionCount);
    assert.equal(index.entity(mention.entity)?.id, mention.entity);
    assert.ok(index.quoteAt(A, TEXTS[A].indexOf('It is')), 'the quote from the document\'s own data');
    assert.equal(index.document(A)?.text, TEXTS[A]);
    const version = index.version;

    assert.equal(runToEnd(work), true, 'tells that documents were answered from their own data');
    assert.equal(index.viewReady, true);
    assert.notEqual(index.version, version, 'answers given meanwhile are not kept');
    const whole = index.summary(mention.entity);
    assert.equal(whole?.documentCount, 3, 'the whole corpus once prepared');
    assert.equal(whole?.partial, undefined, 'no longer partial');
    assert.equal(index.mentionCount(mention.entity), whole?.mentionCount);
  });

  it('leaves the version alone when nothing was answered meanwhile, and the view is built when it ends', () => {
    const index = warmIndex();
    const version = index.version;
    assert.equal(index.viewReady, false);
    assert.equal(runToEnd(index.preparing()), false);
    assert.equal(index.viewReady, true);
    assert.equal(index.version, version);
  });

  it('builds the view for a request when no preparation runs, or when corrections must be applied', () => {
    const idle = warmIndex();
    assert.ok(idle.mentionAt(A, at));
    assert.equal(idle.viewReady, true, 'no preparation: the request builds the view as before');

    const person = stored.documents[0].mentions.find((m) => m.start <= at && at < m.end)?.entity as string;
    const curation: Curation = { version: 1, corrections: [{ seq: 1, op: 'rename', entity: { id: person, name: 'Ilsabet Quarrington' }, name: 'Mayor Quarrington' }] } as unknown as Curation;
    const curated = warmIndex(curation);
    const work = curated.preparing();
    work.next();
    const mention = curated.mentionAt(A, at);
    assert.equal(curated.viewReady, true, 'with corrections the request builds the view');
    assert.equal(curated.summary(mention?.entity as string)?.documentCount, 3);
    runToEnd(work);
  });

  it('stops answering from a document\'s own data once corrections come in while it runs', () => {
    let curation: Curation | undefined = undefined;
    const index = createDeferredCorpusIndex({ resolve: resolveCorpus, curation: () => curation });
    index.adoptStored(stored);
    for (const d of inputs) index.set(d.id, d.text, d.annotation);
    const work = index.preparing();
    work.next();
    const mention = index.mentionAt(A, at);
    assert.equal(index.summary(mention?.entity as string)?.documentCount, 1, 'own data first');
    curation = { version: 1, corrections: [{ seq: 1, op: 'rename', entity: { id: mention?.entity, name: 'Ilsabet Quarrington' }, name: 'Mayor Quarrington' }] } as unknown as Curation;
    const summary = index.summary(mention?.entity as string);
    assert.equal(summary?.documentCount, 3, 'the curated view of the whole corpus');
    assert.equal(summary?.entity.name, 'Mayor Quarrington');
    runToEnd(work);
  });

  it('starts over when a new resolution is adopted while it runs, and ends with the view of that one', () => {
    const index = warmIndex();
    const work = index.preparing();
    work.next();
    const fresh = resolveCorpus(inputs.slice(0, 2));
    index.remove('file:///w/c.txt');
    index.adopt(fresh, index.documentsVersion);
    runToEnd(work);
    assert.equal(index.viewReady, true);
    const mention = index.mentionAt(A, at);
    assert.equal(index.summary(mention?.entity as string)?.documentCount, 2);
  });
});
