// Entry point of the language server process (bundled to dist/server.js; the client starts it over
// Node IPC). Real disk access, annotation on worker threads from dist/worker.js next to it, and
// cross-document resolution on a worker thread running this same bundle (resolveWorker.ts).
import * as path from 'node:path';
import { workerData } from 'node:worker_threads';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createAnnotatorPool } from './annotatorPool';
import { fileModifiedMs, nodeFileAccess } from './files';
import { runResolveWorkerIfAsked, workerResolveChannel } from './resolveWorker';
import { startServer } from './server';

/** Longest wait for the workspace cache's last write after SIGTERM. */
const SIGTERM_FLUSH_MS = 4000;

if (!runResolveWorkerIfAsked(workerData)) {
  const connection = createConnection(ProposedFeatures.all);
  const workerPath = path.join(__dirname, 'worker.js');
  const server = startServer(connection, {
    files: nodeFileAccess(),
    workerPath,
    serverPath: __filename,
    modifiedMs: fileModifiedMs,
    annotator: (options) => createAnnotatorPool({ workerPath, size: options.workers, log: (m) => connection.console.log(m) }),
    resolveChannel: () => workerResolveChannel(__filename),
  });
  // A window closed while the client waits at most two seconds for the shutdown request, and a host that
  // ends the editor's processes signals this one too: what the workspace cache still has due (the
  // resolution of the last pass, so the next start runs none) is written first, for at most a few seconds.
  process.once('SIGTERM', () => {
    const bounded = new Promise<void>((resolve) => setTimeout(resolve, SIGTERM_FLUSH_MS).unref());
    void Promise.race([server.flushCache(), bounded]).finally(() => process.exit(0));
  });
}
