import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { readDataFile } from '../../../tests/msw/handlers';
import { renderScreen } from '../../../tests/setup/render';
import type { NationalFile, NationalInspection } from '../../domain/types';
import { EnglandView } from './EnglandView';
import { serveFixtureData } from '../../../tests/msw/node';

serveFixtureData();

const national = readDataFile('national.json') as NationalFile;

/** A direct count over the file: authorities whose report a has grade x and report b grade y. */
function count(a: number, b: number, x: string, y: string): number {
  let n = 0;
  for (const la of national.authorities) {
    const mine = national.inspections
      .filter((i) => i.urn === la.urn)
      .sort((p: NationalInspection, q: NationalInspection) =>
        p.published! < q.published! ? -1 : 1,
      );
    if (mine[a - 1]?.overall === x && mine[b - 1]?.overall === y) n += 1;
  }
  return n;
}

const matrix = () =>
  screen.findByRole('group', {
    name: /Overall effectiveness: grade in report \d against report \d/,
  });

describe('the England comparison view', () => {
  it('opens the matrix on the pair of reports in which most authorities have a readable grade', async () => {
    renderScreen(<EnglandView />, { url: '/england' });
    const readable = (a: number, b: number) => {
      const grades = ['outstanding', 'good', 'requires-improvement', 'inadequate'];
      let n = 0;
      for (const x of grades) for (const y of grades) n += count(a, b, x, y);
      return n;
    };
    const pairs = [1, 2, 3, 4].map((r) => ({ r, n: readable(r, r + 1) }));
    const best = pairs.reduce((a, b) => (b.n >= a.n ? b : a));
    expect(best.n).toBeGreaterThan(readable(1, 2));
    await screen.findByRole('group', {
      name: `Overall effectiveness: grade in report ${best.r} against report ${best.r + 1}`,
    });
  });

  it('counts each cell of the matrix as a direct count over the national file, unknown grades in their own row', async () => {
    renderScreen(<EnglandView />, { url: '/england?from=1&to=2' });
    const chart = within(await matrix());
    const cell = chart.getByRole('button', {
      name: /^Grade unknown in report 1, Good in report 2: (\d+) authorities/,
    });
    expect(cell.getAttribute('aria-label')).toContain(
      `: ${count(1, 2, 'unknown', 'good')} authorities`,
    );
    const focus = chart.getByRole('button', {
      name: /including North Northamptonshire and West Northamptonshire/,
    });
    expect(focus.getAttribute('aria-label')).toMatch(
      /^Requires improvement in report 1, No grade given \(2026 framework\) in report 2: 2 authorities/,
    );
  });

  it('lists the authorities of a selected cell and keeps rounds and cell in the URL', async () => {
    const user = userEvent.setup();
    renderScreen(<EnglandView />, { url: '/england?from=2&to=3' });
    const chart = within(await matrix());
    const n = count(2, 3, 'good', 'outstanding');
    await user.click(
      chart.getByRole('button', {
        name: new RegExp(`^Good in report 2, Outstanding in report 3: ${n} `),
      }),
    );
    const list = await screen.findByRole('region', { name: 'Authorities in the selected cell' });
    expect(within(list).getAllByRole('row')).toHaveLength(n + 1);
    expect(window.location.search).toContain('cell=good.outstanding');
  });

  it('marks North and West Northamptonshire in the distribution and filters by region and neighbours', async () => {
    const user = userEvent.setup();
    // On the day of their 2022 reports (from July 2026 the framework gives no overall grade).
    renderScreen(<EnglandView />, { url: '/england?asAt=2022-11-25' });
    const chart = within(
      await screen.findByRole('group', { name: /grades in force on 25 November 2022/ }),
    );
    expect(
      chart.getByRole('button', {
        name: /^Requires improvement: \d+ authorities, including North Northamptonshire; West Northamptonshire/,
      }),
    ).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Region'), 'EM');
    await waitFor(() =>
      expect(screen.getByText(/of 10 authorities in East Midlands/)).toBeInTheDocument(),
    );
    await user.click(
      screen.getByLabelText(
        /Only North and West Northamptonshire and their statistical neighbours/,
      ),
    );
    await waitFor(() => expect(window.location.search).toContain('neighbours=1'));
  }, 60_000); // The view now also draws every authority by date (154 rows): role queries over its DOM take longer in jsdom.

  it('marks the county council from its own records before 2021, without counting it', async () => {
    renderScreen(<EnglandView />, { url: '/england?asAt=2018-11-30' });
    const chart = within(
      await screen.findByRole('group', { name: /grades in force on 30 November 2018/ }),
    );
    expect(
      chart.getByRole('button', {
        name: /^Requires improvement: \d+ authorities, including County council \(not counted\)/,
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /County council: requires improvement, published April 2016 \(our records; not counted\)/,
      ),
    ).toBeInTheDocument();
  });

  it('draws every authority from each report to the next; a band lists its authorities and keeps its place in the URL', async () => {
    const user = userEvent.setup();
    renderScreen(<EnglandView />, { url: '/england' });
    const chart = within(
      await screen.findByRole('group', {
        name: 'Overall effectiveness: every authority from each report to the next',
      }),
    );
    const n = count(2, 3, 'good', 'outstanding');
    const band = chart.getByRole('button', {
      name: new RegExp(`^Good in report 2 to Outstanding in report 3: ${n} authorities, rose`),
    });
    await user.click(band);
    const list = await screen.findByRole('region', { name: 'Authorities in the selected band' });
    expect(within(list).getAllByRole('row')).toHaveLength(n + 1);
    expect(window.location.search).toContain('flow=r2.good.outstanding');
    expect(
      chart.getAllByRole('button', { name: /including (North|West) Northamptonshire/ }).length,
    ).toBeGreaterThan(0);
  });
});
