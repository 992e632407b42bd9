import { describe, expect, it } from 'vitest';
import { BODIES, makeInspection } from '../../tests/fixtures/inspection';
import { toAreaFlows } from './flows';
import { summariseFlows, summariseLadder } from './transitionSummary';
import { toLadderAreas } from './transitions';

describe('summariseLadder', () => {
  it('says so when nothing is shown', () =>
    expect(summariseLadder([])).toBe('No judgement areas are shown.'));

  it('reads the series in date order with body and date, at the date’s precision', () => {
    const areas = toLadderAreas(
      [
        makeInspection({
          id: 'a',
          type: 'sif',
          framework: 'sif',
          published: '2016-04',
          overall: 'requires-improvement',
        }),
        makeInspection({ id: 'b', published: '2019-07-29', overall: 'inadequate' }),
        makeInspection({ id: 'v', graded: false, published: '2020-10' }),
      ],
      BODIES,
    ).filter((a) => a.area === 'overall' || a.area === 'fostering');
    expect(summariseLadder(areas)).toBe(
      'Overall effectiveness was last judged inadequate (29 July 2019), after requires improvement (April 2016). Overall effectiveness: requires improvement (County council, April 2016), then inadequate (County council, 29 July 2019); 1 ungraded visit. Fostering: no graded judgement recorded.',
    );
  });
});

describe('summariseFlows', () => {
  it('counts the movements and the comparisons it cannot make', () => {
    const before = makeInspection({
      id: 'a',
      type: 'sif',
      framework: 'sif',
      published: '2016-04',
      overall: 'requires-improvement',
    });
    const after = makeInspection({
      id: 'b',
      published: '2019-07-29',
      overall: 'inadequate',
      judgements: [{ area: 'leadership', label: 'L', grade: 'good' }],
    });
    const { flows } = toAreaFlows({ id: 'p', before, after });
    expect(summariseFlows(flows, '2016', '2019')).toBe(
      '0 areas rose, 1 fell, 0 stayed on the same rung. From 2016 to 2019. 1 cannot be compared because a grade is not recorded.',
    );
    expect(summariseFlows([], '2016', '2019')).toMatch(/Neither/);
  });
});

describe('summariseLadder with two successors', () => {
  it('reads two successors judged the same on the same day as one step', () => {
    const areas = toLadderAreas(
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
      BODIES,
    ).filter((a) => a.area === 'overall');
    expect(summariseLadder(areas)).toBe(
      'Overall effectiveness was last judged requires improvement (25 November 2022). Overall effectiveness: requires improvement (North Northamptonshire and West Northamptonshire, 25 November 2022).',
    );
  });
});
