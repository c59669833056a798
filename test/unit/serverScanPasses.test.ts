// Cross-document passes during a cold scan (src/server/engine.ts, flush): the resolve worker's core
// belongs to annotation while a scan runs, so with a document open a corpus-wide pass is asked for only
// each time the index has tripled since the last one, and one more when the scan ends, instead of one per
// applied batch. The open document answers from its own resolution meanwhile.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import { DidOpenTextDocumentNotification, HoverRequest, type Hover, type MarkupContent } from 'vscode-languageserver-protocol';
import { URI } from 'vscode-uri';
import { createAnnotator } from '../../src/core/annotate';
import { WhenIndexedRequest } from '../../src/protocol';
import { inProcessResolveChannel, type ResolveChannel } from '../../src/server/resolveWorker';
import { connectServer } from './serverKit';

// Invented names.
const GIVEN = ['Orsolya', 'Tadeusz', 'Wenonah', 'Barnaby', 'Ilkka', 'Perpetua', 'Quillon', 'Sunniva'];
const FAMILY = ['Marchbank', 'Oyelaran', 'Vasquez-Threlfall', 'Dunleavy', 'Kettering', 'Abernathy'];
const text = (i: number) => `${GIVEN[i % GIVEN.length]} ${FAMILY[i % FAMILY.length]} visited the Corran Valley depot on day ${i}. ${FAMILY[i % FAMILY.length]} said the trains ran late.\n`;

describe('language server: cross-document passes during a cold scan', function () {
  this.timeout(120_000);
  const DOCS = 1000;
  let dir: string;
  let client: MessageConnection | undefined;
  after(() => {
    client?.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('asks for a pass only when the index has tripled, and once more at the end', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sa-scan-passes-'));
    for (let i = 0; i < DOCS; i++) fs.writeFileSync(path.join(dir, `${String(i).padStart(4, '0')}.txt`), text(i));
    /** Documents the worker held at each pass. */
    const sizes: number[] = [];
    const channel = (): ResolveChannel => {
      const inner = inProcessResolveChannel();
      const held = new Set<string>();
      return {
        post(m) {
          if (m.t === 'set') held.add(m.id);
          else if (m.t === 'remove') held.delete(m.id);
          else if (m.t === 'resolve') sizes.push(held.size);
          inner.post(m);
        },
        listen: (a, b) => inner.listen(a, b),
        dispose: () => inner.dispose(),
      };
    };
    const annotator = createAnnotator();
    // Slow enough that the scan is applied in many batches (each batch asked for a pass before).
    const annotate = async (t: string) => {
      await new Promise((r) => setTimeout(r, 15));
      return annotator.annotate(t);
    };
    const open = URI.file(path.join(dir, '0000.txt')).toString();
    client = await connectServer(dir, annotate, undefined, { resolveChannel: channel });
    await client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: open, languageId: 'plaintext', version: 1, text: text(0) } });
    const hover = (await client.sendRequest(HoverRequest.type, { textDocument: { uri: open }, position: { line: 0, character: 2 } })) as Hover | null;
    assert.match(((hover?.contents ?? { value: '' }) as MarkupContent).value, /Orsolya/, 'the open document answers during the scan');
    const stats = await client.sendRequest(WhenIndexedRequest);
    assert.equal(stats.documents, DOCS);
    assert.ok(sizes.length >= 1 && sizes[sizes.length - 1] === DOCS, `the last pass resolves every document (${sizes.join(', ')})`);
    // Before the scan starts, the open document alone may be resolved (it is the whole index then).
    const during = sizes.filter((n) => n > 1 && n < DOCS);
    for (let i = 1; i < during.length; i++) assert.ok(during[i] >= 3 * during[i - 1] - 1, `passes during the scan at ${during.join(', ')} documents: each after the index tripled`);
    assert.ok(during.every((n) => n >= 299), `none before 300 documents (${during.join(', ')})`);
    assert.ok(sizes.length <= 4, `${sizes.length} passes (${sizes.join(', ')}): a few, not one per batch (${stats.batches} batches)`);
  });
});
