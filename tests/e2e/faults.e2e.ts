// Every data file, broken in each way a server or network breaks, in the real app: the page shows
// its designed state (an error naming the file, or loading and then the data), passes axe in that
// state, asks the server only as often as the retry policy says, leaves the other views working,
// and recovers with "Try again" once the fault is lifted.
//
// Each case starts on /accessibility, whose pre-rendered page carries only meta.json, and follows
// the navigation, so the view fetches its files in the browser. The page's clock is Playwright's
// fake clock: retry back-offs (1, 2, 4 s) and the 20-second timeout pass in milliseconds.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROUTES } from '../../src/app/routes';
import { recordReliability } from '../reliability/record';
import { expectClean, expectNoAxeViolations, openPage, setupBrowser } from './browser';
import {
  FAULT_LABELS,
  fastForwardUntil,
  injectFault,
  type DataFile,
  type FaultKind,
} from './faultRoutes';

setupBrowser();

interface ViewCase {
  /** The navigation link. */
  link: string;
  /** Visible once the view shows its content. */
  ready: (page: Page) => Promise<boolean>;
}

const visible = (page: Page, selector: string) => page.locator(selector).first().isVisible();
const VIEWS = {
  data: {
    link: 'Data',
    ready: (page) => page.getByText(/^Showing [\d–]+ of [\d,]+ records\.$/).isVisible(),
  },
  sources: { link: 'Sources', ready: (page) => page.getByText(/^\d+ sources\.$/).isVisible() },
  england: {
    link: 'England comparison',
    ready: (page) => visible(page, 'h2:text-is("From one inspection to the next")'),
  },
  governance: {
    link: 'Governance',
    ready: (page) => visible(page, 'h2:text-is("Dates the structure changed")'),
  },
} satisfies Record<string, ViewCase>;

/** For each file: a view that needs it, and a view that does not (or can do without it). */
const FILES: { file: DataFile; view: ViewCase; other: ViewCase }[] = [
  { file: 'inspections.json', view: VIEWS.data, other: VIEWS.governance },
  { file: 'milestones.json', view: VIEWS.data, other: VIEWS.england },
  // Sources lists its documents even when the records citing them cannot be loaded.
  { file: 'governance.json', view: VIEWS.data, other: VIEWS.sources },
  { file: 'sources.json', view: VIEWS.sources, other: VIEWS.england },
  { file: 'national.json', view: VIEWS.england, other: VIEWS.governance },
];

const FAULTS: FaultKind[] = ['network', 'http-500', 'malformed', 'wrong-shape', 'slow', 'never'];

/** Requests the retry policy allows: one for a bad file, four (three retries) for a transient fault. */
const EXPECTED_REQUESTS: Record<FaultKind, number> = {
  network: 4,
  'http-500': 4,
  malformed: 1,
  'wrong-shape': 1,
  slow: 1,
  never: 4,
};

/** The designed error state: heading and the line that says what went wrong. */
function expectedError(file: DataFile, fault: FaultKind): { heading: string; detail: RegExp } {
  const notLoaded = `Sorry, the data file ${file} could not be loaded`;
  const badFile = `There is a problem with the data file ${file}`;
  const f = file.replace('.', '\\.');
  switch (fault) {
    case 'network':
      return {
        heading: notLoaded,
        detail: new RegExp(
          `${f} could not be fetched: the network failed\\. Try again in a moment\\.`,
        ),
      };
    case 'http-500':
      return {
        heading: notLoaded,
        detail: new RegExp(`${f} could not be fetched: the server answered 500`),
      };
    case 'never':
      return {
        heading: notLoaded,
        detail: new RegExp(`${f} took too long to arrive\\. Try again in a moment\\.`),
      };
    case 'malformed':
      return { heading: badFile, detail: new RegExp(`${f} is not valid JSON`) };
    case 'wrong-shape':
      // Each problem line names the file and the JSON path.
      return { heading: badFile, detail: new RegExp(`^${f}: \\S`, 'm') };
    case 'slow':
      throw new Error('a slow response is not an error');
  }
}

// axe takes seconds over the Data view's hundreds of rows and sources' long list; those are
// checked whole on every route by routes.e2e.ts, so here only their first rows are.
const LONG_REPEATS = ['.app-record-table tbody tr:nth-child(n+6)', '.app-source:nth-of-type(n+4)'];
const AXE_ERROR = { state: 'error', exclude: LONG_REPEATS };
const AXE_LOADING = { state: 'loading', exclude: LONG_REPEATS };

