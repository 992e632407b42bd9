// Issue 19: no chart text cut short, clipped, overlapping or too small, on the pages people use
// (every route with a chart at 1280 and 375 px, light and dark), in every embed, and on paper.
import { describe, expect, it } from 'vitest';
import { EMBED_CHARTS } from '../../src/lib/embedCode';
import { openPage, setupBrowser } from './browser';
import { describeProblems, findTextProblems, PRINT, SCREEN } from './lib/chartText';

setupBrowser();

const ROUTES_WITH_CHARTS = [
  '/',
  '/timeline',
  '/transitions',
  '/governance?asAt=2018-11-30',
  '/england',
];

describe('chart texts on every page', () => {
  for (const path of ROUTES_WITH_CHARTS)
    for (const width of [1280, 375])
      for (const colorScheme of ['light', 'dark'] as const)
        it(`${path} at ${width} px, ${colorScheme}`, async () => {
          const page = await openPage(path, { viewport: { width, height: 800 }, colorScheme });
          await page.waitForSelector('svg[aria-labelledby]');
          const problems = await findTextProblems(page, SCREEN);
          expect(problems, describeProblems(problems)).toEqual([]);
        });
});

describe('chart texts in every embed', () => {
  for (const chart of EMBED_CHARTS)
    for (const width of [640, 320])
      it(`${chart} at ${width} px`, async () => {
        const page = await openPage(`/embed/${chart}/`, { viewport: { width, height: 800 } });
        await page.waitForSelector('.app-embed__source');
        const problems = await findTextProblems(page, SCREEN);
        expect(problems, describeProblems(problems)).toEqual([]);
      });
});

describe('chart texts on paper', () => {
  // A4 portrait at 96 px per inch, less the print margins: the width the page is laid out at.
  for (const path of ['/', '/governance?asAt=2018-11-30', '/transitions'])
    it(`${path} printed on A4`, async () => {
      const page = await openPage(path, { viewport: { width: 718, height: 1000 } });
      await page.emulateMedia({ media: 'print' });
      await page.waitForSelector('svg[aria-labelledby]');
      const problems = await findTextProblems(page, PRINT);
      expect(problems, describeProblems(problems)).toEqual([]);
    });
});
