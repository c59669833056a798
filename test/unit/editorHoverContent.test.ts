import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import type { EntitySummary, MentionRef } from '../../src/core/corpusTypes';
import type { Entity, ResolvedMention, ResolvedQuote } from '../../src/core/types';
import { mentionHover, quoteHover, type HoverLinks } from '../../src/editor/hoverContent';

const links: HoverLinks = { open: (id, span) => `command:open?${encodeURIComponent(JSON.stringify([id, span.start, span.end]))}` };
const md = new MarkdownIt({ html: true, linkify: true });

const entity: Entity = {
  id: 'org:acme',
  type: 'ORG',
  name: 'Acme [Corp](command:evil)',
  aliases: ['Acme [Corp](command:evil)', 'ACME', '<b>AC</b>'],
  descriptors: ['maker of *everything*'],
  reasons: [{ alias: 'ACME', target: 'Acme [Corp](command:evil)', rule: 'acronym-definition' }],
};
const mention = (documentId: string, start: number, text: string): MentionRef => ({
  documentId,
  mention: { start, end: start + text.length, text, type: 'ORG', entity: entity.id } as ResolvedMention,
});
const quote = (text: string, start: number): ResolvedQuote => ({ start, end: start + text.length, text, kind: 'full', speakerMention: null, speakerText: null, speaker: entity.id });
const mentions = [mention('file:///a.txt', 5, 'ACME'), mention('file:///a.txt', 50, 'ACME'), mention('file:///b%20c.txt', 7, 'Acme Corp')];
const summary: EntitySummary = {
  entity,
  mentionCount: 3,
  documentCount: 2,
  documents: [{ documentId: 'file:///a.txt', count: 2 }, { documentId: 'file:///b%20c.txt', count: 1 }],
  quotes: [1, 2, 3, 4].map((i) => ({ documentId: 'file:///a.txt', quote: quote(`"Quote number ${i} [x](command:evil) ${'long '.repeat(40)}"`, 100 * i) })),
  definition: mentions[2],
};

describe('editor hover content', () => {
  const card = mentionHover({ mention: mentions[0].mention, summary, mentions }, links);
  const html = md.render(card);
  const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);

  it('links only through the caller\'s command links', () => {
    assert.ok(hrefs.length > 0);
    for (const h of hrefs) assert.match(h, /^command:open\?/, h);
    assert.doesNotMatch(html, /command:evil"|<b>/);
  });

  it('marks counts as partial while the corpus-wide view is being built, and only then', () => {
    assert.doesNotMatch(card, /still being counted/);
    const partialCard = mentionHover({ mention: mentions[0].mention, summary: { ...summary, partial: true }, mentions }, links);
    assert.match(partialCard, /3 mentions in 2 documents so far \(the other documents are still being counted\)/);
  });

  it('names the entity, its type, aliases and descriptors', () => {
    assert.match(html, /Acme \[Corp\]\(command:evil\)/);
    assert.match(card, /· Organization/);
    assert.match(html, /ACME/);
    assert.match(html, /&lt;b&gt;AC&lt;\/b&gt;/);
    assert.match(html, /maker of \*everything\*/);
  });

  it('counts mentions and documents, linking each document at its first mention', () => {
    assert.match(card, /3 mentions in 2 documents/);
    assert.ok(hrefs.includes(links.open('file:///a.txt', mentions[0].mention)));
    assert.ok(hrefs.includes(links.open('file:///b%20c.txt', mentions[2].mention)));
    assert.match(html, />b c\.txt</);
  });

  it('shows a few shortened quotes as links and says how many more', () => {
    assert.equal((card.match(/Quote number/g) ?? []).length, 3);
    assert.match(card, /… 1 more/);
    assert.ok(card.split('\n').every((line) => line.length < 400));
  });

  it('links "… N more" to the speaker\'s full quote list when the caller can', () => {
    const withQuotes: HoverLinks = { ...links, quotes: (id) => `command:quotes?${encodeURIComponent(JSON.stringify([id]))}` };
    const linked = md.render(mentionHover({ mention: mentions[0].mention, summary, mentions }, withQuotes));
    assert.match(linked, new RegExp(`<a href="${withQuotes.quotes!(entity.id).replace(/[?]/g, '\\?')}"[^>]*>… 1 more</a>`));
  });

  it('explains merges', () => {
    assert.match(card, /acronym defined in the text/);
  });

  it('names a quote\'s speaker as a link, or says it is unknown', () => {
    const q = quote('"Hi"', 3);
    const withSpeaker = quoteHover({ quote: q, speaker: entity, speakerAt: mentions[1] }, links);
    assert.ok(withSpeaker.includes(`](${links.open('file:///a.txt', mentions[1].mention)}`));
    assert.match(quoteHover({ quote: { ...q, speaker: null, speakerText: 'a *spokesman*' }, speaker: undefined, speakerAt: undefined }, links), /a \\\*spokesman\\\*/);
    assert.match(quoteHover({ quote: { ...q, speaker: null }, speaker: undefined, speakerAt: undefined }, links), /speaker unknown/);
  });
});
