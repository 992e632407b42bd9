import { describe, expect, it } from 'vitest';
import { CATEGORICAL, contrastRatio, GRADE_HEX, GRADE_STYLES } from './palette';

const LADDER = ['inadequate', 'requires-improvement', 'good', 'outstanding'] as const;

describe('the rating palette', () => {
  it.each(LADDER.slice(1).map((g, i) => [LADDER[i]!, g] as const))(
    '%s and %s differ by at least 3:1',
    (a, b) => expect(contrastRatio(GRADE_HEX[a], GRADE_HEX[b])).toBeGreaterThanOrEqual(3),
  );

  it.each(Object.entries(GRADE_HEX))('%s meets 3:1 against white', (_grade, hex) => {
    expect(contrastRatio(hex, '#FFFFFF')).toBeGreaterThanOrEqual(3);
  });

  it.each(Object.entries(GRADE_STYLES))('text on %s meets 4.5:1', (_grade, style) => {
    expect(contrastRatio(style.fill, style.text)).toBeGreaterThanOrEqual(4.5);
  });

  it('tells adequate from requires improvement by pattern and label, not colour', () => {
    expect(GRADE_STYLES.adequate.pattern).not.toBeNull();
    expect(GRADE_STYLES.adequate.short).not.toBe(GRADE_STYLES['requires-improvement'].short);
  });
});

describe('the categorical palette', () => {
  it('is the Analysis Function palette in order', () => {
    expect(CATEGORICAL).toEqual(['#12436D', '#28A197', '#801650', '#F46A25', '#3D3D3D', '#A285D1']);
  });
  it.each(CATEGORICAL.map((c) => [c]))('%s meets 3:1 against white', (c) => {
    expect(contrastRatio(c, '#FFFFFF')).toBeGreaterThanOrEqual(3);
  });
  it('computes known ratios', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
  });
});
