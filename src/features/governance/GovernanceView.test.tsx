import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server, serveFixtureData } from '../../../tests/msw/node';
import { renderScreen } from '../../../tests/setup/render';
import { readDataFile } from '../../../tests/msw/handlers';
import { governanceAsAt } from '../../domain/governance';
import type { GovernanceFile } from '../../domain/types';
import { GovernanceView } from './GovernanceView';

serveFixtureData();

const real = readDataFile('governance.json') as GovernanceFile;

const diagram = async () => screen.findByRole('group', { name: /Governance on/ });
const nodeNames = (svg: HTMLElement) =>
  within(svg)
    .getAllByRole('button')
    .map((b) => b.getAttribute('aria-label') ?? '');

describe('the Governance view', () => {
  it('on 30 November 2018 shows the DfE direction, the commissioner, Lincolnshire and the MHCLG commissioners', async () => {
    renderScreen(<GovernanceView />, { url: '/governance?asAt=2018-11-30' });
    const svg = await diagram();
    const names = nodeNames(svg);
    for (const name of [
      /^Children's Services Commissioner for Northamptonshire/,
      /^Lincolnshire County Council/,
      /^Commissioners for Northamptonshire County Council/,
      /^Northamptonshire County Council/,
      /^Secretary of State for Education/,
    ])
      expect(
        names.some((n) => name.test(n)),
        String(name),
      ).toBe(true);
    // The DfE's direction to the county council is drawn, firm: the 30 November 2018 one, in force
    // from that day; the 2013 direction was lifted by July 2017 and is not among the edge's records.
    const dfeEdge = svg.querySelector(
      '[data-edge="secretary-of-state-for-education|directs|northamptonshire-county-council"]',
    );
    expect(dfeEdge).toHaveClass('app-gov__edge--firm');
    expect(
      screen.getByText(
        /Directions to Northamptonshire County Council: from [^.]*Secretary of State for Education/,
      ),
    ).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole('tab', { name: 'Table' }));
    const table = screen.getByRole('table', { name: /Relationships on 30 November 2018/ });
    const dfeRows = within(table)
      .getAllByRole('row')
      .filter((row) => /^Secretary of State for Education\s*directs/.test(row.textContent ?? ''));
    expect(dfeRows).toHaveLength(1);
    expect(dfeRows[0]).toHaveTextContent('section 497A(4B) of the Education Act 1996');
    expect(table).not.toHaveTextContent('(2013 direction)');
  });

  it('on 30 November 2018 draws the 2014 improvement board as one that may have ended, and says so', async () => {
    renderScreen(<GovernanceView />, {
      url: '/governance?asAt=2018-11-30&node=improvement-board-2014',
    });
    const svg = await diagram();
    const board = svg.querySelector('[data-node="improvement-board-2014"]')!;
    expect(board).toHaveClass('app-gov__node--ended');
    expect(board).not.toHaveClass('app-gov__node--firm');
    expect(board).toHaveTextContent('end date unknown');
    expect(board.getAttribute('aria-label')).toContain(
      'It may have ended: in the data from 2014, no source records when it ended.',
    );
    const details = await screen.findByRole('region', { name: /improvement board/i });
    expect(within(details).getByRole('status')).toHaveTextContent(
      'Shown on 30 November 2018, but it may have ended: in the data from 2014, no source records when it ended.',
    );
    expect(
      screen.getByText(/dotted box on grey: may have ended, or its end was only planned/),
    ).toBeInTheDocument();
    // No tier without a body on the date: the trust (delivery) began in November 2020.
    expect(svg).not.toHaveTextContent('Delivery');
  });

  it('on 1 January 2017 shows the 2013 direction as uncertain, its end disputed (2016 or July 2017)', async () => {
    const user = userEvent.setup();
    renderScreen(<GovernanceView />, {
      url: '/governance?asAt=2017-01-01&node=secretary-of-state-for-education',
    });
    const svg = await diagram();
    expect(nodeNames(svg).some((n) => n.startsWith('Secretary of State for Education'))).toBe(true);
    expect(
      svg.querySelector(
        '[data-edge="secretary-of-state-for-education|directs|northamptonshire-county-council"]',
      ),
    ).toHaveClass('app-gov__edge--uncertain');
    const details = await screen.findByRole('region', { name: /Secretary of State for Education/ });
    const item = within(details)
      .getAllByRole('listitem')
      .find((li) => li.textContent?.includes('(2013 direction)'));
    expect(item).toHaveTextContent('Uncertain');
    expect(item).toHaveTextContent(
      'From 2 October 2013; ended 2016 or July 2017: sources disagree',
    );
    expect(within(item!).getAllByText('Sources disagree').length).toBeGreaterThan(0);
    await user.click(screen.getByRole('tab', { name: 'Table' }));
    const table = screen.getByRole('table', { name: /Relationships on 1 January 2017/ });
    expect(table).toHaveTextContent('(2013 direction)');
    expect(table).toHaveTextContent('ended 2016 or July 2017: sources disagree');
  });

  it('on 1 April 2021 shows the two unitary councils and the trust, and no county council', async () => {
    renderScreen(<GovernanceView />, { url: '/governance?asAt=2021-04-01' });
    const names = nodeNames(await diagram());
    expect(names.some((n) => n.startsWith('North Northamptonshire Council'))).toBe(true);
    expect(names.some((n) => n.startsWith('West Northamptonshire Council'))).toBe(true);
    expect(names.some((n) => n.startsWith("Northamptonshire Children's Trust"))).toBe(true);
    expect(names.some((n) => n.startsWith('Northamptonshire County Council'))).toBe(false);
    const changes = screen.getByRole('heading', {
      name: 'What changed on 1 April 2021',
    }).nextElementSibling!;
    expect(changes).toHaveTextContent('Ended 31 March 2021: Northamptonshire County Council');
    expect(changes).toHaveTextContent('Northamptonshire (Structural Changes) Order 2020');
  });

  it('steps to the next change and updates the summary, the change list and the URL', async () => {
    const user = userEvent.setup();
    renderScreen(<GovernanceView />, { url: '/governance?asAt=2020-10-31' });
    await diagram();
    await user.click(screen.getByRole('button', { name: /Next change/ }));
    expect(window.location.search).toBe('?asAt=2020-11-01');
    expect(
      await screen.findByText(
        /From 1 November 2020: Northamptonshire Children's Trust delivers children's services for Northamptonshire County Council/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^1 November 2020/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(
      screen.getByText(
        /delivered by Northamptonshire Children's Trust for Northamptonshire County Council/,
      ),
    ).toBeInTheDocument();
  });

  it('moves between nodes with arrow keys and selects with Enter, showing roles, holders, sources and conflicts', async () => {
    const user = userEvent.setup();
    renderScreen(<GovernanceView />, { url: '/governance?asAt=2018-11-30' });
    const svg = await diagram();
    const tabbable = within(svg)
      .getAllByRole('button')
      .filter((b) => b.getAttribute('tabindex') === '0');
    expect(tabbable).toHaveLength(1);
    act(() => tabbable[0]!.focus());
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(
      /^Secretary of State for Education/,
    );
    await user.keyboard('{Enter}');
    expect(window.location.search).toBe('?asAt=2018-11-30&node=secretary-of-state-for-education');
    const details = await screen.findByRole('region', { name: /Secretary of State for Education/ });
    expect(details).toHaveTextContent('Damian Hinds');
    expect(details).toHaveTextContent('section 497A(4B) of the Education Act 1996');
    // Details cover every relationship over time: the 2013 direction, though not in force on
    // this day, still shows that the sources disagree about its end.
    expect(within(details).getAllByText('Sources disagree').length).toBeGreaterThan(0);
    expect(details).toHaveTextContent('July 2017');
    // Focus is on the details; Escape closes them and deselects the body (issue 24).
    await waitFor(() =>
      expect(document.activeElement).toHaveAttribute('id', 'gov-details-heading'),
    );
    await user.keyboard('{Escape}');
    await waitFor(() => expect(window.location.search).toBe('?asAt=2018-11-30'));
    // …and focus goes back to the body's mark that opened them.
    await waitFor(() =>
      expect(document.activeElement?.getAttribute('aria-label')).toMatch(
        /Secretary of State for Education/,
      ),
    );
    expect(screen.queryByRole('region', { name: /Secretary of State for Education/ })).toBeNull();
  });

  it('shows the powers table for the date, with uncertain ends said in words', async () => {
    renderScreen(<GovernanceView />, { url: '/governance?asAt=2019-01-01' });
    await diagram();
    const table = screen.getByRole('table', { name: /Functions, who held them/ });
    const row = within(table)
      .getByRole('rowheader', { name: 'Governance and scrutiny' })
      .closest('tr')!;
    expect(row).toHaveTextContent('Commissioners for Northamptonshire County Council');
    expect(row).toHaveTextContent('Uncertain');
    expect(row).toHaveTextContent('end date unknown');
  });

  it('offers the relationships as a table', async () => {
    const user = userEvent.setup();
    renderScreen(<GovernanceView />, { url: '/governance?asAt=2018-11-30' });
    await diagram();
    await user.click(screen.getByRole('tab', { name: 'Table' }));
    const table = screen.getByRole('table', { name: /Relationships on 30 November 2018/ });
    // A header row, then one row per relationship the data has in force on the day.
    const inForce = governanceAsAt(real, '2018-11-30').relationships.length;
    expect(inForce).toBeGreaterThan(1);
    expect(within(table).getAllByRole('row').length).toBe(inForce + 1);
    expect(table).toHaveTextContent('section 15(5) and (6) of the Local Government Act 1999');
  });

  it('names the file when the governance data fails to load', async () => {
    server.use(http.get('*/data/governance.json', () => HttpResponse.json({ bodies: 'no' })));
    renderScreen(<GovernanceView />, { url: '/governance' });
    expect(
      await screen.findByText(/There is a problem with the data file governance.json/),
    ).toBeInTheDocument();
  });
});
