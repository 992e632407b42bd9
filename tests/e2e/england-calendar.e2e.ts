// The England comparison in calendar time, in Chromium against the production build: the three
// analyst questions of issue 21 answered through the controls, each answer checked against a
// count the test makes itself from the data files; calendar years on the charts; the county
// council's judgements; the picker by keyboard alone; axe in the new states.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectClean, expectNoAxeViolations, openPage, setupBrowser } from './browser';

setupBrowser();

interface Report {
  day: string;
  last: string;
  grade: string;
}
const national = JSON.parse(readFileSync('data/national.json', 'utf8')) as {
  authorities: { urn: string; name: string; laCode: string | null; statNeighbours: string[] }[];
  inspections: { urn: string; published: string | null; overall: string }[];
};
const ours = JSON.parse(readFileSync('data/inspections.json', 'utf8')) as {
  inspections: {
    subject: string;
    type: string;
    published: string | null;
    overall: string | null;
    graded: boolean;
  }[];
};

// Each authority's reports in date order, straight from the files; the county council's from ours.
const byName = new Map<string, Report[]>();
for (const a of national.authorities)
  byName.set(
    a.name,
    national.inspections
      .filter((i) => i.urn === a.urn && i.published)
      .map((i) => ({ day: i.published!, last: i.published!, grade: i.overall }))
      .sort((x, y) => (x.day < y.day ? -1 : 1)),
  );
const monthEnd = (ym: string) =>
  new Date(Date.UTC(Number(ym.slice(0, 4)), Number(ym.slice(5, 7)), 0)).toISOString().slice(0, 10);
byName.set(
  'Northamptonshire County Council',
  ours.inspections
    .filter(
      (i) =>
        i.subject === 'northamptonshire-county-council' &&
        i.graded &&
        i.published &&
        ['child-protection', 'looked-after-children', 'sif', 'ilacs-standard'].includes(i.type),
    )
    .map((i) => ({
      day: i.published!.length === 7 ? `${i.published}-01` : i.published!,
      last: i.published!.length === 7 ? monthEnd(i.published!) : i.published!,
      grade: i.overall ?? 'unknown',
    }))
    .sort((x, y) => (x.day < y.day ? -1 : 1)),
);

/** Names of authorities with an inadequate grade in force at some time in the year. */
const inadequateIn = (year: number) =>
  [...byName]
    .filter(([, reports]) =>
      reports.some(
        (r, i) =>
          r.grade === 'inadequate' &&
          r.day <= `${year}-12-31` &&
          (!reports[i + 1] || reports[i + 1]!.day > `${year}-01-01`),
      ),
    )
    .map(([n]) => n);

const HISTORY = /every authority’s grades by date/;

/** The names of the rows the history chart shows, from their accessible names. */
async function historyNames(page: Page): Promise<string[]> {
  const labels = await page
    .getByRole('group', { name: HISTORY })
    .getByRole('button')
    .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  return labels.map((l) => l.slice(0, l.indexOf(':')));
}

async function shown(page: Page, n: number) {
  await page
    .getByTestId('history-count')
    .getByText(new RegExp(`^Showing ${n} of `))
    .waitFor();
}

