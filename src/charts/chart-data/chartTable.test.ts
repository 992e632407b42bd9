import { describe, expect, it } from 'vitest';
import { toCsvTable, toIsoPeriod, type ChartTable } from './chartTable';

describe('toIsoPeriod', () => {
  it.each([
    ['2013-05-14', '2013-05-20', '2013-05-14/2013-05-20'],
    ['2013-05', null, '2013-05'],
    ['2019', '2019', '2019'],
    [null, '2014-01', '../2014-01'],
    [null, null, null],
  ])('gives %j to %j as %j, keeping each precision', (start, end, expected) => {
    expect(toIsoPeriod(start, end)).toBe(expected);
  });
});

describe('toCsvTable', () => {
  const table: ChartTable = {
    caption: 'c',
    header: ['A', 'When', 'Sources'],
    rows: [
      ['x', '14 May 2013', { text: 'Report (p. 2)', citations: [] }],
      ['y', 'date not known', null],
    ],
    isoDates: [{ after: 1, header: 'When (ISO 8601)', values: ['2013-05-14', null] }],
  };

  it('puts each ISO column right after the column it dates, and citations as text', () => {
    expect(toCsvTable(table)).toEqual({
      header: ['A', 'When', 'When (ISO 8601)', 'Sources'],
      rows: [
        ['x', '14 May 2013', '2013-05-14', 'Report (p. 2)'],
        ['y', 'date not known', null, null],
      ],
    });
  });

  it('leaves a table without ISO columns as it is', () => {
    expect(toCsvTable({ ...table, isoDates: undefined }).header).toEqual(['A', 'When', 'Sources']);
  });
});
