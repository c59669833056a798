// The index over the real engine on the seed articles: invariants that must hold whatever the
// engine finds, so this does not depend on its current accuracy.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { createAnnotator } from '../../src/core/annotate';
import { createDefaultCorpusIndex } from '../../src/core/corpus/default';

describe('corpus index on the seed articles', () => {
  it('navigates every entity through all its mentions, in reading order, wrapping', function () {
    this.timeout(60000);
    const dir = path.resolve(__dirname, '../../seeds');
    const index = createDefaultCorpusIndex();
    const annotator = createAnnotator();
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(path.join(dir, name), 'utf8');
      index.set(name, text, annotator.annotate(text));
    }
    const corpus = index.snapshot();
    assert.ok(corpus.documents.length >= 2);
    let checked = 0;
    for (const entity of corpus.entities.values()) {
      const refs = index.mentionsOf(entity.id);
      if (refs.length === 0) continue;
      for (let i = 1; i < refs.length; i++) {
        const [a, b] = [refs[i - 1], refs[i]];
        assert.ok(a.documentId < b.documentId || (a.documentId === b.documentId && a.mention.start < b.mention.start), `${entity.id} in reading order`);
      }
      let at = refs[0];
      for (let step = 1; step <= refs.length; step++) {
        const next = index.nextMention(entity.id, at.documentId, at.mention.start, 1);
        assert.equal(next, refs[step % refs.length], `${entity.id}: step ${step}`);
        const back = index.nextMention(entity.id, next.documentId, next.mention.start, -1);
        assert.equal(back, at);
        at = next;
      }
      const summary = index.summary(entity.id);
      assert.equal(summary?.mentionCount, refs.length);
      assert.ok(refs.includes(summary.definition));
      checked++;
    }
    assert.ok(checked > 10);
    for (const doc of corpus.documents) {
      for (const m of doc.mentions) {
        const found = index.mentionAt(doc.id, m.start);
        assert.ok(found && found.start <= m.start && m.start < found.end);
      }
    }
  });
});
