// The graph view's "Documents" filter (src/editor/graph/scope.ts) and its controls on the page.
import * as assert from 'node:assert/strict';
import { graphHtml } from '../../src/editor/graph/graphHtml';
import { documentScopeFor, folderPrefix } from '../../src/editor/graph/scope';

const doc = 'file:///home/r/pile/court%20files/hearing-2.txt';

describe('graph view: which documents the graph counts', () => {
  it('the current document, its folder, or the workspace', () => {
    assert.deepEqual(documentScopeFor('document', doc, undefined), { scope: { kind: 'document', id: doc }, label: 'hearing-2.txt' });
    assert.deepEqual(documentScopeFor('folder', doc, undefined), { scope: { kind: 'folder', prefix: 'file:///home/r/pile/court%20files/' }, label: 'folder court files' });
    assert.deepEqual(documentScopeFor('workspace', doc, 'file:///home/r/pile/'), { scope: { kind: 'workspace' }, label: 'workspace' });
  });

  it('a chosen folder, whatever the current document; none chosen or no document falls back to the workspace', () => {
    assert.deepEqual(documentScopeFor('chosen', doc, 'file:///home/r/pile/memos/'), { scope: { kind: 'folder', prefix: 'file:///home/r/pile/memos/' }, label: 'folder memos' });
    assert.deepEqual(documentScopeFor('chosen', doc, undefined).scope, { kind: 'workspace' });
    assert.match(documentScopeFor('chosen', doc, undefined).label, /no folder chosen/);
    assert.deepEqual(documentScopeFor('folder', undefined, undefined).scope, { kind: 'workspace' });
    assert.deepEqual(documentScopeFor('document', undefined, undefined).scope, { kind: 'workspace' });
  });

  it('a folder prefix ends in exactly one slash, so a sibling folder sharing its name start is not inside it', () => {
    assert.equal(folderPrefix('file:///home/r/pile/memos'), 'file:///home/r/pile/memos/');
    assert.equal(folderPrefix('file:///home/r/pile/memos//'), 'file:///home/r/pile/memos/');
    assert.ok(!'file:///home/r/pile/memos-old/a.txt'.startsWith(folderPrefix('file:///home/r/pile/memos')));
  });

  it('the page offers every document set, and a button (reachable by keyboard) to choose the folder', () => {
    const html = graphHtml({ cspSource: 'https://x.example', nonce: 'bm9uY2U', scriptUri: 'https://x.example/g.js', styleUri: 'https://x.example/g.css' });
    const select = /<select id="scope">([\s\S]*?)<\/select>/.exec(html)?.[1] ?? '';
    assert.deepEqual([...select.matchAll(/value="([a-z]+)"/g)].map((m) => m[1]), ['workspace', 'document', 'folder', 'chosen']);
    assert.match(html, /<button type="button" id="pickFolder" class="action">Choose a folder…<\/button>/);
    assert.doesNotMatch(html, /id="pickFolder"[^>]*tabindex="-1"/);
  });
});
