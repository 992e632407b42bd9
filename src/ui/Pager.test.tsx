import { describe, expect, it } from 'vitest';
import { describePage, toPageRange } from './Pager';

describe('toPageRange and describePage', () => {
  it('shows 100 at a time and says where the reader is', () => {
    const first = toPageRange(50_000, 0);
    expect(first).toEqual({ page: 0, pages: 500, start: 0, end: 100 });
    expect(describePage(first, 50_000, 'records')).toBe('Showing 1–100 of 50,000 records');
    const last = toPageRange(50_000, 499);
    expect(describePage(last, 50_000, 'records')).toBe('Showing 49,901–50,000 of 50,000 records');
  });

  it('clamps a page out of range, and shows a short list whole', () => {
    expect(toPageRange(250, 99)).toEqual({ page: 2, pages: 3, start: 200, end: 250 });
    expect(toPageRange(250, -3).page).toBe(0);
    expect(toPageRange(250, Number.NaN).page).toBe(0);
    expect(describePage(toPageRange(12, 0), 12, 'sources')).toBe('Showing all 12 sources');
    expect(describePage(toPageRange(0, 0), 0, 'sources')).toBe('No sources to show');
  });
});
