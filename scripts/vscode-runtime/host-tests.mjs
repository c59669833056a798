// Runs an extension's test suite inside the real extension host of code-server, the way
// @vscode/test-electron does on the desktop. The workbench is told, through its automation
// hooks, to load the extension under development and call the suite's run(); it reports
// the host's console through window.codeAutomationLog and the end through
// window.codeAutomationExit(code).
import util from 'node:util';
import { launchChromium } from './browser.mjs';
import { extensionLoadProblems, startCodeServer, workbenchUrl } from './server.mjs';

// Workbench chatter that says nothing about the tests.
const NOISE = [/^Resolving connection token/, /^Resolved connection token/, /^Creating a socket/, /^\[Service Worker\]/,
  /^Ignoring fetching additional builtin extensions/, /^Updating additional builtin extensions cache/, /^Extension host agent/,
  /^%c/, /^\[reconnection-grace-time\]/, /^ChatSessionStore/];

/**
 * @returns {Promise<{ exitCode: number | undefined, outcome: 'exit' | 'timeout' | 'crash' | 'server-exit',
 *   loadProblems: string[], serverStartMs: number, totalMs: number }>}
 */
export async function runTestsInCodeServer({ runtime, extensionDevelopmentPath, extensionTestsPath, folder, env = {},
  timeoutMs = 10 * 60_000, verbose = false, log = (s) => process.stdout.write(`${s}\n`), home }) {
  const t0 = Date.now();
  const server = await startCodeServer({ runtime, env, home });
  let browser;
  let timer;
  try {
    browser = await launchChromium({ runtime });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    let settle;
    const finished = new Promise((resolve) => { settle = resolve; });
    await page.exposeFunction('codeAutomationExit', (code) => settle({ outcome: 'exit', exitCode: Number(code) }));
    page.on('crash', () => settle({ outcome: 'crash' }));
    server.exited.then(() => settle({ outcome: 'server-exit' }));
    timer = setTimeout(() => settle({ outcome: 'timeout' }), timeoutMs);
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = util.format(...(Array.isArray(args) ? args : [args]));
      if (verbose || !NOISE.some((re) => re.test(text))) (type === 'error' ? console.error : log)(text);
    });
    if (verbose) page.on('console', (m) => log(`[browser ${m.type()}] ${m.text()}`));
    await page.goto(workbenchUrl(server, { folder, extensionDevelopmentPath, extensionTestsPath }));
    const result = await finished;
    return { exitCode: undefined, ...result, loadProblems: extensionLoadProblems(server.logFile), serverStartMs: server.startMs, totalMs: Date.now() - t0 };
  } finally {
    clearTimeout(timer);
    await browser?.close().catch(() => {});
    await server.stop();
  }
}
