// Issue 11, item 11 (kind: untrusted text reaching Markdown unescaped): hostile file names, entity
// names and quotes rendered through a Markdown renderer give no link but ours, no image, no HTML.
import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import type { EntitySummary, MentionRef } from '../../src/core/corpusTypes';
import type { Entity, ResolvedMention, ResolvedQuote } from '../../src/core/types';
import { mentionHover, quoteHover, type HoverLinks } from '../../src/editor/hoverContent';
import { markdownLink, markdownText, MAX_NAME_LENGTH } from '../../src/editor/markdownSafe';

const OPEN = 'sourceAnnotator.openLocation';
/** The same encoding as hover.ts's commandLink. */
const links: HoverLinks = {
  open: (id, span) => `command:${OPEN}?${encodeURIComponent(JSON.stringify([id, span.start, span.end])).replace(/\(/g, '%28').replace(/\)/g, '%29')}`,
};
const md = new MarkdownIt({ html: true, linkify: true });

const hostileNames = [
  'notes\n\n[click me](command:workbench.action.terminal.new) ![](https://x.example/p.png).txt',
  `a" [x](command:${OPEN}?${encodeURIComponent(JSON.stringify(['file:///etc/passwd', 0, 1]))}) ".txt`,
  'x)](command:workbench.action.terminal.new) "t".md',
  '<img src=x onerror=alert(1)>.txt',
  'back\\"slash\\\n\n# heading\n\n> quote.txt',
  '\u202Etxt.exe\u2066.txt',
  `${'very long name '.repeat(40)}.txt`,
  '`code` *em* _u_ ~~s~~ &amp; &#x3C;b&#x3E;.txt',
  'https://x.example/track.png www.x.example.txt',
];

function render(names: readonly string[]) {
  const ids = names.map((n) => `file:///docs/${encodeURIComponent(n)}`);
  const entity: Entity = {
    id: 'person:x', type: 'PERSON',
    name: `Vel ${'[Q](command:workbench.action.terminal.new) '.repeat(10)}`,
    aliases: ['![](https://x.example/a.png)', 'Vel'], descriptors: ['<script>alert(1)</script>'],
    reasons: [{ alias: '[a](file:///etc/passwd)', target: 'Vel', rule: 'surname' }],
  };
  const refs: MentionRef[] = ids.map((documentId, i) => ({
    documentId, mention: { start: i, end: i + 3, text: 'Vel', type: 'PERSON', entity: entity.id } as ResolvedMention,
  }));
  const quote = (start: number): ResolvedQuote => ({ start, end: start + 9, text: '"[go](command:x) ![](https://x.example/i.png)"', kind: 'full', speakerMention: null, speakerText: null, speaker: entity.id });
  const summary: EntitySummary = {
    entity, mentionCount: ids.length, documentCount: ids.length,
    documents: ids.map((documentId) => ({ documentId, count: 1 })),
    quotes: ids.map((documentId, i) => ({ documentId, quote: quote(10 * i) })),
    definition: refs[0],
  };
  const card = mentionHover({ mention: refs[0].mention, summary, mentions: refs }, links, { documents: 20, quotes: 20, quoteLength: 140, reasons: 6 });
  const speakerCard = quoteHover({ quote: quote(0), speaker: entity, speakerAt: refs[1] }, links);
  return { ids, card, html: md.render(`${card}\n\n---\n\n${speakerCard}`) };
}

describe('editor hover: hostile file names and text rendered through Markdown', () => {
  const { ids, card, html } = render(hostileNames);

  it('has no link but command links to our open-location command with ids we issued', () => {
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    assert.ok(hrefs.length >= hostileNames.length * 2, `${hrefs.length} links`);
    for (const href of hrefs) {
      const m = /^command:([^?]+)\?(.*)$/.exec(href.replace(/&amp;/g, '&'));
      assert.ok(m, href);
      assert.equal(m[1], OPEN);
      const args = JSON.parse(decodeURIComponent(m[2])) as unknown[];
      assert.ok(ids.includes(args[0] as string), `link to ${String(args[0])}`);
    }
  });

  it('has no image, no raw HTML, no heading or block quote made by a name', () => {
    assert.doesNotMatch(html, /<img|<script|<h\d|<blockquote|<code|<s>|<del>/);
    const tags = new Set([...html.matchAll(/<\/?([a-z0-9]+)/g)].map((m) => m[1]));
    for (const tag of tags) assert.ok(['p', 'strong', 'em', 'a', 'ul', 'li', 'hr'].includes(tag), `tag <${tag}>`);
  });

  it('shows each file name as text, without bidirectional overrides', () => {
    assert.match(html, /notes \[click me\]\(command:workbench\.action\.terminal\.new\)/);
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;\.txt/);
    assert.doesNotMatch(card, /[\u202A-\u202E\u2066-\u2069]/);
  });

  it('caps names in length', () => {
    for (const line of card.split('\n')) {
      const unescaped = line.replace(/\\(.)/g, '$1').replace(/\(command:[^)\s]*( "[^"]*")?\)/g, '');
      assert.ok(unescaped.length < 40 * 20 + 200, `line of ${unescaped.length}`);
    }
    const first = card.split('\n')[0].replace(/\\(.)/g, '$1');
    assert.ok(first.length <= MAX_NAME_LENGTH + 20, first);
    assert.match(first, /…/);
  });

  it('refuses a link target that is not a well-formed command link', () => {
    assert.equal(markdownLink('x', 'file:///etc/passwd'), 'x');
    assert.equal(markdownLink('x', 'command:a?b) ![](https://x.example/p.png'), 'x');
    assert.equal(markdownLink('x', 'https://x.example'), 'x');
    assert.match(markdownLink('x', 'command:a.b?%5B%5D', 'he said "hi"\n\n[y](command:z)'), /^\[x\]\(command:a\.b\?%5B%5D "he said \\"hi\\" \\\[y\\\]\\\(command\\:z\\\)"\)$/);
  });

  it('never cuts an astral character in half when shortening', () => {
    const text = markdownText('😀'.repeat(100), 11);
    assert.doesNotMatch(text, /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });
});
