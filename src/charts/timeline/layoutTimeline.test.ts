import { describe, expect, it } from 'vitest';
import { measureText } from '../shared/textMetrics';
import { makeSyntheticTimeline } from '../../domain/syntheticTimeline';
import {
  fromInspection,
  fromMilestone,
  LANE_LABELS,
  TIMELINE_LANES,
  type TimelineEvent,
} from '../../domain/timeline';
import { makeInspection, makeMilestone } from '../../../tests/fixtures/timeline';
import { layoutTimeline, type TimelineLayoutOptions } from './layoutTimeline';
import { getNavTarget } from './timelineNav';
import {
  clampDomain,
  domainFromUrl,
  domainToUrl,
  MIN_SPAN,
  panDomain,
  zoomDomain,
} from './zoomDomain';

const Y2013 = Date.UTC(2013, 0, 1);
const Y2022 = Date.UTC(2022, 0, 1);
const base: TimelineLayoutOptions = {
  width: 1000,
  domain: [Y2013, Y2022],
  lanes: TIMELINE_LANES,
  laneLabels: LANE_LABELS,
};
const layout = (events: TimelineEvent[], options: Partial<TimelineLayoutOptions> = {}) =>
  layoutTimeline(events, { ...base, ...options });
const ms = (overrides: Parameters<typeof makeMilestone>[0]) =>
  fromMilestone(makeMilestone(overrides));
const xOf = (t: number, l: ReturnType<typeof layout>) =>
  l.plot.x0 + ((t - l.domain[0]) / (l.domain[1] - l.domain[0])) * (l.plot.x1 - l.plot.x0);

