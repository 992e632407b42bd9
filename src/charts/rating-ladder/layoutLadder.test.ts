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
