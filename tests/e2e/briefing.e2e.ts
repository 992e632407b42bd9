// The minister's briefing in a real browser: the as-at date carries across every view through the
// URL, axe finds nothing in any state, and the printed briefing is one A4 landscape page.
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, inject, it } from 'vitest';
import { printBriefing } from '../../scripts/briefing.mjs';
import { expectClean, expectNoAxeViolations, openPage, setupBrowser } from './browser';

setupBrowser();

const heading = (page: Awaited<ReturnType<typeof openPage>>) => page.locator('h1').innerText();

describe('the briefing', () => {
  it('is clean and accessible by default, with a date moved, with a second date and in dark mode', async () => {
    const page = await openPage('/');
    expect(await heading(page)).toBe('Briefing: the position on 7 July 2026');
    await expectNoAxeViolations(page, 'briefing, default');
    await page.getByRole('button', { name: /Previous change/ }).click();
    await expect.poll(() => page.url()).toMatch(/asAt=/);
    await expectNoAxeViolations(page, 'briefing, as-at moved');
    await page.getByLabel('Compare with').selectOption({ index: 0 });
    await expect.poll(() => page.url()).toMatch(/since=/);
    await expectNoAxeViolations(page, 'briefing, compared with a second date');
    await expectClean(page);
    const dark = await openPage('/?asAt=2018-11-30', { colorScheme: 'dark' });
    await expectNoAxeViolations(dark, 'briefing, dark');
  });

  it('carries one as-at date across every view through the URL', async () => {
    const page = await openPage('/timeline');
    await page.getByLabel('Day').first().fill('30');
    await page.getByLabel('Month').first().fill('11');
    await page.getByLabel('Year').first().fill('2018');
    await page.getByRole('button', { name: 'Show' }).first().click();
    await expect.poll(() => page.url()).toContain('asAt=2018-11-30');

    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Governance' }).click();
    await expect.poll(() => page.url()).toMatch(/\/governance\?asAt=2018-11-30/);
    await expect.poll(() => page.getByText('As at', { exact: false }).first().innerText()).toContain('30 November 2018');

    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Briefing' }).click();
    await expect.poll(() => heading(page)).toBe('Briefing: the position on 30 November 2018');
    await expectClean(page);

    // A shared link restores it.
    const shared = await openPage('/?asAt=2018-11-30');
    expect(await heading(shared)).toBe('Briefing: the position on 30 November 2018');
  });

  it('in print, drops navigation and controls and keeps the date, data version and address', async () => {
    const page = await openPage('/?asAt=2018-11-30');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Views' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Show', exact: true }).isVisible()).toBe(false);
    const footer = await page.locator('.app-briefing__footer').innerText();
    expect(footer).toContain('As at 30 November 2018');
    expect(footer).toMatch(/Data version \d/);
    expect(footer).toContain('Printed from http://');
    expect(footer).toContain('asAt=2018-11-30');
  });

  it('prints on one A4 landscape page', async () => {
    const out = join(tmpdir(), `briefing-${process.pid}.pdf`);
    try {
      await printBriefing({ asAt: '2018-11-30', out, dist: inject('distDir') });
      const pdf = await PDFDocument.load(readFileSync(out));
      expect(pdf.getPageCount()).toBe(1);
      const { width, height } = pdf.getPage(0).getSize();
      // A4 landscape is 842 × 595 points.
      expect(Math.round(width)).toBe(842);
      expect(Math.round(height)).toBe(595);
    } finally {
      rmSync(out, { force: true });
    }
  });
});
