import { describe, expect, it } from 'vitest';
import { toRoundFlowGraph } from '../domain/roundFlows';
import { makeBenchAuthorities, toBenchEvents, toBenchSequences } from './benchData';

describe('toBenchEvents', () => {
  it('gives nothing for no rows', () => {
    expect(toBenchEvents([])).toMatchObject({ events: [], lanes: [] });
  });

  it('puts each category in its own lane, in order of first appearance, and sorts by date', () => {
    const { events, lanes, laneLabels } = toBenchEvents([
      { id: 'b', date: '2019-03-02', category: 'Letters', label: 'B' },
      { id: 'a', date: '2013-05-14', category: 'Inspections', label: 'A' },
      { id: 'c', date: '2013-05-14', category: 'Letters', label: 'C' },
    ]);
    expect(lanes).toEqual(['ofsted', 'dfe']);
    expect(laneLabels.ofsted).toBe('Letters');
    expect(laneLabels.dfe).toBe('Inspections');
    // Same day: input order is kept.
    expect(events.map((e) => [e.id, e.lane, e.start])).toEqual([
      ['a', 'dfe', '2013-05-14'],
      ['c', 'ofsted', '2013-05-14'],
      ['b', 'ofsted', '2019-03-02'],
    ]);
  });

  it('refuses a seventh category rather than merging it into a lane', () => {
    const rows = Array.from({ length: 7 }, (_, i) => ({
      id: String(i),
      date: '2015-01-01',
      category: `c${i}`,
      label: '',
    }));
    expect(() => toBenchEvents(rows)).toThrow(/seventh/);
  });
});

describe('synthetic authorities', () => {
  it('are seeded: the same seed gives the same grades', () => {
    expect(makeBenchAuthorities(153, 6, 7)).toEqual(makeBenchAuthorities(153, 6, 7));
    expect(makeBenchAuthorities(153, 6, 1)).toHaveLength(153);
  });

  it('flow between reports, a grade unknown never compared', () => {
    const graph = toRoundFlowGraph(
      toBenchSequences([
        { id: 'a', grades: ['good', 'inadequate'] },
        { id: 'b', grades: ['unknown', 'good'] },
      ]),
    );
    expect(graph.links.map((l) => [l.id, l.movement])).toEqual([
      ['r1.good.inadequate', 'fell'],
      ['r1.unknown.good', 'unknown'],
    ]);
  });
});