describe('layoutTimeline at the edges', () => {
  it('lays out no events as empty lanes with an axis', () => {
    const l = layout([]);
    expect(l.marks).toEqual([]);
    expect(l.clusters).toEqual([]);
    expect(l.lanes).toHaveLength(6);
    expect(l.lanes.every((lane) => lane.rows === 1)).toBe(true);
    expect(l.ticks.map((t) => t.label)).toContain('2016');
    expect(l.gutter).toBeNull();
  });

  it('wraps a long lane name to fit left of the plot, and makes the lane tall enough for it', () => {
    const l = layout([]);
    for (const lane of l.lanes) {
      // In the chart font's 13 px bold, every line ends before the first mark can start.
      for (const line of lane.labelLines)
        expect(lane.labelX + measureText(line, 13, 700)).toBeLessThanOrEqual(l.plot.x0 - 8);
      expect(lane.labelLines.join(' ')).toBe(LANE_LABELS[lane.lane]);
      expect(lane.labelY + (lane.labelLines.length - 1) * 15 + 4).toBeLessThanOrEqual(
        lane.top + lane.height,
      );
    }
    expect(l.lanes.find((lane) => lane.lane === 'ofsted')?.labelLines).toHaveLength(2);
  });

  it('places one day event as a dot on its day, labelled', () => {
    const l = layout([ms({ date: '2018-11-13' })]);
    expect(l.marks).toHaveLength(1);
    const m = l.marks[0]!;
    expect(m.start.band).toBe(false);
    expect(m.start.cx).toBeCloseTo(xOf(Date.UTC(2018, 10, 13, 12), l), 5);
    expect(m.label?.text).toBe('A milestone');
  });

  it.each([
    ['a month', '2013-05', Date.UTC(2013, 4, 1), Date.UTC(2013, 5, 1), 'May 2013: '],
    ['a year', '2014', Date.UTC(2014, 0, 1), Date.UTC(2015, 0, 1), '2014: '],
  ])(
    'draws %s as a band over the whole period, never a day',
    (_name, date, from, until, prefix) => {
      const l = layout([ms({ date })], { width: 4000 });
      const m = l.marks[0]!;
      expect(m.start.band).toBe(true);
      expect(m.start.x0).toBeCloseTo(xOf(from, l), 5);
      expect(m.start.x1).toBeCloseTo(xOf(until, l), 5);
      expect(m.label?.text.startsWith(prefix)).toBe(true);
    },
  );

  it('joins conflicting dates to the mark', () => {
    const e = ms({
      date: '2018-05-10',
      dateClaims: [{ field: 'date', date: '2018-05-09', sources: [{ source: 'a', locator: 'p' }] }],
    });
    const l = layout([e], { domain: [Date.UTC(2018, 4, 1), Date.UTC(2018, 4, 21)] });
    const m = l.marks[0]!;
    expect(m.altStarts).toHaveLength(1);
    expect(m.altStarts[0]!.cx).toBeLessThan(m.start.cx);
    expect(m.x0).toBeLessThanOrEqual(m.altStarts[0]!.x0);
  });

  it('fades an unknown end instead of running it to the edge, reaching the latest end a source gives', () => {
    const noClaims = layout([ms({ date: '2018-11-30', endStatus: 'unknown' })]).marks[0]!;
    expect(noClaims.tail?.kind).toBe('unknown');
    expect(noClaims.tail!.x1).toBeLessThan(noClaims.tail!.x0 + 100);
    const l = layout([
      ms({
        date: '2013-10-02',
        endStatus: 'unknown',
        dateClaims: [
          { field: 'end', date: '2016', sources: [{ source: 'a', locator: 'p' }] },
          { field: 'end', date: '2017-07', sources: [{ source: 'b', locator: 'p' }] },
        ],
      }),
    ]);
    const m = l.marks[0]!;
    expect(m.tail!.x1).toBeCloseTo(xOf(Date.UTC(2017, 7, 1), l), 0);
    expect(m.tail!.x1).toBeLessThan(l.plot.x1);
    expect(m.altEnds.map((d) => d.band)).toEqual([true, true]);
    expect(m.label?.text).toMatch(/end unknown/);
  });

  it('puts overlapping spans on separate rows of their lane', () => {
    const a = fromInspection(
      makeInspection({ id: 'a', fieldwork: { start: '2016-01-01', end: '2016-06-30' } }),
    );
    const b = fromInspection(
      makeInspection({ id: 'b', fieldwork: { start: '2016-03-01', end: '2016-09-30' } }),
    );
    const c = fromInspection(
      makeInspection({ id: 'c', fieldwork: { start: '2018-03-01', end: '2018-03-30' } }),
    );
    const l = layout([a, b, c]);
    const row = Object.fromEntries(l.marks.map((m) => [m.id, m.row]));
    expect(row.a).not.toBe(row.b);
    expect(row.c).toBe(0);
    expect(l.lanes.find((lane) => lane.lane === 'ofsted')!.rows).toBe(2);
  });

  it('puts undated events in a "Date unknown" column right of the axis', () => {
    const undated = fromInspection(
      makeInspection({ fieldwork: { start: null, end: null }, published: null }),
    );
    const l = layout([undated]);
    expect(l.gutter?.label).toBe('Date unknown');
    expect(l.marks[0]!.undated).toBe(true);
    expect(l.marks[0]!.start.x0).toBeGreaterThan(l.plot.x1);
  });

  it('fades events that start after the as-at date and places the line', () => {
    const l = layout(
      [ms({ id: 'before', date: '2015-01-01' }), ms({ id: 'after', date: '2019-01-01' })],
      {
        asAt: Date.UTC(2018, 10, 1),
      },
    );
    expect(Object.fromEntries(l.marks.map((m) => [m.id, m.faded]))).toEqual({
      before: false,
      after: true,
    });
    expect(l.asAt.x).toBeCloseTo(xOf(Date.UTC(2018, 10, 1), l), 5);
  });

  it('leaves out events outside the view', () => {
    expect(layout([ms({ date: '2012-03-01' })]).marks).toEqual([]);
  });

  it('culls or shortens labels rather than drawing them over the next mark', () => {
    const l = layout([
      ms({
        id: 'a',
        date: '2018-01-01',
        title: 'A very long title that cannot possibly fit before the next mark',
      }),
      ms({ id: 'b', date: '2018-04-01' }),
    ]);
    const a = l.marks.find((m) => m.id === 'a')!;
    const b = l.marks.find((m) => m.id === 'b')!;
    expect(a.row).toBe(b.row);
    if (a.label) expect(a.label.x + a.label.text.length * 6.4).toBeLessThanOrEqual(b.x0);
  });

  it('aggregates dense stretches into counted clusters, accounting for every event', () => {
    const events = makeSyntheticTimeline(10_000, 3);
    const l = layout(events);
    expect(l.clusters.length).toBeGreaterThan(0);
    const drawn = l.marks.length + l.clusters.reduce((n, c) => n + c.ids.length, 0);
    const year = (e: TimelineEvent) => Number(e.start!.slice(0, 4));
    const inView = events.filter(
      (e) => e.start !== null && year(e) >= 2013 && year(e) <= 2021,
    ).length;
    expect(drawn).toBeGreaterThanOrEqual(inView);
    expect(drawn).toBeLessThanOrEqual(events.filter((e) => e.start !== null).length);
    // No two clusters in a lane overlap.
    for (const lane of TIMELINE_LANES) {
      const cs = l.clusters.filter((c) => c.lane === lane).sort((p, q) => p.x0 - q.x0);
      cs.slice(1).forEach((c, i) => expect(c.x0).toBeGreaterThanOrEqual(cs[i]!.x1));
    }
    expect(l.marks.length + l.clusters.length).toBeLessThan(2000);
  });
});

