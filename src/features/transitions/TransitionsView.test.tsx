import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderScreen } from '../../../tests/setup/render';
import { TransitionsView } from './TransitionsView';
import { serveFixtureData } from '../../../tests/msw/node';

serveFixtureData();

const ladder = () => screen.findByRole('group', { name: 'How each judgement moved, 2012 to 2026' });

describe('the Rating transitions view', () => {
  it('shows the 2013 inadequate, 2016 requires improvement, 2019 inadequate and 2022 requires improvement judgements', async () => {
    renderScreen(<TransitionsView />, { url: '/transitions' });
    const chart = within(await ladder());
    expect(
      chart.getByRole('button', {
        name: /^Help and protection, County council, 2012–13 framework, published March 2013\. headline judgement: Inadequate/,
      }),
    ).toBeInTheDocument();
    expect(
      chart.getByRole('button', {
        name: /^Children in care, County council, 2012–13 framework, published August 2013\. headline judgement: Inadequate/,
      }),
    ).toBeInTheDocument();
    expect(
      chart.getByRole('button', {
        name: /^Overall effectiveness, County council, Single inspection framework \(SIF\), published April 2016\. headline judgement: Requires improvement/,
      }),
    ).toBeInTheDocument();
    expect(
      chart.getByRole('button', {
        name: /^Overall effectiveness, County council, ILACS, published 29 July 2019\. headline judgement: Inadequate/,
      }),
    ).toBeInTheDocument();
    for (const council of ['North Northamptonshire', 'West Northamptonshire'])
      expect(
        chart.getByRole('button', {
          name: new RegExp(
            `^Overall effectiveness, ${council}, ILACS, published 25 November 2022\\. headline judgement: Requires improvement`,
          ),
        }),
      ).toBeInTheDocument();
  });

  it('shows the 2013 adoption inspection’s safeguarding judgement as adequate, not requires improvement', async () => {
    renderScreen(<TransitionsView />, { url: '/transitions?area=adoption' });
    const chart = within(await ladder());
    const mark = chart.getByRole('button', {
      name: /Safeguarding children and young people: Adequate/,
    });
    expect(mark).toHaveTextContent('Adeq');
  });

  it('cites the source of a judgement when it is selected, and keeps the selection in the URL', async () => {
    const user = userEvent.setup();
    renderScreen(<TransitionsView />, { url: '/transitions?area=overall' });
    const chart = within(await ladder());
    await user.click(
      chart.getByRole('button', {
        name: /published 29 July 2019\. headline judgement: Inadequate/,
      }),
    );
    const details = await screen.findByRole('region', { name: 'Selected judgement' });
    expect(
      within(details).getAllByText(/Children & Young People Now|Community Care/i).length,
    ).toBeGreaterThan(0);
    expect(window.location.search).toContain('mark=mark%3Ancc-ilacs-2019%3A0');
  });

  it('shows ungraded visits as markers with their findings, never as grades', async () => {
    renderScreen(<TransitionsView />, { url: '/transitions?area=help-and-protection' });
    const chart = within(await ladder());
    const visit = chart.getByRole('button', {
      name: /^Visit, not graded: Focused visit: the front door.*267 children had no allocated social worker/,
    });
    expect(visit).not.toHaveTextContent(/Inad|RI|Good/);
  });

  it('updates the summary with the area chosen', async () => {
    const user = userEvent.setup();
    renderScreen(<TransitionsView />, { url: '/transitions' });
    await ladder();
    await user.selectOptions(screen.getByLabelText('Judgement area'), 'fostering');
    await waitFor(() => expect(window.location.search).toContain('area=fostering'));
    expect(
      screen.getByText(
        /^Fostering was last judged inadequate \(March 2023\), after requires improvement \(October 2021\)\. Fostering: inadequate \(County council, 2019\), then requires improvement \(The trust \(NCT\), October 2021\)/,
      ),
    ).toBeInTheDocument();
  });

  it('moves between marks with the arrow keys from one tab stop', async () => {
    const user = userEvent.setup();
    renderScreen(<TransitionsView />, { url: '/transitions?area=overall' });
    const chart = within(await ladder());
    const buttons = chart.getAllByRole('button');
    expect(buttons.filter((b) => b.getAttribute('tabindex') === '0')).toHaveLength(1);
    act(() => buttons[0]!.focus());
    await user.keyboard('{ArrowRight}');
    expect(buttons[1]).toHaveFocus();
    await user.keyboard('{End}');
    expect(buttons.at(-1)).toHaveFocus();
  });

  it('lists every judgement with its source in the table view', async () => {
    const user = userEvent.setup();
    renderScreen(<TransitionsView />, { url: '/transitions' });
    await ladder();
    await user.click(screen.getAllByRole('tab', { name: 'Table' })[0]!);
    const table = screen.getByRole('table', { name: 'Judgements and visits by area' });
    const row = within(table)
      .getAllByRole('row')
      .find(
        (r) =>
          /published 29 July 2019/.test(r.textContent ?? '') && /Overall/.test(r.textContent ?? ''),
      )!;
    expect(row).toHaveTextContent('Inadequate');
    expect(row).toHaveTextContent(/para|§/);
  });

  it('shows the flows of each area between successive full inspections, each reachable and described', async () => {
    const user = userEvent.setup();
    renderScreen(<TransitionsView />, { url: '/transitions' });
    await screen.findByRole('group', {
      name: 'Which areas rose, fell or stayed between full inspections',
    });
    await user.selectOptions(
      screen.getByLabelText('Between the full inspections'),
      'ncc-ilacs-2019--nnc-ilacs-2022',
    );
    const flows = within(
      await screen.findByRole('group', {
        name: 'Which areas rose, fell or stayed between full inspections',
      }),
    );
    expect(
      flows.getByRole('button', {
        name: /^Overall effectiveness: Inadequate \(ILACS 2019, County council\) to Requires improvement \(ILACS 2022, North Northamptonshire\): rose/,
      }),
    ).toBeInTheDocument();
    await user.selectOptions(
      screen.getByLabelText('Between the full inspections'),
      'ncc-sif-2016--ncc-ilacs-2019',
    );
    const changed = within(
      await screen.findByRole('group', {
        name: 'Which areas rose, fell or stayed between full inspections',
      }),
    );
    expect(
      changed.getByRole('button', {
        name: /^Overall effectiveness: Requires improvement .* to Inadequate .*: fell/,
      }),
    ).toBeInTheDocument();
    // The 2016 key judgements (issue 18): each area can now be compared with 2019.
    expect(
      changed.getByRole('button', {
        name: /^Help and protection: Requires improvement .* to Inadequate .*: fell/,
      }),
    ).toBeInTheDocument();
    expect(
      changed.getByRole('button', {
        name: /^Children in care: Requires improvement .* to Inadequate .*: fell/,
      }),
    ).toBeInTheDocument();
    expect(screen.getByText(/0 areas rose, 3 fell/)).toBeInTheDocument();
  });
});
