// With JavaScript off, every page shows the facts and charts it shows with JavaScript (issue 8):
// the pre-rendered HTML carries each chart as an SVG with its text and accessible name, and the
// same headings, so nothing a reader needs waits for a script.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROUTES } from '../../src/app/routes';
import { expectClean, openPage, setupBrowser } from './browser';

setupBrowser();

/** Pages that draw at least one chart; the others are still compared with their hydrated selves. */
const CHART_VIEWS = new Set(['/', '/timeline', '/transitions', '/governance', '/england']);

interface Shown {
  headings: string[];
  /** Each chart svg in <main>: its accessible name (from aria-labelledby) and how much text it draws. */
  charts: { name: string; texts: number; shapes: number }[];
}

/** What <main> shows: its headings and its charts. Reads the DOM only, so works without JavaScript. */
function readMain(page: Page): Promise<Shown> {
  return page.locator('main').evaluate((main) => {
    const headings = [...main.querySelectorAll('h1, h2, h3')]
      .map((h) => (h.textContent ?? '').trim())
      .filter(Boolean);
    const charts = [...main.querySelectorAll('svg[aria-labelledby]')].map((svg) => ({
      name: (svg.getAttribute('aria-labelledby') ?? '')
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
        .join(' ')
        .trim(),
      texts: [...svg.querySelectorAll('text')].filter((t) => (t.textContent ?? '').trim() !== '')
        .length,
      shapes: svg.querySelectorAll('rect, circle, path, line').length,
    }));
    return { headings, charts };
  });
}

describe.each(ROUTES.map((route) => ({ path: route.path })))(
  '$path without JavaScript',
  ({ path }) => {
    it('shows the same headings and the same charts, as SVG with text, as with JavaScript', async () => {
      const withJs = await readMain(await openPage(path));
      const page = await openPage(path, { javaScript: false });
      const withoutJs = await readMain(page);

      expect(withoutJs.headings, `${path}: headings without JavaScript`).toEqual(withJs.headings);
      expect(
        withoutJs.charts.map((c) => c.name),
        `${path}: the charts (by accessible name) without JavaScript`,
      ).toEqual(withJs.charts.map((c) => c.name));
      if (CHART_VIEWS.has(path))
        expect(withoutJs.charts.length, `${path} draws a chart without JavaScript`).toBeGreaterThan(
          0,
        );
      for (const chart of withoutJs.charts) {
        expect(chart.name, `${path}: a chart without an accessible name`).not.toBe('');
        expect(chart.texts, `${path}: "${chart.name}" has text in its SVG`).toBeGreaterThan(0);
        expect(chart.shapes, `${path}: "${chart.name}" draws marks`).toBeGreaterThan(0);
      }
      await expectClean(page);
    });
  },
);
