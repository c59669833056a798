#!/usr/bin/env node
// Checks what the .vsix would contain (`vsce ls`, about a second) and that the bundles in it
// stand alone: the package ships without node_modules, so dist/*.js may require only Node
// built-ins and `vscode`; wink-nlp, its model and world-countries must be inside the bundle.
//
//   node scripts/check-vsix.mjs            # after `npm run build`
//   node scripts/check-vsix.mjs --package  # also build the real .vsix into test-output/, list it, and run
//                                          # its CLI bundle on a seed article from an unzipped copy
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const vsce = path.join(root, 'node_modules', '.bin', 'vsce');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

const FORBIDDEN = ['src/', 'test/', 'scripts/', 'seeds/', 'out/', 'node_modules/', '.cache/', '.ci/', '.vscode/', '.vscode-test/', 'test-output/', '.git/'];
const required = ['package.json', 'LICENSE', 'README.md', path.posix.normalize(manifest.main),
  ...Object.values(manifest.bin ?? {}).map((p) => path.posix.normalize(p))];

/** Bare module names a bundle still requires at run time. */
function externalRequires(file) {
  const code = fs.readFileSync(file, 'utf8');
  const allowed = new Set(['vscode', ...builtinModules]);
  const names = [...code.matchAll(/\brequire\(\s*["']([^"'.][^"']*)["']\s*\)/g)].map((m) => m[1]);
  return [...new Set(names.filter((n) => !allowed.has(n.replace(/^node:/, ''))))];
}

/**
 * Unzips the .vsix far from any node_modules and annotates a seed article with its CLI bundle:
 * the same engine bundle the extension's worker runs, so it proves the package is complete.
 */
function runPackagedCli(vsix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'source-annotator-vsix-'));
  try {
    execFileSync('python3', ['-m', 'zipfile', '-e', vsix, dir]);
    const seed = fs.readdirSync(path.join(root, 'seeds')).find((f) => f.endsWith('.txt'));
    const cli = path.join(dir, 'extension', manifest.bin['source-annotator']);
    const r = spawnSync(process.execPath, [cli, 'annotate', path.join(root, 'seeds', seed)], { cwd: dir, encoding: 'utf8', maxBuffer: 64 << 20 });
    if (r.status !== 0) return [`the packaged CLI failed on seeds/${seed} (exit ${r.status}): ${r.stderr.trim().split('\n').slice(0, 5).join(' | ')}`];
    const out = JSON.parse(r.stdout);
    const mentions = out.documents?.[0]?.mentions?.length ?? 0;
    const places = (out.entities ?? []).filter((e) => e.type === 'PLACE').length;
    if (mentions === 0 || places === 0) return [`the packaged CLI found ${mentions} mentions and ${places} places in seeds/${seed}`];
    console.log(`check-vsix: the packaged CLI annotated seeds/${seed} without node_modules: ${mentions} mentions, ${out.entities.length} entities (${places} places)`);
    return [];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const problems = [];
if (process.argv.includes('--package')) {
  const out = path.join(root, 'test-output', `${manifest.name}-${manifest.version}.vsix`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  // README images are relative (media/screenshots ships inside the package, and VS Code shows an
  // installed extension's README from its own folder); the repository URL cannot prefix them.
  execFileSync(vsce, ['package', '--no-dependencies', '--no-rewrite-relative-links', '--out', out], { cwd: root, stdio: 'inherit' });
  // vsce ran vscode:prepublish (the production build), so the checks below see those bundles.
  const listing = execFileSync('python3', ['-m', 'zipfile', '-l', out], { encoding: 'utf8' });
  console.log(listing);
  if (/extension\/(src|test|node_modules|scripts)\//.test(listing)) problems.push(`${out} contains sources or node_modules`);
  problems.push(...runPackagedCli(out));
}

const files = execFileSync(vsce, ['ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' }).split('\n').map((l) => l.trim()).filter(Boolean);
for (const f of required) if (!files.includes(f)) problems.push(`missing from the package: ${f}`);
for (const f of files) if (FORBIDDEN.some((p) => f.startsWith(p))) problems.push(`should not be packaged: ${f}`);
for (const f of files.filter((f) => /^dist\/.*\.js$/.test(f))) {
  const missing = externalRequires(path.join(root, f));
  if (missing.length) problems.push(`${f} requires ${missing.join(', ')} at run time, but the .vsix has no node_modules`);
}

const kb = (f) => `${Math.round(fs.statSync(path.join(root, f)).size / 1024)} KB`;
console.log(`check-vsix: ${files.length} files: ${files.map((f) => (f.startsWith('dist/') ? `${f} (${kb(f)})` : f)).join(', ')}`);
if (problems.length) {
  for (const p of problems) console.error(`check-vsix: ${p}`);
  process.exit(1);
}
console.log('check-vsix: OK');
