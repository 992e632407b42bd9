import { describe, expect, it } from 'vitest';
import {
  isFrameworkBreak,
  NATIONAL_CATEGORIES,
  RUNGS,
  toMovement,
  toNationalRung,
  toRung,
} from './ordinalScale';

describe('toRung', () => {
  it.each([
    ['inadequate', 0],
    ['adequate', 1],
    ['requires-improvement', 1],
    ['good', 2],
    ['outstanding', 3],
    [null, null],
    [undefined, null],
  ] as const)('%s → %s', (grade, rung) => expect(toRung(grade)).toBe(rung));

  it('names the shared rung for both grades, never only one of them', () => {
    expect(RUNGS[1]!.label).toBe('Requires improvement / adequate');
  });
});

describe('toMovement', () => {
  it.each([
    [0, 1, 'rose'],
    [1, 0, 'fell'],
    [1, 1, 'stayed'],
    [null, 1, 'unknown'],
    [2, null, 'unknown'],
    [null, null, 'unknown'],
  ] as const)('%s → %s: %s', (from, to, movement) => expect(toMovement(from, to)).toBe(movement));
});

describe('isFrameworkBreak', () => {
  it.each([
    ['adequate', 'requires-improvement', true],
    ['requires-improvement', 'adequate', true],
    ['requires-improvement', 'requires-improvement', false],
    ['inadequate', 'good', false],
    [null, 'adequate', false],
  ] as const)('%s / %s → %s', (a, b, expected) => expect(isFrameworkBreak(a, b)).toBe(expected));
});

describe('toNationalRung', () => {
  it('gives a rung only to real grades: unknown, not applicable and not reported have none', () => {
    expect(NATIONAL_CATEGORIES.map((c) => [c, toNationalRung(c)])).toEqual([
      ['outstanding', 3],
      ['good', 2],
      ['requires-improvement', 1],
      ['inadequate', 0],
      ['not-reported', null],
      ['not-applicable', null],
      ['unknown', null],
    ]);
  });
});
