// Lint, and the layering rule from DESIGN.md:
//   shared/    pure TypeScript: no electron, no node:*, no DOM-only code, no main/ or renderer/
//   renderer/  may import shared/, never electron, node:* or main/
//   main/services, main/ipc.ts, main/handlers.ts: plain Node, never electron (ports instead)
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Bare Node module names are matched exactly (a local './path' module is fine); node:* by pattern.
const NODE_MODULES = ['fs', 'fs/promises', 'path', 'os', 'child_process', 'crypto', 'util', 'stream', 'url', 'http', 'https', 'net', 'zlib', 'worker_threads'];
const NODE_BUILTINS = ['node:*', ...NODE_MODULES];

const EXACT_NAMES = [...NODE_MODULES, 'electron', 'react', 'react-dom'];

const noImports = (restricted, message) => [
  'error',
  {
    paths: restricted.filter((name) => EXACT_NAMES.includes(name)).map((name) => ({ name, message })),
    patterns: [{ group: restricted.filter((pattern) => !EXACT_NAMES.includes(pattern)), message }],
  },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['scripts/**/*.mjs', '*.config.{mjs,ts}', 'tests/**/*.ts', 'bench/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': noImports(
        ['electron', 'electron/*', ...NODE_BUILTINS, '**/main', '**/main/**'],
        'renderer/ runs in the sandboxed page: talk to main through renderer/api.ts, never electron, Node or main/.',
      ),
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': noImports(
        ['electron', 'electron/*', ...NODE_BUILTINS, '**/main', '**/main/**', '**/renderer', '**/renderer/**', 'react', 'react-dom', 'react/*'],
        'shared/ is pure TypeScript used by both processes: no electron, Node, React, main/ or renderer/.',
      ),
    },
  },
  {
    files: ['main/services/**/*.ts', 'main/ipc.ts', 'main/handlers.ts'],
    rules: {
      'no-restricted-imports': noImports(
        ['electron', 'electron/*', '**/renderer', '**/renderer/**'],
        'Services are plain Node with ports passed in, so they run in tests and the browser host: no electron import.',
      ),
    },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/services/**', 'main/ipc.ts', 'main/handlers.ts'],
    rules: {
      'no-restricted-imports': noImports(['**/renderer', '**/renderer/**'], 'main/ never imports renderer/.'),
    },
  },
);
