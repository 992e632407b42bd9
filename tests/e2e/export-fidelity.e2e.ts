// Exports faithful to the page: every chart's exported SVG, drawn by resvg (a renderer that knows
// nothing of the page's stylesheet), compared pixel by pixel with the same chart as Chromium draws
// it on the page.
//
// Tolerance: pixels are compared with pixelmatch, which tells anti-aliasing pixels (where two
// renderers smooth text and edges differently) from real differences (a colour further than 0.25,
// pixelmatch's YIQ distance). A differing pixel whose colour the other image has within 3 px of it
// is the same text or edge placed a little apart (the two renderers put right-aligned names up to
// 3 px apart), and is not counted either. At most 0.2% of the chart's pixels may differ, and at
// most 5% of any 32 × 32 tile. resvg is given the page's own chart font (Arimo, unpacked from the
// npm package's WOFF). Measured on 6 December 2026 for all eleven charts with an SVG export: at
// most 0.01% overall and 1.6% in the worst tile. With the export's stop colours and paint order
// taken out again (as before issue 22): the timeline 0.43% and a 13.0% tile (its fading tails
// drawn as black bars), the England flows 0.39% and 9.8% and the rating history 0.67% and 18.5%
// (halos painted over their labels). A ◆ typed into a name took resvg's whole line to a serif
// fallback font: the ◆ is now a shape. FIDELITY_DUMP=1 writes both pictures of each chart to /tmp.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { Font } from 'fonteditor-core';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { openPage, setupBrowser } from './browser';

setupBrowser();

/**
 * The chart font as a renderer that has it installed would use it: resvg reads TrueType, not the
 * web's WOFF, so the page's own Arimo files are unpacked to TrueType files with fonteditor-core.
 */
const chartFontFiles = (async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'chart-font-'));
  return Promise.all(
    [400, 700].map(async (weight) => {
      const woff = await readFile(
        `node_modules/@fontsource/arimo/files/arimo-latin-${weight}-normal.woff`,
      );
      const font = Font.create(woff, {
        type: 'woff',
        inflate: (data: number[]) => Array.from(inflateSync(Buffer.from(data))),
      });
      const file = path.join(dir, `arimo-${weight}.ttf`);
      await writeFile(file, font.write({ type: 'ttf', toBuffer: true }) as Buffer);
      return file;
    }),
  );
})();

const THRESHOLD = 0.25;
/** How far apart (px) the two renderers may place the same text or edge. */
const SHIFT = 3;
/** Two colours are the same within this much per channel (of 255). */
const CHANNEL = 48;
const MAX_DIFFERING = 0.002;
const MAX_TILE = 0.05;

const PAGES: { path: string; charts: string[] }[] = [
  { path: '/timeline', charts: ['timeline'] },
  { path: '/transitions', charts: ['rating-ladder', 'rating-flows'] },
  {
    path: '/england?asAt=2019-10-17',
    charts: ['grade-distribution', 'transition-matrix', 'round-flows'],
  },
  { path: '/governance?asAt=2020-11-01', charts: ['governance'] },
  {
    path: '/england',
    charts: ['rating-history', 'authority-compare', 'period-transitions', 'england-line'],
  },
];

interface Compared {
  width: number;
  height: number;
  differing: number;
  /** The largest share of differing pixels in any 32 × 32 tile. */
  worstTile: number;
}

/** Draws both PNGs into canvases in the page and counts the chart pixels that differ. */
/**
 * Compares the exported chart (at x, y in the exported file) with the page's, with pixelmatch:
 * a pixel differs when its colour is further than the threshold from the other image's and it is
 * not an anti-aliasing pixel (pixelmatch tells the two apart), so the two renderers' different
 * smoothing of text edges is not counted, while a lost fill, halo or gradient is.
 */
