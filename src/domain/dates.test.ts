import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  comparePartialDates,
  formatDateSpan,
  formatPartialDate,
  getDateProblem,
  getPrecision,
  isInForceOn,
  toDateParts,
  toDayRange,
  toIsoDay,
} from './dates';

describe('getDateProblem', () => {
  it.each([
    ['2013', null],
    ['2013-05', null],
    ['2013-05-14', null],
    ['2016-02-29', null],
    ['2000-02-29', null],
    ['1900-01-01', null],
    ['2100-12-31', null],
  ])('accepts %s', (value, expected) => expect(getDateProblem(value)).toBe(expected));

  it.each([
    ['2013-02-29', /February 2013 has 28 days/],
    ['1900-02-29', /February 1900 has 28 days/],
    ['2018-04-31', /April 2018 has 30 days/],
    ['2018-13', /no month 13/],
    ['2018-00-10', /no month 0/],
    ['18-05-10', /YYYY, YYYY-MM or YYYY-MM-DD/],
    ['10 May 2018', /YYYY, YYYY-MM or YYYY-MM-DD/],
    ['2018-5-1', /YYYY, YYYY-MM or YYYY-MM-DD/],
    ['', /YYYY/],
    // Date.UTC reads years 0–99 as 1900–1999, and 9999 is a placeholder: both are refused.
    ['0000-01-01', /outside the years this data can hold \(1900 to 2100\)/],
    ['0099', /outside the years this data can hold/],
    ['0050-06', /outside the years this data can hold/],
    ['1899-12-31', /outside the years this data can hold/],
    ['2101', /outside the years this data can hold/],
    ['9999-12-31', /outside the years this data can hold/],
  ])('refuses %s', (value, message) => expect(getDateProblem(value)).toMatch(message));

  it('accepts every real calendar day and keeps its precision', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        (d) => {
          const iso = toIsoDay(d);
          return getDateProblem(iso) === null && getPrecision(iso) === 'day';
        },
      ),
    );
  });
});

describe('formatPartialDate (GOV.UK style, at the source precision)', () => {
  it.each([
    ['2018-11-30', '30 November 2018'],
    ['2013-03', 'March 2013'],
    ['2019', '2019'],
    ['2021-04-01', '1 April 2021'],
    [null, 'date unknown'],
  ])('%s → %s', (value, expected) => expect(formatPartialDate(value)).toBe(expected));
});

describe('formatDateSpan', () => {
  it.each([
    ['2016-02-08', '2016-03-10', '8 February to 10 March 2016'],
    ['2018-10-17', '2018-10-18', '17 to 18 October 2018'],
    ['2022-10-03', '2022-10-14', '3 to 14 October 2022'],
    ['2013-07-15', null, 'from 15 July 2013'],
    [null, '2021-03-31', 'until 31 March 2021'],
    ['2016', '2017-07', '2016 to July 2017'],
    ['2020-11-01', '2020-11-01', '1 November 2020'],
    [null, null, 'dates unknown'],
  ])('%s – %s → %s', (a, b, expected) => expect(formatDateSpan(a, b)).toBe(expected));
});

describe('toDayRange', () => {
  it('spans a month from its first to its last day', () => {
    const { first, last } = toDayRange('2013-02');
    expect(toIsoDay(new Date(first))).toBe('2013-02-01');
    expect(toIsoDay(new Date(last))).toBe('2013-02-28');
  });
  it('spans a leap February', () => {
    expect(toIsoDay(new Date(toDayRange('2016-02').last))).toBe('2016-02-29');
  });
  it('spans a year', () => {
    const { first, last } = toDayRange('2019');
    expect([toIsoDay(new Date(first)), toIsoDay(new Date(last))]).toEqual([
      '2019-01-01',
      '2019-12-31',
    ]);
  });
  // Whole days are read digit by digit, bypassing the regular expression: that path must agree
  // with the validating parser on every string of the same shape, real dates or not.
  it('reads a YYYY-MM-DD string as the validating parser does, or refuses it', () => {
    const digitOrNot = fc.constantFrom(...'0123456789-x ٣'.split(''));
    const nearDate = fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
      )
      .map(
        ([y, m, d]) =>
          `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      );
    const anyShape = fc
      .array(digitOrNot, { minLength: 10, maxLength: 10 })
      .map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.oneof(nearDate, anyShape), (value) => {
        const problem = getDateProblem(value);
        if (problem) {
          expect(() => toDayRange(value)).toThrow(problem);
          return;
        }
        const { year, month, day } = toDateParts(value);
        const t = Date.UTC(year, month! - 1, day!);
        expect(toDayRange(value)).toEqual({ first: t, last: t });
        // The day really is in the year the string names (Date.UTC maps 0–99 to 1900–1999).
        expect(new Date(t).getUTCFullYear()).toBe(year);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('comparePartialDates', () => {
  it('orders by first possible day, coarser first on ties', () => {
    const sorted = ['2018-05-10', '2018', '2018-05', '2017-12-31', '2018-05-09'].sort(
      comparePartialDates,
    );
    expect(sorted).toEqual(['2017-12-31', '2018', '2018-05', '2018-05-09', '2018-05-10']);
  });
});

describe('isInForceOn', () => {
  it.each([
    ['2018-11-30', '2018-11-30', null, 'yes'],
    ['2018-11-29', '2018-11-30', null, 'no'],
    ['2021-03-31', '2018-05-10', '2021-03-31', 'yes'],
    ['2021-04-01', '2018-05-10', '2021-03-31', 'no'],
    ['2018-05-15', '2018-05', null, 'uncertain'],
    ['2018-05-31', '2018-05', null, 'yes'],
    ['2017-07-10', '2013-10-02', '2017-07', 'uncertain'],
    ['2017-08-01', '2013-10-02', '2017-07', 'no'],
    ['2015-01-01', null, null, 'yes'],
  ] as const)('on %s a period %s–%s is in force: %s', (day, start, end, expected) => {
    expect(isInForceOn(day, start, end)).toBe(expected);
  });
});
