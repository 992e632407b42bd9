#!/usr/bin/env node
// The minister's briefing as a PDF for briefing packs read offline:
//   npm run briefing -- --as-at 2018-11-30 [--since 2018-05-10] [--out briefing-2018-11-30.pdf]
// Headless Chromium prints the production build (built first if missing), on one A4 landscape page.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './find-chromium.mjs';
import { startServer } from '../server/serve.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Print the briefing for a date to a PDF file; returns the file's path. */
export async function printBriefing({
  asAt,
  since,
  out,
  dist = path.resolve(root, process.env.DIST_DIR ?? 'dist'),
}) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asAt ?? ''))
    throw new Error('Give the date as --as-at YYYY-MM-DD, for example --as-at 2018-11-30');
  if (!existsSync(path.join(dist, 'index.html'))) {
    console.log('briefing: no production build yet, building it first');
    execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, DIST_DIR: dist },
    });
  }
  const server = await startServer({ port: 0, dir: dist });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const query = new URLSearchParams({ asAt, ...(since ? { since } : {}) });
    await page.goto(`${server.url}/?${query}`, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 1, name: /Briefing: the position on/ }).waitFor();
    const shown = await page.locator('h1').innerText();
    await page.emulateMedia({ media: 'print' });
    const file = path.resolve(out ?? `briefing-${asAt}.pdf`);
    await page.pdf({
      path: file,
      format: 'A4',
      landscape: true,
      printBackground: true,
      preferCSSPageSize: true,
    });
    console.log(`briefing: "${shown}" written to ${path.relative(process.cwd(), file) || file}`);
    return file;
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { 'as-at': { type: 'string' }, since: { type: 'string' }, out: { type: 'string' } },
  });
  printBriefing({ asAt: values['as-at'], since: values.since, out: values.out }).catch((error) => {
    console.error(`briefing: ${error.message}`);
    process.exit(1);
  });
}
