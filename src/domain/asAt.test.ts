import { describe, expect, it } from 'vitest';
import { resolveAsAt, toDayFromFields } from './asAt';

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
  ] as const)('%j → %j', (fields, expected) => expect(toDayFromFields(fields[0], fields[1], fields[2])).toEqual(expected));
});
