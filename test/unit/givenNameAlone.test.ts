// A given name used alone links to the one person of that given name in its document (issue 12,
// item 7), even when the given name is also a common word; with two such people it links to
// neither. Invented names only.
import assert from 'node:assert/strict';
import { createAnnotator } from '../../src/core/annotate';
import { resolveCorpus } from '../../src/core/resolve';
import type { ResolvedCorpus } from '../../src/core/types';

const annotator = createAnnotator();
const resolve = (texts: Record<string, string>): ResolvedCorpus =>
  resolveCorpus(Object.entries(texts).map(([id, text]) => ({ id, text, annotation: annotator.annotate(text) })));
const mentionsAt = (c: ResolvedCorpus, id: string, word: string) => {
  const doc = c.documents.find((d) => d.id === id);
  assert.ok(doc);
  return doc.mentions.filter((m) => m.text === word);
};

describe('a given name used alone', () => {
  it('links to the one person of that given name in the document, a common word too ("Mark")', () => {
    const c = resolve({ col: 'Mark Ostrander writes the weekly Harbor column. Previously, Mark covered courts for a regional paper. Later Mark lived in Tacoma.' });
    const alone = mentionsAt(c, 'col', 'Mark');
    assert.equal(alone.length, 2, 'both lone "Mark"s are mentions');
    const full = mentionsAt(c, 'col', 'Mark Ostrander')[0];
    for (const m of alone) assert.equal(m.entity, full.entity);
    const reasons = c.entities.get(full.entity)?.reasons ?? [];
    assert.ok(reasons.some((r) => r.alias === 'Mark' && r.rule === 'given-name'), JSON.stringify(reasons));
  });

  it('links to nobody when two people in the document share the given name', () => {
    const c = resolve({ desk: 'Ruthie Kalmbach and Ruthie Oyelaran run the county desk. On Monday Ruthie said the paper would close.' });
    const alone = mentionsAt(c, 'desk', 'Ruthie');
    const fulls = new Set([...mentionsAt(c, 'desk', 'Ruthie Kalmbach'), ...mentionsAt(c, 'desk', 'Ruthie Oyelaran')].map((m) => m.entity));
    assert.equal(fulls.size, 2);
    assert.equal(alone.length, 1, 'the lone "Ruthie" is a mention');
    for (const m of alone) assert.ok(!fulls.has(m.entity), 'not linked to either');
  });

  it('does not make a place named like a given name a person ("Marion, Ohio")', () => {
    const c = resolve({ letter: 'Dear Tobias,\n\nThe deed was signed in Marion, Ohio by Marion Fairweather last week.\n\nYours, Edda' });
    const place = c.documents[0].mentions.find((m) => m.text === 'Marion' || m.text === 'Marion, Ohio');
    assert.ok(!place || place.type === 'PLACE', JSON.stringify(place));
  });

  it('a sentence-initial common word is not taken for the given name ("Will")', () => {
    const c = resolve({ q: 'Will Harrowgate chairs the board. Will the plan work? Nobody knows.' });
    const will = c.documents[0].mentions.filter((m) => m.text === 'Will');
    assert.equal(will.length, 0, JSON.stringify(will));
  });
});
