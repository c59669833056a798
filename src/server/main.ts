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

if (!runResolveWorkerIfAsked(workerData)) {
  const connection = createConnection(ProposedFeatures.all);
  const workerPath = path.join(__dirname, 'worker.js');
  startServer(connection, {
    files: nodeFileAccess(),
    workerPath,
    serverPath: __filename,
    modifiedMs: fileModifiedMs,
    annotator: (options) => createAnnotatorPool({ workerPath, size: options.workers, log: (m) => connection.console.log(m) }),
    resolveChannel: () => workerResolveChannel(__filename),
  });
}
