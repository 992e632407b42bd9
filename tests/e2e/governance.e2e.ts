// The Governance view in real Chromium against the production build: stepping through every
// change date by keyboard (axe clean in each state), moving between diagram nodes with arrow keys
// and selecting with Enter, the table view, dark mode and a narrow screen.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectClean, expectNoAxeViolations, openPage, setupBrowser } from './browser';

setupBrowser();

const diagram = (page: Page) => page.getByRole('group', { name: /^Governance on/ });
const nodeLabels = (page: Page) =>
  diagram(page)
    .locator('[data-node]')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? ''));

describe('/governance', () => {
  it('steps through every change date with the keyboard, axe clean in each state', async () => {
    const page = await openPage('/governance?asAt=2013-10-02');
    const steps = page
      .getByRole('navigation', { name: 'Dates the structure changed' })
      .getByRole('button');
    const count = await steps.count();
    expect(count).toBeGreaterThanOrEqual(8);
    await steps.first().focus();
    const seen: string[] = [];
    for (let i = 0; i < count; i++) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      const pressed = steps.nth(i);
      await expect.poll(() => pressed.getAttribute('aria-pressed')).toBe('true');
      // Focus stays on the step, so the next arrow press carries on.
      expect(await pressed.evaluate((el) => el === document.activeElement)).toBe(true);
      const search = new URL(page.url()).search;
      seen.push(search);
      await expectNoAxeViolations(page, `governance ${search}`);
    }
    expect(seen).toContain('?asAt=2018-11-30');
    expect(seen).toContain('?asAt=2021-04-01');
    expect(new Set(seen).size).toBe(count);
    await expectClean(page);
  });

  it('on 30 November 2018 draws the DfE direction, the commissioner, Lincolnshire and the MHCLG commissioners', async () => {
    const page = await openPage('/governance?asAt=2018-11-30');
    const labels = await nodeLabels(page);
    for (const name of [
      "Children's Services Commissioner",
      'Lincolnshire County Council',
      'Commissioners for Northamptonshire',
      'Northamptonshire County Council',
    ])
      expect(
        labels.some((l) => l.startsWith(name)),
        name,
      ).toBe(true);
    await expect
      .poll(() =>
        diagram(page)
          .locator(
            '[data-edge^="secretary-of-state-for-education|directs|northamptonshire-county-council"]',
          )
          .count(),
      )
      .toBe(1);
    await expectClean(page);
  });

  it('on 1 April 2021 shows the unitary councils and the trust, and no county council', async () => {
    const page = await openPage('/governance?asAt=2021-04-01');
    const labels = await nodeLabels(page);
    expect(labels.some((l) => l.startsWith('North Northamptonshire Council'))).toBe(true);
    expect(labels.some((l) => l.startsWith('West Northamptonshire Council'))).toBe(true);
    expect(labels.some((l) => l.startsWith("Northamptonshire Children's Trust"))).toBe(true);
    expect(labels.some((l) => l.startsWith('Northamptonshire County Council'))).toBe(false);
    await expectClean(page);
  });

  it('moves between nodes with arrow keys, shows the focus, and selects with Enter', async () => {
    const page = await openPage('/governance?asAt=2018-11-30');
    const first = diagram(page).locator('[data-node][tabindex="0"]');
    await first.focus();
    await page.keyboard.press('ArrowRight');
    const focused = page.locator(':focus');
    expect(await focused.getAttribute('aria-label')).toMatch(/^Secretary of State for Education/);
    const ring = await focused
      .locator('.app-svg__focus')
      .evaluate((el) => getComputedStyle(el).stroke);
    expect(ring).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => new URL(page.url()).searchParams.get('node'))
      .toBe('secretary-of-state-for-education');
    const details = page.getByRole('region', { name: /Secretary of State for Education/ });
    await expect.poll(() => details.isVisible()).toBe(true);
    expect(await details.innerText()).toContain('section 497A(4B) of the Education Act 1996');
    await expectNoAxeViolations(page, 'governance with a node selected');
    await expectClean(page);
  });

  it('shows the relationships as a table, axe clean', async () => {
    const page = await openPage('/governance?asAt=2018-11-30&view=table');
    const table = page.getByRole('table', { name: /Relationships on 30 November 2018/ });
    await expect.poll(() => table.isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'governance table view');
    await expectClean(page);
  });

  it('is axe clean in dark mode', async () => {
    const page = await openPage('/governance?asAt=2021-04-01', { colorScheme: 'dark' });
    await expectNoAxeViolations(page, 'governance dark');
    await expectClean(page);
  });

  it('switches to a list at 375 px with no horizontal scroll', async () => {
    const page = await openPage('/governance?asAt=2018-11-30', {
      viewport: { width: 375, height: 800 },
    });
    await expect.poll(() => diagram(page).getAttribute('class')).toContain('app-gov--list');
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await expectNoAxeViolations(page, 'governance 375 px');
    await expectClean(page);
  });
});
