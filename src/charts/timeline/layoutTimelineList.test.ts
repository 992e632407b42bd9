import { describe, expect, it } from 'vitest';
import {
  fromInspection,
  fromMilestone,
  LANE_SHORT_LABELS,
  TIMELINE_LANES,
  type TimelineEvent,
} from '../../domain/timeline';
import { makeInspection, makeMilestone } from '../../../tests/fixtures/timeline';
import { estimateTextWidth } from '../shared/textMetrics';
import { layoutTimelineList, LIST_SIZES, type TimelineListOptions } from './layoutTimelineList';

const base: TimelineListOptions = {
  width: 343,
  domain: [Date.UTC(2013, 0, 1), Date.UTC(2022, 0, 1)],
  lanes: TIMELINE_LANES,
  laneLabels: LANE_SHORT_LABELS,
};
const list = (events: TimelineEvent[], options: Partial<TimelineListOptions> = {}) =>
  layoutTimelineList(events, { ...base, ...options });
const ms = (overrides: Parameters<typeof makeMilestone>[0]) =>
  fromMilestone(makeMilestone(overrides));

describe('layoutTimelineList (the phone layout)', () => {
  it('lays out no events as an empty list', () => {
    const l = list([]);
    expect(l.rows).toEqual([]);
    expect(l.headings).toEqual([]);
    expect(l.height).toBeGreaterThan(0);
  });

  it('puts events in time order under their years, each with its date, lane and whole name', () => {
    const l = list([
      ms({ id: 'b', date: '2018-11-30', lane: 'mhclg', title: 'Later' }),
      ms({ id: 'a', date: '2016-03', lane: 'dfe', title: 'Earlier' }),
      ms({ id: 'c', date: '2018', lane: 'structure', title: 'A year only' }),
    ]);
    expect(l.rows.map((r) => r.id)).toEqual(['a', 'c', 'b']);
    expect(l.headings.map((h) => h.label)).toEqual(['2016', '2018']);
    expect(l.rows.map((r) => r.date)).toEqual(['Mar', '', '30 Nov']);
    expect(l.rows.map((r) => r.glyph)).toEqual(['band', 'band', 'diamond']);
    expect(l.rows.map((r) => r.laneLabel)).toEqual(['DfE', 'Structure', 'MHCLG']);
    // A heading sits above the first row of its year.
    expect(l.headings[1]!.y).toBeLessThan(l.rows[1]!.top);
  });

  it('wraps a long name to the phone width, and never lets rows overlap', () => {
    const long =
      'Secretary of State for Education directs the council to work with a commissioner appointed to review children’s services';
    const l = list([ms({ id: 'x', title: long }), ms({ id: 'y', date: '2018-11-14' })], {
      width: 320,
    });
    const row = l.rows[0]!;
    expect(row.lines.length).toBeGreaterThan(2);
    expect(row.lines.join(' ')).toBe(l.rows[0]!.event.label);
    for (const line of row.lines)
      expect(l.textX + estimateTextWidth(line, LIST_SIZES.label)).toBeLessThanOrEqual(320);
    expect(row.top + row.height).toBeLessThanOrEqual(l.rows[1]!.top);
    expect(l.height).toBeGreaterThanOrEqual(l.rows[1]!.top + l.rows[1]!.height);
  });

  it('keeps to the period and the lanes shown', () => {
    const events = [
      ms({ id: 'old', date: '2010-01-01' }),
      ms({ id: 'in', date: '2015-06-01' }),
      ms({ id: 'other', date: '2015-06-02', lane: 'dfe' }),
    ];
    expect(list(events, { lanes: ['correspondence'] }).rows.map((r) => r.id)).toEqual(['in']);
  });

  it('draws the as-at line between the last event before it and the first after, and fades those after', () => {
    const l = list([ms({ id: 'a', date: '2016-01-01' }), ms({ id: 'b', date: '2019-01-01' })], {
      asAt: Date.UTC(2018, 0, 1),
      asAtLabel: 'As at 31 Dec 2017',
    });
    expect(l.rows.map((r) => r.faded)).toEqual([false, true]);
    expect(l.asAt?.label).toBe('As at 31 Dec 2017');
    expect(l.asAt!.y).toBeGreaterThan(l.rows[0]!.top + l.rows[0]!.height);
    expect(l.asAt!.y).toBeLessThan(l.rows[1]!.top);
  });

  it('lists events with no date last, under "Date unknown", and shows a visit that gave no grade hollow', () => {
    const undated = ms({ id: 'u', date: null, title: 'Undated' });
    const visit = fromInspection(
      makeInspection({
        id: 'v',
        graded: false,
        overall: null,
        fieldwork: { start: '2017-05-02', end: '2017-05-03' },
      }),
    );
    const l = list([undated, visit]);
    expect(l.rows.map((r) => r.id)).toEqual(['v', 'u']);
    expect(l.headings.map((h) => h.label)).toEqual(['2017', 'Date unknown']);
    expect(l.rows[0]!.hollow).toBe(true);
    expect(l.rows[1]!.glyph).toBe('undated');
  });
});
