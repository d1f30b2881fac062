import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import checkFile from 'eslint-plugin-check-file';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The modules a feature may import from another feature: each named here on purpose, as shared by
 * several features. Everything else a feature needs from outside itself comes from domain, state,
 * graph or instrumentation.
 */
const SHARED_FEATURE_MODULES = [
  // Whether the page is an embed, and from which origins it may be driven.
  'embed/embed-mode.ts',
  // The page's dataset source: files opened anywhere go through it.
  'dataset/page-dataset-source.ts',
  // The bundled dataset's address and the fetch with its limits (the Studio starts from them).
  'dataset/dataset-query.ts',
  'dataset/fetch-dataset-text.ts',
  // Handing a file to the browser to save.
  'export/download.ts',
  // The time bar, which the Studio's preview shows as the app does.
  'time-bar/TimeBar.tsx',
];
const FEATURES = readdirSync('src/features', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench/results', 'bench/dist', 'bench/dist-lighthouse'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    // Leaving out fields with a rest pattern (`{ layout: _layout, ...rest }`) is intended.
    rules: { '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, varsIgnorePattern: '^_' }] },
  },
  {
    // The host script ships as is to newsrooms' pages: plain ES2019 in the browser, no modules.
    files: ['public/**/*.js'],
    languageOptions: { sourceType: 'script', ecmaVersion: 2019, globals: { ...globals.browser } },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The architecture, enforced: pure logic imports nothing from the views or the graph.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-*', 'cytoscape', 'cytoscape-*', 'zustand', '@tanstack/*'], message: 'src/domain is pure TypeScript: no UI or graph libraries.' },
            { group: ['../graph/*', '../features/*', '../app/*', '../state/*'], message: 'src/domain must not depend on the layers above it.' },
          ],
        },
      ],
    },
  },
  {
    // Only src/graph may talk to Cytoscape.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/graph/**', 'src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['cytoscape', 'cytoscape-*'], message: 'Only src/graph imports Cytoscape.' }] },
      ],
    },
  },
  {
    // The layers: no cycles, the graph never reaches into features or the app, the store and the
    // inspection hooks never into views, and features meet only through the named shared modules.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
      // no-cycle reads the imported modules too, with the same parser as the rest of the lint.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './src/graph', from: ['./src/features', './src/app'], message: 'src/graph is below the features: pass what it needs in.' },
            { target: './src/state', from: ['./src/features', './src/graph', './src/app'], message: 'The store holds inputs only and knows no view.' },
            { target: './src/instrumentation', from: ['./src/features', './src/graph', './src/app', './src/state'], message: 'The inspection hooks depend on nothing of the app.' },
            { target: './src/features', from: './src/app', message: 'Features do not know how the app composes them.' },
            ...FEATURES.map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`, ...SHARED_FEATURE_MODULES.map((module) => `./${module}`)],
              message: `A feature imports another feature only through a named shared module (${SHARED_FEATURE_MODULES.join(', ')}; eslint.config.js).`,
            })),
          ],
        },
      ],
    },
  },
  {
    // File names: kebab-case modules, PascalCase React components, kebab-case folders. The middle
    // extension (.test, .spec, .d) is not part of the name.
    files: ['src/**/*.{ts,tsx}', 'scripts/**/*.ts', 'e2e/**/*.ts'],
    ignores: ['src/main.tsx'],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': [
        'error',
        { 'src/**/*.tsx': 'PASCAL_CASE', '**/*.ts': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': ['error', { 'src/**/': 'KEBAB_CASE', 'scripts/**/': 'KEBAB_CASE', 'e2e/**/': 'KEBAB_CASE' }],
    },
  },
);
