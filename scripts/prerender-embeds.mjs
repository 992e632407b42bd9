#!/usr/bin/env node
// Renders every embeddable chart at its default state to dist/embed/<chart>/index.html, with its
// data embedded, so an embedded chart shows as static SVG before (and without) JavaScript and
// then hydrates. embed.html itself stays the client-rendered entry for `embed.html?chart=<name>`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.resolve(root, process.env.DIST_DIR ?? 'dist');
const dataDir = path.join(root, 'data');
const server = await import(
  pathToFileURL(path.join(process.env.SSR_EMBED_DIR, 'entry-server.js')).href
);

const readJson = (file) => JSON.parse(readFileSync(path.join(dataDir, file), 'utf8'));
const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const templateFile = path.join(dist, 'embed.html');
const template = readFileSync(templateFile, 'utf8');

let warnings = 0;
for (const chart of server.EMBED_CHARTS) {
  const files = Object.fromEntries(
    (await server.embedDataFiles(chart)).map((file) => [file, readJson(file)]),
  );
  const { html, state, warnings: chartWarnings } = await server.renderEmbed(chart, files);
  for (const w of chartWarnings) console.warn(`prerender embed ${chart}: ${w}`);
  warnings += chartWarnings.length;
  const page = template
    .replace(
      /<title>[^<]*<\/title>/,
      `<title>${escapeHtml(await server.embedTitle(chart))}</title>`,
    )
    .replace('<!--app-html-->', html)
    .replace('<!--app-noscript-->', '')
    .replace(
      '<!--app-state-->',
      `<script type="application/json" id="app-state">${state}</script>`,
    );
  const out = path.join(dist, 'embed', chart, 'index.html');
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, page);
  console.log(
    `prerender: /embed/${chart}/ -> ${path.relative(root, out)} (${(page.length / 1024).toFixed(1)} KiB)`,
  );
}

// The client-rendered entry: without JavaScript it points to the pre-rendered pages.
const links = server.EMBED_CHARTS.map((c) => `<a href="/embed/${c}/">${c}</a>`).join(', ');
writeFileSync(
  templateFile,
  template
    .replace('<!--app-state-->', '')
    .replace(
      '<!--app-noscript-->',
      `<noscript><p class="govuk-body">This address needs JavaScript. The same charts are at ${links}, which show without it.</p></noscript>`,
    ),
);
if (warnings)
  console.warn(`prerender embeds: ${warnings} data file problem(s); run npm run validate-data`);
