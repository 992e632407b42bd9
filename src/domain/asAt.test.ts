import { describe, expect, it } from 'vitest';
import { asAtNotice, checkAsAt, resolveAsAt, toDayFromFields } from './asAt';

describe('resolveAsAt', () => {
  it.each([
    ['2018-11-30', '2018-11-30'],
    [null, '2022-11-25'],
    ['', '2022-11-25'],
    ['2018-11', '2022-11-25'],
    ['2013-02-29', '2022-11-25'],
    ['yesterday', '2022-11-25'],
  ])('%j → %s', (value, expected) => expect(resolveAsAt(value, '2022-11-25')).toBe(expected));
});

describe('toDayFromFields', () => {
  it.each([
    [['30', '11', '2018'], { date: '2018-11-30' }],
    [['1', '4', '2021'], { date: '2021-04-01' }],
    [['29', '2', '2013'], { error: 'The date must be a real date' }],
    [['', '2', '2013'], { error: 'Enter a day, month and year' }],
    [['a', '2', '2013'], { error: 'Enter the date as numbers, for example 30 11 2018' }],
    [['1', '2', '13'], { error: 'Enter the date as numbers, for example 30 11 2018' }],
  ] as const)('%j → %j', (fields, expected) =>
    expect(toDayFromFields(fields[0], fields[1], fields[2])).toEqual(expected),
  );
});

describe('checkAsAt', () => {
  const coverage = { from: '2012', to: '2026' };
  it.each([
    [null, { kind: 'absent' }],
    ['', { kind: 'absent' }],
    ['2019-08-01', { kind: 'date', date: '2019-08-01' }],
    ['2012-01-01', { kind: 'date', date: '2012-01-01' }],
    ['2026-12-31', { kind: 'date', date: '2026-12-31' }],
    ['2011-12-31', { kind: 'problem', problem: 'out-of-range' }],
    ['1000-01-01', { kind: 'problem', problem: 'out-of-range' }],
    ['9999-12-31', { kind: 'problem', problem: 'out-of-range' }],
    ['2027-01-01', { kind: 'problem', problem: 'out-of-range' }],
    ['2019-02-30', { kind: 'problem', problem: 'not-a-real-date' }],
    ['2019-13-01', { kind: 'problem', problem: 'not-a-real-date' }],
    ['2019-08', { kind: 'problem', problem: 'malformed' }],
    ['1 August 2019', { kind: 'problem', problem: 'malformed' }],
    ['2019-08-01<script>', { kind: 'problem', problem: 'malformed' }],
  ] as const)('%j → %j', (value, expected) => expect(checkAsAt(value, coverage)).toEqual(expected));

  it('without a coverage, any real day is a date', () =>
    expect(checkAsAt('1900-01-01')).toEqual({ kind: 'date', date: '1900-01-01' }));

  it('resolveAsAt falls back for a day out of the coverage', () =>
    expect(resolveAsAt('2030-01-01', '2026-07-07', coverage)).toBe('2026-07-07'));
});

describe('asAtNotice', () => {
  it.each([
    ['malformed', 'is not written as a date'],
    ['not-a-real-date', 'is not a real date'],
    ['out-of-range', 'outside the years this record covers (2012 to 2026)'],
  ] as const)('%s names the reason and the date shown', (problem, words) => {
    const text = asAtNotice(problem, '2026-07-07', { from: '2012', to: '2026' });
    expect(text).toContain(words);
    expect(text).toContain('7 July 2026');
  });
});
