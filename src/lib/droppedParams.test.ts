import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDroppedDateParams } from './droppedParams';

const q = (search: string) => new URLSearchParams(search);

describe('findDroppedDateParams', () => {
  it.each([
    '2018-1-5',
    '2018-02-30',
    '2018-13',
    '-1',
    '0050-01-01',
    '9999-12-31',
    '2018',
    '2018-11',
    '<b>x</b>',
  ])('drops since=%s', (value) => {
    expect(findDroppedDateParams(q(`since=${encodeURIComponent(value)}`))).toEqual([
      { name: 'since', value },
    ]);
  });

  it('keeps real days, ignores other parameters and empty values, and names each dropped one', () => {
    expect(
      findDroppedDateParams(q('asAt=2018-11-30&since=2016-02-29&from=2013-01-01&to=2021-12-31')),
    ).toEqual([]);
    expect(findDroppedDateParams(q('event=2018-1-5&asAt='))).toEqual([]);
    expect(findDroppedDateParams(q('asAt=2018-13&to=x&to=2018-01-01'))).toEqual([
      { name: 'asAt', value: '2018-13' },
      { name: 'to', value: 'x' },
    ]);
  });

  it('never throws, whatever the address holds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (search) => {
        expect(() => findDroppedDateParams(q(search))).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});
