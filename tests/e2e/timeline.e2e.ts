// The Timeline in real Chromium against the production build: clean and axe-free in every state
// (default, zoomed, event selected, table shown, as-at moved, dark, narrow), keyboard alone reaches
// every event and opens its details, gestures zoom, and the URL brings the same view back.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readDataFile } from '../msw/handlers';
import { expectClean, expectNoAxeViolations, openPage, setupBrowser } from './browser';

setupBrowser();

const inspections = (readDataFile('inspections.json') as { inspections: { id: string }[] })
  .inspections;
const milestones = (readDataFile('milestones.json') as { milestones: { id: string }[] }).milestones;
const TOTAL = inspections.length + milestones.length;

const chart = (page: Page) => page.getByRole('group', { name: /What happened when/ });
const showing = (page: Page) => page.locator('.app-tl-range').innerText();
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
const focusedLabel = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');

/** Tab from the chart's last control before it (the "Show all" button) into the chart. */
async function tabIntoChart(page: Page) {
  await page.getByRole('button', { name: /Show all/ }).focus();
  await page.keyboard.press('Tab');
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.closest('svg.app-tl') !== null))
    .toBe(true);
}

describe('/timeline', () => {
  it('is clean and axe-free by default, and shows its marks before and after hydration', async () => {
    const page = await openPage('/timeline');
    await expect.poll(() => chart(page).getByRole('button').count()).toBeGreaterThan(20);
    expect(await showing(page)).toBe('Showing 1 January 2013 to 31 December 2021');
    await expectClean(page);
    await expectNoAxeViolations(page, 'timeline default');
  });

  it('with the keyboard alone, reaches every event in time order and opens its details', async () => {
    const page = await openPage('/timeline?from=2012-01-01&to=2023-12-31');
    await tabIntoChart(page);
    await page.keyboard.press('Home');
    const seen = new Set<string>([await focusedLabel(page)]);
    for (let i = 0; i < TOTAL + 5; i++) {
      await page.keyboard.press('ArrowRight');
      seen.add(await focusedLabel(page));
    }
    // Every event was focused one by one (none of the real data is dense enough to be grouped).
    expect(seen.size).toBe(TOTAL);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    const label = await focusedLabel(page);
    await page.keyboard.press('Enter');
    await expect.poll(() => param(page, 'event')).not.toBeNull();
    const details = page.getByRole('region', {
      name: new RegExp(label.split('. ')[0]!.replace(/[()'.]/g, '.')),
    });
    await expect.poll(() => details.isVisible()).toBe(true);
    // Focus moves to the details it opened, next to the mark (issues 24 and 19).
    await expect
      .poll(() => details.evaluate((region) => region.contains(document.activeElement)))
      .toBe(true);
    await expectClean(page);
    await expectNoAxeViolations(page, 'timeline event selected');
  });

  it('shows the flags of the 2013 child-protection inspection and of the MHCLG Directions in the details', async () => {
    const page = await openPage('/timeline?event=ncc-child-protection-2013');
    const cp = page.locator('.app-tl-details');
    await expect.poll(() => cp.innerText()).toContain('25 to 29 February 2013');
    const text = await cp.innerText();
    expect(text).toContain('Source error');
    expect(text).toContain('Placed by its publication date, March 2013');
    await page.goto('/timeline?event=mhclg-directions-2018-05-10', { waitUntil: 'networkidle' });
    await expect.poll(() => cp.innerText()).toContain('Sources disagree');
    const mhclg = await cp.innerText();
    expect(mhclg).toContain('9 May 2018');
    expect(mhclg).toContain('10 May 2018');
    await expectClean(page);
  });

  it('zooms with Ctrl + wheel (the plain wheel scrolls the page), the buttons and the keys; the axis turns to months; the view survives a reload', async () => {
    const page = await openPage('/timeline');
    await chart(page).scrollIntoViewIfNeeded();
    const box = (await chart(page).boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.7, box.y + box.height / 2);
    const scrolled = await page.evaluate(() => window.scrollY);
    await page.mouse.wheel(0, 200);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled);
    expect(await param(page, 'from')).toBeNull();
    await chart(page).scrollIntoViewIfNeeded();
    const again = (await chart(page).boundingBox())!;
    await page.mouse.move(again.x + again.width * 0.7, again.y + again.height / 2);
    await page.keyboard.down('Control');
    for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -200);
    await page.keyboard.up('Control');
    await expect.poll(() => param(page, 'from')).not.toBeNull();
    expect(await showing(page)).not.toBe('Showing 1 January 2013 to 31 December 2021');
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
    const ticks = await chart(page).locator('.app-tl__tick').allTextContents();
    expect(
      ticks.filter((t) => /^(\d{1,2} )?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/.test(t))
        .length,
    ).toBeGreaterThan(1);
    await expectNoAxeViolations(page, 'timeline zoomed');
    await page.waitForTimeout(400);
    const before = await showing(page);
    const url = page.url();
    await page.reload({ waitUntil: 'networkidle' });
    expect(page.url()).toBe(url);
    expect(await showing(page)).toBe(before);
    // Drag pans the view.
    await chart(page).scrollIntoViewIfNeeded();
    const b = (await chart(page).boundingBox())!;
    await page.mouse.move(b.x + b.width / 2, b.y + 40);
    await page.mouse.down();
    await page.mouse.move(b.x + b.width / 2 + 200, b.y + 40, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => showing(page)).not.toBe(before);
    await expectClean(page);
  });

  it('keeps the table, hidden lanes and a moved as-at date in the URL, axe-free', async () => {
    const page = await openPage('/timeline?view=table&lanes=ofsted,dfe&asAt=2016-06-30');
    const table = page.getByRole('table');
    await expect.poll(() => table.isVisible()).toBe(true);
    const summary = await page.locator('.app-chart__summary').innerText();
    expect(summary).toContain('after the as-at date, 30 June 2016');
    expect(summary).toContain('Four lanes are hidden');
    await expectNoAxeViolations(page, 'timeline table, as-at moved');
    await page.getByRole('tab', { name: 'Chart' }).click();
    await expect.poll(() => param(page, 'view')).toBeNull();
    await expect.poll(() => chart(page).locator('.app-tl__as-at').count()).toBe(1);
    await expectNoAxeViolations(page, 'timeline as-at moved');
    await expectClean(page);
  });

  it('fits 375 px and 320 px without sideways scrolling, in dark mode too', async () => {
    for (const width of [375, 320]) {
      const page = await openPage('/timeline', {
        viewport: { width, height: 800 },
        colorScheme: 'dark',
      });
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
      await expectClean(page);
      await expectNoAxeViolations(page, `timeline dark ${width}px`);
    }
  });
  it('starts on the first screen at 1280 × 800: the top of the chart is in view without scrolling', async () => {
    const page = await openPage('/timeline');
    await expect.poll(() => chart(page).getByRole('button').count()).toBeGreaterThan(20);
    const top = await chart(page).evaluate((svg) => svg.getBoundingClientRect().top);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // Its top, and a first lane of marks under it, are on the first screen.
    expect(top).toBeGreaterThan(0);
    expect(top + 60).toBeLessThanOrEqual(800);
  });

  it('opens the details of a mark next to it and in view; Escape closes them and returns to the mark', async () => {
    const page = await openPage('/timeline');
    await tabIntoChart(page);
    // A mark low in the chart: the last lane's first event.
    await page.keyboard.press('Home');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
    const label = await focusedLabel(page);
    const mark = await page.evaluate(() => {
      const r = (document.activeElement as Element).getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
    });
    await page.keyboard.press('Enter');
    const details = page.locator('.app-tl-popover');
    await expect
      .poll(() => details.evaluate((el) => el.contains(document.activeElement)))
      .toBe(true);
    const { box, markNow, viewport } = await page.evaluate((name) => {
      const el = document.querySelector('.app-tl-popover')!.getBoundingClientRect();
      const m = [...document.querySelectorAll('[data-nav-id]')]
        .find((n) => n.getAttribute('aria-label') === name)!
        .getBoundingClientRect();
      return {
        box: { top: el.top, bottom: el.bottom, left: el.left, right: el.right },
        markNow: { top: m.top, bottom: m.bottom, left: m.left, right: m.right },
        viewport: { width: window.innerWidth, height: window.innerHeight },
      };
    }, label);
    // The whole box is in the window.
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(viewport.height);
    expect(box.right).toBeLessThanOrEqual(viewport.width);
    // Next to the mark: just under it, and across from it (not a thousand pixels below).
    expect(box.top - markNow.bottom).toBeGreaterThanOrEqual(0);
    expect(box.top - markNow.bottom).toBeLessThanOrEqual(24);
    expect(box.left).toBeLessThanOrEqual(markNow.right);
    expect(box.right).toBeGreaterThanOrEqual(markNow.left);
    expect(mark.bottom - mark.top).toBeCloseTo(markNow.bottom - markNow.top, 0);
    await expectNoAxeViolations(page, 'timeline details next to the mark');
    await page.keyboard.press('Escape');
    await expect.poll(() => details.count()).toBe(0);
    await expect.poll(() => focusedLabel(page)).toBe(label);
    await expectClean(page);
  });

  it('on a phone, is a vertical list: each event a named row, keys move along it, details open under the row', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await openPage('/timeline', {
        viewport: { width: 375, height: 800 },
        colorScheme,
      });
      const list = page.locator('svg.app-tl--list');
      await expect.poll(() => list.getByRole('button').count()).toBeGreaterThan(20);
      // The rows run down the page: each below the one before, each the width of the chart.
      const rows = await list.getByRole('button').evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return {
            top: r.top,
            bottom: r.bottom,
            width: r.width,
            name: el.getAttribute('aria-label'),
          };
        }),
      );
      for (let i = 1; i < rows.length; i++)
        expect(rows[i]!.top).toBeGreaterThanOrEqual(rows[i - 1]!.bottom - 1);
      expect(rows.every((r) => r.width > 300 && r.name)).toBe(true);
      // Every row's name is written in full in the row (no lane axis squeezed into 300 px).
      const named = await list.locator('.app-tl__list-name').count();
      expect(named).toBeGreaterThanOrEqual(rows.length);
      await page.getByRole('button', { name: /Show all/ }).focus();
      await page.keyboard.press('Tab');
      const first = await focusedLabel(page);
      expect(first).toBe(rows[0]!.name);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      const third = await focusedLabel(page);
      expect(third).toBe(rows[2]!.name);
      await page.keyboard.press('Enter');
      await expect.poll(() => param(page, 'event')).not.toBeNull();
      const details = page.locator('.app-tl-popover');
      await expect
        .poll(() => details.evaluate((el) => el.contains(document.activeElement)))
        .toBe(true);
      const box = await details.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
      });
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.bottom).toBeLessThanOrEqual(800);
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(375);
      await expectNoAxeViolations(page, `timeline phone list, ${colorScheme}`);
      await page.keyboard.press('Escape');
      await expect.poll(() => focusedLabel(page)).toBe(third);
      await expectClean(page);
    }
  });
});
