// A resolve worker for the unit tests: the worker thread runs this TypeScript file (tsx is inherited
// from the test process), as the real server's worker runs dist/server.js.
import { workerData } from 'node:worker_threads';
import { runResolveWorkerIfAsked } from '../../src/server/resolveWorker';

runResolveWorkerIfAsked(workerData);
