/**
 * The flow diagram's geometry: grades of the earlier inspection on the left, of the later one on
 * the right, one band per judgement area between them. d3-sankey lays it out; it mutates what it
 * is given, so it gets copies and the view-model stays as it was.
 */
import { sankey, type SankeyLink, type SankeyNode } from 'd3-sankey';
import type { FlowLink, FlowNode } from '../../domain/flows';
import { compareIds } from '../../domain/compare';

export interface PlacedFlowNode {
  node: FlowNode;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  count: number;
}

export interface PlacedFlowLink {
  link: FlowLink;
  /** A closed band from the source node to the target node. */
  path: string;
  /** Where the band leaves its source: for the label. */
  labelX: number;
  labelY: number;
  /** How wide the label may be before it reaches the target node (and its label). */
  labelRoom: number;
  thickness: number;
}

export interface PlacedFlows {
  width: number;
  height: number;
  nodes: PlacedFlowNode[];
  links: PlacedFlowLink[];
  labelWidth: number;
}

const BAND = 30;
const GAP = 14;
const NODE_WIDTH = 14;

type N = FlowNode & { id: string };
type L = { source: string; target: string; value: number; id: string };

/** A band between two vertical edges, eased by a horizontal cubic curve. */
export function band(x0: number, y0: number, x1: number, y1: number, thickness: number): string {
  const xm = (x0 + x1) / 2;
  const h = thickness / 2;
  return [
    `M${x0},${y0 - h}`,
    `C${xm},${y0 - h} ${xm},${y1 - h} ${x1},${y1 - h}`,
    `L${x1},${y1 + h}`,
    `C${xm},${y1 + h} ${xm},${y0 + h} ${x0},${y0 + h}`,
    'Z',
  ].join(' ');
}

export function layoutFlows(
  graph: { nodes: readonly FlowNode[]; links: readonly FlowLink[] },
  { width }: { width: number },
): PlacedFlows {
  // Room for the longest node label whole: "Not rec. (1)" narrow, "Requires improvement (3)" wide.
  const labelWidth = width < 520 ? 84 : 184;
  const perSide = Math.max(
    graph.nodes.filter((n) => n.side === 'before').length,
    graph.nodes.filter((n) => n.side === 'after').length,
  );
  const height = Math.max(80, graph.links.length * BAND + Math.max(0, perSide - 1) * GAP + 16);
  if (graph.links.length === 0) return { width, height, nodes: [], links: [], labelWidth };

  const layout = sankey<N, L>()
    .nodeId((n) => n.id)
    .nodeWidth(NODE_WIDTH)
    .nodePadding(GAP)
    .nodeSort((a, b) => a.order - b.order)
    .linkSort((a, b) => {
      const s = a.source as SankeyNode<N, L>;
      const t = b.source as SankeyNode<N, L>;
      const ta = a.target as SankeyNode<N, L>;
      const tb = b.target as SankeyNode<N, L>;
      return s.order - t.order || ta.order - tb.order || compareIds(a.id, b.id);
    })
    .extent([
      [labelWidth, 8],
      [width - labelWidth, height - 8],
    ]);
  const result = layout({
    nodes: graph.nodes.map((n) => ({ ...n })),
    links: graph.links.map((l) => ({ source: l.source, target: l.target, value: 1, id: l.id })),
  });

  const byId = new Map(graph.links.map((l) => [l.id, l] as const));
  const nodes = result.nodes.map((n) => ({
    node: graph.nodes.find((g) => g.id === n.id)!,
    x0: n.x0 ?? 0,
    x1: n.x1 ?? 0,
    y0: n.y0 ?? 0,
    y1: n.y1 ?? 0,
    count: n.value ?? 0,
  }));
  const links = (result.links as SankeyLink<N, L>[]).map((l) => {
    const source = l.source as SankeyNode<N, L>;
    const target = l.target as SankeyNode<N, L>;
    const thickness = l.width ?? 0;
    return {
      link: byId.get(l.id)!,
      path: band(source.x1 ?? 0, l.y0 ?? 0, target.x0 ?? 0, l.y1 ?? 0, thickness),
      labelX: (source.x1 ?? 0) + 6,
      labelY: (l.y0 ?? 0) + 4,
      labelRoom: (target.x0 ?? 0) - (source.x1 ?? 0) - 12,
      thickness,
    };
  });
  return { width, height, nodes, links, labelWidth };
}
