// Installs the Debian packages the runtime needs, only those that are missing, so a
// second run costs one dpkg-query per package and never touches the network.
import { execFileSync, spawnSync } from 'node:child_process';

function installed(pkg) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

function hasCommand(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

/** Returns the packages it installed (empty when everything was already there). */
export function ensureAptPackages(packages, { log = console.error } = {}) {
  if (!hasCommand('dpkg-query')) {
    log('vscode-runtime: no dpkg (not Debian?); assuming chromium, rg and a C++ toolchain are installed');
    return [];
  }
  const missing = packages.filter((p) => !installed(p));
  if (missing.length === 0) return [];
  if (process.env.SOURCE_ANNOTATOR_SKIP_APT === '1') {
    throw new Error(`missing Debian packages ${missing.join(' ')} and SOURCE_ANNOTATOR_SKIP_APT=1`);
  }
  const root = process.getuid?.() === 0;
  if (!root && !hasCommand('sudo')) {
    throw new Error(`missing Debian packages; as root run: apt-get install -y ${missing.join(' ')}`);
  }
  const run = (args) => execFileSync(root ? args[0] : 'sudo', root ? args.slice(1) : args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  log(`vscode-runtime: apt-get install ${missing.join(' ')}`);
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', ...missing]);
  return missing;
}
