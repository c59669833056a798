// Desktop VS Code only: the configuration read by `vscode-test` (@vscode/test-cli) and the
// Extension Test Runner extension. Run `npm run build && node scripts/build-tests.mjs` first.
// `npm run test:integration` does not use this file; it drives @vscode/test-electron (or
// code-server where no desktop VS Code exists) through scripts/run-integration.mjs.
export default {
  label: 'integration',
  files: 'out/test/integration/**/*.test.js',
  workspaceFolder: './seeds',
  launchArgs: ['--disable-extensions'],
  mocha: { ui: 'bdd', timeout: 60000, color: true },
};
