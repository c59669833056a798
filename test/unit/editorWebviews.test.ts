import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildLedger } from '../../src/core/ledger';
import { evidenceView, evidenceViews } from '../../src/editor/graph/evidenceView';
import { CYTOSCAPE_STYLESHEET_ID, graphHtml } from '../../src/editor/graph/graphHtml';
import { contentSecurityPolicy, createNonce, escapeHtml } from '../../src/editor/graph/webviewPage';
import { kindLabel, ledgerHtml } from '../../src/editor/ledger/ledgerHtml';
import { resolvedDoc } from './corpusViewsKit';

const resources = { cspSource: 'https://file+.vscode-resource.example', nonce: 'bm9uY2Ux', scriptUri: 'https://file+.vscode-resource.example/dist/graphView.js', styleUri: 'https://file+.vscode-resource.example/media/graph.css' };

/** The policy as written in the page's meta tag, directive by directive. */
function policyOf(html: string): Map<string, string[]> {
  const m = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
  assert.ok(m, 'the page has a CSP meta tag');
  const policy = new Map<string, string[]>();
  for (const directive of m[1].replace(/&#39;/g, "'").split(';')) {
    const [name, ...values] = directive.trim().split(/\s+/);
    if (name) policy.set(name, values);
  }
  return policy;
}

function assertStrict(html: string): void {
  const policy = policyOf(html);
  assert.deepEqual(policy.get('default-src'), ["'none'"]);
  assert.deepEqual(policy.get('script-src'), [`'nonce-${resources.nonce}'`]);
  for (const [name, values] of policy) {
    for (const v of values) {
      assert.ok(!/unsafe-(inline|eval|hashes)/.test(v), `${name} allows ${v}`);
      assert.ok(v.startsWith("'") || v === resources.cspSource || v === 'data:', `${name} allows only the webview origin, not ${v}`);
      assert.ok(v !== '*' && !/^https?:$/.test(v), `${name} allows any origin`);
    }
  }
  // Every script carries the nonce and comes from the extension; no inline handlers or inline styles.
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  assert.ok(scripts.length > 0);
  for (const s of scripts) {
    assert.match(s[1], new RegExp(`nonce="${resources.nonce}"`));
    assert.match(s[1], /src="https:\/\/file\+\.vscode-resource\.example\//);
    assert.equal(s[2].trim(), '', 'no inline script body');
  }
  for (const tag of html.match(/<[a-z][^>]*>/gi) ?? []) {
    assert.doesNotMatch(tag, /\son[a-z]+\s*=/i, `no inline event handlers: ${tag}`);
    assert.doesNotMatch(tag, /^<style\b|\sstyle\s*=/i, `no inline styles: ${tag}`);
  }
  assert.doesNotMatch(html, /https?:\/\/(?!file\+\.vscode-resource\.example)/, 'no remote URLs');
}

describe('webview pages', () => {
  it('the graph page has a strict CSP: nonce scripts only, no unsafe-inline, no remote origins', () => {
    const html = graphHtml(resources);
    assertStrict(html);
    assert.match(html, new RegExp(`<link rel="stylesheet" id="${CYTOSCAPE_STYLESHEET_ID}"`), 'cytoscape finds its stylesheet and injects none');
  });

  it('the graph bundle and the ledger script load nothing from the network and evaluate no strings', () => {
    for (const file of ['dist/graphView.js', 'media/ledger.js']) {
      let code: string;
      try {
        code = readFileSync(file, 'utf8');
      } catch {
        assert.ok(file.startsWith('dist/'), `${file} exists`);
        continue; // dist/ exists after `npm run build`; npm test builds first.
      }
      assert.doesNotMatch(code, /\bnew Function\(|\beval\(/, `${file} evaluates strings`);
      assert.doesNotMatch(code, /\bfetch\(|XMLHttpRequest|importScripts\(|new WebSocket\(/, `${file} opens connections`);
    }
  });

  it('the ledger page has the same CSP and escapes document text everywhere', () => {
    const evil = '<img src=x onerror="alert(1)">';
    const doc = resolvedDoc('file:///w/a.txt', `Pier news\n\n"${evil} we stay," said Orla Venn.`, [{ text: 'Orla Venn', entity: 'p:v', type: 'PERSON' }], [{ text: `"${evil} we stay,"`, speaker: 'p:v', kind: 'indirect' }]);
    const ledger = buildLedger({ entity: { id: 'p:v', name: `Orla ${evil}`, type: 'PERSON' }, quotes: doc.quotes.map((quote) => ({ documentId: doc.id, quote })), document: () => ({ text: doc.text, title: `T ${evil}`, rank: 0 }) });
    const html = ledgerHtml(ledger, { ...resources, scriptUri: `${resources.cspSource}/media/ledger.js`, styleUri: `${resources.cspSource}/media/ledger.css` }, (id) => id.split('/').pop() ?? id);
    assertStrict(html);
    assert.doesNotMatch(html, /<img/);
    assert.match(html, /&lt;img src=x onerror=&quot;alert\(1\)&quot;&gt;/);
    assert.match(html, /reported speech/);
    assert.match(html, /data-action="open" data-entry="0" data-source="0"/);
    assert.match(html, /Copy as Citation/);
  });

  it('nonces are fresh and long; kinds unknown today are shown as they are', () => {
    const a = createNonce();
    assert.notEqual(a, createNonce());
    assert.ok(Buffer.from(a, 'base64').length >= 16);
    assert.equal(kindLabel('turn'), 'transcript turn');
    assert.equal(kindLabel('summary'), 'summary');
    assert.equal(escapeHtml(`a"b'<`), 'a&quot;b&#39;&lt;');
    assert.match(contentSecurityPolicy('x', 'n'), /connect-src 'none'/);
  });

  it('evidence is cut around its two mentions, which stay marked', () => {
    const text = `${'word '.repeat(300)}Orla Venn met Harrow Trust here.${' more'.repeat(300)}`;
    const a = text.indexOf('Orla Venn');
    const b = text.indexOf('Harrow Trust');
    const view = evidenceView({ documentId: 'file:///w/x.txt', scope: 'paragraph', start: 0, end: text.length, text, a: { start: a, end: a + 9 }, b: { start: b, end: b + 12 } }, 3);
    assert.ok(view.text.length <= 602);
    assert.deepEqual(view.marks.map((m) => view.text.slice(m.start, m.end)), ['Orla Venn', 'Harrow Trust']);
    assert.equal(view.index, 3);
    assert.equal(view.document, 'x.txt');
  });

  it('shows a passage once when several mention pairs of one edge share it, with every mention marked', () => {
    const text = 'The Harrow Trust (HT) paid Orla Venn, and HT thanked Venn.';
    const at = (s: string, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length });
    const base = { documentId: 'file:///w/x.txt', scope: 'sentence' as const, start: 0, end: text.length, text };
    const other = { ...base, documentId: 'file:///w/y.txt' };
    const views = evidenceViews([
      { ...base, a: at('Orla Venn'), b: at('Harrow Trust') },
      { ...other, a: at('Orla Venn'), b: at('Harrow Trust') },
      { ...base, a: at('Venn', 40), b: at('HT', 30) },
    ]);
    assert.deepEqual(views.map((v) => [v.document, v.index]), [['x.txt', 0], ['y.txt', 1]]);
    assert.deepEqual(views[0].marks.map((m) => views[0].text.slice(m.start, m.end)), ['Harrow Trust', 'Orla Venn', 'HT', 'Venn']);
    assert.deepEqual(views[1].marks.map((m) => views[1].text.slice(m.start, m.end)), ['Harrow Trust', 'Orla Venn']);
    // The same sentence printed twice in one document: one passage, said to repeat.
    const twice = `${text} ${text}`;
    const second = text.length + 1;
    const copy = { ...base, text, start: second, end: second + text.length };
    const repeated = evidenceViews([{ ...base, a: at('Orla Venn'), b: at('Harrow Trust') }, { ...copy, a: { start: second + at('Venn', 40).start, end: second + at('Venn', 40).end }, b: { start: second + at('HT', 30).start, end: second + at('HT', 30).end } }]);
    assert.equal(twice.slice(second, second + text.length), text);
    assert.equal(repeated.length, 1);
    assert.equal(repeated[0].repeats, 2);
    assert.deepEqual(repeated[0].marks.map((m) => repeated[0].text.slice(m.start, m.end)), ['Harrow Trust', 'Orla Venn', 'HT', 'Venn']);
  });
});
