import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'util', 'crypto', 'url', 'worker_threads', 'events', 'stream', 'buffer', 'http', 'https', 'net', 'zlib', 'readline'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.out/**', 'bench/corpus/**', 'esbuild.js', '**/*.mjs', '**/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
    },
  },
  {
    // The core runs in plain Node, in the extension host and in a browser worker (vscode.dev).
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['vscode', ...nodeBuiltins, ...nodeBuiltins.map((m) => `node:${m}`)].map((name) => ({ name, message: 'src/core must not depend on VS Code or Node built-ins.' })),
        patterns: [{ group: ['node:*'], message: 'src/core must not depend on Node built-ins.' }],
      }],
    },
  },
);
