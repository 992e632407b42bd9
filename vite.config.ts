import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { configDefaults, defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { BENCH_MANIFEST, EMBED_MANIFEST } from './scripts/check-size.mjs';
import { purgeUnusedGovukClasses } from './scripts/purge-css.mjs';

// The embeds are built on their own (EMBED_BUILD=1, run by scripts/build.mjs after the app, into
// the same folder). In one module graph with the app, Rollup cut every module shared by some
// views and some charts into its own chunk, so an embed loaded about 19 small chunks and the
// imports between them: about 5 KiB of gzip over the 90 KiB embed budget (issue 8).
const embedBuild = process.env.EMBED_BUILD === '1';
// The benchmark page is built on its own too (BENCH_BUILD=1). Beside the app it shared the app's
// stylesheet and Vite's preload helper, so Rollup put both in a chunk of their own, and every
// page's head carried a second script to fetch before the first paint (issue 8: LCP).
const benchBuild = process.env.BENCH_BUILD === '1';
const sideBuild = embedBuild || benchBuild;
const input: Record<string, string> = embedBuild
  ? { embed: 'embed.html' }
  : benchBuild
    ? { bench: 'bench.html' }
    : { main: 'index.html' };

const UNIT_TEST_DIRS = ['src', 'scripts', 'tests/unit'];
const UNIT_TESTS = UNIT_TEST_DIRS.map((dir) => `${dir}/**/*.test.{ts,tsx}`);
// Components (.tsx) get a document; a .ts test that needs one is listed here (it fails at once in
// node with "document is not defined", so a new one is noticed).
const DOM_TESTS = [
  'src/**/*.test.tsx',
  'tests/unit/**/*.test.tsx',
  'src/lib/export/standaloneSvg.test.ts',
  'tests/unit/boot.test.ts',
  'tests/unit/embedResize.test.ts',
  'tests/unit/firstScript.test.ts',
  'tests/unit/mainStart.test.ts',
];
/**
 * Test files that replace a module, a global or the clock. The node and dom projects share one
 * module graph and one document per worker (isolate: false), where such a replacement would
 * outlive its file; these run in a fresh worker each. Found by reading the files, so that a new
 * vi.mock cannot leak by being forgotten here.
 */
function findTestsThatReplace(): string[] {
  const replaces = /\bvi\.(mock|doMock|stubGlobal|stubEnv|useFakeTimers)\(/;
  return UNIT_TEST_DIRS.flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.test\.tsx?$/.test(file))
      .map((file) => `${dir}/${file.split(path.sep).join('/')}`)
      .filter((file) => replaces.test(readFileSync(file, 'utf8'))),
  );
}
const ISOLATED_TESTS = process.env.VITEST ? findTestsThatReplace() : [];

// The data files are served as URLs from /data (not bundled), so msw can intercept them and an
// embed loads only what it needs. In dev they come straight from data/; the build copies them.
export default defineConfig(({ command }) => ({
  plugins: [react()],
  publicDir: 'public',
  build: {
    target: 'es2022',
    sourcemap: false,
    // scripts/check-size.mjs reads which chunks each page loads from the manifests.
    manifest: embedBuild ? EMBED_MANIFEST : benchBuild ? BENCH_MANIFEST : true,
    // The embed and bench builds go beside the app's: they must not empty the folder nor copy
    // public/ again. Nor do they ship the modulepreload polyfill (0.5 KiB): browsers without
    // modulepreload (all current ones have it) still load them, only without preloading chunks.
    ...(sideBuild && {
      emptyOutDir: false,
      copyPublicDir: false,
      modulePreload: { polyfill: false },
    }),
    // govuk-frontend keeps an old-IE media hack (min-width: 0\0) that lightningcss refuses.
    cssMinify: 'esbuild',
    rollupOptions: {
      input,
    },
  },
  css: {
    // GOV.UK classes no source file names are dropped (scripts/purge-css.mjs says why). Only in
    // the build: the dev server would drop a class added to a component until it restarted.
    postcss: { plugins: command === 'build' ? [purgeUnusedGovukClasses()] : [] },
    preprocessorOptions: {
      scss: {
        // govuk-frontend is imported by component, and its deprecation notices are not ours.
        quietDeps: true,
        loadPaths: ['node_modules'],
      },
    },
  },
  test: {
    globals: true,
    css: false,
    restoreMocks: true,
    // Screens render the real dataset; on a 2-core machine under load 5 s is too tight.
    testTimeout: 20_000,
    // Pure tests run in node: a jsdom per file cost about 0.5 s of set-up each, most of the suite's
    // time, for tests that never touch a document. Files share a worker's modules and document
    // (isolate: false): a fresh worker per file cost as much again, and Testing Library's cleanup
    // and each file's msw hooks leave nothing behind.
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          isolate: false,
          include: UNIT_TESTS,
          exclude: [...configDefaults.exclude, ...DOM_TESTS, ...ISOLATED_TESTS],
          setupFiles: ['tests/setup/vitest.setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          isolate: false,
          include: DOM_TESTS,
          exclude: [...configDefaults.exclude, ...ISOLATED_TESTS],
          setupFiles: ['tests/setup/vitest.setup.ts', 'tests/setup/dom.setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          // Those replacing modules or globals all need a document today; a pure one would
          // run here in jsdom too, which costs time but changes no verdict.
          name: 'isolated',
          environment: 'jsdom',
          include: ISOLATED_TESTS,
          setupFiles: ['tests/setup/vitest.setup.ts', 'tests/setup/dom.setup.ts'],
        },
      },
    ],
  },
}));