function comparePixels(pagePng: Buffer, exportPng: Buffer, x: number, y: number): Compared {
  const onPage = PNG.sync.read(pagePng);
  const whole = PNG.sync.read(exportPng);
  const { width, height } = onPage;
  const exported = new PNG({ width, height });
  PNG.bitblt(
    whole,
    exported,
    x,
    y,
    Math.min(width, whole.width - x),
    Math.min(height, whole.height - y),
    0,
    0,
  );
  const diff = new Uint8Array(width * height * 4);
  pixelmatch(onPage.data, exported.data, diff, width, height, {
    threshold: THRESHOLD,
    diffMask: true,
    diffColor: [255, 0, 0],
    aaColor: [0, 0, 0, 0] as unknown as [number, number, number],
  });
  // A pixel whose colour each image has within SHIFT px of it is text or an edge the two renderers
  // placed a little apart (right-aligned names end up to 3 px apart), not a lost fill or halo.
  const near = (from: Uint8Array, to: Uint8Array, px: number, py: number) => {
    const i = (py * width + px) * 4;
    for (let dy = -SHIFT; dy <= SHIFT; dy += 1)
      for (let dx = -SHIFT; dx <= SHIFT; dx += 1) {
        const qx = px + dx;
        const qy = py + dy;
        if (qx < 0 || qy < 0 || qx >= width || qy >= height) continue;
        const j = (qy * width + qx) * 4;
        if (
          Math.abs(from[i]! - to[j]!) <= CHANNEL &&
          Math.abs(from[i + 1]! - to[j + 1]!) <= CHANNEL &&
          Math.abs(from[i + 2]! - to[j + 2]!) <= CHANNEL
        )
          return true;
      }
    return false;
  };
  // The same count per 32 × 32 tile: a lost halo or gradient is local, anti-aliasing is spread.
  const TILE = 32;
  const tiles = new Map<number, number>();
  let differing = 0;
  for (let i = 0; i < diff.length; i += 4) {
    if (diff[i] !== 255 || diff[i + 3] === 0) continue;
    const pixel = i / 4;
    const px = pixel % width;
    const py = Math.floor(pixel / width);
    if (near(onPage.data, exported.data, px, py) && near(exported.data, onPage.data, px, py))
      continue;
    differing += 1;
    const tile = Math.floor((pixel % width) / TILE) + 1000 * Math.floor(pixel / width / TILE);
    tiles.set(tile, (tiles.get(tile) ?? 0) + 1);
  }
  return { width, height, differing, worstTile: Math.max(0, ...tiles.values()) / (TILE * TILE) };
}

describe('exported SVG drawn by resvg matches the chart on the page', () => {
  for (const { path, charts } of PAGES) {
    it(`${charts.join(', ')} on ${path}`, async () => {
      const page = await openPage(path);
      const buttons = page.getByRole('button', { name: /^Download SVG of this chart/ });
      const found = new Set<string>();
      // Each button once, in page order: its file's name says which chart it is.
      for (let i = 0; i < (await buttons.count()); i += 1) {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          buttons.nth(i).click(),
        ]);
        // Named by toExportFileName: the chart, then its as-at date or the data version.
        const chart = /^northamptonshire-([a-z-]+?)-(?:as-at-[\d-]+|data-v[\w.-]+)\.svg$/.exec(
          download.suggestedFilename(),
        )?.[1];
        if (chart === undefined || !charts.includes(chart)) continue;
        found.add(chart);
        const markup = await readFile(await download.path(), 'utf8');
        // Where the chart sits in the file: the nested <svg> after the title.
        const nested = /<svg[^>]*?\sx="([\d.]+)"[^>]*?\sy="([\d.]+)"/.exec(
          markup.slice(markup.indexOf('<svg') + 4),
        );
        expect(nested, `${chart}: the chart's place in the file`).not.toBeNull();
        const svg = await buttons
          .nth(i)
          .evaluateHandle((b) =>
            b
              .closest('.app-chart')!
              .querySelector('.app-chart__panel:not([hidden]) svg[aria-labelledby]')!,
          );
        await page.mouse.move(0, 0);
        const pagePng = await svg.asElement()!.screenshot({ animations: 'disabled' });
        const rendered = new Resvg(markup, {
          font: {
            fontFiles: await chartFontFiles,
            loadSystemFonts: true,
            defaultFontFamily: 'DejaVu Sans',
            sansSerifFamily: 'DejaVu Sans',
          },
        })
          .render()
          .asPng();
        if (process.env.FIDELITY_DUMP) {
          await writeFile(`/tmp/fid-${chart}-page.png`, pagePng);
          await writeFile(`/tmp/fid-${chart}-resvg.png`, rendered);
        }
        const result = comparePixels(pagePng, rendered, Number(nested![1]), Number(nested![2]));
        const share = result.differing / (result.width * result.height);
        console.log(
          `${chart}: ${(share * 100).toFixed(2)}% of ${result.width}×${result.height} pixels differ; worst tile ${(result.worstTile * 100).toFixed(1)}%`,
        );
        expect(share, `${chart}: share of differing pixels`).toBeLessThanOrEqual(MAX_DIFFERING);
        expect(
          result.worstTile,
          `${chart}: share of differing pixels in the worst tile`,
        ).toBeLessThanOrEqual(MAX_TILE);
      }
      expect([...found].sort(), 'a Download SVG button for each chart').toEqual([...charts].sort());
    });
  }
});
