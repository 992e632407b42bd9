/**
 * The geometry of the report-by-report flows: one column per report, a node per grade in each
 * column sized by how many authorities held it, and a band per move between successive reports
 * sized by how many made it. d3-sankey lays it out on copies, so the view-model is not mutated.
 */
import { sankey, type SankeyLink, type SankeyNode } from 'd3-sankey';
import type { RoundFlowGraph, RoundLink, RoundNode } from '../../domain/roundFlows';
import { band } from './layoutFlows';

export interface PlacedRoundNode {
  node: RoundNode;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export interface PlacedRoundLink {
  link: RoundLink;
  path: string;
  /** The middle of the band, where a marker goes. */
  midX: number;
  midY: number;
  thickness: number;
}

export interface PlacedRoundFlows {
  width: number;
  height: number;
  /** Each column's report number and its centre. */
  columns: { round: number; x: number }[];
  nodes: PlacedRoundNode[];
  links: PlacedRoundLink[];
  /** Too narrow for grade names beside the nodes: counts only, the table has the rest. */
  narrow: boolean;
}

const NODE_WIDTH = 12;
const HEADER = 28;

type N = { id: string; round: number; order: number };
type L = { source: string; target: string; value: number; id: string };

export function layoutRoundFlows(
  graph: RoundFlowGraph,
  { width, height = 420 }: { width: number; height?: number },
): PlacedRoundFlows {
  const narrow = width < 560;
  const empty = { width, height, columns: [], nodes: [], links: [], narrow };
  if (graph.nodes.length === 0) return empty;
  // Room for the last column's labels, which sit to its left like the others' sit to their right.
  const margin = 6;
  const layout = sankey<N, L>()
    .nodeId((n) => n.id)
    .nodeWidth(NODE_WIDTH)
    .nodePadding(narrow ? 6 : 10)
    .nodeAlign((n) => n.round - 1)
    .nodeSort((a, b) => a.order - b.order)
    .linkSort((a, b) => (a.target as SankeyNode<N, L>).order - (b.target as SankeyNode<N, L>).order)
    .extent([
      [margin, HEADER],
      [width - margin, height - 4],
    ]);
  const result = layout({
    nodes: graph.nodes.map((n) => ({ id: n.id, round: n.round, order: n.order })),
    links: graph.links.map((l) => ({
      source: `r${l.round}.${l.from}`,
      target: `r${l.round + 1}.${l.to}`,
      value: l.authorities.length,
      id: l.id,
    })),
  });
  const nodeById = new Map(graph.nodes.map((n) => [n.id, n] as const));
  const linkById = new Map(graph.links.map((l) => [l.id, l] as const));
  const nodes = result.nodes.map((n) => ({
    node: nodeById.get(n.id)!,
    x0: n.x0 ?? 0,
    x1: n.x1 ?? 0,
    y0: n.y0 ?? 0,
    y1: n.y1 ?? 0,
  }));
  const links = (result.links as SankeyLink<N, L>[]).map((l) => {
    const x0 = (l.source as SankeyNode<N, L>).x1 ?? 0;
    const x1 = (l.target as SankeyNode<N, L>).x0 ?? 0;
    const y0 = l.y0 ?? 0;
    const y1 = l.y1 ?? 0;
    const thickness = Math.max(1, l.width ?? 0);
    return {
      link: linkById.get(l.id)!,
      path: band(x0, y0, x1, y1, thickness),
      midX: (x0 + x1) / 2,
      midY: (y0 + y1) / 2,
      thickness,
    };
  });
  const columns = Array.from({ length: graph.rounds }, (_, i) => {
    const inColumn = nodes.find((n) => n.node.round === i + 1);
    return { round: i + 1, x: inColumn ? (inColumn.x0 + inColumn.x1) / 2 : margin };
  });
  return { width, height, columns, nodes, links, narrow };
}
