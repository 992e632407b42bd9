import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SelectFilter } from './SelectFilter';

const REGIONS = [
  { value: 'EM', label: 'East Midlands' },
  { value: 'L', label: 'London' },
];

describe('SelectFilter', () => {
  it('is a select named by its label, the "any" choice first, and reports the value chosen', async () => {
    const onChange = vi.fn();
    render(
      <SelectFilter
        id="region"
        label="Region"
        value=""
        any="All of England"
        options={REGIONS}
        onChange={onChange}
      />,
    );
    const select = screen.getByRole('combobox', { name: 'Region' });
    expect([...(select as HTMLSelectElement).options].map((o) => [o.value, o.text])).toEqual([
      ['', 'All of England'],
      ['EM', 'East Midlands'],
      ['L', 'London'],
    ]);
    await userEvent.selectOptions(select, 'London');
    expect(onChange).toHaveBeenCalledWith('L');
  });

  it('shows the current value, and has no "any" choice unless asked', () => {
    render(<SelectFilter id="r" label="Region" value="EM" options={REGIONS} onChange={() => {}} />);
    const select = screen.getByRole('combobox', { name: 'Region' }) as HTMLSelectElement;
    expect(select.value).toBe('EM');
    expect(select.options).toHaveLength(2);
    expect(select.closest('.app-filters__item')).not.toBeNull();
  });
});
