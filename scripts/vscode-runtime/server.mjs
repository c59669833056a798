// Starts code-server for one run: 127.0.0.1 on a free port, no auth, a throwaway profile
// (user data, extensions, XDG and temp dirs), and its own process group so that stop()
// ends the server and everything it spawned (extension host, tsserver, ...) by its PID.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { QUIET_SETTINGS } from './config.mjs';

const LISTENING = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)\//;

/**
 * @param {{ runtime: { node: string, entry: string }, env?: Record<string,string>,
 *   settings?: Record<string, unknown>, port?: number, keep?: boolean, startTimeoutMs?: number, home?: string }} options
 *   `home`: a profile folder to use and keep (a second run then starts warm, as a reopened window does);
 *   by default a throwaway one.
 */
export async function startCodeServer({ runtime, env = {}, settings = {}, port = 0, keep = false, startTimeoutMs = 60_000, profile, home: givenHome, folder, installExtension }) {
  // profile: a directory kept between runs (npm start): settings the user changed there survive,
  // ours are only added when missing. Otherwise a throwaway directory, removed by stop().
  // home (the scale test's warm reopen): a kept folder like profile.
  const kept = profile ?? givenHome;
  const home = kept ? path.resolve(kept) : fs.mkdtempSync(path.join(os.tmpdir(), 'source-annotator-vscode-'));
  const dirs = Object.fromEntries(['user', 'extensions', 'config', 'data', 'cache', 'tmp'].map((d) => [d, path.join(home, d)]));
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  fs.mkdirSync(path.join(dirs.user, 'User'), { recursive: true });
  writeSettings(path.join(dirs.user, 'User', 'settings.json'), { ...QUIET_SETTINGS, ...settings }, Boolean(profile));
  // installExtension: the extension folder, linked into the profile as an installed extension so the
  // bare address loads it (the ?payload= development path works only on the URL that carries it).
  if (installExtension) linkExtension(installExtension, dirs.extensions);
  const logFile = path.join(home, 'code-server.log');
  if (kept) fs.rmSync(logFile, { force: true });
  const out = fs.openSync(logFile, 'a');
  const child = spawn(runtime.node, [runtime.entry,
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--user-data-dir', dirs.user, '--extensions-dir', dirs.extensions,
    // folder: what the bare address opens, even when another folder was opened last time.
    ...(folder ? ['--ignore-last-opened', path.resolve(folder)] : []),
  ], {
    detached: true, // own process group, killed as a whole in stop()
    stdio: ['ignore', out, out],
    env: {
      ...process.env,
      EXTENSIONS_GALLERY: '{}', // no Open VSX: nothing leaves the machine
      VSCODE_OPTIONS: 'enable-smoke-test-driver', // newer workbenches honour ?payload= only with it
      XDG_CONFIG_HOME: dirs.config, XDG_DATA_HOME: dirs.data, XDG_CACHE_HOME: dirs.cache, TMPDIR: dirs.tmp,
      ...env,
    },
  });
  fs.closeSync(out);
  const pgid = child.pid;
  const killOnExit = () => signalGroup(pgid, 'SIGKILL');
  process.on('exit', killOnExit);
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  let exitInfo;
  exited.then((e) => { exitInfo = e; });

  const stop = async () => {
    process.off('exit', killOnExit);
    if (groupAlive(pgid)) {
      signalGroup(pgid, 'SIGTERM');
      for (let i = 0; i < 50 && groupAlive(pgid); i++) await sleep(100);
      signalGroup(pgid, 'SIGKILL');
    }
    if (!keep && !profile && !givenHome) fs.rmSync(home, { recursive: true, force: true });
  };

  const t0 = Date.now();
  for (;;) {
    const m = fs.readFileSync(logFile, 'utf8').match(LISTENING);
    if (m) {
      const url = m[1];
      return { url, authority: new URL(url).host, pid: pgid, home, logFile, startMs: Date.now() - t0, exited, stop };
    }
    if (exitInfo || Date.now() - t0 > startTimeoutMs) {
      const log = fs.readFileSync(logFile, 'utf8');
      await stop();
      throw new Error(`code-server ${exitInfo ? `exited (${JSON.stringify(exitInfo)})` : `did not listen within ${startTimeoutMs} ms`}:\n${log}`);
    }
    await sleep(100);
  }
}

/**
 * The workbench URL. `payload` is VS Code's own automation hook (what @vscode/test-web uses):
 * it loads extensions from folders and, with extensionTestsPath, runs tests in the host.
 */
export function workbenchUrl(server, { folder, extensionDevelopmentPath = [], extensionTestsPath } = {}) {
  const remote = (p) => `vscode-remote://${server.authority}${path.resolve(p)}`;
  const payload = [['skipWelcome', 'true'], ['skipReleaseNotes', 'true']];
  for (const p of [].concat(extensionDevelopmentPath)) payload.push(['extensionDevelopmentPath', remote(p)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  const where = folder ? `folder=${encodeURIComponent(path.resolve(folder))}` : 'ew=true';
  return `${server.url}/?${where}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/** Reasons the server gave for not loading an extension (e.g. engines.vscode newer than this VS Code). */
export function extensionLoadProblems(logFile) {
  let text = '';
  try { text = fs.readFileSync(logFile, 'utf8'); } catch { return []; }
  const found = text.split('\n')
    .map((l) => l.match(/\[([^\]]+)\]: (Extension is not compatible.*|.*Cannot read the extension.*|.*cannot be loaded.*)$/))
    .filter(Boolean)
    .map((m) => `${m[1]}: ${m[2]}`);
  return [...new Set(found)];
}

function groupAlive(pgid) {
  try { process.kill(-pgid, 0); return true; } catch { return false; }
}

function signalGroup(pgid, signal) {
  try { process.kill(-pgid, signal); } catch { /* already gone */ }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Writes the profile's settings. A kept profile keeps every value already there (the user's own
 * changes) and only gains the keys it lacks; a file that is not plain JSON (comments) is left alone.
 */
function writeSettings(file, defaults, keepExisting) {
  let current = {};
  if (keepExisting && fs.existsSync(file)) {
    try {
      current = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch {
      return;
    }
  }
  fs.writeFileSync(file, JSON.stringify({ ...defaults, ...current }, null, 2) + '\n');
}

/** Links an extension folder into an extensions directory as publisher.name-version. */
function linkExtension(folder, extensionsDir) {
  const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8'));
  const prefix = `${manifest.publisher}.${manifest.name}-`.toLowerCase();
  for (const old of fs.readdirSync(extensionsDir)) if (old.toLowerCase().startsWith(prefix)) fs.rmSync(path.join(extensionsDir, old), { recursive: true, force: true });
  fs.symlinkSync(path.resolve(folder), path.join(extensionsDir, `${prefix}${manifest.version}`), 'dir');
  // The scanner trusts extensions.json when it exists; a stale one would hide the link.
  fs.rmSync(path.join(extensionsDir, 'extensions.json'), { force: true });
}
