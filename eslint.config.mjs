// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', '*.vsix'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    // The engine must run in plain Node and in a browser: no editor API below src/core.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'src/core must not depend on the editor API; put adapters in src/editor.' }],
        patterns: [{ group: ['**/editor/**', '**/extension'], message: 'src/core must not import editor code.' }],
      }],
    },
  },
  {
    // The language server and its protocol run outside the editor (and one day in a browser or
    // another editor): no editor API, and Node's fs only in src/server/files.ts.
    files: ['src/server/**/*.ts', 'src/protocol/**/*.ts'],
    ignores: ['src/server/files.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'vscode', message: 'The language server must not depend on the editor API.' },
          { name: 'node:fs', message: 'Only src/server/files.ts reads the disk.' },
          { name: 'node:fs/promises', message: 'Only src/server/files.ts reads the disk.' },
          { name: 'fs', message: 'Only src/server/files.ts reads the disk.' },
        ],
        patterns: [{ group: ['**/extension'], message: 'The server must not import the extension.' }],
      }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly', __dirname: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
