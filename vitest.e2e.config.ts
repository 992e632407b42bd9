import { defineConfig } from 'vitest/config';

// Real-browser tests against the production server and the built dist/ (npm run build first).
// Run with: npm run test:browser   (E2E_DIST=/other/dist to test another build)
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/globalSetup.ts'],
    // One Chromium at a time: the CI machine has two cores.
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    restoreMocks: true,
  },
});
