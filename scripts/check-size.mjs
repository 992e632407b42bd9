#!/usr/bin/env node
// The JavaScript budgets (issue 8), checked against a production build:
//
//   home page  ≤ 112 KiB gzip   everything the page loads before it is usable
//   an embed   ≤  90 KiB gzip   the embed entry and the chart it loads
//   each other view             its own lazily loaded chunk, never in the entry chunk
//
//   node scripts/check-size.mjs [--dist dist]     (DIST_DIR works too)
//
// What a page loads comes from Vite's manifests (dist/.vite/manifest.json for the app, and
// EMBED_MANIFEST for the embeds, built on their own: vite.config.ts): the entry chunk and
// everything it imports statically, and the app it loads (src/app/boot.ts → src/app/main.tsx),
// plus the chunk of the view the route renders (which module that is comes from the route
// table, src/app/routes.json) and its static imports. Sizes are gzip at zlib's default level, as the production server sends them.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const KiB = 1024;

/** The app, which the entry (src/app/boot.ts) imports. */
const APP_MODULE = 'src/app/main.tsx';

/** Budgets in bytes (gzip). */
// The embeds are built in a module graph of their own and each loads only its own chart and table.
// React 18 with react-dom (about 45 KiB) and TanStack Query (about 10 KiB) are in every embed's
// entry (60 KiB with the shell); the largest embed, the timeline, is about 74 KiB. (React 19's
// react-dom alone is about 62 KiB: with it, six of the eight embeds were over 90 KiB.)
// The home page's budget was 110 KiB until 6 December 2026. Issues 19-22 added to what it loads
// before it is usable: the chart font's metrics (1.2 KiB), the journey chart's keyboard access,
// the governance rework and the lazily loaded export code, which made the bundler split modules
// the briefing shares with it into chunks of their own: 110.8 KiB in all. It is 112 KiB now, and
// Lighthouse's LCP (npm run bench) remains the measure that decides whether the page is fast.
export const BUDGETS = Object.freeze({ home: 112 * KiB, embed: 90 * KiB });

/**
 * @typedef {{ file: string, bytes: number }} Chunk
 * @typedef {{ name: string, kind: 'home' | 'route' | 'embed', chunks: Chunk[], budget?: number, problems?: string[] }} Page
 * @typedef {{ file: string, imports?: string[], dynamicImports?: string[], isEntry?: boolean, isDynamicEntry?: boolean, src?: string }} ManifestChunk
 */

/** Where the embed build (EMBED_BUILD=1, see vite.config.ts) writes its manifest, inside dist. */
export const EMBED_MANIFEST = '.vite/embed-manifest.json';
/** Where the benchmark page's build (BENCH_BUILD=1) writes its manifest; no budget reads it. */
export const BENCH_MANIFEST = '.vite/bench-manifest.json';

export const formatKiB = (bytes) => `${(bytes / KiB).toFixed(1)} KiB`;

/** Every manifest key a chunk loads statically, itself included, in load order. */
export function staticClosure(manifest, key, seen = new Set()) {
  if (seen.has(key) || !manifest[key]) return seen;
  seen.add(key);
  for (const next of manifest[key].imports ?? []) staticClosure(manifest, next, seen);
  return seen;
}

/**
 * Which module each route renders, from the one route table (src/app/routes.json): every view is
 * loaded lazily by the router (src/app/App.tsx), which toPages checks against the manifest.
 * @param {{ path: string, view: string }[]} table
 * @returns {Map<string, { component: string, module: string | null, lazy: boolean }>}
 */
export function readRouteModules(table) {
  return new Map(
    table.map((route) => [
      route.path,
      { component: path.posix.basename(route.view), module: route.view, lazy: true },
    ]),
  );
}

/** The output file and gzip size of each manifest key. */
const toChunkSizes = (manifest, keys, sizeOf) =>
  [...keys].map((key) => ({ file: manifest[key].file, bytes: sizeOf(manifest[key].file) }));

