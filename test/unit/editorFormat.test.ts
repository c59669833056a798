import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { count, documentLabel, escapeMarkdown, mentionSummary, ruleLabel, shorten } from '../../src/editor/format';

// linkify on: the strictest renderer setting, so bare URLs in document text must not become links.
const md = new MarkdownIt({ html: true, linkify: true });
const render = (s: string) => md.renderInline(s);
const decode = (html: string) => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

describe('editor format: escapeMarkdown', () => {
  const hostile: Record<string, string> = {
    link: '[click](command:workbench.action.terminal.new)',
    image: '![x](https://example.invalid/p.png)',
    autolink: 'see https://example.invalid/x and www.example.invalid',
    angleAutolink: '<https://example.invalid>',
    html: '<img src=x onerror=alert(1)><b>bold</b>',
    emphasis: '*strong* _em_ **b** ~~s~~ `code`',
    entity: '&lt;script&gt; &amp; &#60;',
    heading: '# Heading\n- item\n> quote\n1. one',
    backslash: 'C:\\path\\to\\file \\*',
    refLink: '[a][b]\n\n[b]: command:evil',
  };
  for (const [name, text] of Object.entries(hostile)) {
    it(`renders ${name} as the literal text`, () => {
      const html = render(escapeMarkdown(text));
      assert.doesNotMatch(html, /<(a|img|b|strong|em|s|code|h\d|li|blockquote)\b/, html);
      assert.equal(decode(html), text.replace(/[\r\n]+/g, ' '));
    });
  }

  it('keeps non-ASCII text untouched', () => {
    assert.equal(escapeMarkdown('Zoë “quoted” — 習近平'), 'Zoë “quoted” — 習近平');
  });
});

describe('editor format: helpers', () => {
  it('shortens at a word boundary with an ellipsis', () => {
    assert.equal(shorten('one two three four five', 14), 'one two three…');
    assert.equal(shorten('  short\n text ', 40), 'short text');
    assert.ok(shorten('x'.repeat(50), 10).length <= 10);
  });

  it('labels documents by file name, decoded', () => {
    assert.equal(documentLabel('file:///work/seeds/my%20article.txt'), 'my article.txt');
    assert.equal(documentLabel('untitled:Untitled-1'), 'untitled:Untitled-1'.split('/').pop());
    assert.equal(documentLabel('/a/b/c.md'), 'c.md');
    assert.equal(documentLabel('file:///a/bad%E0.txt'), 'bad%E0.txt');
  });

  it('counts with singular and plural', () => {
    assert.equal(count(1, 'mention'), '1 mention');
    assert.equal(count(2, 'person', 'people'), '2 people');
    assert.equal(mentionSummary(12, 2), '12 mentions · 2 documents');
    assert.equal(mentionSummary(1, 1), '1 mention · 1 document');
  });

  it('explains merge rules in words, unknown ones readably', () => {
    assert.equal(ruleLabel('acronym-definition'), 'acronym defined in the text');
    assert.equal(ruleLabel('some-new_rule'), 'some new rule');
  });
});
