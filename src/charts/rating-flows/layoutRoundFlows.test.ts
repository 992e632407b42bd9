import { describe, expect, it } from 'vitest';
import { toBenchSequences, makeBenchAuthorities } from '../../bench/benchData';
import { toRoundFlowGraph } from '../../domain/roundFlows';
import { layoutRoundFlows } from './layoutRoundFlows';

const graph = toRoundFlowGraph(toBenchSequences(makeBenchAuthorities(153, 6, 3)));

describe('the report-by-report flows layout', () => {
  for (const width of [320, 640, 960]) {
    it(`keeps every node and band inside ${width} px, one column per report, nodes apart`, () => {
      const placed = layoutRoundFlows(graph, { width });
      expect(placed.columns.map((c) => c.round)).toEqual([1, 2, 3, 4, 5, 6]);
      for (const n of placed.nodes) {
        expect(n.x0).toBeGreaterThanOrEqual(0);
        expect(n.x1).toBeLessThanOrEqual(width);
        expect(n.y0).toBeGreaterThanOrEqual(0);
        expect(n.y1).toBeLessThanOrEqual(placed.height);
      }
      for (let r = 1; r <= 6; r++) {
        const column = placed.nodes.filter((n) => n.node.round === r).sort((a, b) => a.y0 - b.y0);
        expect(new Set(column.map((n) => n.x0)).size).toBe(1);
        for (let i = 1; i < column.length; i++)
          expect(column[i]!.y0).toBeGreaterThanOrEqual(column[i - 1]!.y1);
        // Best grade at the top, what is not a grade at the bottom.
        expect(column.map((n) => n.node.order)).toEqual(
          [...column.map((n) => n.node.order)].sort((a, b) => a - b),
        );
      }
      expect(placed.links).toHaveLength(graph.links.length);
      // Band thickness follows the count: twice the authorities, about twice as thick.
      const [thin, thick] = [...placed.links]
        .sort((a, b) => a.link.authorities.length - b.link.authorities.length)
        .filter((_, i, all) => i === 0 || i === all.length - 1);
      expect(thick!.thickness / thin!.thickness).toBeCloseTo(
        thick!.link.authorities.length / thin!.link.authorities.length,
        0,
      );
    });
  }

  it('draws nothing, without failing, for no data', () => {
    expect(
      layoutRoundFlows({ rounds: 0, nodes: [], links: [], total: 0 }, { width: 640 }).links,
    ).toEqual([]);
  });
});
