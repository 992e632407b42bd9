import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The data files are served as URLs from /data (not bundled), so msw can intercept them and an
// embed loads only what it needs. In dev they come straight from data/; the build copies them.
export default defineConfig({
  plugins: [react()],
  publicDir: 'public',
  build: {
    target: 'es2022',
    sourcemap: false,
    // scripts/check-size.mjs reads which chunks each page loads from the manifest.
    manifest: true,
    // govuk-frontend keeps an old-IE media hack (min-width: 0\0) that lightningcss refuses.
    cssMinify: 'esbuild',
    rollupOptions: {
      input: { main: 'index.html', bench: 'bench.html', embed: 'embed.html' },
    },
  },
  css: {
    preprocessorOptions: {
      scss: {
        // govuk-frontend is imported by component, and its deprecation notices are not ours.
        quietDeps: true,
        loadPaths: ['node_modules'],
      },
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup/vitest.setup.ts'],
    css: false,
    restoreMocks: true,
    // Screens render the real dataset; on a 2-core machine under load 5 s is too tight.
    testTimeout: 20_000,
  },
});
