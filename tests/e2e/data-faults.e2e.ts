// A data file with one impossible date, served to the real app: the page names the file, the
// record and the field, and the rest of the dashboard keeps working.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectClean, expectNoAxeViolations, openPage, setupBrowser } from './browser';

setupBrowser();

const inspections = JSON.parse(
  readFileSync(resolve(__dirname, '../../data/inspections.json'), 'utf8'),
) as { inspections: { id: string; published: string | null }[] };

async function breakInspections(page: Page) {
  const broken = structuredClone(inspections);
  broken.inspections[3]!.published = '2013-02-29';
  await page.route('**/data/inspections.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(broken) }),
  );
  return broken.inspections[3]!.id;
}

describe('a data file with an impossible date', () => {
  it('is named, with its record and field, while the other files still load', async () => {
    // Start on a page that carries no inspections, so the Data view must fetch them.
    const page = await openPage('/accessibility');
    const id = await breakInspections(page);
    await page.getByRole('link', { name: 'Data', exact: true }).click();
    const alert = page.getByRole('alert');
    await expect
      .poll(() => alert.innerText())
      .toContain('There is a problem with the data file inspections.json');
    expect(await alert.innerText()).toContain(
      `inspections.json: inspections[3].published (record "${id}"): "2013-02-29" is not a real date`,
    );
    // Milestones and governance records still listed: every record of the other files is listed (a page of them at a time).
    await expect
      .poll(() => page.getByText(/^Showing [\d–]+ of [\d,]+ records\.$/).innerText())
      .toMatch(/^Showing 1–\d+ of [\d,]+ records\.$/);
    expect(await page.locator('#record-mhclg-directions-2018-05-10').count()).toBe(1);
    await expectNoAxeViolations(page, 'Data view with a broken inspections.json');

    // Another view still works.
    await page.getByRole('link', { name: 'Sources', exact: true }).first().click();
    await expect.poll(() => page.locator('h1').innerText()).toBe('Sources');
    await expect.poll(() => page.getByText(/^\d+ sources\.$/).count()).toBe(1);
    await expectClean(page);
  });
});
