#!/usr/bin/env node
// Link previews and oEmbed, in the build after the embeds are pre-rendered (it uses their server
// bundle): for every embeddable chart, its preview PNG (dist/previews/<chart>.png, 1200 × 630,
// drawn by resvg from the chart's export-surface SVG via its spec); the discovery and card tags
// in the HTML of every page that shows a chart and of every embed page (so they are there without
// JavaScript, and in the shells the server renders shared links' dates into); the manifest the
// server's /oembed reads (dist/.server/oembed.json); and, when the build is told the site's address
// (SITE_ORIGIN=https://…), a static dist/oembed/<chart>.json per chart for static hosts.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { oembedJson } from '../server/oembed.mjs';
import { lightTokens, previewSvg, previewTags, withPreviewTags } from './preview-card.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.resolve(root, process.env.DIST_DIR ?? 'dist');
const dataDir = path.join(root, 'data');
const server = await import(
  pathToFileURL(path.join(process.env.SSR_EMBED_DIR, 'entry-server.js')).href
);
const origin = (process.env.SITE_ORIGIN ?? '').replace(/\/+$/, '');
if (origin && !/^https?:\/\/[^/?#]+$/.test(origin))
  throw new Error(
    `SITE_ORIGIN must be a site's address like https://example.gov.uk, not ${origin}`,
  );

const readJson = (file) => JSON.parse(readFileSync(path.join(dataDir, file), 'utf8'));
const meta = readJson('meta.json');
const files = Object.fromEntries(
  [
    'meta.json',
    'sources.json',
    'inspections.json',
    'milestones.json',
    'governance.json',
    'national.json',
    'england.json',
  ].map((f) => [f, readJson(f)]),
);

// The app's and the embed's stylesheets: the rules the charts draw with on a page and in an
// embed, and the light theme's values (the embed's forced-theme block lists them all).
const stylesheet = (page) => {
  const html = readFileSync(path.join(dist, page), 'utf8');
  const href = /<link rel="stylesheet"[^>]*href="\/(assets\/[^"]+\.css)"/.exec(html)?.[1];
  if (!href) throw new Error(`link-previews: ${page} names no stylesheet`);
  return readFileSync(path.join(dist, href), 'utf8');
};
const embedCss = stylesheet('embed.html');
const css = `${stylesheet('index.html')}\n${embedCss}`;
const tokens = lightTokens(embedCss);

const started = Date.now();
mkdirSync(path.join(dist, 'previews'), { recursive: true });
const cards = {};
for (const chart of server.EMBED_CHARTS) {
  const card = await server.chartCard(chart, files);
  cards[chart] = card;
  const svg = previewSvg(card, { css, tokens, wrap: server.wrapText, version: meta.version });
  const png = new Resvg(svg, {
    fitTo: { mode: 'original' },
    font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' },
  })
    .render()
    .asPng();
  writeFileSync(path.join(dist, 'previews', `${chart}.png`), png);
  if (process.env.PREVIEW_SVG) writeFileSync(path.join(dist, 'previews', `${chart}.svg`), svg);
}
console.log(
  `link-previews: ${server.EMBED_CHARTS.length} preview pictures in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);

// What /oembed needs (server/oembed.mjs).
const manifest = {
  provider: { name: server.SERVICE_NAME, origin: origin || null },
  charts: Object.fromEntries(
    server.EMBED_CHARTS.map((chart) => [
      chart,
      { title: cards[chart].title, height: server.EMBED_HEIGHTS[chart] },
    ]),
  ),
  pages: server.CHART_PAGES,
};
mkdirSync(path.join(dist, '.server'), { recursive: true });
writeFileSync(path.join(dist, '.server', 'oembed.json'), JSON.stringify(manifest, null, 2));
if (origin) {
  mkdirSync(path.join(dist, 'oembed'), { recursive: true });
  for (const chart of server.EMBED_CHARTS)
    writeFileSync(
      path.join(dist, 'oembed', `${chart}.json`),
      `${JSON.stringify(oembedJson({ origin, chart }, manifest))}\n`,
    );
} else
  console.log(
    'link-previews: no SITE_ORIGIN, so no static oembed/<chart>.json and root-relative card addresses',
  );

const addTags = (file, page) => {
  if (!existsSync(file)) throw new Error(`link-previews: ${file} does not exist`);
  writeFileSync(file, withPreviewTags(readFileSync(file, 'utf8'), previewTags(page)));
};
const tagsFor = (pagePath, chart) => ({
  origin,
  path: pagePath,
  chart,
  title: cards[chart].title,
  description: cards[chart].description,
});

const asAt = JSON.parse(readFileSync(path.join(dist, '.server', 'as-at.json'), 'utf8'));
for (const [route, charts] of Object.entries(server.CHART_PAGES)) {
  const pagePath = route === '/' ? '/' : `${route}/`;
  const page = tagsFor(pagePath, charts[0]);
  addTags(path.join(dist, route === '/' ? 'index.html' : `${route.slice(1)}/index.html`), page);
  const shell = asAt.routes[route]?.shell;
  if (!shell) throw new Error(`link-previews: no server page for ${route}`);
  addTags(path.join(dist, '.server', shell), page);
}
for (const chart of server.EMBED_CHARTS)
  addTags(path.join(dist, 'embed', chart, 'index.html'), tagsFor(`/embed/${chart}/`, chart));
