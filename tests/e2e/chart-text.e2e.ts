// Issue 19: no chart text cut short, clipped, overlapping or too small, on the pages people use
// (every route with a chart at 1280 and 375 px, light and dark), in every embed, and on paper.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EMBED_CHARTS } from '../../src/lib/embedCode';
import { openPage, setupBrowser } from './browser';
import {
  describeProblems,
  findTextProblems,
  PRINT,
  SCREEN,
  SLIDE,
  SLIDE_SMALL,
  type TextRules,
} from './lib/chartText';

setupBrowser();

const ROUTES_WITH_CHARTS = [
  '/',
  '/timeline',
  '/transitions',
  '/governance?asAt=2018-11-30',
  '/england',
];

/**
 * Cases known not to meet the rules yet, each marked `it.fails` so that it turns red the day it is
 * fixed and must then become an ordinary case.
 */
const KNOWN_FAILING = new Set<string>([]);
const check = (name: string) => (KNOWN_FAILING.has(name) ? it.fails : it);

describe('chart texts on every page', () => {
  for (const path of ROUTES_WITH_CHARTS)
    for (const width of [1280, 375])
      for (const colorScheme of ['light', 'dark'] as const)
        check(`${path} at ${width} px, ${colorScheme}`)(
          `${path} at ${width} px, ${colorScheme}`,
          async () => {
            const page = await openPage(path, { viewport: { width, height: 800 }, colorScheme });
            await page.waitForSelector('svg[aria-labelledby]');
            const problems = await findTextProblems(page, SCREEN);
            expect(problems, describeProblems(problems)).toEqual([]);
          },
        );
});

describe('chart texts in every embed', () => {
  for (const chart of EMBED_CHARTS)
    for (const width of [640, 320])
      check(`${chart} at ${width} px`)(`${chart} at ${width} px`, async () => {
        const page = await openPage(`/embed/${chart}/`, { viewport: { width, height: 800 } });
        await page.waitForSelector('.app-embed__source');
        const problems = await findTextProblems(page, SCREEN);
        expect(problems, describeProblems(problems)).toEqual([]);
      });
});

/**
 * The governance page is pre-rendered at a fallback width and laid out again at its box's width
 * once hydrated (and again when print media narrows or widens the box): wait for the diagram to
 * be drawn at the width of its box, or the texts are measured on a stale, scaled drawing.
 */
const waitForGovernanceLayout = (page: Page) =>
  page.waitForFunction(() => {
    const svg = document.querySelector<SVGSVGElement>('svg.app-gov[aria-labelledby]');
    const box = svg?.parentElement?.getBoundingClientRect();
    return !!svg && !!box && Math.abs(Number(svg.getAttribute('width')) - box.width) < 1;
  });

describe('chart texts on paper', () => {
  // A4 portrait at 96 px per inch, less the print margins: the width the page is laid out at.
  for (const path of [
    '/',
    '/governance?asAt=2018-11-30',
    '/governance?asAt=2021-04-01',
    '/transitions',
  ])
    check(`${path} printed on A4`)(`${path} printed on A4`, async () => {
      const page = await openPage(path, { viewport: { width: 718, height: 1000 } });
      await page.emulateMedia({ media: 'print' });
      await page.waitForSelector('svg[aria-labelledby]');
      if (path.startsWith('/governance')) await waitForGovernanceLayout(page);
      const problems = await findTextProblems(page, PRINT);
      expect(problems, describeProblems(problems)).toEqual([]);
    });
});

// Issue 19: the governance diagram on the dates the structure changed most, on screen (wide and
// phone, light and dark), in an embed and on paper.
const GOVERNANCE_DATES = ['2013-10-02', '2018-05-10', '2018-11-30', '2020-11-01', '2021-04-01'];

