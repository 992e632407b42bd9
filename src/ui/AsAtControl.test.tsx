import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { AsAtControl } from './AsAtControl';

const STEPS = [
  { date: '2018-05-10', label: 'MHCLG Directions' },
  { date: '2018-11-30', label: 'DfE direction' },
  { date: '2020-11-01', label: 'Trust live' },
];

function Harness({ initial = '2018-11-30' }: { initial?: string }) {
  const [value, setValue] = useState(initial);
  return <AsAtControl value={value} onChange={setValue} steps={STEPS} />;
}

describe('AsAtControl', () => {
  it('shows the date in words and in the fields', () => {
    render(<Harness />);
    expect(screen.getByText('30 November 2018')).toBeInTheDocument();
    expect(screen.getByLabelText('Day')).toHaveValue('30');
    expect(screen.getByLabelText('Month')).toHaveValue('11');
    expect(screen.getByLabelText('Year')).toHaveValue('2018');
  });

  it('takes any real date typed in', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.clear(screen.getByLabelText('Day'));
    await user.type(screen.getByLabelText('Day'), '1');
    await user.clear(screen.getByLabelText('Month'));
    await user.type(screen.getByLabelText('Month'), '4');
    await user.clear(screen.getByLabelText('Year'));
    await user.type(screen.getByLabelText('Year'), '2021');
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(screen.getByText('1 April 2021')).toBeInTheDocument();
  });

  it('refuses an impossible date with a GOV.UK error message', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.clear(screen.getByLabelText('Day'));
    await user.type(screen.getByLabelText('Day'), '29');
    await user.clear(screen.getByLabelText('Month'));
    await user.type(screen.getByLabelText('Month'), '2');
    await user.clear(screen.getByLabelText('Year'));
    await user.type(screen.getByLabelText('Year'), '2013');
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(screen.getByText(/The date must be a real date/)).toBeInTheDocument();
    expect(screen.getByText('30 November 2018')).toBeInTheDocument();
  });

  it('steps to the next and previous change, keeping focus on the button pressed', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const next = screen.getByRole('button', { name: /Next change/ });
    await user.click(next);
    expect(screen.getByText('1 November 2020')).toBeInTheDocument();
    expect(screen.getByLabelText('Year')).toHaveValue('2020');
    expect(screen.getByRole('button', { name: /Next change/ })).toBeDisabled();
    const previous = screen.getByRole('button', { name: /Previous change/ });
    await user.click(previous);
    expect(screen.getByText('30 November 2018')).toBeInTheDocument();
    expect(previous).toHaveFocus();
  });
});
