#!/usr/bin/env node
// Renders every route to static HTML (with its charts as SVG) so the facts are on screen before,
// and without, JavaScript; the client then hydrates from the same data, which each page names as a
// file of its own (see stateFile below).
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { appCode } from './check-size.mjs';
import { dataPackage, publishedDataFile } from './datapackage.mjs';
import { withFirstScript, withInlineIcon } from './page-head.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.resolve(root, process.env.DIST_DIR ?? 'dist');
const dataDir = path.join(root, 'data');
const server = await import(
  pathToFileURL(path.join(process.env.SSR_DIR ?? path.join(root, 'dist-ssr'), 'entry-server.js'))
    .href
);

const readJson = (file) => JSON.parse(readFileSync(path.join(dataDir, file), 'utf8'));
const meta = readJson('meta.json');

// Data is served at /data/<file> (latest) and /data/v/<version>/<file> (pinned for embeds), each
// folder an open data package: the files, their JSON Schemas in schema/, and datapackage.json.
const dataFiles = readdirSync(dataDir).filter((f) => f.endsWith('.json'));
const schemaDir = path.join(root, 'docs', 'schema');
const descriptor = `${JSON.stringify(dataPackage(meta, readJson('national.json')), null, 2)}\n`;
for (const folder of [path.join(dist, 'data'), path.join(dist, 'data', 'v', meta.version)]) {
  mkdirSync(path.join(folder, 'schema'), { recursive: true });
  for (const file of dataFiles)
    writeFileSync(
      path.join(folder, file),
      publishedDataFile(readFileSync(path.join(dataDir, file), 'utf8')),
    );
  for (const file of readdirSync(schemaDir).filter((f) => f.endsWith('.schema.json')))
    copyFileSync(path.join(schemaDir, file), path.join(folder, 'schema', file));
  writeFileSync(path.join(folder, 'datapackage.json'), descriptor);
}

// Every page fetches nothing but its stylesheet before its first paint: its HTML names no script,
// only the app's code (loaded by an inline script once the page has painted) and an inline icon.
const manifest = JSON.parse(readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8'));
const template = withInlineIcon(
  withFirstScript(
    readFileSync(path.join(dist, 'index.html'), 'utf8'),
    [...appCode(manifest)].map((key) => `/${manifest[key].file}`),
  ),
  readFileSync(path.join(root, 'public', 'favicon.svg'), 'utf8'),
);
const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A page's query state (the validated data files it was drawn from) as a file named by its
 * content, under assets/ so that it is cached for good, and the tag that names it. Kept out of the
 * HTML, it no longer holds back the first paint: it was 24 of the home page's 36 KiB (gzip), which
 * a phone on a slow connection downloads before it can paint anything. The app asks for it once the
 * page has painted, beside its own code; pages that share their data share one file.
 */
function stateFile(state) {
  const name = `assets/state-${createHash('sha256').update(state).digest('hex').slice(0, 16)}.json`;
  writeFileSync(path.join(dist, name), state);
  return `<meta name="app-state" content="/${name}" />`;
}

// The production server renders a shared link's date per request (server/as-at-pages.mjs): it
// needs each route's page around its HTML (title, stylesheet, state) and the server bundle.
// Kept in dist/.server/, which no server or static host rule serves as a page of the site.
const serverDir = path.join(dist, '.server');
mkdirSync(path.join(serverDir, 'pages'), { recursive: true });
const asAtManifest = {
  entry: path.relative(
    dist,
    path.join(process.env.SSR_DIR ?? path.join(root, 'dist-ssr'), 'entry-server.js'),
  ),
  routes: {},
};

let warnings = 0;
for (const route of server.ROUTES) {
  const files = {};
  for (const file of ['meta.json', ...route.data]) files[file] = readJson(file);
  const { html, state, warnings: routeWarnings } = await server.renderRoute(route.path, files);
  for (const w of routeWarnings) console.warn(`prerender ${route.path}: ${w}`);
  warnings += routeWarnings.length;
  const title = `<title>${escapeHtml(server.pageTitle(route.title))}</title>`;
  const shell = template
    .replace(/<title>[^<]*<\/title>/, title)
    .replace('<!--app-state-->', stateFile(state));
  const page = shell.replace('<!--app-html-->', html);
  const shellName = `pages/${route.path === '/' ? 'index' : route.path.slice(1)}.html`;
  writeFileSync(path.join(serverDir, shellName), shell);
  asAtManifest.routes[route.path] = { shell: shellName, data: ['meta.json', ...route.data] };
  // Every page is titled in its HTML, before and without JavaScript (WCAG 2.4.2).
  if (!page.includes(title))
    throw new Error(`prerender ${route.path}: index.html's <title> was not replaced`);
  const out =
    route.path === '/'
      ? path.join(dist, 'index.html')
      : path.join(dist, route.path.slice(1), 'index.html');
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, page);
  console.log(
    `prerender: ${route.path} -> ${path.relative(root, out)} (${(page.length / 1024).toFixed(1)} KiB)`,
  );
}

writeFileSync(path.join(serverDir, 'as-at.json'), JSON.stringify(asAtManifest, null, 2));

const notFound = await server.renderRoute('/404', { 'meta.json': meta });
writeFileSync(
  path.join(dist, '404.html'),
  template
    .replace(
      /<title>[^<]*<\/title>/,
      `<title>${escapeHtml(server.pageTitle('Page not found'))}</title>`,
    )
    .replace('<!--app-html-->', notFound.html)
    .replace('<!--app-state-->', stateFile(notFound.state)),
);
if (warnings)
  console.warn(`prerender: ${warnings} data file problem(s); run npm run validate-data`);
