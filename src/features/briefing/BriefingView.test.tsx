import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderScreen } from '../../../tests/setup/render';
import { BriefingView } from './BriefingView';
import { serveFixtureData } from '../../../tests/msw/node';

serveFixtureData();

// The timeline's wheel, drag and pinch (loaded lazily by the chart): a still copy never asks for them.
const attachZoom = vi.hoisted(() => vi.fn(() => ({ sync: () => {}, detach: () => {} })));
vi.mock('../../charts/timeline/attachZoom', () => ({ attachZoom }));

const summaryText = () => screen.getByRole('region', { name: 'Summary' }).textContent ?? '';

describe('the Briefing', () => {
  it('opens on the latest date in the data by default', async () => {
    renderScreen(<BriefingView />, { url: '/' });
    // The latest date in the story (meta.json): the July 2026 inspection (issue 18).
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Briefing: the position on 7 July 2026',
      }),
    ).toBeInTheDocument();
    expect(summaryText()).toContain(
      'North Northamptonshire Council and West Northamptonshire Council: each requires improvement (25 November 2022)',
    );
    expect(summaryText()).toContain(
      "Ofsted's later inspections of North Northamptonshire Council and West Northamptonshire Council (7 July 2026) gave no overall grade",
    );
    expect(summaryText()).toContain('Help and protection was last judged good (7 July 2026).');
  });

  it('shows the position on 30 November 2018 from the URL: summary, judgements, powers, expected next', async () => {
    renderScreen(<BriefingView />, { url: '/?asAt=2018-11-30' });
    await screen.findByRole('heading', {
      level: 1,
      name: 'Briefing: the position on 30 November 2018',
    });
    expect(summaryText()).toContain('requires improvement (April 2016)');
    expect(summaryText()).toContain('It set 2 areas for priority action.');
    const judgements = screen.getByRole('table', { name: /latest Ofsted judgement in each area/ });
    const overall = within(judgements)
      .getByRole('rowheader', { name: /Overall effectiveness/ })
      .closest('tr')!;
    expect(overall).toHaveTextContent('Requires improvement');
    expect(overall).toHaveTextContent('April 2016');
    const powers = screen.getByRole('table', { name: /Powers on 30 November 2018/ });
    const instructions = within(powers)
      .getAllByRole('row')
      .filter((r) => r.textContent?.includes("Instructions on children's social care"));
    expect(instructions.map((r) => r.textContent)).toEqual(
      expect.arrayContaining([expect.stringContaining("the Children's Services Commissioner")]),
    );
    // Six months into their term the commissioners' powers have no recorded end: said as that,
    // not as "may have ended".
    const governance = within(powers)
      .getAllByRole('row')
      .find((r) => r.textContent?.includes('Governance and scrutiny'))!;
    expect(governance).toHaveTextContent('the MHCLG commissioners (end date unknown)');
    expect(powers).not.toHaveTextContent(/may have ended/);
    expect(screen.getByRole('region', { name: 'Expected next' })).toHaveTextContent(
      "Children's Services Commissioner's report due by the end of February 2019",
    );
    expect(screen.getByRole('heading', { name: 'Sources cited on this page' })).toBeInTheDocument();
  });

  it('moves to another date with the date control, and writes it to the URL', async () => {
    const user = userEvent.setup();
    renderScreen(<BriefingView />, { url: '/?asAt=2018-11-30' });
    await screen.findByRole('heading', { level: 1, name: /30 November 2018/ });
    for (const [label, value] of [
      ['Day', '1'],
      ['Month', '11'],
      ['Year', '2020'],
    ] as const) {
      await user.clear(screen.getByLabelText(label));
      await user.type(screen.getByLabelText(label), value);
    }
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Briefing: the position on 1 November 2020',
      }),
    ).toBeInTheDocument();
    expect(window.location.search).toBe('?asAt=2020-11-01');
    expect(summaryText()).toContain('On this day: Northamptonshire Children’s Trust goes live.');
  });

  it('lists what changed since a second date, chosen from the structure’s change dates', async () => {
    const user = userEvent.setup();
    renderScreen(<BriefingView />, { url: '/?asAt=2018-11-30' });
    const since = await screen.findByRole('region', { name: /What changed since 10 May 2018/ });
    expect(since).toHaveTextContent('13 November 2018: Focused visit');
    await user.selectOptions(within(since).getByLabelText('Compare with'), '2013-10-02');
    expect(window.location.search).toContain('since=2013-10-02');
    expect(
      screen.getByRole('region', { name: /What changed since 2 October 2013/ }),
    ).toHaveTextContent('April 2016');
  });

  it('draws its small charts as still pictures, and the timeline one link away', async () => {
    const { container } = renderScreen(<BriefingView />, { url: '/' });
    await screen.findByRole('heading', { level: 1, name: /7 July 2026/ });
    const figure = container.querySelector('#compact-governance-title')!.closest('figure')!;
    expect(figure.querySelector('.app-compact__chart')).toHaveAttribute('inert');
    expect(
      figure.querySelector('svg')!.querySelectorAll('.app-gov__node, .app-gov__box').length,
    ).toBeGreaterThan(3);
    expect(screen.getByRole('link', { name: 'Open the full timeline' })).toHaveAttribute(
      'href',
      '/timeline',
    );
    // The briefing draws no zoomable chart: nothing asks for the timeline's gestures.
    await vi.dynamicImportSettled();
    expect(attachZoom).not.toHaveBeenCalled();
  });

  it('cites each judgement by its report first, then the research sheet row (issue 20)', async () => {
    renderScreen(<BriefingView />, { url: '/?asAt=2019-08-01' });
    await screen.findByRole('heading', { level: 1, name: /1 August 2019/ });
    const judgements = screen.getByRole('table', { name: /latest Ofsted judgement in each area/ });
    const overall = within(judgements)
      .getByRole('rowheader', { name: /Overall effectiveness/ })
      .closest('tr')!;
    const cell = overall.querySelector('td[data-label="Published"]')!;
    // The report, named with its recorded date, before the sheet's row; no press report named.
    await waitFor(() =>
      expect(cell.textContent).toBe(
        '29 July 2019Ofsted inspection report, 29 July 2019; research sheet, §1 row 8',
      ),
    );
    expect(
      within(cell as HTMLElement).getByRole('link', { name: 'research sheet, §1 row 8' }),
    ).toHaveAttribute('href', '/sources#source-research-facts-sheet');
    // The page's list of sources: official documents first, each named by kind and date.
    const list = screen
      .getByRole('heading', { name: 'Sources cited on this page' })
      .parentElement!.querySelector('ol')!;
    const items = within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');
    expect(items.length).toBeGreaterThan(3);
    expect(items[0]).toMatch(/^(Ofsted inspection report|Statutory direction), /);
    const firstPress = items.findIndex((t) => t.startsWith('Press report'));
    const lastOfficial = items.findLastIndex((t) =>
      /^(Statutory|Letter|Parliamentary|GOV\.UK|Ofsted)/.test(t),
    );
    expect(firstPress).toBeGreaterThan(lastOfficial);
  });

  it("makes the journey chart's marks reachable: named buttons, one tab stop, details on selection", async () => {
    const user = userEvent.setup();
    renderScreen(<BriefingView />, { url: '/?asAt=2019-08-01' });
    await screen.findByRole('heading', { level: 1, name: /1 August 2019/ });
    const figure = document.querySelector('figure[data-chart="journey"]')!;
    expect(figure.querySelector('.app-compact__chart')).not.toHaveAttribute('inert');
    const marks = within(figure as HTMLElement).getAllByRole('button');
    expect(marks.map((m) => m.getAttribute('tabindex')).filter((t) => t === '0')).toHaveLength(1);
    const inadequate = within(figure as HTMLElement).getByRole('button', {
      name: /^Overall rating: inadequate, from 29 July 2019 to 24 November 2022$/,
    });
    expect(
      within(figure as HTMLElement).getByRole('button', {
        name: /^Children's Services Commissioner, on 30 November 2018$/,
      }),
    ).toBeInTheDocument();
    expect(
      within(figure as HTMLElement).getByRole('button', {
        name: 'As at 1 August 2019: the date the page shows',
      }),
    ).toBeInTheDocument();
    await user.click(inadequate);
    expect(inadequate).toHaveAttribute('aria-pressed', 'true');
    expect(figure.querySelector('.app-compact__selected')).toHaveTextContent(
      'Selected: Overall rating: inadequate, from 29 July 2019 to 24 November 2022.',
    );
  });
});
