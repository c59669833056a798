// The unit tests' resolve worker thread: loads resolveWorkerEntry.ts through tsx (a worker thread
// does not inherit the test process's TypeScript loader).
import { tsImport } from 'tsx/esm/api';

await tsImport('./resolveWorkerEntry.ts', import.meta.url);
