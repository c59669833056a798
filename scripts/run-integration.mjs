#!/usr/bin/env node
// `npm run test:integration`: mocha inside a real VS Code extension host with a copy of seeds/ as the
// workspace. Desktop VS Code through @vscode/test-electron when one is at hand (or
// SOURCE_ANNOTATOR_TEST_RUNNER=electron); otherwise, and when CI=true, code-server in headless
// Chromium (SOURCE_ANNOTATOR_TEST_RUNNER=code-server), installed on first use.
//
//   node scripts/run-integration.mjs [--grep PATTERN] [--verbose]   (or SOURCE_ANNOTATOR_TEST_GREP=PATTERN)
//     [--folder DIR] (workspace instead of seeds/) [--home DIR] (code-server profile kept between runs)
// SOURCE_ANNOTATOR_SCALE* variables reach the tests (the opt-in scale test, scripts/run-scale.mjs).
//
// Fails when a test fails, when no test ran, or when VS Code refused to load the extension.
// The last line is always "N passed, N failed".
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildTests } from './build-tests.mjs';
import { REPO_ROOT } from './vscode-runtime/config.mjs';
import { runTestsInCodeServer } from './vscode-runtime/host-tests.mjs';
import { ensureRuntime } from './vscode-runtime/install.mjs';

const args = process.argv.slice(2);
const option = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const verbose = args.includes('--verbose');
/**
 * The workspace: a fresh copy of seeds/ (still named seeds), so the tests that type into a document,
 * save corrections or create files never touch the repository's own seed articles, whatever an editor
 * setting such as auto-save does.
 */
function seedsCopy() {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'source-annotator-workspace-')), 'seeds');
  fs.cpSync(path.join(REPO_ROOT, 'seeds'), dir, { recursive: true });
  return dir;
}
const seeds = option('--folder') ? path.resolve(option('--folder')) : seedsCopy();
// The whole suite takes under a minute; a hung extension host should not hold CI for long.
const timeoutMs = Number(process.env.SOURCE_ANNOTATOR_TEST_TIMEOUT || 300) * 1000;

/** The desktop VS Code binary test-electron can drive, if `code` is installed the usual Linux way. */
function desktopVSCode() {
  if (process.env.VSCODE_EXECUTABLE) return process.env.VSCODE_EXECUTABLE;
  const which = spawnSync('sh', ['-c', 'command -v code'], { encoding: 'utf8' });
  if (which.status !== 0) return undefined;
  // /usr/share/code/bin/code -> /usr/share/code/code. A remote terminal's `code` (VS Code
  // server, code-server) has no resources/app beside it and cannot be driven by test-electron.
  const install = path.dirname(path.dirname(fs.realpathSync(which.stdout.trim())));
  const exe = path.join(install, 'code');
  return fs.existsSync(path.join(install, 'resources', 'app')) && fs.existsSync(exe) ? exe : undefined;
}

function chooseRunner() {
  const forced = process.env.SOURCE_ANNOTATOR_TEST_RUNNER;
  if (forced === 'electron' || forced === 'code-server') return forced;
  if (forced) throw new Error(`SOURCE_ANNOTATOR_TEST_RUNNER must be electron or code-server, not ${forced}`);
  // CI machines are headless: a desktop VS Code there would need a display server.
  if (process.env.CI === 'true') return 'code-server';
  return desktopVSCode() || fs.existsSync(path.join(REPO_ROOT, '.vscode-test')) ? 'electron' : 'code-server';
}

async function runWithElectron(suite, env) {
  const { runTests } = await import('@vscode/test-electron');
  try {
    return await runTests({
      vscodeExecutablePath: desktopVSCode(), // undefined: test-electron uses (or downloads) its own copy
      extensionDevelopmentPath: REPO_ROOT,
      extensionTestsPath: suite,
      extensionTestsEnv: env,
      launchArgs: [seeds, '--disable-extensions'],
    });
  } catch (e) {
    console.error(`run-integration: VS Code ended with ${e instanceof Error ? e.message : e}`);
    return 1;
  }
}

async function runWithCodeServer(suite, env) {
  const runtime = ensureRuntime({ log: (s) => console.log(s) });
  console.log(`run-integration: VS Code ${runtime.vscodeVersion} (code-server ${runtime.codeServerVersion}) in headless Chromium`);
  const r = await runTestsInCodeServer({
    runtime, extensionDevelopmentPath: REPO_ROOT, extensionTestsPath: suite, folder: seeds, env, timeoutMs, verbose,
    home: option('--home') ? path.resolve(option('--home')) : undefined,
  });
  for (const problem of r.loadProblems) console.log(`run-integration: VS Code did not load an extension: ${problem}`);
  console.log(`run-integration: ${r.outcome}${r.exitCode === undefined ? '' : ` ${r.exitCode}`}; server up in ${r.serverStartMs} ms; run took ${(r.totalMs / 1000).toFixed(1)} s`);
  if (r.loadProblems.length > 0) return 1;
  if (r.outcome === 'timeout') return 124;
  return r.outcome === 'exit' ? r.exitCode : 1;
}

async function main() {
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'esbuild.js')], { cwd: REPO_ROOT, stdio: 'inherit' });
  const { suite } = await buildTests();
  const resultFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'source-annotator-results-')), 'result.json');
  const env = { SOURCE_ANNOTATOR_TEST_RESULT: resultFile };
  const grep = option('--grep') ?? process.env.SOURCE_ANNOTATOR_TEST_GREP;
  if (grep) env.SOURCE_ANNOTATOR_TEST_GREP = grep;
  for (const [k, v] of Object.entries(process.env)) if (k.startsWith('SOURCE_ANNOTATOR_SCALE') && v) env[k] = v;
  const runner = chooseRunner();
  const code = runner === 'electron' ? await runWithElectron(suite, env) : await runWithCodeServer(suite, env);

  let result;
  try { result = JSON.parse(fs.readFileSync(resultFile, 'utf8')); } catch { result = undefined; }
  fs.rmSync(path.dirname(resultFile), { recursive: true, force: true });
  const reasons = [];
  if (code === 124) reasons.push(`no result within ${timeoutMs / 1000} s (SOURCE_ANNOTATOR_TEST_TIMEOUT)`);
  else if (!result) reasons.push('the test suite never reported (the extension host did not run it)');
  if (code !== 0 && code !== 124) reasons.push(`the ${runner} runner exited with ${code}`);
  if (result?.failed > 0) reasons.push(`failed: ${result.failures.join(' | ')}`);
  if (result && result.passed === 0) reasons.push('no test ran');
  if (result?.pending > 0) reasons.push(`${result.pending} test(s) skipped; skipped tests are not allowed`);
  if (reasons.length) console.log(`run-integration: FAILED: ${reasons.join('; ')}`);
  console.log(`${result?.passed ?? 0} passed, ${result?.failed ?? 0} failed`);
  return reasons.length ? 1 : 0;
}

main().then((code) => process.exit(code), (e) => {
  console.error(`run-integration: ${e instanceof Error ? e.stack : e}`);
  console.log('0 passed, 0 failed');
  process.exit(1);
});