/** The manifest key of a source module given without its extension. */
function findModuleKey(manifest, module) {
  return Object.keys(manifest).find(
    (key) => key.replace(/\.(tsx?|jsx?)$/, '') === module.replace(/\.(tsx?|jsx?)$/, ''),
  );
}

/**
 * The manifest keys of the app's code, the entry first: the entry (src/app/boot.ts), the app it
 * loads (src/app/main.tsx), and all they import statically. A page loads all of them before it is
 * usable; scripts/prerender.mjs lists their files in each page, to load once it has painted.
 * @param {Record<string, ManifestChunk>} manifest
 * @returns {Set<string>}
 */
export function appCode(manifest) {
  const entry = Object.keys(manifest).find(
    (key) => key.endsWith('index.html') && manifest[key].isEntry,
  );
  if (!entry) throw new Error('The manifest has no index.html entry: was this a production build?');
  const keys = staticClosure(manifest, entry);
  const app = findModuleKey(manifest, APP_MODULE);
  if (app && manifest[entry].dynamicImports?.includes(app)) staticClosure(manifest, app, keys);
  return keys;
}

/**
 * The pages to check, from the manifest: the home page and each route (entry + view), and each
 * embed (embed entry + each chart it loads lazily, or the entry alone).
 * @param {Record<string, ManifestChunk>} manifest
 * @param {Map<string, { component: string, module: string | null, lazy: boolean }>} routes
 * @param {(file: string) => number} sizeOf gzip bytes of an output file
 * @returns {Page[]}
 */
export function toPages(manifest, routes, sizeOf, budgets = BUDGETS) {
  const pages = [];
  const toChunks = (keys) => toChunkSizes(manifest, keys, sizeOf);
  const entryKeys = appCode(manifest);
  for (const [routePath, route] of routes) {
    const keys = new Set(entryKeys);
    const problems = [];
    const key = route.module ? findModuleKey(manifest, route.module) : undefined;
    // Shared UI (NotFound, Loading) lives in src/ui, outside src/features: only a feature is a view.
    const isView = route.module?.includes('/features/') ?? false;
    if (key) for (const k of staticClosure(manifest, key)) keys.add(k);
    if (isView && key && (!manifest[key].isDynamicEntry || entryKeys.has(key))) {
      problems.push(
        `view ${route.component} (${route.module}) is not a lazily loaded chunk: something imports it statically`,
      );
    } else if (route.lazy && !key) {
      problems.push(`view ${route.component}: no chunk for ${route.module} in the manifest`);
    }
    pages.push({
      name: routePath,
      kind: routePath === '/' ? 'home' : 'route',
      chunks: toChunks(keys),
      budget: routePath === '/' ? budgets.home : undefined,
      problems,
    });
  }
  pages.push(...toEmbedPages(manifest, sizeOf, budgets));
  return pages;
}

/**
 * Each embed's page: the embed entry and everything it imports statically, with each chart it
 * loads lazily (or the entry alone). The embed's own build has its own manifest (EMBED_MANIFEST).
 * @param {Record<string, ManifestChunk>} manifest
 * @param {(file: string) => number} sizeOf gzip bytes of an output file
 * @returns {Page[]}
 */
export function toEmbedPages(manifest, sizeOf, budgets = BUDGETS) {
  const pages = [];
  const toChunks = (keys) => toChunkSizes(manifest, keys, sizeOf);
  for (const embed of Object.keys(manifest).filter(
    (key) => /(^|\/)embed\.html$/.test(key) && manifest[key].isEntry,
  )) {
    const base = staticClosure(manifest, embed);
    // Each chart an embed can show is loaded on its own: the budget holds for every one. Its other
    // lazy chunks (the zod parser, for data fetched rather than pre-rendered) wait until needed.
    // The charts are the specs the registry imports (src/charts/<chart>/…spec.tsx); a spec that
    // others import too comes out as a shared chunk of its own (_spec-<hash>.js).
    const charts = (manifest[embed].dynamicImports ?? []).filter((key) =>
      /(^|\/)src\/charts\/[^/]+\/\w*[sS]pec\.tsx$|^_spec-/.test(key),
    );
    const variants = charts.length
      ? charts.map((c) => [c, new Set([...base, ...staticClosure(manifest, c)])])
      : [[null, base]];
    for (const [chart, keys] of variants) {
      pages.push({
        name: chart ? `embed (${manifest[chart].src ?? chart})` : 'embed',
        kind: 'embed',
        chunks: toChunks(keys),
        budget: budgets.embed,
        problems: [],
      });
    }
  }
  return pages;
}

