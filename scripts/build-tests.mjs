#!/usr/bin/env node
// Compiles the integration tests (test/integration/**/*.ts) to out/test/**.js for the
// extension host, which loads plain CommonJS. Each file is bundled with its relative imports
// (so tests can reach src/ helpers), while packages stay external: `vscode` is provided by
// the host, and mocha, wink-nlp, ... resolve from the repository's node_modules at run time.
import esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function buildTests() {
  const testDir = path.join(root, 'test', 'integration');
  const outDir = path.join(root, 'out', 'test');
  const entryPoints = fs.readdirSync(testDir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => path.join(testDir, f));
  // Stale outputs of deleted tests would otherwise still run.
  fs.rmSync(outDir, { recursive: true, force: true });
  await esbuild.build({
    entryPoints,
    outbase: path.join(root, 'test'),
    outdir: outDir,
    bundle: true,
    packages: 'external',
    external: ['vscode'],
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline', // stack traces of failing tests point at the .ts lines
    logLevel: 'warning',
  });
  return { outDir, suite: path.join(outDir, 'integration', 'index.js'), files: entryPoints.length };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildTests().then(
    ({ suite, files }) => console.log(`build-tests: ${files} files -> ${path.relative(root, suite)}`),
    (e) => { console.error(e); process.exit(1); },
  );
}
