// Cancelling a workspace scan (the progress notification's Cancel button sends CancelScanRequest):
// the server stops reading new files, keeps what it indexed, and says so in its log; a rescan later
// indexes the rest.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import { createAnnotator } from '../../src/core/annotate';
import { CancelScanRequest, CUSTOM_METHODS, IndexChangedNotification, LogNotification, RescanRequest, WhenIndexedRequest } from '../../src/protocol';
import { connectServer } from './serverKit';

const FILES = 40;

describe('language server: cancelling a workspace scan', function () {
  this.timeout(60_000);
  let dir: string;
  let client: MessageConnection;
  const logs: string[] = [];

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sa-cancel-'));
    for (let i = 0; i < FILES; i++) fs.writeFileSync(path.join(dir, `d${String(i).padStart(2, '0')}.txt`), `Report ${i}: Ilse Varnhagen visited Tolvik.\n`);
    const annotator = createAnnotator();
    let cancelled = false;
    // A slow annotator, so the scan is still running when the test cancels it.
    client = await connectServer(dir, async (text) => { await new Promise((r) => setTimeout(r, 150)); return annotator.annotate(text); }, (c) => {
      c.onNotification(LogNotification, (p) => void logs.push(p.message));
      c.onNotification(IndexChangedNotification, (p) => {
        if (!cancelled && p.progress && p.progress.done >= 1) {
          cancelled = true;
          void c.sendRequest(CancelScanRequest);
        }
      });
    });
  });
  after(() => {
    client?.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('stops reading files, keeps what it indexed, and a rescan indexes the rest', async () => {
    assert.ok(CUSTOM_METHODS.includes(CancelScanRequest.method));
    const stopped = await client.sendRequest(WhenIndexedRequest);
    const indexed = stopped.documents ?? 0;
    assert.ok(indexed >= 1 && indexed < FILES, `part of the folder is indexed (${indexed} of ${FILES})`);
    assert.ok(logs.some((l) => /indexing cancelled after \d+ of \d+ documents/.test(l)), logs.join('\n'));
    await client.sendRequest(RescanRequest);
    const all = await client.sendRequest(WhenIndexedRequest);
    assert.equal(all.documents, FILES);
  });
});
