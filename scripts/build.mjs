#!/usr/bin/env node
// The production build: the client bundle, a server bundle for pre-rendering, then every route
// rendered to static HTML with its data, and the data files copied beside the app.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { writeStaticHeaders } from '../server/headers.mjs';
import { compressSite } from './compress.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
// DIST_DIR builds elsewhere (default dist/), so two builds on one machine need not collide.
const dist = path.resolve(root, process.env.DIST_DIR ?? 'dist');
// The server bundle imports packages from node_modules, so it must live inside the project.
const ssr = path.join(root, 'node_modules', '.prerender', dist.replace(/[^a-zA-Z0-9]+/g, '_'));
const ssrEmbed = `${ssr}-embed`;
const env = { ...process.env, DIST_DIR: dist, SSR_DIR: ssr, SSR_EMBED_DIR: ssrEmbed };
const run = (args, extraEnv = {}) =>
  execFileSync(process.execPath, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...env, ...extraEnv },
  });

rmSync(dist, { recursive: true, force: true });
rmSync(ssr, { recursive: true, force: true });
rmSync(ssrEmbed, { recursive: true, force: true });
console.log('build: client bundle');
run([vite, 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn']);
// The embeds in a module graph of their own, beside the app (vite.config.ts says why).
run([vite, 'build', '--outDir', dist, '--logLevel', 'warn'], { EMBED_BUILD: '1' });
// And the benchmark page, so the app's entry chunk keeps the stylesheet and the preload helper.
run([vite, 'build', '--outDir', dist, '--logLevel', 'warn'], { BENCH_BUILD: '1' });
console.log('build: server bundle for pre-rendering');
run([vite, 'build', '--ssr', 'src/app/entry-server.tsx', '--outDir', ssr, '--logLevel', 'warn']);
console.log('build: pre-rendering routes');
run([path.join(root, 'scripts', 'prerender.mjs')]);
console.log('build: server bundle and pre-rendering for embeds');
run([
  vite,
  'build',
  '--ssr',
  'src/embed/entry-server.tsx',
  '--outDir',
  ssrEmbed,
  '--logLevel',
  'warn',
]);
run([path.join(root, 'scripts', 'prerender-embeds.mjs')]);
// Preview pictures, discovery and card tags, and the oEmbed manifest (scripts/link-previews.mjs).
run([path.join(root, 'scripts', 'link-previews.mjs')]);
// The app's server bundle stays: the production server renders a shared link's date with it
// (server/as-at-pages.mjs; dist/.server/as-at.json names it).
rmSync(ssrEmbed, { recursive: true, force: true });
// Static hosts get the same security headers as the production server.
console.log(`build: wrote ${path.relative(root, writeStaticHeaders(dist))}`);
// Last, so that every file is compressed; the server sends these instead of compressing per request.
const kib = (n) => `${(n / 1024).toFixed(0)} KiB`;
const compressed = compressSite(dist);
console.log(
  `build: brotli and gzip copies of ${compressed.files} files (${kib(compressed.bytes)} → br ${kib(compressed.br)}, gzip ${kib(compressed.gzip)})`,
);