/**
 * Check pages against their budgets. A failure names the page, how far over it is and the chunks
 * it loads, largest first, so the offending chunk is the first one named.
 * @param {Page[]} pages
 * @returns {{ ok: boolean, failures: string[], report: string[] }}
 */
export function checkBudgets(pages) {
  const failures = [];
  const report = [];
  for (const page of pages) {
    const total = page.chunks.reduce((sum, c) => sum + c.bytes, 0);
    const sorted = [...page.chunks].sort((a, b) => b.bytes - a.bytes);
    const over = page.budget !== undefined && total > page.budget;
    report.push(
      `${over || page.problems?.length ? '✖' : '✔'} ${page.name}: ${formatKiB(total)} of JavaScript (gzip)` +
        (page.budget !== undefined ? `, budget ${formatKiB(page.budget)}` : ''),
    );
    for (const c of sorted) report.push(`    ${formatKiB(c.bytes).padStart(10)}  ${c.file}`);
    if (over) {
      const largest = sorted[0];
      failures.push(
        `${page.name}: ${formatKiB(total)} of JavaScript is over its budget of ${formatKiB(page.budget)} by ${formatKiB(total - page.budget)}; ` +
          `largest chunk ${largest.file} (${formatKiB(largest.bytes)}); chunks: ${sorted.map((c) => `${c.file} ${formatKiB(c.bytes)}`).join(', ')}`,
      );
    }
    for (const problem of page.problems ?? []) failures.push(`${page.name}: ${problem}`);
  }
  return { ok: failures.length === 0, failures, report };
}

/** Gzip sizes of a build's pages, as `toPages` gives them. */
export function measureBuild(dist) {
  const manifestFile = path.join(dist, '.vite', 'manifest.json');
  if (!existsSync(manifestFile))
    throw new Error(
      `${manifestFile} is missing: run npm run build first (vite.config.ts sets build.manifest).`,
    );
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const routes = readRouteModules(
    JSON.parse(readFileSync(path.join(root, 'src', 'app', 'routes.json'), 'utf8')),
  );
  const sizes = new Map();
  const sizeOf = (file) => {
    if (!sizes.has(file)) sizes.set(file, gzipSync(readFileSync(path.join(dist, file))).length);
    return sizes.get(file);
  };
  const pages = toPages(manifest, routes, sizeOf);
  const embedManifestFile = path.join(dist, EMBED_MANIFEST);
  if (existsSync(embedManifestFile))
    pages.push(...toEmbedPages(JSON.parse(readFileSync(embedManifestFile, 'utf8')), sizeOf));
  if (!pages.some((p) => p.kind === 'embed'))
    throw new Error(
      `No embed in ${manifestFile} nor ${embedManifestFile}: run npm run build (it builds the embeds too).`,
    );
  return pages;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { dist: { type: 'string' } }, strict: true });
  const dist = path.resolve(root, values.dist ?? process.env.DIST_DIR ?? 'dist');
  const { ok, failures, report } = checkBudgets(measureBuild(dist));
  console.log(report.join('\n'));
  if (!ok) {
    console.error(
      `\nJavaScript budgets exceeded (issue 8):\n${failures.map((f) => `  ${f}`).join('\n')}`,
    );
    process.exit(1);
  }
  console.log('\nJavaScript budgets: all within budget.');
}
