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
import { readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * The import boundaries of docs/house-style.md (issue 17: layers run one way). Lowest first:
 *
 *   lib        small generic helpers; imports no other layer. lib/partialDate.ts is the one
 *              module below both data and domain.
 *   domain     pure TypeScript: record types only through domain/types.ts; of lib, partialDate.
 *   data       schemas, loaders, queries; imports nothing from domain or above.
 *   charts     draw a view-model; never data or anything that places them on a page.
 *   ui         shared screen UI (page, data states, chart actions); no screen, app or embed.
 *   features   screens; a feature never imports another feature (one zone per feature folder).
 *   embed      the embed entry; no app chrome, except the shared build-time pre-renderer.
 *   app        the shell; may import everything above.
 *   bench      the benchmark page; charts and data without screens, and nothing imports it.
 *   server     serves the build; it never loads source, build scripts or tests.
 *   scripts    build and data tooling; may import server and the pure layers of src, never the
 *              screens (they reach those through the built bundle).
 *
 * Source outside tests never imports tests/ (fixtures, msw handlers). tests/unit/eslintZones.test.ts
 * feeds each zone a forbidden and an allowed import.
 */
const LAYERS = ['app', 'bench', 'charts', 'data', 'domain', 'embed', 'features', 'lib', 'ui'];
const src = (...layers) => layers.map((layer) => `./src/${layer}`);
/** A layer's code without its tests, which may reach for fixtures and bench data. */
const codeOf = (layer) => `./src/${layer}/**/!(*.test).{ts,tsx}`;

const featureDir = path.join(import.meta.dirname, 'src', 'features');
const FEATURES = readdirSync(featureDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const zones = [
  {
    target: './src/domain',
    from: src('charts', 'features', 'app', 'embed', 'ui'),
    message: 'domain is pure: no React, no fetching.',
  },
  // lib/partialDate.ts sits in lib so that data need not import domain for it; the rest of lib has React in it.
  {
    target: './src/domain',
    from: './src/lib',
    except: ['./partialDate.ts'],
    message: 'domain is pure: of lib, only partialDate.',
  },
  {
    target: './src/domain/**/!(types).ts',
    from: './src/data',
    message: 'domain takes record types from ./types, never from data.',
  },
  {
    target: './src/domain/types.ts',
    from: './src/data',
    except: ['./schemas.ts'],
    message: 'domain/types.ts re-exports the record types of data/schemas.ts, nothing else.',
  },
  {
    target: './src/data',
    from: src('domain', 'charts', 'features', 'app', 'embed', 'ui'),
    message: 'data imports no layer above it, domain included: what both need lives in src/lib.',
  },
  {
    target: './src/charts',
    from: src('data', 'features', 'app', 'embed', 'ui'),
    message: 'a chart takes a view-model as props; it never fetches nor knows its page.',
  },
  {
    target: './src/ui',
    from: src('features', 'app', 'embed'),
    message: 'shared UI sits below the screens that use it.',
  },
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: FEATURES.filter((other) => other !== feature).map((other) => `./src/features/${other}`),
    message: 'a feature never imports another feature: move what both need to src/ui or lower.',
  })),
  {
    target: './src/features',
    from: src('app', 'embed'),
    message: 'features sit below app and embed.',
  },
  // The pre-renderer is build-time code both entries share, not chrome.
  {
    target: './src/embed',
    from: './src/app',
    except: ['./prerender.tsx'],
    message: 'embeds carry no app chrome: of app, only the pre-renderer.',
  },
  {
    target: './src/embed',
    from: src('features', 'ui'),
    message: 'embeds carry no screens nor their UI.',
  },
  {
    target: './src/lib',
    from: src('data', 'domain', 'charts', 'features', 'app', 'embed', 'ui'),
    message: 'lib holds small generic helpers and imports no layer.',
  },
  {
    target: './src/bench',
    from: src('features', 'embed', 'ui'),
    message: 'the benchmark page draws charts alone, without screens.',
  },
  // It measures the charts under the app's stylesheet, so that their text wraps as on the page.
  {
    target: './src/bench',
    from: './src/app',
    except: ['./styles.scss'],
    message: 'the benchmark page takes only the stylesheet from app.',
  },
  // Tests may reuse the bench's generated data; no shipped code may.
  {
    target: LAYERS.filter((layer) => layer !== 'bench').map(codeOf),
    from: './src/bench',
    message: 'only the benchmark page (and tests) import src/bench.',
  },
  {
    target: LAYERS.map(codeOf),
    from: './tests',
    message: 'fixtures and test helpers are for tests.',
  },
  {
    target: './server',
    from: ['./src', './scripts', './tests'],
    message: 'the server serves the build; it never loads source, build scripts or tests.',
  },
  {
    target: './scripts',
    from: src('features', 'app', 'embed', 'ui', 'bench'),
    message: 'scripts reach the screens only through the built bundle.',
  },
];

/** Shared by the TypeScript block and the block for the .mjs of server/ and scripts/. */
const zoneRule = ['error', { zones, basePath: import.meta.dirname }];
const resolverSettings = {
  'import-x/resolver-next': [
    createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.d.mts'] }),
  ],
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'public/mockServiceWorker.js', 'docs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { react, 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, 'import-x': importX },
    settings: { react: { version: 'detect' }, ...resolverSettings },
    rules: {
      ...react.configs.recommended.rules,
      ...react.configs['jsx-runtime'].rules,
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.configs.strict.rules,
      'react/no-danger': 'error',
      'react/prop-types': 'off',
      'import-x/no-restricted-paths': zoneRule,
      'import-x/no-cycle': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'd3', message: 'Import the d3 module you need (d3-scale, d3-time …).' }],
        },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      // domain/types.ts may re-export the *types* of validated records from data/schemas, never its
      // code (the zones keep every other domain file out of data); no React anywhere in domain.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/data/*', 'react', 'react-dom', '@tanstack/*'],
              allowTypeImports: true,
              message: 'domain is pure TypeScript.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs}', 'server/**/*.{js,mjs}'],
    plugins: { 'import-x': importX },
    settings: resolverSettings,
    rules: { 'import-x/no-restricted-paths': zoneRule },
  },
  {
    files: [
      'scripts/**/*.{js,mjs,ts}',
      'server/**/*.{js,mjs}',
      'tests/**/*.{ts,tsx,mjs}',
      '*.config.{js,ts}',
      '.ci/**',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  prettier,
);
