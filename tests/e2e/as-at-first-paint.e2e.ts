// A shared link's date from the first paint (issue 20): the production server renders the page for
// the URL's `asAt` (server/as-at-pages.mjs), so the page says the reader's date with JavaScript off,
// and with it on never shows another date on the way; a bad `asAt` gets the default date and a
// polite notice, also without JavaScript.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatPartialDate } from '../../src/domain/dates';
import { DESKTOP, expectClean, openPage, setupBrowser } from './browser';

setupBrowser();

const meta = JSON.parse(readFileSync('data/meta.json', 'utf8')) as { defaultAsAt: string };
const defaultDate = formatPartialDate(meta.defaultAsAt);

/**
 * Asserts `text` is drawn, legibly, in <main> within the first screen (1280 × 800): some text
 * node holding it has a box larger than the 1 px of visually hidden text, and starts above the fold.
 */
async function expectInFirstScreen(page: Page, text: string) {
  const boxes = await page.locator('main').evaluate((main, wanted) => {
    const found: { top: number; width: number; height: number }[] = [];
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node.textContent ?? '').indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const rect = range.getBoundingClientRect();
      found.push({ top: rect.top, width: rect.width, height: rect.height });
    }
    return found;
  }, text);
  const shown = boxes.filter(
    (b) => b.width > 2 && b.height > 2 && b.top >= 0 && b.top + b.height <= DESKTOP.height,
  );
  expect(
    shown.length,
    `"${text}" is drawn in main within the first screen (found at ${JSON.stringify(boxes)})`,
  ).toBeGreaterThan(0);
}

describe('a shared link, without JavaScript', () => {
  it.each([
    ['/?asAt=2019-08-01', '1 August 2019'],
    ['/governance/?asAt=2018-12-15', '15 December 2018'],
    ['/timeline/?asAt=2019-08-01', '1 August 2019'],
  ])('%s says "%s" in the first screen of main', async (path, date) => {
    const page = await openPage(path, { javaScript: false });
    await expectInFirstScreen(page, date);
    // The default date is not shown as if it were the reader's.
    await expect(page.locator('main .app-as-at__current').first().textContent()).resolves.toBe(
      `As at ${date}`,
    );
    await expect(page.locator('h1').textContent()).resolves.not.toContain(defaultDate);
    await expectClean(page);
  });

  it.each([
    ['/?asAt=not-a-date', 'is not written as a date'],
    ['/?asAt=2019-02-30', 'is not a real date'],
    ['/governance/?asAt=1890-01-01', 'outside the years this record covers'],
    ['/timeline/?asAt=%3Cscript%3E', 'is not written as a date'],
  ])('%s shows the default date and says why, politely', async (path, reason) => {
    const page = await openPage(path, { javaScript: false });
    await expectInFirstScreen(page, reason);
    await expectInFirstScreen(page, defaultDate);
    await expectClean(page);
  });
});

describe('a shared link, with JavaScript', () => {
  it("shows only the link's date from the first paint to the end of hydration", async () => {
    const page = await openPage('/?asAt=2019-08-01', {
      beforeGoto: async (p) => {
        await p.addInitScript(() => {
          // Every "As at" text the page ever shows, from the parser's first insert onwards.
          const seen: string[] = ((window as unknown as { __asAtSeen: string[] }).__asAtSeen = []);
          const read = () => {
            for (const el of document.querySelectorAll('.app-as-at__current')) {
              const text = (el.textContent ?? '').trim();
              if (seen.at(-1) !== text) seen.push(text);
            }
          };
          new MutationObserver(read).observe(document, {
            subtree: true,
            childList: true,
            characterData: true,
          });
        });
      },
    });
    await page.locator('main').getByText('As at 1 August 2019').first().waitFor();
    // Hydrated: React has claimed the server's element (it tags each DOM node it owns).
    await page.waitForFunction(() => {
      const shown = document.querySelector('.app-as-at__current');
      return shown !== null && Object.keys(shown).some((key) => key.startsWith('__reactFiber'));
    });
    const seen = await page.evaluate(
      () => (window as unknown as { __asAtSeen: string[] }).__asAtSeen,
    );
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen)).toEqual(new Set(['As at 1 August 2019']));
    await expectClean(page);
  });

  it('choosing a date pushes a history entry, and Back returns to the date before', async () => {
    const page = await openPage('/governance?asAt=2019-08-01');
    const form = page.locator('main form').first();
    await form.getByLabel('Day').fill('15');
    await form.getByLabel('Month').fill('12');
    await form.getByLabel('Year').fill('2018');
    await form.getByRole('button', { name: 'Show' }).click();
    await page.locator('main').getByText('As at 15 December 2018').first().waitFor();
    expect(new URL(page.url()).searchParams.get('asAt')).toBe('2018-12-15');
    await page.goBack();
    await page.locator('main').getByText('As at 1 August 2019').first().waitFor();
    expect(new URL(page.url()).searchParams.get('asAt')).toBe('2019-08-01');
    await expectClean(page);
  });
});
