#!/usr/bin/env node
// `npm start`: builds the extension and opens VS Code with it loaded on a folder of documents
// (seeds/ unless --folder says otherwise). With a desktop `code` on PATH that is an Extension
// Development Host window; otherwise code-server (installed on first use) serves the same on
// 127.0.0.1 and this script prints the address and keeps it running until Ctrl+C.
//
//   npm start [-- --folder PATH] [-- --port N] [-- --web] [-- --fresh]
//
//   --folder PATH  the folder to open (default: the repository's seeds/)
//   --port N       code-server's port (default 8765, or SOURCE_ANNOTATOR_PORT); the same every run,
//                  so a bookmarked http://127.0.0.1:8765/ keeps working
//   --web          code-server even when a desktop `code` exists
//   --fresh        start from an empty profile (throws the kept one away first)
//
// code-server keeps its profile (settings, theme, state) in <cache>/start-profile, where <cache> is
// SOURCE_ANNOTATOR_VSCODE_CACHE or ~/.cache/source-annotator-vscode (SOURCE_ANNOTATOR_START_PROFILE
// names another profile folder); the extension is linked into it,
// so the bare address loads it. Auto-save is off there: readers open primary sources.
// Rebuild with `npm run build` (or keep `npm run watch` running) and reload the window.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { cacheDir, REPO_ROOT } from './vscode-runtime/config.mjs';
import { ensureRuntime } from './vscode-runtime/install.mjs';
import { startCodeServer } from './vscode-runtime/server.mjs';

const DEFAULT_PORT = 8765;
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const port = Number(option('--port') ?? process.env.SOURCE_ANNOTATOR_PORT ?? DEFAULT_PORT);
const folder = path.resolve(option('--folder') ?? path.join(REPO_ROOT, 'seeds'));
const profile = path.resolve(process.env.SOURCE_ANNOTATOR_START_PROFILE || path.join(cacheDir(), 'start-profile'));
/** Settings for the kept profile, added only when missing (a changed value stays the user's). */
const START_SETTINGS = { 'files.autoSave': 'off' };

function fail(message) {
  console.error(`start: ${message}`);
  process.exit(1);
}

async function main() {
  if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`--port must be a number from 1 to 65535, not ${option('--port') ?? process.env.SOURCE_ANNOTATOR_PORT}`);
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) fail(`--folder ${folder} is not a folder`);
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'esbuild.js')], { cwd: REPO_ROOT, stdio: 'inherit' });
  const hasCode = spawnSync('sh', ['-c', 'command -v code'], { stdio: 'ignore' }).status === 0;
  if (hasCode && !args.includes('--web')) {
    const code = spawn('code', [`--extensionDevelopmentPath=${REPO_ROOT}`, folder], { stdio: 'inherit' });
    code.on('exit', (c) => process.exit(c ?? 0));
    return;
  }
  if (args.includes('--fresh')) fs.rmSync(profile, { recursive: true, force: true });
  const runtime = ensureRuntime();
  let server;
  try {
    server = await startCodeServer({ runtime, port, profile, folder, installExtension: REPO_ROOT, settings: START_SETTINGS, startTimeoutMs: 30_000 });
  } catch (e) {
    fail(`${e instanceof Error ? e.message.split('\n')[0] : e}\n(is another \`npm start\` still running on port ${port}? Stop it, or pass --port N)`);
  }
  console.log(`VS Code ${runtime.vscodeVersion} (code-server ${runtime.codeServerVersion}), Source Annotator from ${REPO_ROOT}`);
  console.log(`folder: ${folder}\nprofile: ${profile}`);
  console.log(`open in a browser on this machine:\n\n  ${server.url}/\n`);
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

main().catch((e) => fail(e instanceof Error ? e.message : String(e)));
