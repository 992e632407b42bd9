import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../../tests/msw/node';
import { renderScreen } from '../../../tests/setup/render';
import { GovernanceView } from './GovernanceView';

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
    expect(svg).toHaveTextContent('directs ×2');
    expect(
      screen.getByText(
        /Directions to Northamptonshire County Council: from Secretary of State for Education/,
      ),
    ).toBeInTheDocument();
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
    tabbable[0]!.focus();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(
      /^Secretary of State for Education/,
    );
    await user.keyboard('{Enter}');
    expect(window.location.search).toBe('?asAt=2018-11-30&node=secretary-of-state-for-education');
    const details = await screen.findByRole('region', { name: /Secretary of State for Education/ });
    expect(details).toHaveTextContent('Damian Hinds');
    expect(details).toHaveTextContent('section 497A(4B) of the Education Act 1996');
    // The 2013 direction's end is disputed: the conflict is shown, not hidden.
    expect(within(details).getAllByText('Sources disagree').length).toBeGreaterThan(0);
    expect(details).toHaveTextContent('July 2017');
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
    expect(within(table).getAllByRole('row').length).toBe(15);
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
