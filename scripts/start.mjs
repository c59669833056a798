#!/usr/bin/env node
// `npm start`: builds the extension and opens VS Code with it loaded and seeds/ as the
// workspace. With a desktop `code` on PATH that is an Extension Development Host window;
// otherwise code-server (installed on first use) serves the same on 127.0.0.1 and this
// script prints the URL and keeps it running until Ctrl+C.
//
//   npm start [-- --port 8080] [-- --web]     (--web: code-server even when `code` exists)
// Rebuild with `npm run build` (or keep `npm run watch` running) and reload the window.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from './vscode-runtime/config.mjs';
import { ensureRuntime } from './vscode-runtime/install.mjs';
import { startCodeServer, workbenchUrl } from './vscode-runtime/server.mjs';

const args = process.argv.slice(2);
const portArg = args.indexOf('--port');
const port = portArg >= 0 ? Number(args[portArg + 1]) : 0;
const seeds = path.join(REPO_ROOT, 'seeds');

async function main() {
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'esbuild.js')], { cwd: REPO_ROOT, stdio: 'inherit' });
  const hasCode = spawnSync('sh', ['-c', 'command -v code'], { stdio: 'ignore' }).status === 0;
  if (hasCode && !args.includes('--web')) {
    const code = spawn('code', [`--extensionDevelopmentPath=${REPO_ROOT}`, seeds], { stdio: 'inherit' });
    code.on('exit', (c) => process.exit(c ?? 0));
    return;
  }
  const runtime = ensureRuntime();
  const server = await startCodeServer({ runtime, port });
  console.log(`VS Code ${runtime.vscodeVersion} (code-server ${runtime.codeServerVersion}), Source Annotator loaded from ${REPO_ROOT}`);
  console.log(`open in a browser on this machine:\n\n  ${workbenchUrl(server, { folder: seeds, extensionDevelopmentPath: REPO_ROOT })}\n`);
  console.log(`server log: ${server.logFile}; Ctrl+C stops the server`);
  const reason = await new Promise((resolve) => {
    process.once('SIGINT', () => resolve('stopped'));
    process.once('SIGTERM', () => resolve('stopped'));
    server.exited.then((e) => resolve(`code-server exited: ${JSON.stringify(e)}`));
  });
  await server.stop();
  console.log(reason);
  process.exit(reason === 'stopped' ? 0 : 1);
}

main().catch((e) => {
  console.error(`start: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
