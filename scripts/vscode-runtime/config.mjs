// Where the test runtime lives and which versions it uses. One place, so the installer,
// the test runner, the UI check and `npm start` always agree.
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** code-server 4.100.3 ships VS Code 1.100.3, the oldest version engines.vscode (^1.100.0) accepts. */
export const CODE_SERVER_VERSION = process.env.SOURCE_ANNOTATOR_CODE_SERVER_VERSION || '4.100.3';

/**
 * Outside the repository by default so every clone shares one ~300 MB install; CI or a
 * throwaway check can point it anywhere (e.g. <repo>/.cache/vscode, which git ignores).
 */
export function cacheDir() {
  return path.resolve(process.env.SOURCE_ANNOTATOR_VSCODE_CACHE || path.join(os.homedir(), '.cache', 'source-annotator-vscode'));
}

export function runtimeFile(dir = cacheDir()) {
  return path.join(dir, `runtime-${CODE_SERVER_VERSION}.json`);
}

/**
 * Debian packages: the browser that shows the workbench, fonts so screenshots have text,
 * ripgrep to stand in for the rg binary @vscode/ripgrep would fetch from GitHub, and a
 * toolchain plus Kerberos headers for code-server's native modules (no prebuilt binaries
 * are reachable, so node-gyp compiles them).
 */
export const APT_PACKAGES = ['chromium', 'fonts-liberation', 'fonts-dejavu-core', 'ripgrep', 'libkrb5-dev',
  'pkg-config', 'g++', 'make', 'python3', 'ca-certificates'];

export const CHROMIUM = process.env.SOURCE_ANNOTATOR_CHROMIUM || '/usr/bin/chromium';

/** User settings for every throwaway profile: no network, no welcome page, no git scanning of the repo. */
export const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.enableExperiments': false,
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'git.autoRepositoryDetection': false,
  'github.gitAuthentication': false,
  'npm.autoDetect': 'off',
  'typescript.disableAutomaticTypeAcquisition': true,
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'window.commandCenter': true,
  // code-server's extension host polls /proc for every process of the machine to offer ports to
  // forward; on a shared machine one poll held the host's event loop for about 60 ms, which the
  // scale test's lag figures then charged to whatever view was opening.
  'remote.autoForwardPorts': false,
  // ...and that setting alone does not stop it: code-server registers a tunnel provider, which keeps the
  // process scan running every 2-3 s (`ls -l /proc/*/fd`, a read of every /proc entry, `ps`); its spawn
  // alone held the host 55 ms in a 3k-document profile of the graph opening. 'output' turns the scan off.
  'remote.autoForwardPortsSource': 'output',
};
