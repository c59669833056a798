// Entry point of the language server process (bundled to dist/server.js; the client starts it over
// Node IPC). Real disk access, annotation on worker threads from dist/worker.js next to it, and
// cross-document resolution on a worker thread running this same bundle (resolveWorker.ts).
import * as path from 'node:path';
import { workerData } from 'node:worker_threads';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createAnnotatorPool, EXTRA_WORKER_IDLE_MS, serverPoolSize } from './annotatorPool';
import { fileModifiedMs, nodeFileAccess } from './files';
import { runResolveWorkerIfAsked, workerResolveChannel } from './resolveWorker';
import { createIdleCoreCheck } from './idleCores';
import { startServer } from './server';
import { lowerThreadPriority, resolveNice, serverNice, workerNice } from './threadPriority';

/** This process's CPU time so far (every thread), ms: the idle-core check leaves it out of the machine's load. */
const ownCpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Longest wait for the workspace cache's last write after SIGTERM. */
const SIGTERM_FLUSH_MS = 4000;

if (!runResolveWorkerIfAsked(workerData)) {
  const connection = createConnection(ProposedFeatures.all);
  const workerPath = path.join(__dirname, 'worker.js');
  // Before any worker starts: a thread starts at its creator's priority and may only lower it further.
  const ownNice = serverNice();
  lowerThreadPriority(ownNice);
  const threadNice = Math.max(workerNice() ?? 0, ownNice ?? 0) || undefined;
  const server = startServer(connection, {
    files: nodeFileAccess(),
    workerPath,
    serverPath: __filename,
    modifiedMs: fileModifiedMs,
    // One annotation worker per core (serverPoolSize), the second and later only while the machine has a
    // core to spare (idleCores.ts).
    annotator: (options) => createAnnotatorPool({ workerPath, size: serverPoolSize(options.workers), idleMs: EXTRA_WORKER_IDLE_MS, threadNice, mayAddWorker: options.workers || process.env.SOURCE_ANNOTATOR_WORKERS ? undefined : createIdleCoreCheck({ ownCpuMs }), log: (m) => connection.console.log(m) }),
    resolveChannel: () => workerResolveChannel(__filename, undefined, Math.max(resolveNice(threadNice) ?? 0, ownNice ?? 0) || undefined),
  });
  // A window closed while the client waits at most two seconds for the shutdown request, and a host that
  // ends the editor's processes signals this one too: what the workspace cache still has due (the
  // resolution of the last pass, so the next start runs none) is written first, for at most a few seconds.
  process.once('SIGTERM', () => {
    const bounded = new Promise<void>((resolve) => setTimeout(resolve, SIGTERM_FLUSH_MS).unref());
    void Promise.race([server.flushCache(), bounded]).finally(() => process.exit(0));
  });
}
