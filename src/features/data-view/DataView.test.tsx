import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { readDataFile } from '../../../tests/msw/handlers';
import { server, serveFixtureData } from '../../../tests/msw/node';
import { renderScreen } from '../../../tests/setup/render';
import type { GovernanceFile, InspectionsFile, MilestonesFile } from '../../domain/types';
import { DataView } from './DataView';

serveFixtureData();

const inspections = readDataFile('inspections.json') as InspectionsFile;
const milestones = readDataFile('milestones.json') as MilestonesFile;
const governance = readDataFile('governance.json') as GovernanceFile;
const total =
  inspections.inspections.length +
  milestones.milestones.length +
  governance.bodies.length +
  governance.relationships.length +
  governance.powers.length;

const recordRows = () =>
  within(screen.getByRole('table', { name: 'Records' }))
    .getAllByRole('row')
    .slice(1);

describe('the Data view', () => {
  it('lists every record in the dataset with its sources and confidence', async () => {
    renderScreen(<DataView />, { url: '/data' });
    // Pages of 100 (issue 24): the first page, then the rest.
    expect(total).toBeGreaterThan(100);
    expect(await screen.findByText(`Showing 1–100 of ${total} records.`)).toBeInTheDocument();
    expect(recordRows()).toHaveLength(100);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Next 100' }));
    expect(
      await screen.findByText(`Showing 101–${total} of ${total} records.`),
    ).toBeInTheDocument();
    expect(recordRows()).toHaveLength(total - 100);
    expect(screen.getByRole('button', { name: 'Next 100' })).toBeDisabled();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Previous 100' }));
    expect(await screen.findByText(`Showing 1–100 of ${total} records.`)).toBeInTheDocument();
    const row = screen
      .getByRole('rowheader', { name: /ILACS.*2019|2019.*inspection/i })
      .closest('tr')!;
    expect(within(row).getByText(/High|Medium|Low/)).toBeInTheDocument();
    expect(within(row).getAllByRole('link').length).toBeGreaterThan(0);
  }, 60_000);

  it('shows the two source traps as flagged records: the impossible 29 February and 9 or 10 May 2018', async () => {
    const user = userEvent.setup();
    renderScreen(<DataView />, { url: '/data' });
    await screen.findByText(/Showing [\d–]+ of \d+ records/);
    await user.click(screen.getByRole('checkbox', { name: /Only flagged records/ }));
    const rows = recordRows();
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.every((r) => within(r).queryByText('None') === null)).toBe(true);
    const cp = rows.find((r) => r.id === 'record-ncc-child-protection-2013')!;
    expect(within(cp).getByText('Source error')).toBeInTheDocument();
    expect(cp).toHaveTextContent('25 to 29 February 2013');
    const directions = rows.find((r) => r.id === 'record-mhclg-directions-2018-05-10')!;
    expect(within(directions).getByText('Sources disagree')).toBeInTheDocument();
    expect(directions).toHaveTextContent(/9 May/);
    expect(window.location.search).toBe('?flagged=1');
  });

  it('filters by words and kind, and keeps the filter in the URL', async () => {
    const user = userEvent.setup();
    renderScreen(<DataView />, { url: '/data?kind=inspection&q=fostering' });
    await screen.findByText(/Showing [\d–]+ of \d+ records/);
    const rows = recordRows();
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(within(r).getAllByRole('cell')[0]).toHaveTextContent('Inspection');
    await user.selectOptions(screen.getByLabelText('Kind of record'), '');
    expect(window.location.search).toBe('?q=fostering');
  });

  it('sorts by a column when its header button is pressed', async () => {
    const user = userEvent.setup();
    renderScreen(<DataView />, { url: '/data' });
    await screen.findByText(/Showing [\d–]+ of \d+ records/);
    await user.click(screen.getByRole('button', { name: /^Record/ }));
    const titles = recordRows().map(
      (r) => within(r).getByRole('rowheader').firstChild!.textContent!,
    );
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en-GB')));
    expect(screen.getByRole('columnheader', { name: /^Record/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await user.click(screen.getByRole('button', { name: /^Record/ }));
    expect(screen.getByRole('columnheader', { name: /^Record/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
  });

  it('names the file, record and field of an impossible date, and still lists the other files', async () => {
    const broken = structuredClone(inspections);
    broken.inspections[3]!.published = '2013-02-29';
    server.use(http.get('*/data/inspections.json', () => HttpResponse.json(broken)));
    renderScreen(<DataView />, { url: '/data' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('There is a problem with the data file inspections.json');
    expect(alert).toHaveTextContent(
      `inspections.json: inspections[3].published (record "${broken.inspections[3]!.id}"): "2013-02-29" is not a real date`,
    );
    const others = total - inspections.inspections.length;
    await screen.findByText(`Showing 1–100 of ${others} records.`);
    expect(recordRows()).toHaveLength(Math.min(100, others));
  });

  it('recovers with "Try again" once the file is fixed', async () => {
    const user = userEvent.setup();
    let fail = true;
    server.use(
      http.get('*/data/milestones.json', () =>
        fail ? new HttpResponse(null, { status: 404 }) : HttpResponse.json(milestones),
      ),
    );
    renderScreen(<DataView />, { url: '/data' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'milestones.json could not be fetched: the server answered 404',
    );
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    await screen.findByText(`Showing 1–100 of ${total} records.`);
    expect(recordRows()).toHaveLength(100);
  });
});