describe('the governance diagram on every date of issue 19', () => {
  for (const date of GOVERNANCE_DATES) {
    for (const width of [1280, 375])
      for (const colorScheme of ['light', 'dark'] as const)
        it(`${date} at ${width} px, ${colorScheme}`, async () => {
          const page = await openPage(`/governance?asAt=${date}`, {
            viewport: { width, height: 800 },
            colorScheme,
          });
          await waitForGovernanceLayout(page);
          const problems = await findTextProblems(page, SCREEN);
          expect(problems, describeProblems(problems)).toEqual([]);
          // A phone gets the list layout, not the desktop diagram shrunk.
          expect(await page.locator('svg.app-gov--list').count()).toBe(width < 600 ? 1 : 0);
        });
    it(`${date} printed on A4`, async () => {
      const page = await openPage(`/governance?asAt=${date}`, {
        viewport: { width: 718, height: 1000 },
      });
      await page.emulateMedia({ media: 'print' });
      await waitForGovernanceLayout(page);
      const problems = await findTextProblems(page, PRINT);
      expect(problems, describeProblems(problems)).toEqual([]);
    });
    for (const width of [640, 320])
      it(`${date} embedded at ${width} px`, async () => {
        const page = await openPage(`/embed/governance/?asAt=${date}`, {
          viewport: { width, height: 800 },
        });
        await page.waitForSelector('.app-embed__source');
        await waitForGovernanceLayout(page);
        const problems = await findTextProblems(page, SCREEN);
        expect(problems, describeProblems(problems)).toEqual([]);
      });
  }
});

/** The page does not scroll either way: the slide fills its frame and no more. */
const pageScroll = (page: Awaited<ReturnType<typeof openPage>>) =>
  page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    scrollHeight: document.documentElement.scrollHeight,
    innerWidth: window.innerWidth,
    innerHeight: window.innerHeight,
  }));

describe('chart texts on slides (?layout=slide)', () => {
  const SLIDES: { width: number; height: number; rules: TextRules }[] = [
    { width: 1920, height: 1080, rules: SLIDE },
    { width: 1280, height: 720, rules: SLIDE_SMALL },
  ];
  for (const chart of EMBED_CHARTS)
    for (const { width, height, rules } of SLIDES) {
      const name = `${chart} on a ${width} × ${height} slide`;
      check(name)(name, async () => {
        const page = await openPage(`/embed/${chart}/?layout=slide`, {
          viewport: { width, height },
        });
        // Set once the chart is laid out for the box it was measured to have.
        await page.waitForSelector('.app-slide-figure[data-fitted]');
        const problems = await findTextProblems(page, rules);
        expect(problems, describeProblems(problems)).toEqual([]);
        const size = await pageScroll(page);
        expect(size.scrollHeight, 'the slide scrolls down').toBeLessThanOrEqual(size.innerHeight);
        expect(size.scrollWidth, 'the slide scrolls across').toBeLessThanOrEqual(size.innerWidth);
        // The slide carries its own title: none is drawn, and a short source line stays.
        expect(await page.locator('.app-embed h2, .app-embed h3').count()).toBe(0);
        await expect
          .poll(() => page.locator('.app-embed__source').textContent())
          .toMatch(/^Source: /);
      });
    }

  check('the presenter at 1920 × 1080, full screen')(
    'the presenter at 1920 × 1080, full screen',
    async () => {
      const page = await openPage('/present', { viewport: { width: 1920, height: 1080 } });
      // From the title slide to the first step, as a presenter would, then full screen.
      await page.getByRole('button', { name: 'Start' }).click();
      await page.getByRole('button', { name: 'Full screen' }).click();
      await expect
        .poll(() => page.evaluate(() => document.fullscreenElement?.className ?? ''))
        .toContain('app-present__stage');
      await page.waitForSelector('.app-present__chart .app-slide-figure[data-fitted]');
      // The figure is laid out for the full-screen stage (it was measured again after the change).
      await expect
        .poll(() =>
          page.evaluate(() => {
            const figure = document.querySelector('.app-present__chart .app-slide-figure')!;
            return Math.round(figure.getBoundingClientRect().width);
          }),
        )
        .toBeGreaterThan(960);
      // Its new size reaches the layout through a ResizeObserver: two frames later it is drawn.
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
      const problems = await findTextProblems(page, SLIDE);
      expect(problems, describeProblems(problems)).toEqual([]);
    },
  );
});
