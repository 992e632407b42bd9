// axe (WCAG 2.2 AA) on every route in the states a reader can put it in, beyond the default and
// dark states that routes.e2e.ts checks: loading, a data error, empty (a filter matching nothing),
// every chart's Table tab shown, an item selected, the as-at date moved, and printed.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROUTES } from '../../src/app/routes';
import { expectClean, expectNoAxeViolations, openPage, setupBrowser } from './browser';
import { injectFault } from './faultRoutes';

setupBrowser();

// axe takes seconds over the Data view's hundreds of rows and the long list of sources; those
// are checked whole, in light and dark, by routes.e2e.ts, so here only their first rows are.
const LONG_REPEATS = ['.app-record-table tbody tr:nth-child(n+6)', '.app-source:nth-of-type(n+4)'];
const axe = (page: Page, route: string, state: string) =>
  expectNoAxeViolations(page, `${route} ${state}`, { state, exclude: LONG_REPEATS });

const DATA_ROUTES = ROUTES.filter((route) => route.data.length > 0);
/** Views that take the shared as-at date (AsAtControl). */
const AS_AT_ROUTES = ['/', '/timeline', '/governance', '/england'];
/** A client-side visit: the navigation link, or (for a page the navigation does not list) the router's history. */
async function visit(page: Page, route: { path: string; title: string; inNav: boolean }) {
  if (route.inNav) {
    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('link', { name: route.title, exact: true })
      .click();
  } else {
    // wouter listens to history.pushState, as its own links do.
    await page.evaluate((path) => window.history.pushState(null, '', path), route.path);
  }
}

describe.each(DATA_ROUTES)('$path', (route) => {
  const { path, data } = route;
  const file = data[0]!;

  it('loading: a data file that has not arrived yet', async () => {
    const page = await openPage('/accessibility', { expectFailedRequests: [`/data/${file}`] });
    await injectFault(page, file, 'never');
    await visit(page, route);
    await expect
      .poll(() =>
        page
          .locator('main [role="status"]')
          .filter({ hasText: /^Loading / })
          .count(),
      )
      .toBeGreaterThan(0);
    await axe(page, path, 'loading');
  });

  it(`error: ${file} of the wrong shape`, async () => {
    const page = await openPage('/accessibility', { expectFailedRequests: [`/data/${file}`] });
    await injectFault(page, file, 'wrong-shape');
    await visit(page, route);
    await expect
      .poll(() => page.locator(`.app-data-error[data-file="${file}"]`).count())
      .toBeGreaterThan(0);
    await axe(page, path, 'error');
    await expectClean(page);
  });

  it('table shown: every chart switched to its Table tab', async () => {
    const page = await openPage(path);
    const tabs = page.getByRole('tab', { name: 'Table', exact: true });
    const count = await tabs.count();
    if (count === 0) return; // Data and Sources are tables already.
    for (let i = 0; i < count; i += 1) await tabs.nth(i).click();
    await expect
      .poll(() => page.getByRole('tab', { name: 'Table', selected: true }).count())
      .toBe(count);
    expect(await page.locator('.app-chart [role="tabpanel"]:not([hidden]) table').count()).toBe(
      count,
    );
    await axe(page, path, 'table shown');
    await expectClean(page);
  });

  it('item selected: the first mark of each chart chosen by keyboard', async () => {
    const page = await openPage(path);
    const marks = page.locator('.app-chart svg [tabindex="0"]');
    const count = await marks.count();
    if (count === 0) return; // no chart with selectable marks on this view
    const before = page.url();
    for (let i = 0; i < count; i += 1) {
      await marks.nth(i).focus();
      await page.keyboard.press('Enter');
    }
    // A selection is view state a reader would share, so it is in the URL.
    await expect
      .poll(() => page.url(), { message: `${path}: selecting changes the URL` })
      .not.toBe(before);
    await axe(page, path, 'item selected');
    await expectClean(page);
  });

  if (AS_AT_ROUTES.includes(path)) {
    it('as-at moved: 30 June 2016', async () => {
      const page = await openPage(`${path}?asAt=2016-06-30`);
      await expect.poll(() => page.getByText(/As at\s+30 June 2016/).count()).toBeGreaterThan(0);
      await axe(page, path, 'as-at moved');
      await expectClean(page);
    });
  }

  if (path === '/data') {
    it('empty: a search that matches no record', async () => {
      const page = await openPage('/data?q=no-record-says-this');
      await expect.poll(() => page.getByText(/^Showing 0 of \d+ records\.$/).count()).toBe(1);
      await axe(page, path, 'empty');
      await expectClean(page);
    });
  }
});

describe.each(ROUTES)('$path printed', ({ path }) => {
  it('print: the page as it prints', async () => {
    const page = await openPage(path);
    await page.emulateMedia({ media: 'print' });
    // Target size (WCAG 2.5.8) is about pointers; paper has none, and the briefing's print type
    // is sized to fit one A4 page. Every other rule applies to the printed page.
    await expectNoAxeViolations(page, `${path} print`, {
      state: 'print',
      exclude: LONG_REPEATS,
      disableRules: ['target-size'],
    });
    await expectClean(page);
  });
});
