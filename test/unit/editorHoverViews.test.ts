import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import type { EntitySummary } from '../../src/core/corpusTypes';
import type { Entity, ResolvedMention, ResolvedQuote } from '../../src/core/types';
import { mentionHover, type HoverLinks } from '../../src/editor/hoverContent';

const entity: Entity = { id: 'person:orla-venn', type: 'PERSON', name: 'Orla [Venn](command:evil)', aliases: [], descriptors: [], reasons: [] };
const mention = { start: 0, end: 9, text: 'Orla Venn', type: 'PERSON', entity: entity.id } as ResolvedMention;
const quote: ResolvedQuote = { start: 20, end: 30, text: '"We stay."', kind: 'full', speakerMention: null, speakerText: null, speaker: entity.id };
const summary = (quotes: number): EntitySummary => ({
  entity,
  mentionCount: 1,
  documentCount: 1,
  documents: [{ documentId: 'file:///a.txt', count: 1 }],
  quotes: Array.from({ length: quotes }, () => ({ documentId: 'file:///a.txt', quote })),
  definition: { documentId: 'file:///a.txt', mention },
});
const links: HoverLinks = {
  open: () => 'command:open',
  ledger: (id) => `command:quotes?${encodeURIComponent(JSON.stringify([id]))}`,
  graph: (id) => `command:graph?${encodeURIComponent(JSON.stringify([id]))}`,
};

describe('hover links to the corpus views', () => {
  it('links a speaker to the quote ledger (with the count) and any entity to the graph, by id only', () => {
    const html = new MarkdownIt().render(mentionHover({ mention, summary: summary(2), mentions: [{ documentId: 'file:///a.txt', mention }] }, links));
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    assert.ok(hrefs.includes(`command:quotes?${encodeURIComponent(JSON.stringify([entity.id]))}`), hrefs.join(' '));
    assert.ok(hrefs.includes(`command:graph?${encodeURIComponent(JSON.stringify([entity.id]))}`));
    assert.ok(!hrefs.some((h) => h.includes('evil')), 'the name is escaped');
    assert.match(html, /Show Quotes of .*\(2\)/);
  });

  it('offers no quote ledger to an entity without quotes, and no links when the caller gives none', () => {
    assert.doesNotMatch(mentionHover({ mention, summary: summary(0), mentions: [] }, links), /command:quotes/);
    assert.doesNotMatch(mentionHover({ mention, summary: summary(2), mentions: [] }, { open: () => 'command:open' }), /Show Quotes|Entity Graph/);
  });
});
