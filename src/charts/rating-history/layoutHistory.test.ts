import { describe, expect, it } from 'vitest';
import type { HistoryReport, HistoryRow } from '../../domain/calendarHistory';
import { estimateTextWidth } from '../shared/textMetrics';
import {
  HEADING_SIZE,
  LABEL_SIZE,
  layoutHistory,
  nameLines,
  nameWidth,
  STACK_BELOW,
  type PlacedHistory,
} from './layoutHistory';

const report = (day: string, grade: HistoryReport['grade']): HistoryReport => ({
  published: day,
  day,
  lastDay: day,
  grade,
  areas: {
    overall: grade,
    helpAndProtection: grade,
    inCare: grade,
    careLeavers: grade,
    leaders: grade,
  },
  era: 'ilacs',
  kind: 'test',
  link: null,
});
const row = (id: string, name: string, reports: HistoryReport[], extra: Partial<HistoryRow> = {}) =>
  ({
    id,
    name,
    region: 'EM',
    laCode: id,
    statNeighbours: [],
    lineage: false,
    ownRecords: false,
    reports,
    ...extra,
  }) satisfies HistoryRow;

const LONG = 'Bournemouth, Christchurch & Poole';
const rows: HistoryRow[] = [
  row('a', 'York', [report('2014-03-01', 'unknown'), report('2019-06-10', 'good')]),
  row('b', LONG, [report('2018-02-01', 'inadequate'), report('2022-07-15', 'good')]),
  row('ncc', 'Northamptonshire County Council', [report('2019-01-01', 'inadequate')], {
    lineage: true,
    ownRecords: true,
  }),
  row('n', 'North Northamptonshire', [report('2022-09-01', 'requires-improvement')], {
    lineage: true,
  }),
  row('c', 'Rutland', []),
];

/** Each label's box, estimated as the layout estimates it: no two may meet. */
function labelBoxes(layout: PlacedHistory) {
  return layout.rows.flatMap((p) => {
    if (!p.label) return [];
    const { lines, x, y, anchor, fontSize, bold } = p.label;
    const w = Math.max(...lines.map((l) => nameWidth(l, fontSize, bold)));
    const left = anchor === 'end' ? x - w : x;
    return [
      {
        id: p.row.id,
        left,
        right: left + w,
        top: y - fontSize,
        bottom: y + (lines.length - 1) * (fontSize + 3) + fontSize * 0.25,
      },
    ];
  });
}

describe('the calendar history layout', () => {
  for (const width of [1180, 640, 375, 320])
    it(`at ${width} px: every name whole, at least 12 px, inside the chart and apart from the others`, () => {
      const layout = layoutHistory(rows, { surface: 'page', width });
      expect(layout.arrangement).toBe(width < STACK_BELOW ? 'stacked' : 'beside');
      const boxes = labelBoxes(layout);
      expect(boxes).toHaveLength(rows.length);
      for (const p of layout.rows) {
        expect(p.label!.fontSize).toBeGreaterThanOrEqual(LABEL_SIZE);
        const drawn = p.label!.lines.join(' ');
        expect(drawn).not.toMatch(/…$/);
        expect(drawn.replace(/^◆ /, '')).toBe(p.row.name);
      }
      for (const b of boxes) {
        expect(b.left).toBeGreaterThanOrEqual(0);
        expect(b.right).toBeLessThanOrEqual(width);
      }
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!;
          const b = boxes[j]!;
          const meet =
            Math.min(a.right, b.right) > Math.max(a.left, b.left) &&
            Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top);
          expect(meet, `${a.id} and ${b.id}`).toBe(false);
        }
    });

  it('puts names beside their bands on a wide page, and above them on a phone', () => {
    const wide = layoutHistory(rows, { surface: 'page', width: 1180 });
    for (const p of wide.rows) expect(p.label!.x).toBeLessThan(wide.plotLeft);
    const phone = layoutHistory(rows, { surface: 'page', width: 375 });
    for (const p of phone.rows) expect(p.label!.y).toBeLessThan(p.bandY);
  });

  it('draws each grade as one path for the whole chart, a rectangle per report, and one path of ticks', () => {
    const layout = layoutHistory(rows, { surface: 'page', width: 1180 });
    const grades = layout.bands.map((b) => b.grade);
    expect(grades).toEqual(['good', 'requires-improvement', 'inadequate', 'unknown']);
    const rects = (d: string) => d.split('M').length - 1;
    expect(rects(layout.bands.find((b) => b.grade === 'good')!.d)).toBe(2);
    expect(rects(layout.bands.find((b) => b.grade === 'inadequate')!.d)).toBe(2);
    expect(rects(layout.ticks)).toBe(6);
  });

  it('ends the county council’s grade at its abolition, and joins its line of succession', () => {
    const layout = layoutHistory(rows, { surface: 'page', width: 1180 });
    const d = layout.bands.find((b) => b.grade === 'inadequate')!.d;
    const x = (day: string) =>
      layout.plotLeft +
      ((Date.parse(day) - Date.parse('2012-01-01')) /
        (Date.parse('2027-01-01') - Date.parse('2012-01-01'))) *
        (layout.plotRight - layout.plotLeft);
    // The county council's band is the one that starts on 1 January 2019 and stops at 1 April 2021.
    const widths = [...d.matchAll(/M([\d.]+),[\d.]+h([\d.]+)/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    const band = widths.find(([start]) => Math.abs(start! - x('2019-01-01')) < 0.01)!;
    expect(band[0]! + band[1]!).toBeCloseTo(x('2021-04-01'), 1);
    expect(layout.succession).toMatchObject({ y1: layout.rows[2]!.y + 1 });
    expect(layout.succession!.y2).toBe(layout.rows[3]!.y + layout.rows[3]!.height - 1);
  });

  it('wraps a name wider than the column allows onto more lines, never shortening it', () => {
    const width = Math.ceil(estimateTextWidth(LONG, LABEL_SIZE) / 2) + 10;
    const lines = nameLines(LONG, width, LABEL_SIZE, false);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(LONG);
    for (const l of lines) expect(nameWidth(l, LABEL_SIZE, false)).toBeLessThanOrEqual(width);
    expect(nameLines('York', width, LABEL_SIZE, false)).toEqual(['York']);
  });

  it('writes the months between reports in a heading row, in 12 px text', () => {
    const layout = layoutHistory(rows, {
      surface: 'page',
      width: 1180,
      headings: new Set(['b']),
      roomy: true,
    });
    const heading = layout.rows[1]!;
    expect(heading.heading).toBe(true);
    expect(heading.label!.fontSize).toBe(HEADING_SIZE);
    expect(heading.gaps.map((g) => g.text)).toEqual(['53 mo']);
    expect(heading.gaps[0]!.y).toBeLessThanOrEqual(heading.bandY + heading.bandHeight);
  });

  it('leaves names out of the briefing’s small picture of every authority (they are in its table)', () => {
    const layout = layoutHistory(rows, { surface: 'compact', width: 400 });
    expect(layout.rows.every((p) => p.label === null)).toBe(true);
  });
});
