import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench/results', 'bench/dist'] },
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
);
