// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import pluginQuery from '@tanstack/eslint-plugin-query';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

/** The import boundaries of docs/house-style.md: charts never know where they live. */
const zones = [
  // domain may take the *types* of validated records from data/schemas.ts (type-only imports are
  // enforced by the rule for src/domain below); nothing else from data.
  { target: './src/domain', from: './src/data', except: ['./schemas.ts'], message: 'domain is pure: no data loading.' },
  { target: './src/domain', from: ['./src/charts', './src/features', './src/app', './src/embed'], message: 'domain is pure: no React, no fetching.' },
  // Partial-date validation sits in lib, below both data and domain, so that data need not import
  // domain for it; the rest of lib has React in it.
  { target: './src/domain', from: './src/lib', except: ['./partialDate.ts'], message: 'domain is pure: of lib, only partialDate.' },
  { target: './src/data', from: ['./src/charts', './src/features', './src/app', './src/embed'], message: 'data may import domain only.' },
  { target: './src/charts', from: ['./src/data', './src/features', './src/app', './src/embed'], message: 'a chart takes a view-model as props; it never fetches.' },
  { target: './src/features', from: ['./src/app', './src/embed'], message: 'features sit below app and embed.' },
  // The pre-renderer is build-time code both entries share, not chrome: the one app module an embed may import.
  { target: './src/embed', from: './src/app', except: ['./prerender.tsx'], message: 'embeds carry no app chrome.' },
  { target: './src/embed', from: './src/features', message: 'embeds carry no app chrome.' },
  { target: './src/lib', from: ['./src/data', './src/charts', './src/features', './src/app', './src/embed'], message: 'lib holds small generic helpers.' },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'public/mockServiceWorker.js', 'docs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { react, 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, 'import-x': importX },
    settings: { react: { version: 'detect' }, 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.d.mts'] })] },
    rules: {
      ...react.configs.recommended.rules,
      ...react.configs['jsx-runtime'].rules,
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.configs.strict.rules,
      'react/no-danger': 'error',
      'react/prop-types': 'off',
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-cycle': 'error',
      'no-restricted-imports': ['error', { paths: [{ name: 'd3', message: 'Import the d3 module you need (d3-scale, d3-time …).' }] }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      // domain may use the *types* of validated records from data/schemas, never its code.
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ group: ['**/data/*', 'react', 'react-dom', '@tanstack/*'], allowTypeImports: true, message: 'domain is pure TypeScript.' }] }],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs,ts}', 'server/**/*.{js,mjs}', 'tests/**/*.{ts,tsx,mjs}', '*.config.{js,ts}', '.ci/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  prettier,
);