const errorFor = (page: Page, file: DataFile) =>
  page.locator(`.app-data-error[data-file="${file}"]`);

async function goTo(page: Page, view: ViewCase) {
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: view.link, exact: true })
    .click();
}

describe.each(FILES)('$file broken', ({ file, view, other }) => {
  it.each(FAULTS)('%s: designed state, axe, retry count, other views, Try again', async (fault) => {
    const page = await openPage('/accessibility', { expectFailedRequests: [`/data/${file}`] });
    const injected = await injectFault(page, file, fault);
    // Data requests in flight, other than the broken file's.
    const inFlight = new Set<unknown>();
    const isOther = (url: string) => url.includes('/data/') && !url.includes(`/data/${file}`);
    const arrived = new Set<string>();
    page.on('request', (r) => void (isOther(r.url()) && inFlight.add(r)));
    page.on('requestfinished', (r) => {
      inFlight.delete(r);
      if (isOther(r.url())) arrived.add(new URL(r.url()).pathname.split('/').pop()!);
    });
    page.on('requestfailed', (r) => void inFlight.delete(r));
    await page.clock.install();
    await goTo(page, view);
    // The view's other files arrive before the clock moves on: Playwright's clock also runs the
    // page's 20-second data timeout (it fakes AbortSignal.timeout), so a jump while one of them is
    // still downloading would cut it short, a fault of the test's own making.
    const others = ROUTES.find((route) => route.title === view.link)!.data.filter(
      (f) => f !== file,
    );
    await expect
      .poll(() => others.filter((f) => !arrived.has(f)), {
        message: `${view.link}: its other files arrive`,
      })
      .toEqual([]);

    if (fault === 'slow') {
      await injected.waitForRequests(1);
      // 8 s of page time: still loading, no timeout, no error.
      await page.clock.fastForward(8_000);
      // "Loading …", or the Data view's "still loading the records in <file>".
      await expect
        .poll(() =>
          page
            .locator('main [role="status"]')
            .filter({ hasText: /^Loading |still loading the records in / })
            .count(),
        )
        .toBeGreaterThan(0);
      expect(await errorFor(page, file).count()).toBe(0);
      await expectNoAxeViolations(
        page,
        `${view.link} loading ${file} (8-second response)`,
        AXE_LOADING,
      );
      await injected.release();
      await expect
        .poll(() => view.ready(page), { message: `${view.link} shows its content` })
        .toBe(true);
      expect(await errorFor(page, file).count()).toBe(0);
      expect(injected.requests).toBe(1);
      recordReliability('fault', {
        file,
        fault,
        label: FAULT_LABELS[fault],
        view: view.link,
        requests: 1,
        state: 'loading, then data',
      });
      await expectClean(page);
      return;
    }

    const { heading, detail } = expectedError(file, fault);
    const alert = errorFor(page, file);
    await fastForwardUntil(page, () => alert.isVisible(), {
      stepMs: fault === 'never' ? 10_000 : 2_000,
    });
    expect(await alert.getByRole('heading').innerText()).toBe(heading);
    expect(await alert.innerText()).toMatch(detail);
    expect(await alert.innerText(), 'no raw error text').not.toMatch(
      /undefined|TypeError|at \S+:\d+/,
    );
    // No more requests than the policy allows (wait past any back-off first).
    await page.clock.fastForward(30_000);
    await page.waitForTimeout(100);
    expect(injected.requests, `${file} ${fault}: requests`).toBe(EXPECTED_REQUESTS[fault]);
    await expectNoAxeViolations(page, `${view.link} with ${file} failing: ${fault}`, AXE_ERROR);

    // Another view still works while the file is broken.
    await goTo(page, other);
    await expect.poll(() => other.ready(page), { message: `${other.link} still works` }).toBe(true);
    // The other files the broken view asked for all arrive (none is cut short by the view going).
    await expect.poll(() => inFlight.size, { message: 'the other view’s data arrives' }).toBe(0);

    // Back to the broken view: the fault is still there; lift it and "Try again".
    await goTo(page, view);
    await fastForwardUntil(page, () => alert.isVisible(), {
      stepMs: fault === 'never' ? 10_000 : 2_000,
    });
    await injected.lift();
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => view.ready(page), { message: `${view.link} recovers` }).toBe(true);
    await expect.poll(() => alert.count()).toBe(0);

    recordReliability('fault', {
      file,
      fault,
      label: FAULT_LABELS[fault],
      view: view.link,
      requests: EXPECTED_REQUESTS[fault],
      state: heading,
      otherView: other.link,
      recovered: true,
    });
    await expectClean(page);
  });
});

