// The Rating transitions view in Chromium against the production build: axe-clean in light and
// dark, with a mark selected and in the table view; keyboard reaches every mark and every flow.
import { describe, expect, it } from 'vitest';
import { expectClean, expectNoAxeViolations, openPage, setupBrowser } from './browser';

setupBrowser();

const LADDER = 'svg[aria-labelledby] >> nth=0';

describe('/transitions', () => {
  it('has no axe violations with a mark selected, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await openPage('/transitions?mark=mark%3Ancc-ilacs-2019%3A0', { colorScheme });
      await page.getByRole('region', { name: 'Selected judgement' }).waitFor();
      await expectClean(page);
      await expectNoAxeViolations(page, `/transitions with a mark selected (${colorScheme})`);
    }
  });

  it('has no axe violations in the table views', async () => {
    const page = await openPage('/transitions?ladderView=table&flowsView=table');
    await page.getByRole('table', { name: 'Judgements and visits by area' }).waitFor();
    await expectClean(page);
    await expectNoAxeViolations(page, '/transitions tables');
  });

  it('reaches every mark of the ladder with the arrow keys, each with a visible focus ring', async () => {
    const page = await openPage('/transitions');
    const ladder = page.locator(LADDER);
    const marks = ladder.locator('[role="button"]');
    const total = await marks.count();
    expect(total).toBeGreaterThan(20);
    await marks.first().focus();
    const seen = new Set<string>();
    for (let i = 0; i < total; i++) {
      const label = await page.evaluate(
        () => document.activeElement?.getAttribute('aria-label') ?? '',
      );
      seen.add(label);
      const ring = await page.evaluate(() => {
        const ringEl = document.activeElement?.querySelector('.app-svg__focus');
        return ringEl ? getComputedStyle(ringEl).strokeWidth : 'none';
      });
      expect(ring, `focus ring on ${label}`).toBe('3px');
      await page.keyboard.press('ArrowRight');
    }
    expect(seen.size).toBe(total);
    // Enter shows the details of the focused mark, and the URL keeps it.
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain('mark=');
  });

  it('reaches every flow with the keyboard and describes it', async () => {
    // The 2019 → 2022 pair (the latest pair is now 2022 → 2026).
    const page = await openPage('/transitions?pair=ncc-ilacs-2019--nnc-ilacs-2022');
    const flows = page.getByRole('group', {
      name: 'Which areas rose, fell or stayed between full inspections',
    });
    const links = flows.getByRole('button');
    const total = await links.count();
    expect(total).toBe(4);
    await links.first().focus();
    const labels: string[] = [];
    for (let i = 0; i < total; i++) {
      labels.push(
        await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''),
      );
      await page.keyboard.press('ArrowDown');
    }
    expect(new Set(labels).size).toBe(total);
    expect(labels.join(' ')).toMatch(
      /Overall effectiveness: Inadequate .* to Requires improvement .*: rose/,
    );
    await page.keyboard.press('Space');
    await expect.poll(() => page.url()).toContain('flow=');
    await expectClean(page);
  });

  it('fits 375 px without horizontal scroll and draws the ladder before JavaScript', async () => {
    const page = await openPage('/transitions', { viewport: { width: 375, height: 800 } });
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    const noJs = await openPage('/transitions', { javaScript: false });
    expect(await noJs.locator('svg [role="button"]').count()).toBeGreaterThan(20);
  });
});
