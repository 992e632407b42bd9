import { describe, expect, it } from 'vitest';
import { makeInspection } from '../../tests/fixtures/inspection';
import { countMovements, getAreaGrade, toAreaFlows, toFlowGraph } from './flows';

const sif = makeInspection({
  id: 'sif',
  type: 'sif',
  framework: 'sif',
  published: '2016-04',
  overall: 'requires-improvement',
});
const ilacs = makeInspection({
  id: 'ilacs',
  published: '2019-07-29',
  overall: 'inadequate',
  judgements: [
    { area: 'help-and-protection', label: 'Help and protection', grade: 'inadequate' },
    { area: 'leadership', label: 'Leaders', grade: 'requires-improvement' },
  ],
});
const later = makeInspection({
  id: 'later',
  subject: 'north-northamptonshire-council',
  published: '2022-11-25',
  overall: 'requires-improvement',
  judgements: [
    { area: 'help-and-protection', label: 'Help and protection', grade: 'requires-improvement' },
    { area: 'leadership', label: 'Leaders', grade: 'requires-improvement' },
  ],
});

describe('getAreaGrade', () => {
  it.each([
    ['overall', 'inadequate'],
    ['help-and-protection', 'inadequate'],
    ['care-leavers', null],
  ] as const)('%s → %s', (area, grade) => expect(getAreaGrade(ilacs, area)).toBe(grade));
});

describe('toAreaFlows', () => {
  it('reads rose, fell and stayed on the rungs', () => {
    const { flows, ungraded } = toAreaFlows({ id: 'p', before: ilacs, after: later });
    expect(flows.map((f) => [f.area, f.before, f.after, f.movement])).toEqual([
      ['overall', 'inadequate', 'requires-improvement', 'rose'],
      ['help-and-protection', 'inadequate', 'requires-improvement', 'rose'],
      ['leadership', 'requires-improvement', 'requires-improvement', 'stayed'],
    ]);
    expect(ungraded).toEqual(['children-in-care', 'care-leavers']);
  });

  it('flows from "not recorded" where the earlier report’s area grades are not known', () => {
    const { flows } = toAreaFlows({ id: 'p', before: sif, after: ilacs });
    expect(flows.map((f) => [f.area, f.movement])).toEqual([
      ['overall', 'fell'],
      ['help-and-protection', 'unknown'],
      ['leadership', 'unknown'],
    ]);
  });

  it('marks adequate → requires improvement as a framework break, not as the same grade', () => {
    const before = makeInspection({
      id: 'b',
      framework: 'pre-sif',
      published: '2013-05',
      overall: 'adequate',
    });
    const after = makeInspection({
      id: 'a',
      framework: 'sif',
      published: '2016-04',
      overall: 'requires-improvement',
    });
    expect(toAreaFlows({ id: 'p', before, after }).flows[0]).toMatchObject({
      movement: 'stayed',
      frameworkBreak: true,
    });
  });

  it('gives no flows when neither report grades anything', () => {
    const blank = makeInspection({ id: 'blank', overall: null });
    expect(toAreaFlows({ id: 'p', before: blank, after: blank }).flows).toEqual([]);
  });
});

describe('toFlowGraph', () => {
  it('makes one node per side and grade, best first, and one link per area', () => {
    const { flows } = toAreaFlows({ id: 'p', before: sif, after: ilacs });
    const graph = toFlowGraph(flows);
    expect(graph.nodes.map((n) => n.id)).toEqual([
      'before:requires-improvement',
      'before:not-recorded',
      'after:requires-improvement',
      'after:inadequate',
    ]);
    expect(graph.links.map((l) => [l.source, l.target])).toEqual([
      ['before:requires-improvement', 'after:inadequate'],
      ['before:not-recorded', 'after:inadequate'],
      ['before:not-recorded', 'after:requires-improvement'],
    ]);
    expect(countMovements(flows)).toEqual({ rose: 0, fell: 1, stayed: 0, unknown: 2 });
  });

  it('is empty for no flows', () => {
    expect(toFlowGraph([])).toEqual({ nodes: [], links: [] });
  });
});
