import fc from 'fast-check';
import { utcTicks as d3UtcTicks } from 'd3-time';
import { describe, expect, it } from 'vitest';
import { utcTicks } from './utcTicks';

const DAY = 86_400_000;
const iso = (dates: Date[]) => dates.map((d) => d.toISOString());

describe('utcTicks', () => {
  it.each([
    ['ten years, a tick a year', Date.UTC(2012, 0, 1), Date.UTC(2022, 0, 1), 12, 11],
    ['ten years, few ticks: every 5 years', Date.UTC(2012, 0, 1), Date.UTC(2023, 0, 1), 2, 2],
    ['six months: a tick a month', Date.UTC(2016, 2, 1), Date.UTC(2016, 8, 1), 7, 7],
    ['three weeks: days', Date.UTC(2016, 2, 3), Date.UTC(2016, 2, 20), 16, 18],
    ['two weeks at the zoom limit', Date.UTC(2018, 0, 1), Date.UTC(2018, 0, 15), 12, 15],
  ])('%s', (_, start, stop, count, expected) => {
    const ticks = utcTicks(start, stop, count);
    expect(ticks).toHaveLength(expected);
    expect(iso(ticks)).toEqual(iso(d3UtcTicks(new Date(start), new Date(stop), count)));
  });

  it('gives no ticks for an empty or impossible request', () => {
    expect(utcTicks(Number.NaN, Date.UTC(2020, 0, 1), 5)).toEqual([]);
    expect(utcTicks(Date.UTC(2020, 0, 1), Date.UTC(2021, 0, 1), 0)).toEqual([]);
  });

  it('agrees with d3-time for any period a timeline can show (14 days, its zoom limit, to 40 years), in either direction', () => {
    const t = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) });
    fc.assert(
      fc.property(
        t,
        fc.integer({ min: 14 * DAY, max: 40 * 365 * DAY }),
        fc.integer({ min: 1, max: 40 }),
        fc.boolean(),
        (start, span, count, reverse) => {
          const [a, b] = reverse ? [start + span, start] : [start, start + span];
          expect(iso(utcTicks(a, b, count))).toEqual(
            iso(d3UtcTicks(new Date(a), new Date(b), count)),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });
});
