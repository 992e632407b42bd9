// Every route of the app, in headless Chromium against the production server: it renders, it is
// clean (no console errors, failed requests or CSP violations), it passes axe in light and dark,
// it fits a 320 px screen and its pre-rendered HTML reads without JavaScript.
import { describe, expect, it } from 'vitest';
import { ROUTES } from '../../src/app/routes';
import { findSplitWords } from './lib/splitWords';
import { expectClean, expectNoAxeViolations, openPage, setupBrowser } from './browser';

setupBrowser();

const NARROW = { width: 320, height: 640 } as const;

describe.each(ROUTES.map((route) => ({ path: route.path, title: route.title })))(
  '$path',
  ({ path, title }) => {
    it('renders at 1280×800 with an <h1> and a <title>, cleanly and with no axe violations', async () => {
      const page = await openPage(path);
      const h1 = page.locator('h1').first();
      await expect.poll(() => h1.isVisible(), { message: `${path} shows an <h1>` }).toBe(true);
      expect((await h1.innerText()).trim(), `${path} <h1> text`).not.toBe('');
      const documentTitle = await page.title();
      expect(documentTitle.trim(), `${path} <title>`).not.toBe('');
      expect(documentTitle, `${path} <title> names the page`).toContain(title);
      // A table's headings are the dashboard's own words: never split mid-word ("Confiden / ce",
      // "Governan / ce" at 1280 px before tables kept them whole).
      const split = await findSplitWords(page, 'main thead th');
      expect(split, `${path}: table headings split mid-word at 1280 px`).toEqual([]);
      await expectClean(page);
      await expectNoAxeViolations(page, `${path} (light, 1280×800)`);
    });

    it('has no horizontal scroll at 320 px wide', async () => {
      const page = await openPage(path, { viewport: NARROW });
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(
        scrollWidth,
        `${path} at 320 px: page is ${scrollWidth} px wide in a ${clientWidth} px window`,
      ).toBeLessThanOrEqual(clientWidth);
      await expectClean(page);
    });

    it('shows its <h1> and main content without JavaScript (pre-rendered HTML)', async () => {
      const page = await openPage(path, { javaScript: false });
      const h1 = page.locator('h1').first();
      expect(await h1.isVisible(), `${path} without JavaScript shows an <h1>`).toBe(true);
      const heading = (await h1.innerText()).trim();
      expect(heading, `${path} without JavaScript: <h1> text`).not.toBe('');
      expect(await page.title(), `${path} without JavaScript: <title> names the page`).toContain(
        title,
      );
      const main = page.locator('main');
      expect(await main.count(), `${path} without JavaScript has a <main>`).toBe(1);
      const mainText = (await main.innerText()).trim();
      expect(
        mainText.replace(heading, '').trim().length,
        `${path} without JavaScript: <main> has content beyond its heading`,
      ).toBeGreaterThan(40);
      await expectClean(page);
    });

    // Issue 8 (LCP): the page's first paint shares the connection with nothing but its stylesheet.
    // The app's code is fetched once the page has painted (server/first-script.mjs), and all of it;
    // the chart font too (issue 20: a font asked for before the paint held LCP at 1,065 ms).
    it('fetches no script or font before its first paint, then the app and the chart font', async () => {
      const page = await openPage(path);
      const { paint, scripts, fonts, listed } = await page.evaluate(() => ({
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        scripts: performance
          .getEntriesByType('resource')
          .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
          .map((entry) => ({ path: new URL(entry.name).pathname, start: entry.startTime })),
        fonts: performance
          .getEntriesByType('resource')
          .filter((entry) => /\.woff2?$/.test(new URL(entry.name).pathname))
          .map((entry) => ({ path: new URL(entry.name).pathname, start: entry.startTime })),
        listed:
          document.querySelector<HTMLMetaElement>('meta[name="app-code"]')?.content.split(' ') ??
          [],
      }));
      expect(paint, `${path} reports a first contentful paint`).not.toBeNull();
      const early = scripts.filter((script) => script.start < paint!);
      expect(early, `${path}: scripts asked for before the first paint at ${paint} ms`).toEqual([]);
      const earlyFonts = fonts.filter((font) => font.start < paint!);
      expect(earlyFonts, `${path}: fonts asked for before the first paint at ${paint} ms`).toEqual(
        [],
      );
      expect(listed.length).toBeGreaterThan(1);
      expect(scripts.map((script) => script.path)).toEqual(expect.arrayContaining(listed));
      // The faces are fetched once a text asks for them: every weight a visible chart text is
      // drawn in has arrived, and a page that draws no chart fetches none.
      const { faces, weights } = await page.evaluate(async () => {
        await document.fonts.ready;
        return {
          faces: Object.fromEntries(
            [...document.fonts]
              .filter((face) => face.family.replace(/["']/g, '') === 'Arimo')
              .map((face) => [face.weight, face.status]),
          ),
          weights: [
            ...new Set<string>(
              [...document.querySelectorAll('svg text')]
                .filter((text) => text.getBoundingClientRect().width > 0)
                .map((text) => (Number(getComputedStyle(text).fontWeight) >= 600 ? '700' : '400')),
            ),
          ],
        };
      });
      expect(Object.keys(faces).sort(), `${path}: the chart font's faces`).toEqual(['400', '700']);
      for (const weight of ['400', '700'])
        expect(faces[weight], `${path}: Arimo ${weight}`).toBe(
          weights.includes(weight) ? 'loaded' : 'unloaded',
        );
      await expectClean(page);
    });

    it('has no axe violations in the dark colour scheme', async () => {
      const page = await openPage(path, { colorScheme: 'dark' });
      await expectClean(page);
      await expectNoAxeViolations(page, `${path} (dark, 1280×800)`);
    });
  },
);
