import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChromium } from '../../scripts/find-chromium.mjs';
import { startServer } from '../../server/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The production server's origin, e.g. http://127.0.0.1:41234 (no trailing slash). */
    baseUrl: string;
    /** The Chromium executable found by scripts/find-chromium.mjs. */
    chromiumPath: string;
    /** The absolute path of the dist/ folder being served. */
    distDir: string;
  }
}

/** Finds Chromium and serves dist/ with the production server on a free port for every test file. */
export default async function setup(project: TestProject) {
  const distDir = resolve(process.env.E2E_DIST ?? process.env.DIST_DIR ?? 'dist');
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`${join(distDir, 'index.html')} is missing: run npm run build first.`);
  }
  const chromiumPath = findChromium();
  const server = await startServer({ port: 0, dir: distDir });
  console.log(`Browser tests: serving ${distDir} at ${server.url}`);

  project.provide('baseUrl', server.url);
  project.provide('chromiumPath', chromiumPath);
  project.provide('distDir', distDir);

  return async () => {
    await server.close();
  };
}
