#!/usr/bin/env node
// Checks what the .vsix would contain (`vsce ls`, about a second) and that the bundles in it
// stand alone: the package ships without node_modules, so dist/*.js may require only Node
// built-ins and `vscode`; wink-nlp, its model and world-countries must be inside the bundle.
//
//   node scripts/check-vsix.mjs            # after `npm run build`
//   node scripts/check-vsix.mjs --package  # also build the real .vsix into test-output/ and list it
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
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

const problems = [];
if (process.argv.includes('--package')) {
  const out = path.join(root, 'test-output', `${manifest.name}-${manifest.version}.vsix`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  execFileSync(vsce, ['package', '--no-dependencies', '--out', out], { cwd: root, stdio: 'inherit' });
  // vsce ran vscode:prepublish (the production build), so the checks below see those bundles.
  const listing = execFileSync('python3', ['-m', 'zipfile', '-l', out], { encoding: 'utf8' });
  console.log(listing);
  if (/extension\/(src|test|node_modules|scripts)\//.test(listing)) problems.push(`${out} contains sources or node_modules`);
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
