// Accessibility beyond axe (issue 24), driven by roles and names so it covers marks and charts that
// land later:
//  - a keyboard-only walk of the timeline and the governance diagram reaches every mark, Enter
//    opens its details and moves focus there, Escape closes them and puts focus back on the mark,
//    and Tab leaves the chart (no trap);
//  - the briefing at 400% zoom (320 × 256 CSS px) keeps every chart text at least 12 CSS px;
//  - the accessibility tree of each chart on each chart page names the chart (its title), gives its
//    description, and names every mark.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { recordReliability } from '../reliability/record';
import { expectClean, openPage, setupBrowser } from './browser';
import { describeProblems, findTextProblems } from './lib/chartText';

setupBrowser();

/** The interactive chart's marks: buttons inside a chart's svg. */
const MARK = 'svg[aria-labelledby] [role="button"]';

const active = (page: Page) =>
  page.evaluate((mark) => {
    const el = document.activeElement;
    return {
      isMark: !!el?.matches(mark),
      label: el?.getAttribute('aria-label') ?? null,
      heading: !!el?.matches('h1, h2, h3, h4, [role="heading"]'),
      inChart: !!el?.closest('svg'),
    };
  }, MARK);

describe.each(['/timeline', '/governance?asAt=2018-11-30'])('%s by keyboard alone', (path) => {
  it('reaches every mark, opens its details, goes back with Escape and leaves by Tab', async () => {
    const page = await openPage(path);
    const marks = await page
      .locator(MARK)
      .evaluateAll(
        (els) =>
          els.filter((el) => (el as Element).checkVisibility({ visibilityProperty: true })).length,
      );
    expect(marks, `${path} has marks`).toBeGreaterThan(0);

    // Tab from the top of the page into the chart.
    let tabs = 0;
    while (!(await active(page)).isMark) {
      tabs += 1;
      expect(tabs, `${path}: the chart's marks are not reached by Tab`).toBeLessThan(120);
      await page.keyboard.press('Tab');
    }

    const initial = await page.evaluate(() =>
      [...(document.activeElement?.closest('svg')?.querySelectorAll('[role="button"]') ?? [])]
        .map((el) => el.getAttribute('aria-label'))
        .filter((label): label is string => label !== null),
    );
    // Home, then the arrow keys, one mark at a time, to the end.
    await page.keyboard.press('Home');
    const reached = new Set<string>();
    for (let step = 0; step <= 2 * marks + 10; step += 1) {
      const now = await active(page);
      expect(now.isMark, `${path}: arrow keys left the chart`).toBe(true);
      if (now.label === null || reached.has(now.label)) break;
      reached.add(now.label);
      await page.keyboard.press('ArrowRight');
    }
    // Every mark the chart drew when the walk began was reached (the timeline may draw more as
    // focus moves into a period it had grouped).
    const missed = initial.filter((label) => !reached.has(label));
    expect(missed, `${path}: marks the arrow keys never reached`).toEqual([]);

    // The first mark: Enter opens its details and moves focus to them; Escape comes back.
    await page.keyboard.press('Home');
    const first = (await active(page)).label!;
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await active(page)).heading).toBe(true);
    expect((await active(page)).inChart).toBe(false);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await active(page)).label).toBe(first);

    // No trap: Tab leaves the chart.
    await page.keyboard.press('Tab');
    await expect.poll(async () => (await active(page)).isMark).toBe(false);

    recordReliability('a11y-walk', { path, marks, reached: reached.size, tabsToChart: tabs });
    await expectClean(page);
  }, 90_000);
});

describe('the briefing at 400% zoom (320 × 256 CSS px)', () => {
  it('keeps every chart text at least 12 CSS px', async () => {
    const page = await openPage('/', { viewport: { width: 320, height: 256 } });
    const charts = await page.locator('svg[aria-labelledby]').count();
    expect(charts).toBeGreaterThan(0);
    const small = (await findTextProblems(page, { minPx: 12, minTickPx: 12 })).filter((p) =>
      / px, under /.test(p.problem),
    );
    recordReliability('a11y-zoom', { path: '/', width: 320, charts, small: small.length });
    expect(small, describeProblems(small)).toEqual([]);
    await expectClean(page);
  }, 60_000);
});

interface AxNode {
  role?: { value?: string };
  name?: { value?: string };
  description?: { value?: string };
  ignored?: boolean;
  backendDOMNodeId?: number;
  nodeId: string;
  childIds?: string[];
  parentId?: string;
}

describe.each(['/timeline', '/governance?asAt=2018-11-30', '/transitions', '/england', '/'])(
  'the accessibility tree of %s',
  (path) => {
    it('names each chart by its title, gives its description and names every mark', async () => {
      const page = await openPage(path);
      // What the page draws: each chart's title and description texts, and its marks' names.
      const drawn = await page.evaluate(() =>
        [...document.querySelectorAll<SVGSVGElement>('svg[aria-labelledby]')]
          .filter((svg) => svg.checkVisibility())
          .map((svg) => {
            const text = (ids: string | null) =>
              (ids ?? '')
                .split(/\s+/)
                .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
                .join(' ')
                .trim();
            return {
              title: text(svg.getAttribute('aria-labelledby')),
              description: text(svg.getAttribute('aria-describedby')),
              // Marks hidden from assistive technology on purpose (a still picture) are not counted.
              marks: [...svg.querySelectorAll('[role="button"]')].filter(
                (el) => !el.closest('[aria-hidden="true"], [inert]'),
              ).length,
            };
          }),
      );
      expect(drawn.length, `${path} draws a chart`).toBeGreaterThan(0);

      // What the browser gives assistive technology.
      const cdp = await page.context().newCDPSession(page);
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
      const live = nodes.filter((n) => !n.ignored);
      const squash = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
      const problems: string[] = [];
      let markCount = 0;
      for (const chart of drawn) {
        // The chart's own node (its heading may carry the same name): the one described.
        const named = live.filter(
          (n) =>
            squash(n.name?.value) === squash(chart.title) &&
            !['StaticText', 'heading', 'InlineTextBox'].includes(n.role?.value ?? ''),
        );
        const node =
          named.find((n) => squash(n.description?.value) === squash(chart.description)) ?? named[0];
        if (!node || !chart.title) {
          problems.push(`no chart named "${chart.title.slice(0, 60)}"`);
          continue;
        }
        if (!chart.description || squash(node.description?.value) !== squash(chart.description))
          problems.push(
            `"${chart.title.slice(0, 60)}": description not given: AX "${squash(node.description?.value).slice(0, 80)}" vs drawn "${squash(chart.description).slice(0, 80)}"`,
          );
        // Every button under the chart's node has a name.
        const byId = new Map(nodes.map((n) => [n.nodeId, n]));
        const stack = [...(node.childIds ?? [])];
        let buttons = 0;
        while (stack.length > 0) {
          const child = byId.get(stack.pop()!);
          if (!child) continue;
          if (!child.ignored && child.role?.value === 'button') {
            buttons += 1;
            if (!squash(child.name?.value))
              problems.push(`"${chart.title.slice(0, 40)}": a mark with no name`);
          }
          stack.push(...(child.childIds ?? []));
        }
        if (buttons < chart.marks)
          problems.push(`"${chart.title.slice(0, 40)}": ${chart.marks - buttons} marks missing`);
        markCount += buttons;
      }
      recordReliability('a11y-tree', {
        path,
        charts: drawn.length,
        marks: markCount,
        problems: problems.length,
      });
      expect(problems).toEqual([]);
    }, 60_000);
  },
);