// meta.json is embedded in every pre-rendered page, so no view waits for it, and the page never
// asks for it again, however long it stays open: the data files change only with a deploy, and a
// page carries the deployed copy. (It used to refresh the copy after five minutes, which made every
// later visit fetch and validate the files again just after hydrating.) A meta.json broken on the
// server therefore changes nothing the reader sees: no request, no error, the same footer.
describe('meta.json broken', () => {
  it.each(FAULTS)(
    '%s: the embedded copy is used and the file is never asked for',
    async (fault) => {
      const page = await openPage('/accessibility');
      const footer = page.locator('footer');
      const version = (await footer.innerText()).match(
        /Data version \S+, last checked against its sources on [^.]+\./,
      )?.[0];
      expect(version, 'footer names the data version').toBeDefined();
      const injected = await injectFault(page, 'meta.json', fault);
      await page.clock.install();
      // An hour later, Governance (which reads meta.json for its default as-at date) mounts.
      await page.clock.fastForward('01:00:00');
      await goTo(page, VIEWS.governance);
      await expect.poll(() => VIEWS.governance.ready(page)).toBe(true);
      await page.clock.fastForward(30_000);
      await page.waitForTimeout(100);
      expect(injected.requests, `meta.json ${fault}: requests`).toBe(0);
      expect(await footer.innerText()).toContain(version);
      expect(await page.getByRole('alert').count()).toBe(0);
      recordReliability('fault', {
        file: 'meta.json',
        fault,
        label: FAULT_LABELS[fault],
        view: 'Governance',
        requests: 0,
        state: 'embedded copy used, never asked for',
      });
      await expectClean(page);
    },
  );
});

// Each pre-rendered page names the data it was drawn from as a file of its own
// (/assets/state-….json, scripts/prerender.mjs), which the app asks for once the page has painted.
// With it, the page asks for no data file; without it, the page is drawn afresh by the app, which
// fetches its data files: the reader keeps every fact and every control.
describe("the page's own data", () => {
  const dataRequests = async (page: Page, seen: string[]) => {
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.endsWith('.json')) seen.push(pathname);
    });
  };
  const reactOwns = (page: Page) =>
    page.evaluate(() =>
      Object.keys(document.getElementById('root')!).some((key) =>
        key.startsWith('__reactContainer'),
      ),
    );

  it('is the only file the briefing asks for', async () => {
    const seen: string[] = [];
    const page = await openPage('/', { beforeGoto: (p) => dataRequests(p, seen) });
    await expect.poll(() => reactOwns(page)).toBe(true);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatch(/^\/assets\/state-[0-9a-f]{16}\.json$/);
    await expectClean(page);
  });

  it.each(['network', 'http-500', 'malformed'] as const)(
    '%s: the briefing is drawn afresh from its data files, and works',
    async (fault) => {
      const seen: string[] = [];
      const page = await openPage('/', {
        expectFailedRequests: ['/assets/state-'],
        beforeGoto: async (p) => {
          await dataRequests(p, seen);
          await p.route('**/assets/state-*.json', (route) =>
            fault === 'network'
              ? route.abort('connectionrefused')
              : fault === 'http-500'
                ? route.fulfill({ status: 500, body: 'Internal Server Error' })
                : route.fulfill({
                    status: 200,
                    contentType: 'application/json',
                    body: '{"queries": [',
                  }),
          );
        },
      });
      await expect.poll(() => reactOwns(page)).toBe(true);
      for (const file of ['meta.json', 'inspections.json', 'milestones.json', 'governance.json'])
        expect(seen, `asks for ${file}`).toContain(`/data/${file}`);
      await expect
        .poll(() => page.getByRole('heading', { level: 1 }).innerText())
        .toBe('Briefing: the position on 7 July 2026');
      // A control that needs the app works: moving the as-at date is kept in the address.
      await page.getByRole('button', { name: /Previous change/ }).click();
      await expect.poll(() => page.url()).toMatch(/asAt=/);
      await expectClean(page);
    },
  );
});
