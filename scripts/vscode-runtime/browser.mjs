// Headless Debian Chromium driven by the project's own playwright-core (a devDependency;
// Playwright's browser download is never used). Its profile lives in a temp dir that goes
// away with the browser.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './config.mjs';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function loadPlaywright() {
  try {
    return createRequire(path.join(REPO_ROOT, 'package.json'))('playwright-core');
  } catch (e) {
    throw new Error(`playwright-core is not installed in ${REPO_ROOT}; run npm ci (${e instanceof Error ? e.message : e})`);
  }
}

export async function launchChromium({ runtime, headless = true }) {
  const { chromium } = loadPlaywright();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'source-annotator-chromium-'));
  const env = { ...process.env, XDG_CONFIG_HOME: path.join(dir, 'config'), XDG_CACHE_HOME: path.join(dir, 'cache'), TMPDIR: dir };
  try {
    const browser = await chromium.launch({ executablePath: runtime.chromium, headless, args: CHROMIUM_ARGS, env });
    browser.on('disconnected', () => fs.rmSync(dir, { recursive: true, force: true }));
    return browser;
  } catch (e) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}
