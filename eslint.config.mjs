// Lint, and the layering rule from DESIGN.md:
//   shared/    pure TypeScript: no electron, no Node, no React, no main/ or renderer/
//   renderer/  may import shared/, never electron, Node or main/
//   main/services, main/ipc.ts, main/handlers.ts: plain Node, never electron (ports instead)
//   main/      never renderer/
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const NODE_MODULES = ['fs', 'fs/promises', 'path', 'os', 'child_process', 'crypto', 'util', 'stream', 'url', 'http', 'https', 'net', 'zlib', 'worker_threads'];

/**
 * Builds a no-restricted-imports rule. `packages` are matched exactly (so a local './path'
 * module is fine), `globs` as package patterns (node:*, electron/*), and `folders` only as
 * relative imports of a project folder ('../main/ipc'), never packages such as '@react-pdf/renderer'.
 */
const restrict = ({ packages = [], globs = [], folders = [] }, message) => [
  'error',
  {
    paths: packages.map((name) => ({ name, message })),
    patterns: [
      ...(globs.length > 0 ? [{ group: globs, message }] : []),
      ...folders.map((folder) => ({ regex: `^\\.{1,2}/(?:.*/)?${folder}(?:/|$)`, message })),
    ],
  },
];

const NO_NODE = { packages: NODE_MODULES, globs: ['node:*'] };

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
    files: ['scripts/**/*.mjs', '*.config.{mjs,ts}', 'tests/**/*.{ts,tsx}', 'bench/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': restrict(
        { packages: ['electron', ...NO_NODE.packages], globs: ['electron/*', ...NO_NODE.globs], folders: ['main'] },
        'renderer/ runs in the sandboxed page: talk to main through renderer/api.ts, never electron, Node or main/.',
      ),
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        {
          packages: ['electron', 'react', 'react-dom', ...NO_NODE.packages],
          globs: ['electron/*', 'react/*', ...NO_NODE.globs],
          folders: ['main', 'renderer'],
        },
        'shared/ is pure TypeScript used by both processes: no electron, Node, React, main/ or renderer/.',
      ),
    },
  },
  {
    files: ['main/services/**/*.{ts,tsx}', 'main/ipc.ts', 'main/handlers.ts'],
    rules: {
      'no-restricted-imports': restrict(
        { packages: ['electron'], globs: ['electron/*'], folders: ['renderer'] },
        'Services are plain Node with ports passed in, so they run in tests and the browser host: no electron import.',
      ),
    },
  },
  {
    files: ['main/**/*.{ts,tsx}'],
    ignores: ['main/services/**', 'main/ipc.ts', 'main/handlers.ts'],
    rules: {
      'no-restricted-imports': restrict({ folders: ['renderer'] }, 'main/ never imports renderer/.'),
    },
  },
);
