import { describe, expect, it } from 'vitest';
import { BODIES, makeInspection } from '../../../tests/fixtures/inspection';
import { FRAMEWORK_ERAS } from '../../domain/ladderContext';
import { toHandovers, toLadderAreas } from '../../domain/transitions';
import { layoutLadder, markText } from './layoutLadder';

const layout = (inspections: Parameters<typeof toLadderAreas>[0], width = 900) =>
  layoutLadder({
    width,
    areas: toLadderAreas(inspections, BODIES),
    eras: FRAMEWORK_ERAS,
    handovers: toHandovers(BODIES),
    interventions: [],
  });

describe('layoutLadder', () => {
  it('draws seven empty panels for no inspections', () => {
    const placed = layout([]);
    expect(placed.panels).toHaveLength(7);
    expect(placed.panels.every((p) => p.marks.length === 0)).toBe(true);
    expect(placed.undatedX).toBeNull();
  });

  it('puts a worse grade lower and a later date further right', () => {
    const placed = layout([
      makeInspection({
        id: 'a',
        type: 'sif',
        framework: 'sif',
        published: '2016-04',
        overall: 'requires-improvement',
      }),
      makeInspection({ id: 'b', published: '2019-07-29', overall: 'inadequate' }),
    ]);
    const [ri, inad] = placed.panels[0]!.marks;
    expect(inad!.x).toBeGreaterThan(ri!.x);
    expect(inad!.y).toBeGreaterThan(ri!.y);
    expect(ri!.range).not.toBeNull(); // April 2016: a month, drawn as a span
    expect(inad!.range).toBeNull(); // a day
  });

  it('gives undated judgements their own column left of the axis, and unknown grades their own row', () => {
    const placed = layout([makeInspection({ id: 'u', overall: null })]);
    const mark = placed.panels[0]!.marks[0]!;
    expect(placed.undatedX).not.toBeNull();
    expect(mark.x).toBeLessThan(placed.left + mark.width);
    expect(placed.panels[0]!.unknownY).toBe(mark.y);
  });

  it('keeps two successors judged on one day side by side, not on top of each other', () => {
    const placed = layout(
      [
        makeInspection({
          id: 'n',
          subject: 'north-northamptonshire-council',
          published: '2022-11-25',
          overall: 'requires-improvement',
        }),
        makeInspection({
          id: 'w',
          subject: 'west-northamptonshire-council',
          published: '2022-11-25',
          overall: 'requires-improvement',
        }),
      ],
      375,
    );
    const [n, w] = placed.panels[0]!.marks;
    expect(Math.abs(n!.x - w!.x)).toBeGreaterThanOrEqual(n!.width);
    expect(placed.handovers.map((h) => h.label)).toEqual([
      'The trust (NCT)',
      'North Northamptonshire',
      'West Northamptonshire',
    ]);
  });

  it('labels marks by grade, never by colour alone', () => {
    expect(markText('adequate', 1)).toBe('Adeq');
    expect(markText('inadequate', 4)).toBe('Inad ×4');
    expect(markText(null, 1)).toBe('?');
  });
});

describe('layoutLadder: interventions named on the chart, and the as-at date', () => {
  const interventions = [
    ['2013-10-02', 'DfE direction'],
    ['2018-05-10', '2 appointments'],
    ['2018-11-30', 'DfE direction + 2 appointments'],
    ['2019-06-10', 'DfE direction'],
    ['2019-10-17', 'DfE direction + 2 appointments'],
    ['2020-11-01', 'reorganisation'],
    ['2021-04-01', 'reorganisation'],
    ['2022-01', 'appointment'],
  ].map(([date, short], i) => ({
    id: `intervention-${date}`,
    number: i + 1,
    date: date!,
    titles: [short!],
    milestoneIds: [`m${i}`],
    short: short!,
  }));
  const inspections = [
    makeInspection({ id: 'a', published: '2019-07-29', overall: 'inadequate' }),
    makeInspection({ id: 'b', published: '2022-11-25', overall: 'requires-improvement' }),
  ];
  const place = (width: number, asAt: string | null = null) =>
    layoutLadder({
      width,
      areas: toLadderAreas(inspections, BODIES),
      eras: FRAMEWORK_ERAS,
      handovers: toHandovers(BODIES),
      interventions,
      asAt: asAt ? { date: asAt, label: `As at ${asAt}` } : null,
    });

  it.each([1280, 960, 600, 343])(
    'at %i px, names each with its month and kind, inside the chart and apart from each other',
    (width) => {
      const placed = place(width);
      expect(placed.interventions.map((i) => i.label)).toEqual([
        'Oct 2013: DfE direction',
        'May 2018: 2 appointments',
        'Nov 2018: DfE direction + 2 appointments',
        'Jun 2019: DfE direction',
        'Oct 2019: DfE direction + 2 appointments',
        'Nov 2020: reorganisation',
        'Apr 2021: reorganisation',
        'Jan 2022: appointment',
      ]);
      for (const a of placed.interventions) {
        expect(a.box.x0).toBeGreaterThanOrEqual(0);
        expect(a.box.x1).toBeLessThanOrEqual(width);
        // The panels start below every label.
        expect(a.y).toBeLessThan(placed.plotTop);
        for (const b of placed.interventions) {
          if (a === b) continue;
          if (a.y === b.y) expect(a.box.x1 < b.box.x0 || b.box.x1 < a.box.x0).toBe(true);
        }
      }
    },
  );

  it('marks the as-at date and fades what came after it', () => {
    const placed = place(960, '2020-12-31');
    expect(placed.asAt).not.toBeNull();
    const [inad, ri] = placed.panels[0]!.marks;
    expect(placed.asAt!.x).toBeGreaterThan(inad!.x);
    expect(placed.asAt!.x).toBeLessThan(ri!.x);
    expect([inad!.faded, ri!.faded]).toEqual([false, true]);
    expect(placed.interventions.filter((i) => i.faded).map((i) => i.label)).toEqual([
      'Apr 2021: reorganisation',
      'Jan 2022: appointment',
    ]);
    expect(place(960).asAt).toBeNull();
  });
});
