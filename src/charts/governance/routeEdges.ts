/**
 * Orthogonal edge routes that never cross a node: lines leave a node's top or bottom into the
 * channel between tiers, run along it, and change tier only down the gutters between columns,
 * which no node occupies. Lines sharing a channel get their own track.
 */
import type { Box, DiagramEdge, PlacedNode } from './types';
import { compareIds } from '../../domain/compare';

export interface Grid {
  /** x of each gutter between columns (no node sits on one). */
  gutters: number[];
  /** Channel i lies between tier row i and row i + 1. */
  channels: { top: number; bottom: number }[];
  /** The tier row of each node id. */
  rowOf: Map<string, number>;
  trackGap: number;
}

export interface Route {
  edge: DiagramEdge;
  points: { x: number; y: number }[];
  /** The channel of each horizontal run, for label placement. */
  runs: { channel: number; y: number; x1: number; x2: number }[];
}

type Side = 'top' | 'bottom';
interface Plan {
  edge: DiagramEdge;
  a: PlacedNode;
  b: PlacedNode;
  aSide: Side;
  bSide: Side;
  /** Channel of the first run and of the last run (the same when only one). */
  c1: number;
  c2: number;
  gutter: number | null;
}

const centre = (box: Box) => box.x + box.width / 2;

export interface Routed {
  routes: Route[];
  /** How many tracks each channel needed: the channel must be deep enough to keep them apart. */
  tracks: number[];
}

export function routeEdges(
  edges: readonly DiagramEdge[],
  nodes: readonly PlacedNode[],
  grid: Grid,
): Routed {
  const byId = new Map(nodes.map((n) => [n.id, n] as const));
  const last = grid.channels.length;
  const plans: Plan[] = [];
  for (const edge of edges) {
    const a = byId.get(edge.from);
    const b = byId.get(edge.to);
    const ra = grid.rowOf.get(edge.from);
    const rb = grid.rowOf.get(edge.to);
    if (!a || !b || ra === undefined || rb === undefined || a === b) continue;
    if (ra === rb) {
      // Along the channel under the row (over it for the bottom row).
      const below = ra < last;
      const side: Side = below ? 'bottom' : 'top';
      const c = below ? ra : ra - 1;
      plans.push({ edge, a, b, aSide: side, bSide: side, c1: c, c2: c, gutter: null });
      continue;
    }
    const down = rb > ra;
    const c1 = down ? ra : ra - 1;
    const c2 = down ? rb - 1 : rb;
    let gutter: number | null = null;
    if (c1 !== c2) {
      const xa = centre(a);
      const xb = centre(b);
      gutter = grid.gutters.reduce(
        (best, g) => {
          const cost = Math.abs(g - xa) + Math.abs(g - xb) + Math.abs(g - xb) * 0.01;
          return cost < best.cost ? { g, cost } : best;
        },
        { g: grid.gutters[0] ?? xa, cost: Infinity },
      ).g;
    }
    plans.push({
      edge,
      a,
      b,
      aSide: down ? 'bottom' : 'top',
      bSide: down ? 'top' : 'bottom',
      c1,
      c2,
      gutter,
    });
  }

  // Spread the ports along each node side, ordered by where the line goes next.
  const ports = new Map<string, number>();
  const sides = new Map<string, { key: string; toward: number }[]>();
  const addPort = (node: PlacedNode, side: Side, key: string, toward: number) => {
    const k = `${node.id}|${side}`;
    sides.set(k, [...(sides.get(k) ?? []), { key, toward }]);
  };
  for (const p of plans) {
    addPort(p.a, p.aSide, `${p.edge.id}|a`, p.gutter ?? centre(p.b));
    addPort(p.b, p.bSide, `${p.edge.id}|b`, p.gutter ?? centre(p.a));
  }
  for (const [k, list] of sides) {
    const node = byId.get(k.split('|')[0]!)!;
    list.sort((x, y) => x.toward - y.toward || compareIds(x.key, y.key));
    list.forEach((item, i) =>
      ports.set(item.key, node.x + (node.width * (i + 1)) / (list.length + 1)),
    );
  }

  // Lanes in each gutter, so lines down the same gutter stay apart.
  const gutterUse = new Map<number, number>();
  const lane = (g: number) => {
    const n = gutterUse.get(g) ?? 0;
    gutterUse.set(g, n + 1);
    return g + (n % 2 === 0 ? 1 : -1) * Math.ceil(n / 2) * 5;
  };

  // Tracks: greedy interval colouring of each channel's runs.
  const used = new Map<number, { x1: number; x2: number; track: number }[]>();
  const track = (channel: number, x1: number, x2: number) => {
    const [lo, hi] = x1 < x2 ? [x1, x2] : [x2, x1];
    const list = used.get(channel) ?? [];
    let t = 0;
    while (list.some((u) => u.track === t && lo < u.x2 + 6 && hi > u.x1 - 6)) t++;
    list.push({ x1: lo, x2: hi, track: t });
    used.set(channel, list);
    const ch = grid.channels[channel]!;
    const mid = (ch.top + ch.bottom) / 2;
    // Tracks fan out from the middle of the channel, alternately up and down.
    const offset = (t % 2 === 0 ? 1 : -1) * Math.ceil(t / 2) * grid.trackGap;
    return Math.min(ch.bottom - 4, Math.max(ch.top + 4, mid + offset));
  };

  const sidesY = (node: PlacedNode, side: Side) => (side === 'top' ? node.y : node.y + node.height);
  const routes = plans.map((p): Route => {
    const xa = ports.get(`${p.edge.id}|a`)!;
    const xb = ports.get(`${p.edge.id}|b`)!;
    const ya = sidesY(p.a, p.aSide);
    const yb = sidesY(p.b, p.bSide);
    if (p.gutter === null) {
      const y = track(p.c1, xa, xb);
      return {
        edge: p.edge,
        points: [
          { x: xa, y: ya },
          { x: xa, y },
          { x: xb, y },
          { x: xb, y: yb },
        ],
        runs: [{ channel: p.c1, y, x1: Math.min(xa, xb), x2: Math.max(xa, xb) }],
      };
    }
    const gx = lane(p.gutter);
    const y1 = track(p.c1, xa, gx);
    const y2 = track(p.c2, gx, xb);
    return {
      edge: p.edge,
      points: [
        { x: xa, y: ya },
        { x: xa, y: y1 },
        { x: gx, y: y1 },
        { x: gx, y: y2 },
        { x: xb, y: y2 },
        { x: xb, y: yb },
      ],
      runs: [
        { channel: p.c1, y: y1, x1: Math.min(xa, gx), x2: Math.max(xa, gx) },
        { channel: p.c2, y: y2, x1: Math.min(gx, xb), x2: Math.max(gx, xb) },
      ],
    };
  });
  const tracks = grid.channels.map(
    (_, c) => 1 + Math.max(-1, ...(used.get(c) ?? []).map((u) => u.track)),
  );
  return { routes, tracks };
}
