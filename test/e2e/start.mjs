#!/usr/bin/env node
/* global document, setInterval, clearInterval */
// `node test/e2e/start.mjs`: checks `npm start` the way a new user meets it. Runs scripts/start.mjs
// twice (code-server, a throwaway profile folder, a folder of our own): both runs print the same
// bare address, the bare address opens the folder with the extension active (its status-bar
// counts and the Reading lock), a setting changed in the first run is still there in the second,
// and auto-save is off.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium } from '../../scripts/vscode-runtime/browser.mjs';
import { REPO_ROOT } from '../../scripts/vscode-runtime/config.mjs';
import { ensureRuntime } from '../../scripts/vscode-runtime/install.mjs';
import { quickOpen, waitForWorkbench } from './workbench.mjs';

const PORT = Number(process.env.SOURCE_ANNOTATOR_START_TEST_PORT || 18766);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'source-annotator-start-'));
const folder = path.join(work, 'my-sources');
const profile = path.join(work, 'profile');
fs.mkdirSync(folder);
fs.writeFileSync(path.join(folder, 'note.txt'), 'Mayor Tilde Varnum met Governor Oskar Pell in Tacoma on Monday. Varnum said the bridge would reopen.\n');
const say = (s) => console.log(`start-check  ${s}`);

/** Runs `npm start`'s script until it prints its address; returns the address and a stop function. */
async function start() {
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'scripts', 'start.mjs'), '--web', '--port', String(PORT), '--folder', folder], {
    env: { ...process.env, SOURCE_ANNOTATOR_START_PROFILE: profile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  child.stderr.on('data', (d) => { out += d; });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const url = await new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const m = out.match(/^\s+(http:\/\/127\.0\.0\.1:\d+\/)\s*$/m);
      if (m) { clearInterval(timer); resolve(m[1]); }
    }, 200);
    exited.then((code) => { clearInterval(timer); reject(new Error(`start.mjs exited with ${code}:\n${out}`)); });
  });
  return { url, stop: async () => { child.kill('SIGINT'); await exited; } };
}

async function checkPage(url, runtime) {
  const browser = await launchChromium({ runtime });
  try {
    const page = await browser.newPage({ viewport: { width: 1300, height: 800 } });
    await page.goto(url);
    await waitForWorkbench(page);
    await quickOpen(page, 'note.txt');
    await page.waitForFunction(() => document.querySelectorAll('.editor-instance .monaco-editor [class*="ced-"]').length > 0, null, { timeout: 60_000 })
      .catch(() => { throw new Error('the bare address opened no highlighted document: the extension is not active'); });
    await page.locator('.statusbar-item', { hasText: 'Reading' }).first().waitFor({ timeout: 15_000 });
    return (await page.locator('.part.statusbar').innerText()).replace(/\s+/g, ' ');
  } finally {
    await browser.close();
  }
}

async function main() {
  const runtime = ensureRuntime({ log: say });
  const first = await start();
  say(`first run: ${first.url}`);
  try {
    if (first.url !== `http://127.0.0.1:${PORT}/`) throw new Error(`the address is not the bare http://127.0.0.1:${PORT}/: ${first.url}`);
    say(`status bar: ${await checkPage(first.url, runtime)}`);
  } finally {
    await first.stop();
  }
  const settingsFile = path.join(profile, 'user', 'User', 'settings.json');
  const settings = JSON.parse(fs.readFileSync(settingsFile, 'utf8'));
  if (settings['files.autoSave'] !== 'off') throw new Error(`auto-save is not off: ${JSON.stringify(settings['files.autoSave'])}`);
  // What the user does in the first session: a changed setting, written by VS Code to the profile.
  fs.writeFileSync(settingsFile, JSON.stringify({ ...settings, 'workbench.colorTheme': 'Default Dark Modern', 'editor.fontSize': 17 }, null, 2));
  const second = await start();
  say(`second run: ${second.url}`);
  try {
    if (second.url !== first.url) throw new Error(`the address changed: ${first.url} then ${second.url}`);
    const kept = JSON.parse(fs.readFileSync(settingsFile, 'utf8'));
    if (kept['editor.fontSize'] !== 17 || kept['workbench.colorTheme'] !== 'Default Dark Modern') throw new Error(`a changed setting was lost: ${JSON.stringify(kept)}`);
    say(`status bar: ${await checkPage(second.url, runtime)}`);
  } finally {
    await second.stop();
  }
  fs.rmSync(work, { recursive: true, force: true });
  say('npm start check passed: same address twice, setting kept, own folder opened with the extension active');
}

main().catch((e) => {
  console.error(`start-check: FAILED: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
