import { describe, expect, it } from 'vitest';
import { toFlowGraph, type AreaFlow } from '../../domain/flows';
import { layoutFlows } from './layoutFlows';

const flows: AreaFlow[] = [
  {
    area: 'overall',
    before: 'inadequate',
    after: 'requires-improvement',
    movement: 'rose',
    frameworkBreak: false,
  },
  {
    area: 'leadership',
    before: 'requires-improvement',
    after: 'requires-improvement',
    movement: 'stayed',
    frameworkBreak: false,
  },
  {
    area: 'help-and-protection',
    before: null,
    after: 'inadequate',
    movement: 'unknown',
    frameworkBreak: false,
  },
];

describe('layoutFlows', () => {
  it('lays out one band per area without changing the graph it is given (d3-sankey mutates its input)', () => {
    const graph = toFlowGraph(flows);
    const copy = structuredClone(graph);
    const placed = layoutFlows(graph, { width: 600 });
    expect(graph).toEqual(copy);
    expect(placed.links.map((l) => l.link.id).sort()).toEqual([
      'help-and-protection',
      'leadership',
      'overall',
    ]);
    expect(placed.links.every((l) => l.thickness > 0 && l.path.startsWith('M'))).toBe(true);
  });

  it('puts the earlier grades on the left and the later on the right, best first', () => {
    const placed = layoutFlows(toFlowGraph(flows), { width: 600 });
    const before = placed.nodes.filter((n) => n.node.side === 'before').sort((a, b) => a.y0 - b.y0);
    expect(before.map((n) => n.node.grade)).toEqual([
      'requires-improvement',
      'inadequate',
      'not-recorded',
    ]);
    expect(Math.max(...before.map((n) => n.x1))).toBeLessThan(
      Math.min(...placed.nodes.filter((n) => n.node.side === 'after').map((n) => n.x0)),
    );
  });

  it('is empty for no flows, with room for a message', () => {
    const placed = layoutFlows({ nodes: [], links: [] }, { width: 320 });
    expect(placed.links).toEqual([]);
    expect(placed.height).toBeGreaterThan(0);
  });
});