describe('/england in calendar time', () => {
  it('question 1: who was inadequate in 2013 and in 2019 alongside Northamptonshire, and England’s share then', async () => {
    const page = await openPage('/england');
    for (const year of [2013, 2019]) {
      await page.getByLabel('Inadequate at any time in').selectOption(String(year));
      const expected = inadequateIn(year);
      await shown(page, expected.length);
      expect((await historyNames(page)).sort()).toEqual(expected.sort());
      expect(expected).toContain('Northamptonshire County Council');
      expect(page.url()).toContain(`hInad=${year}`);
    }
    // England's inadequate share in 2019, from the line's table, against the file.
    const england = JSON.parse(readFileSync('data/england.json', 'utf8')) as {
      figures: { asAt: string; inadequate: { percent: number | null } | null }[];
    };
    const in2019 = england.figures.find(
      (f) => f.asAt.startsWith('2019') && f.inadequate?.percent != null,
    )!;
    const line = page
      .locator('section, div')
      .filter({ has: page.getByRole('heading', { name: /^England: share of authorities/ }) })
      .last();
    await line.getByRole('tab', { name: 'Table' }).click();
    await expect
      .poll(() => line.getByRole('row').filter({ hasText: '31 March 2019' }).first().innerText())
      .toContain(`${in2019.inadequate!.percent}%`);
  });

  it('question 2: authorities inadequate in 2019 that were good or better at their latest inspection', async () => {
    const page = await openPage('/england');
    await page.getByLabel('Inadequate at any time in').selectOption('2019');
    await page.getByLabel('Latest grade').selectOption('good-or-better');
    const expected = inadequateIn(2019).filter((n) => {
      const r = byName.get(n)!;
      return ['good', 'outstanding'].includes(r[r.length - 1]!.grade);
    });
    expect(expected.length).toBeGreaterThan(0);
    await shown(page, expected.length);
    expect((await historyNames(page)).sort()).toEqual(expected.sort());
    expect(page.url()).toMatch(/hLatest=good-or-better/);
  });

  it('question 3: how North Northamptonshire’s statistical neighbours fared from 2018 to 2026', async () => {
    const nn = national.authorities.find((a) => a.name === 'North Northamptonshire')!;
    const group = national.authorities.filter(
      (a) => a.urn === nn.urn || (a.laCode !== null && nn.statNeighbours.includes(a.laCode)),
    );
    const page = await openPage('/england');
    await page
      .getByLabel('Statistical neighbours of')
      .first()
      .selectOption({ label: 'North Northamptonshire' });
    await shown(page, group.length);
    expect((await historyNames(page)).sort()).toEqual(group.map((a) => a.name).sort());

    await page.getByLabel('Grade in force on one date → on another').check();
    await page.getByLabel('Grade in force on', { exact: true }).fill('2018-04-01');
    await page.getByLabel('Against the grade in force on').fill('2026-04-01');
    await page.locator('#period-near').selectOption(nn.urn);
    const matrix = page.getByRole('group', { name: /grade at 1 April 2018 against 1 April 2026/ });
    await matrix.waitFor();
    const inForce = (name: string, day: string) =>
      byName
        .get(name)!
        .filter((r) => r.last <= day)
        .at(-1);
    let rose = 0;
    let known = 0;
    const rank = ['inadequate', 'requires-improvement', 'good', 'outstanding'];
    for (const a of group) {
      const x = inForce(a.name, '2018-04-01');
      const y = inForce(a.name, '2026-04-01');
      if (!x || !y) continue;
      known += 1;
      if (rank.indexOf(x.grade) >= 0 && rank.indexOf(y.grade) > rank.indexOf(x.grade)) rose += 1;
    }
    const summary = await page.getByText(/statistical neighbours are in the matrix/).innerText();
    expect(summary).toContain(
      `${known} North Northamptonshire and its statistical neighbours are in the matrix`,
    );
    // Every cell above the diagonal of the grades, summed from the chart's buttons.
    const labels = await matrix
      .getByRole('button')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    const order = ['Inadequate', 'Requires improvement', 'Good', 'Outstanding'];
    const up = labels.reduce((s, l) => {
      const m = /^(.+?) in 1 April 2018, (.+?) in 1 April 2026: (\d+)/.exec(l);
      return m && order.indexOf(m[1]!) >= 0 && order.indexOf(m[2]!) > order.indexOf(m[1]!)
        ? s + Number(m[3])
        : s;
    }, 0);
    expect(up).toBe(rose);
    expect(page.url()).toContain('pFrom=2018-04-01');
  });

  it('draws calendar years on its charts and shows the county council’s judgements', async () => {
    const page = await openPage('/england');
    for (const name of [HISTORY, /^England: share of authorities/, /^Side by side by date/]) {
      const texts = await page
        .getByRole('group', { name })
        .locator('text')
        .evaluateAll((els) => els.map((e) => e.textContent ?? ''));
      for (const year of ['2014', '2016', '2018', '2020', '2022', '2024'])
        expect(texts).toContain(year);
    }
    const county = page.getByRole('group', { name: HISTORY }).getByRole('button', {
      name: /^Northamptonshire County Council: 4 reports, March 2013: inadequate; August 2013: inadequate; April 2016: requires improvement; 29 July 2019: inadequate/,
    });
    await county.waitFor();
    await page.getByText('County council: inadequate, 29 July 2019').waitFor();
    await page
      .getByText(/only England comparison possible for the SIF era/)
      .first()
      .waitFor();
  });

  it('adds and removes an authority with the keyboard alone, in the address', async () => {
    const page = await openPage('/england');
    const search = page.getByLabel('Find an authority to compare');
    await search.focus();
    await page.keyboard.type('Barnsl');
    await page.getByRole('status').filter({ hasText: '1 match' }).waitFor();
    await page.keyboard.press('Enter');
    const barnsley = national.authorities.find((a) => a.name === 'Barnsley')!;
    await expect
      .poll(() => new URL(page.url()).searchParams.get('pick') ?? '')
      .toContain(barnsley.urn);
    await page.getByRole('group', { name: /^Side by side by date: .*Barnsley/ }).waitFor();
    let found = false;
    for (let i = 0; i < 8 && !found; i++) {
      await page.keyboard.press('Tab');
      found =
        (await page.evaluate(() => document.activeElement?.textContent ?? '')) ===
        'Remove Barnsley';
    }
    expect(found).toBe(true);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => new URL(page.url()).searchParams.get('pick') ?? '')
      .not.toContain(barnsley.urn);
    await expectClean(page);
  });

  it('moves between the history’s rows with the arrow keys, one tab stop, and selects a row with Enter', async () => {
    const page = await openPage('/england?hSort=name');
    const chart = page.getByRole('group', { name: HISTORY });
    const rows = chart.getByRole('button');
    await rows.first().waitFor();
    // One tab stop: only the first row is in the tab order.
    expect(
      await rows.evaluateAll((els) => els.filter((e) => e.getAttribute('tabindex') === '0').length),
    ).toBe(1);
    await rows.first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const second = await rows.nth(2).getAttribute('aria-label');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      second,
    );
    await page.keyboard.press('Enter');
    const third = [...byName.keys()].sort((a, b) => a.localeCompare(b, 'en-GB'))[2]!;
    expect(second).toMatch(new RegExp(`^${third}: `));
    await expect.poll(() => new URL(page.url()).searchParams.get('hRow')).not.toBeNull();
    // The selected row is described beside the chart, by name.
    await page
      .getByText(new RegExp(`Selected: ${third}: `))
      .first()
      .waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('hRow')).toBeNull();
  });

  // One case per state and scheme: axe over the whole England page takes tens of seconds on a
  // busy two-core machine, and four of them in one case ran past the time limit.
  const nn = national.authorities.find((a) => a.name === 'North Northamptonshire')!;
  const states = [
    `/england?hInad=2019&hLatest=good-or-better&pMode=dates&pNear=${nn.urn}&pick=ncc,${nn.urn}&hSort=region`,
    `/england?hNear=${nn.urn}&pMode=sif-ilacs&pCell=unknown.good&historyView=table&compareView=table&periodView=table&englandLineView=table`,
  ];
  for (const colorScheme of ['light', 'dark'] as const)
    for (const [i, state] of states.entries())
      it(`has no axe violations in the new states, charts and tables: state ${i + 1}, ${colorScheme}`, async () => {
        const page = await openPage(state, { colorScheme });
        await page.getByTestId('history-count').waitFor();
        await expectClean(page);
        await expectNoAxeViolations(page, `${state} (${colorScheme})`);
      });

  it('has no axe violations on a phone, where names stand above their bands', async () => {
    const page = await openPage(`/england?hSort=name&pick=ncc,${nn.urn}`, {
      viewport: { width: 375, height: 800 },
      colorScheme: 'dark',
    });
    await page.getByTestId('history-count').waitFor();
    await expectClean(page);
    await expectNoAxeViolations(page, 'phone, 375 px (dark)');
  });
});
