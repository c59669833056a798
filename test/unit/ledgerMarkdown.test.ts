import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { escapeMarkdownInline } from '../../src/core/ledger';

// Two renderers a reader may open an export with: CommonMark with raw HTML on, and with GFM-style
// autolinks on (linkify, fuzzy domains included, as VS Code's Markdown preview).
const strict = new MarkdownIt('commonmark', { html: true });
const linkify = new MarkdownIt({ html: true, linkify: true });
const html = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** What the text should render as: one paragraph of exactly its characters, line breaks as spaces. */
const paragraph = (text: string) => {
  const t = text.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/^[ \t]+|[ \t]+$/g, '');
  return t === '' ? '' : `<p>${html(t)}</p>\n`;
};

describe('ledger Markdown escaping (only what changes the meaning)', () => {
  it('keeps ordinary punctuation as written', () => {
    const text = `The port's budget, 2.5 million (so far), is "tight" - isn't it? Yes: 40% of $3m; e.g. a/b #1!`;
    assert.equal(escapeMarkdownInline(text), text);
    assert.equal(escapeMarkdownInline('snake_case and C# stay'), 'snake_case and C# stay');
  });

  it('defuses links, images, HTML, code, emphasis and autolinks', () => {
    const attacks = [
      '[click](javascript:alert(1))', '![x](http://evil.example/a.png)', '<img src=x onerror=alert(1)>', '<http://evil.example>',
      'see http://evil.example/x', 'www.evil.example', 'mail me@evil.example', 'evil.com/path', '`code` and *bold* and _it_ and ~~gone~~',
      '[ref]: http://evil.example', '&lt;b&gt; &#x3C;', 'end\\', 'a **b** c', 'mailto:x@evil.example',
      // linkify-it takes '//host' with any last label, and hosts with most punctuation before a known domain.
      '//evil.coma', 'see //evil.anything/x', 'a^.ba', 'x~y.com',
    ];
    for (const text of attacks) {
      for (const md of [strict, linkify]) assert.equal(md.render(escapeMarkdownInline(text)), paragraph(text), `${text} in ${md === strict ? 'CommonMark' : 'linkify'}`);
    }
  });

  it('keeps a line from starting a block: heading, quote, list, rule, fence, indented code', () => {
    for (const text of ['# Heading', '> quoted', '- item', '+ item', '* item', '1. first', '2) second', '---', '***', '```js', '~~~', '    indented', '| a | b |', '=== ']) {
      assert.equal(strict.render(escapeMarkdownInline(text)), paragraph(text), text);
      assert.equal(strict.render(`Intro\n${escapeMarkdownInline(text)}`), `<p>Intro\n${paragraph(text).slice(3, -5)}</p>\n`, `${text} after a line`);
    }
  });

  it('renders any text as exactly itself, in one paragraph (property)', () => {
    const alphabet = fc.constantFrom(...'ab1 .,:;/\\`*_[]()<>!#&~@|-+=^"\'\n'.split(''), 'http://', 'www.', 'x.com', '&amp;', '1. ', '    ');
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 30 }).map((a) => a.join('')), (text) => {
      assert.equal(strict.render(escapeMarkdownInline(text)), paragraph(text));
      assert.equal(linkify.render(escapeMarkdownInline(text)), paragraph(text));
    }), { numRuns: 3000 });
  });
});
