// Exports faithful to the page: every chart's exported SVG, drawn by resvg (a renderer that knows
// nothing of the page's stylesheet), compared pixel by pixel with the same chart as Chromium draws
// it on the page.
//
// Tolerance: pixels are compared with pixelmatch, which tells anti-aliasing pixels (where two
// renderers smooth text and edges differently) from real differences; a pixel differs when its
// colour is further than 0.25 from the other's (pixelmatch's YIQ distance) and it is not
// anti-aliasing. At most 1% of the chart's pixels may differ, and at most 9% of any 32 × 32 tile.
// resvg is given the page's own chart font (Arimo, unpacked from the npm package's WOFF).
// Measured on 6 December 2026: 0.09-0.21% overall and 2.3-7.3% in the worst tile. With the
// export's stop colours and paint order taken out again (as before issue 22) the timeline's worst
// tile measured 12.5% (its fading tails drawn as black bars) and the England flows chart's 10.1%
// (its halo drawn over the ◆): a lost fill is local, so the tile limit catches it. With the chart
// font, a ◆ typed into a name took resvg's whole line to a serif fallback (14.4% of a tile): the
// ◆ is now a shape.
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
const MAX_DIFFERING = 0.01;
const MAX_TILE = 0.09;

const PAGES: { path: string; charts: string[] }[] = [
  { path: '/timeline', charts: ['timeline'] },
  { path: '/transitions', charts: ['rating-ladder', 'rating-flows'] },
  {
    path: '/england?asAt=2019-10-17',
    charts: ['grade-distribution', 'transition-matrix', 'round-flows'],
  },
  { path: '/governance?asAt=2020-11-01', charts: ['governance'] },
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
  const differing = pixelmatch(onPage.data, exported.data, diff, width, height, {
    threshold: THRESHOLD,
    diffMask: true,
    diffColor: [255, 0, 0],
    aaColor: [0, 0, 0, 0] as unknown as [number, number, number],
  });
  // The same count per 32 × 32 tile: a lost halo or gradient is local, anti-aliasing is spread.
  const TILE = 32;
  const tiles = new Map<number, number>();
  for (let i = 0; i < diff.length; i += 4) {
    if (diff[i] !== 255 || diff[i + 3] === 0) continue;
    const pixel = i / 4;
    const tile = Math.floor((pixel % width) / TILE) + 1000 * Math.floor(pixel / width / TILE);
    tiles.set(tile, (tiles.get(tile) ?? 0) + 1);
  }
  return { width, height, differing, worstTile: Math.max(0, ...tiles.values()) / (TILE * TILE) };
}

describe('exported SVG drawn by resvg matches the chart on the page', () => {
  for (const { path, charts } of PAGES) {
    it(`${charts.join(', ')} on ${path}`, async () => {
      const page = await openPage(path);
      for (const chart of charts) {
        const buttons = page.getByRole('button', { name: /^Download SVG of this chart/ });
        let found = false;
        for (let i = 0; i < (await buttons.count()) && !found; i += 1) {
          const [download] = await Promise.all([
            page.waitForEvent('download'),
            buttons.nth(i).click(),
          ]);
          // Named by toExportFileName: the chart, then its as-at date or the data version.
          const named = new RegExp(
            `^northamptonshire-${chart}-(as-at-[\\d-]+|data-v[\\w.-]+)\\.svg$`,
          );
          if (!named.test(download.suggestedFilename())) continue;
          found = true;
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
        expect(found, `${chart}: a Download SVG button`).toBe(true);
      }
    });
  }
});
