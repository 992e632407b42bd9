import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareIds } from './compare';

describe('compareIds', () => {
  it('orders by code unit, whatever the locale: capitals before small letters, hyphen before digits', () => {
    expect(['b', 'a-2', 'a10', 'B', 'a2', 'a-10'].sort(compareIds)).toEqual([
      'B',
      'a-10',
      'a-2',
      'a10',
      'a2',
      'b',
    ]);
  });
  it('orders ISO dates in time order', () => {
    expect(['2018-05-10', '2013-03-20', '2018-05-09', '2021-04-01'].sort(compareIds)).toEqual([
      '2013-03-20',
      '2018-05-09',
      '2018-05-10',
      '2021-04-01',
    ]);
  });
  it('is a total order: antisymmetric, zero only for equal strings, transitive', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (a, b, c) => {
        expect(Math.sign(compareIds(a, b)) + Math.sign(compareIds(b, a))).toBe(0);
        expect(compareIds(a, b) === 0).toBe(a === b);
        if (compareIds(a, b) <= 0 && compareIds(b, c) <= 0)
          expect(compareIds(a, c)).toBeLessThanOrEqual(0);
      }),
    );
  });
});