describe('adaptive ticks', () => {
  it.each([
    ['nine years', [Y2013, Y2022], 'year', '2013'],
    ['eight months', [Date.UTC(2018, 0, 1), Date.UTC(2018, 8, 1)], 'month', 'Jan 2018'],
    ['three weeks', [Date.UTC(2018, 4, 1), Date.UTC(2018, 4, 22)], 'day', '1 May 2018'],
  ] as const)('shows %s in %ss', (_name, domain, unit, first) => {
    const l = layout([], { domain });
    expect(l.tickUnit).toBe(unit);
    expect(l.ticks[0]!.label).toBe(first);
  });
});

describe('zoom and pan', () => {
  const full = [Date.UTC(2012, 0, 1), Date.UTC(2024, 0, 1)] as const;
  it('keeps the view inside the whole period and at least two weeks long', () => {
    expect(clampDomain([Date.UTC(2010, 0, 1), Date.UTC(2011, 0, 1)], full)[0]).toBe(full[0]);
    const tiny = zoomDomain([Y2013, Y2013 + 20 * 86_400_000], 100, full);
    expect(tiny[1] - tiny[0]).toBe(MIN_SPAN);
    expect(zoomDomain([Y2013, Y2022], 0.01, full)).toEqual([full[0], full[1]]);
    expect(panDomain([full[0], Y2013 + 86_400_000 * 400], -1, full)[0]).toBe(full[0]);
  });
  it('round-trips the view through the URL as inclusive days', () => {
    expect(domainToUrl([Y2013, Y2022])).toEqual({ from: '2013-01-01', to: '2021-12-31' });
    expect(domainFromUrl('2013-01-01', '2021-12-31', [0, 1], full)).toEqual([Y2013, Y2022]);
    expect(domainFromUrl('2013-02-30', '2021-12-31', [Y2013, Y2022], full)).toEqual([Y2013, Y2022]);
    expect(domainFromUrl('2020-01-01', '2019-01-01', [Y2013, Y2022], full)).toEqual([Y2013, Y2022]);
  });
});

describe('keyboard movement', () => {
  const events = [
    ms({ id: 'd1', lane: 'dfe', date: '2013-10-02' }),
    ms({ id: 'c1', lane: 'correspondence', date: '2014-01-01' }),
    ms({ id: 'm1', lane: 'mhclg', date: '2018-05-10' }),
    ms({ id: 'd2', lane: 'dfe', date: '2018-11-30' }),
  ];
  const lanes = ['dfe', 'mhclg', 'correspondence'] as const;
  it.each([
    [null, 'next', 'd1'],
    ['d1', 'next', 'c1'],
    ['d1', 'previous', null],
    ['c1', 'previous', 'd1'],
    ['d2', 'next', null],
    ['d1', 'last', 'd2'],
    ['d2', 'first', 'd1'],
    ['d2', 'down', 'm1'],
    ['m1', 'up', 'd2'],
    ['d1', 'down', 'm1'],
    ['c1', 'down', null],
  ] as const)('from %s, %s goes to %s', (current, move, target) => {
    expect(getNavTarget(events, current, move, lanes)).toBe(target);
  });
  it('steps over the events of one cluster at once', () => {
    const clusterOf = new Map([
      ['c1', 'k'],
      ['m1', 'k'],
    ]);
    expect(getNavTarget(events, 'c1', 'next', lanes, clusterOf)).toBe('d2');
    expect(getNavTarget(events, 'd2', 'previous', lanes, clusterOf)).toBe('c1');
  });
});
