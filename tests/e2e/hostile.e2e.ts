// Issue 24, found by an outside test: malformed dates in the address, very long names and very
// long lists, in a real browser. Each case failed before its fix.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, setupBrowser } from './browser';
import { serveModifiedDataFile, withoutPageState } from './faultRoutes';

setupBrowser();

type Rec = Record<string, unknown>;
const ERROR_BOUNDARY = /could not be shown/;

describe('a malformed date in the address', () => {
  it.each([
    ['/?since=2018-1-5', 'Briefing: the position on'],
    ['/?since=2018-02-30', 'Briefing: the position on'],
    ['/?asAt=2018-13', 'Briefing: the position on'],
    ['/timeline?from=-1&to=2018-02-30', 'Timeline'],
  ])('%s shows the page and a polite notice, never the error boundary', async (path, heading) => {
    const page = await openPage(path);
    await expect.poll(() => page.locator('h1').innerText()).toContain(heading);
    const notice = page.getByTestId('dropped-params');
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.getAttribute('role')).toBe('status');
    expect(await page.locator('main').innerText()).not.toMatch(ERROR_BOUNDARY);
  });
});

/** The longest name the schema allows, with no space to break at. */
const LONG = 'W'.repeat(300);
const widths = (page: Page) =>
  page.evaluate(() => ({ doc: document.documentElement.scrollWidth, viewport: window.innerWidth }));

describe('names and titles of 300 characters with no space', () => {
  it.each(['/data', '/governance', '/transitions', '/sources'])(
    'keep %s no wider than its viewport, at 1280 and 375 px',
    async (path) => {
      for (const viewport of [
        { width: 1280, height: 800 },
        { width: 375, height: 800 },
      ]) {
        const page = await openPage(path, {
          viewport,
          expectFailedRequests: ['/state-'],
          beforeGoto: async (p) => {
            await withoutPageState(p);
            await serveModifiedDataFile(p, 'inspections.json', (d) => {
              for (const r of d.inspections as Rec[]) r.title = LONG;
              return d;
            });
            await serveModifiedDataFile(p, 'milestones.json', (d) => {
              for (const r of d.milestones as Rec[]) r.title = LONG;
              return d;
            });
            await serveModifiedDataFile(p, 'governance.json', (d) => {
              for (const r of d.bodies as Rec[]) r.name = LONG;
              return d;
            });
            await serveModifiedDataFile(p, 'sources.json', (d) => {
              for (const r of d.sources as Rec[]) r.title = LONG;
              return d;
            });
          },
        });
        // Wait until the hostile text is on the page, then measure.
        await expect
          .poll(() => page.locator('main').innerText(), { timeout: 15_000 })
          .toContain('WWWWWWWWWW');
        const { doc, viewport: inner } = await widths(page);
        expect(doc, `${path} at ${viewport.width} px`).toBeLessThanOrEqual(inner);
        await page.close();
      }
    },
    60_000,
  );
});

const withLongTaskLog = async (p: Page) => {
  await p.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push(Math.round(entry.duration));
    }).observe({ type: 'longtask', buffered: true });
  });
};

/** /data with 50,000 generated milestones served in place of the real file; the long tasks it saw. */
async function openHugeDataView(): Promise<{ page: Page; longTasks: () => Promise<number[]> }> {
  const page = await openPage('/data', {
    expectFailedRequests: ['/state-'],
    beforeGoto: async (p) => {
      await withoutPageState(p);
      await withLongTaskLog(p);
      await serveModifiedDataFile(p, 'milestones.json', (d) => {
        const first = (d.milestones as Rec[])[0]!;
        d.milestones = Array.from({ length: 50_000 }, (_, i) => ({
          ...first,
          id: `generated-${i}`,
        }));
        return d;
      });
    },
  });
  await expect
    .poll(
      () =>
        page
          .getByRole('status')
          .filter({ hasText: /records/ })
          .first()
          .innerText(),
      { timeout: 60_000 },
    )
    .toMatch(/^Showing 1–100 of 50,\d{3} records\.$/);
  return {
    page,
    longTasks: () =>
      page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks),
  };
}

describe('50,000 milestones', () => {
  it('/data draws one page of 100 rows and says how many there are', async () => {
    const { page, longTasks } = await openHugeDataView();
    expect(await page.locator('table.app-record-table tbody tr').count()).toBe(100);
    expect(await page.getByRole('navigation', { name: 'Pages of records' }).isVisible()).toBe(true);
    // Before paging: 750,000 DOM nodes. One page of 100 records is a few thousand.
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeLessThan(
      10_000,
    );
    console.log(
      `/data with 50,000 milestones: long tasks (ms) ${JSON.stringify(await longTasks())}`,
    );
  }, 120_000);

  // NOT YET FIXED (issue 24): drawing is paged, but fetching, JSON.parse and validating 50,000
  // records with zod still run in one task of about 2 s (measured 2,139 ms and 1,443 ms). Moving
  // the validation off the main thread (a worker) or into slices is the remaining work. This
  // test states the goal and is marked as failing until then; it fails (and so must be flipped)
  // once no task is over 200 ms.
  it.fails(
    '/data has no main-thread task over 200 ms',
    async () => {
      const { longTasks } = await openHugeDataView();
      expect(Math.max(0, ...(await longTasks()))).toBeLessThanOrEqual(200);
    },
    120_000,
  );
});
