#!/usr/bin/env node
// Screenshots of the production build for review: `npm run screenshot -- /data --width 375 --dark`.
// Writes PNGs to screenshots/ (ignored by git). Serves dist/ (or DIST_DIR) itself; build first.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './find-chromium.mjs';
import { startServer } from '../server/serve.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const paths = args.filter(
  (a, i) => !a.startsWith('--') && !args[i - 1]?.match(/^--(width|height|out)$/),
);
const widths = option('width', '1280,375').split(',').map(Number);
const height = Number(option('height', '900'));
const out = path.resolve(root, option('out', 'screenshots'));
mkdirSync(out, { recursive: true });

const server = await startServer({
  port: 0,
  dir: path.resolve(root, process.env.DIST_DIR ?? 'dist'),
});
const browser = await launchBrowser();
try {
  for (const route of paths.length ? paths : ['/']) {
    for (const width of widths) {
      for (const scheme of flag('dark') ? ['light', 'dark'] : ['light']) {
        const context = await browser.newContext({
          viewport: { width, height },
          colorScheme: scheme,
        });
        const page = await context.newPage();
        await page.goto(new URL(route, server.url).href, { waitUntil: 'networkidle' });
        const name = `${route.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}-${scheme}.png`;
        if (!flag('viewport')) {
          // A whole-page capture draws only what the browser has drawn: parts it skips while off
          // screen (content-visibility: auto, the briefing's small charts) would come out blank.
          // So the window is made as tall as the page first, which puts every part on screen.
          // (Strings, evaluated in the page: this file is linted as Node code.)
          const fullHeight = Number(await page.evaluate('document.documentElement.scrollHeight'));
          await page.setViewportSize({ width, height: Math.max(height, fullHeight) });
          await page.evaluate(
            'new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))',
          );
        }
        await page.screenshot({ path: path.join(out, name), fullPage: !flag('viewport') });
        console.log(path.relative(root, path.join(out, name)));
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
