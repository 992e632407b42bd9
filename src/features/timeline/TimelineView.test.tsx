import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { readDataFile } from '../../../tests/msw/handlers';
import { renderScreen } from '../../../tests/setup/render';
import { TimelineView } from './TimelineView';
import { serveFixtureData } from '../../../tests/msw/node';

serveFixtureData();

const inspections = (
  readDataFile('inspections.json') as { inspections: { id: string; title: string }[] }
).inspections;
const milestones = (
  readDataFile('milestones.json') as { milestones: { id: string; title: string }[] }
).milestones;
const ALL_YEARS = 'from=2012-01-01&to=2026-12-31';

const open = async (query = '') => {
  const view = renderScreen(<TimelineView />, { url: `/timeline${query ? `?${query}` : ''}` });
  await screen.findByRole('heading', { name: /What happened when/ });
  return view;
};
const chart = () => screen.getByRole('group', { name: /What happened when/ });
const search = () => new URLSearchParams(window.location.search);

describe('Timeline view', () => {
  it('lists every inspection and milestone in the data in the table when all years are shown', async () => {
    await open(`view=table&${ALL_YEARS}`);
    const titles = screen.getAllByRole('rowheader').map((cell) => cell.textContent);
    expect(titles).toEqual(
      expect.arrayContaining([...inspections, ...milestones].map((r) => r.title)),
    );
    expect(titles).toHaveLength(inspections.length + milestones.length);
  });

  it('draws every event as a mark or inside a counted group when all years are shown', async () => {
    await open(ALL_YEARS);
    const names = within(chart())
      .getAllByRole('button')
      .map((b) => b.getAttribute('aria-label') ?? '');
    const marks = names.filter((n) => !/too close together/.test(n));
    const grouped = names
      .filter((n) => /too close together/.test(n))
      .reduce((sum, n) => sum + Number(/^(\d+)/.exec(n)?.[1] ?? 0), 0);
    expect(marks.length + grouped).toBe(inspections.length + milestones.length);
  });

  it('explains the 2013 child-protection inspection: impossible fieldwork dates, placed by publication', async () => {
    await open('event=ncc-child-protection-2013');
    const details = await screen.findByRole('region', { name: /protection of children \(2013\)/ });
    // The direction gives March 2013; the day rests on press and council only (issue 18).
    expect(
      within(details).getByText(/Placed by its publication date, March 2013/),
    ).toBeInTheDocument();
    expect(within(details).getAllByText(/20 March 2013/).length).toBeGreaterThan(0);
    expect(within(details).getAllByText(/25 to 29 February 2013/).length).toBeGreaterThan(0);
    expect(within(details).getByText('Source error')).toBeInTheDocument();
    expect(within(details).getByText(/Inadequate/)).toBeInTheDocument();
  });

  it('shows both dates of the MHCLG Directions (9 and 10 May 2018) and the disagreement', async () => {
    await open('event=mhclg-directions-2018-05-10');
    const details = await screen.findByRole('region', {
      name: /MHCLG Directions to the county council/,
    });
    expect(within(details).getByText('Sources disagree')).toBeInTheDocument();
    expect(within(details).getByText('9 May 2018')).toBeInTheDocument();
    expect(within(details).getByText('10 May 2018')).toBeInTheDocument();
    expect(
      within(details).getByText(/section 15\(5\) and \(6\) of the Local Government Act 1999/),
    ).toBeInTheDocument();
    const mark = within(chart()).getByRole('button', {
      name: /^MHCLG Directions to the county council\./,
    });
    expect(mark).toHaveAccessibleName(/A source gives the date as 9 May 2018/);
    expect(mark).toHaveAttribute('aria-pressed', 'true');
  });

  it('enters the chart once with Tab, moves in time order with the arrows and opens details with Enter', async () => {
    const user = userEvent.setup();
    await open();
    const tabbable = within(chart())
      .getAllByRole('button')
      .filter((b) => b.getAttribute('tabindex') === '0');
    expect(tabbable).toHaveLength(1);
    act(() => tabbable[0]!.focus());
    const first = document.activeElement!.getAttribute('aria-label');
    await user.keyboard('{ArrowRight}');
    const second = document.activeElement!.getAttribute('aria-label');
    expect(second).not.toBe(first);
    await user.keyboard('{End}');
    // The last event (the July 2026 inspection) is out of the opening view: the view moves to show it.
    await waitFor(() => expect(document.activeElement).toHaveAccessibleName(/2026/));
    expect(screen.queryByText('Showing 1 January 2013 to 31 December 2021')).toBeNull();
    await user.keyboard('{Home}');
    await waitFor(() => expect(document.activeElement).toHaveAccessibleName(/2012/));
    const home = document.activeElement!;
    const title = home.getAttribute('aria-label')!.split('. ')[0]!;
    await user.keyboard('{Enter}');
    await waitFor(() => expect(search().get('event')).not.toBeNull());
    expect(
      await screen.findByRole('region', { name: new RegExp(title.replace(/[()]/g, '.')) }),
    ).toBeInTheDocument();
    expect(home).toHaveAttribute('aria-pressed', 'true');
    // Focus moves to the details (read out by a screen reader); Escape closes them and deselects.
    await waitFor(() =>
      expect(document.activeElement).toHaveAttribute('id', 'timeline-details-heading'),
    );
    await user.keyboard('{Escape}');
    await waitFor(() => expect(search().get('event')).toBeNull());
    expect(
      screen.queryByRole('region', { name: new RegExp(title.replace(/[()]/g, '.')) }),
    ).toBeNull();
    expect(home.getAttribute('aria-pressed')).not.toBe('true');
  });

  it('reads each lane label with spaces between its wrapped lines', async () => {
    await open();
    const labels = [...chart().querySelectorAll('.app-tl__lane-label')].map((t) => t.textContent);
    expect(labels.length).toBeGreaterThan(0);
    expect(labels).toContain('Ofsted inspections and visits');
  });

  it('zooms with the buttons and the keyboard, keeping the period in the URL', async () => {
    await open();
    expect(screen.getByText('Showing 1 January 2013 to 31 December 2021')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    await waitFor(() => expect(search().get('from')).not.toBeNull());
    const from = search().get('from')!;
    expect(from > '2013-01-01').toBe(true);
    expect(screen.queryByText('Showing 1 January 2013 to 31 December 2021')).toBeNull();
    const mark = within(chart())
      .getAllByRole('button')
      .find((b) => b.getAttribute('tabindex') === '0')!;
    act(() => mark.focus());
    fireEvent.keyDown(mark, { key: '-' });
    const span = () =>
      Date.parse(search().get('to') ?? '2021-12-31') -
      Date.parse(search().get('from') ?? '2013-01-01');
    const zoomedIn = Date.parse(search().get('to')!) - Date.parse(from);
    await waitFor(() => expect(span()).toBeGreaterThan(zoomedIn));
  });

  it('brings back the same view from a shared link: period, lanes, selection and as-at date', async () => {
    await open(
      'from=2018-01-01&to=2018-12-31&lanes=dfe,mhclg&event=dfe-direction-2018-11-30&asAt=2018-06-01',
    );
    expect(screen.getByText('Showing 1 January 2018 to 31 December 2018')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /DfE intervention/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /Ofsted/ })).not.toBeChecked();
    expect(within(chart()).queryByRole('button', { name: /Focused visit/ })).toBeNull();
    expect(await screen.findByRole('region', { name: /DfE intervention/ })).toBeInTheDocument();
    const summary = screen.getByText(/^Between 1 January 2018 and 31 December 2018/);
    expect(summary.textContent).toMatch(/in two lanes/);
    expect(summary.textContent).toMatch(/after the as-at date, 1 June 2018, and (is|are) faded/);
    expect(
      within(chart()).getByRole('button', {
        name: /^DfE statutory direction.*After the as-at date\.$/,
      }),
    ).toBeInTheDocument();
  });

  it('hides and shows lanes with the checkboxes, and says so in the summary', async () => {
    await open();
    fireEvent.click(screen.getByRole('checkbox', { name: /Correspondence and reports/ }));
    await waitFor(() =>
      expect(search().get('lanes')).toBe('ofsted,dfe,mhclg,commissioners,structure'),
    );
    expect(screen.getByText(/One lane is hidden\./)).toBeInTheDocument();
    expect(within(chart()).queryByRole('button', { name: /^Ministers 'minded to'/ })).toBeNull();
  });
});

describe('skip links (issue 24)', () => {
  it('lead from before the controls to the chart, and past it', async () => {
    await open();
    const to = screen.getByRole('link', { name: 'Skip to the chart' });
    const past = screen.getByRole('link', { name: 'Skip past the chart' });
    const target = document.querySelector(to.getAttribute('href')!)!;
    const after = document.querySelector(past.getAttribute('href')!)!;
    expect(target).toContainElement(chart());
    expect(target).toHaveAttribute('tabindex', '-1');
    expect(after).toHaveAttribute('tabindex', '-1');
    // Before the date and lane controls, so it saves the Tabs through them.
    const controls = screen.getAllByRole('group')[0]!;
    expect(to.compareDocumentPosition(controls) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(chart().compareDocumentPosition(after) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
