// The England comparison in Chromium against the production build: axe-clean with a cell and a bar
// selected, every matrix cell and bar reachable by keyboard with a visible focus ring.
import { describe, expect, it } from 'vitest';
import { expectClean, expectNoAxeViolations, openPage, setupBrowser } from './browser';

setupBrowser();

describe('/england', () => {
  it('has no axe violations with a cell and a bar selected, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await openPage('/england?cell=unknown.good&bar=requires-improvement&region=EM', {
        colorScheme,
      });
      await page.getByRole('region', { name: 'Authorities in the selected cell' }).waitFor();
      await page.getByRole('region', { name: 'Authorities in the selected bar' }).waitFor();
      await expectClean(page);
      await expectNoAxeViolations(page, `/england with selections (${colorScheme})`);
    }
  });

  it('has no axe violations in the table views', async () => {
    const page = await openPage('/england?matrixView=table&distView=table');
    await expectClean(page);
    await expectNoAxeViolations(page, '/england tables');
  });

  it('reaches every cell of the matrix with the arrow keys, row by row', async () => {
    const page = await openPage('/england?from=1&to=2');
    const cells = page
      .getByRole('group', { name: /grade in report 1 against report 2/ })
      .getByRole('button');
    // count() does not wait: on a busy machine it ran before the matrix was drawn and found none.
    await cells.first().waitFor();
    const total = await cells.count();
    expect(total).toBe(36);
    await cells.first().focus();
    const seen = new Set<string>();
    for (let row = 0; row < 6; row++) {
      for (let col = 0; col < 6; col++) {
        seen.add(
          await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''),
        );
        if (col < 5) await page.keyboard.press('ArrowRight');
      }
      await page.keyboard.press('Home');
      for (let r = 0; r <= row; r++) await page.keyboard.press('ArrowDown');
    }
    expect(seen.size).toBe(total);
    const ring = await page.evaluate(
      () => getComputedStyle(document.activeElement!.querySelector('.app-svg__focus')!).strokeWidth,
    );
    expect(ring).toBe('3px');
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: 'Authorities in the selected cell' }).waitFor();
    await expectClean(page);
  });

  it('fits 375 px without horizontal scroll', async () => {
    const page = await openPage('/england', { viewport: { width: 375, height: 800 } });
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await expectClean(page);
  });
});
