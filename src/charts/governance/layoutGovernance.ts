/**
 * The governance diagram's geometry, pure and deterministic. Wide: tiers as rows on a grid where
 * every body the data has keeps one slot on every date, so the eye can follow what changed;
 * edges are routed clear of nodes and labelled in the channels. Narrow: a vertical list, each
 * body with its relationships in words.
 */
import { estimateTextWidth, wrapText } from '../shared/textMetrics';
import { routeEdges, type Route } from './routeEdges';
import {
  TIER_LABELS,
  TIERS,
  type Box,
  type DiagramModel,
  type DiagramNode,
  type PlacedEdge,
  type PlacedGovernance,
  type PlacedLabel,
  type PlacedNode,
  type PlacedTier,
} from './types';
import { compareIds } from '../../domain/compare';

export interface LayoutOptions {
  width: number;
  /** Below this width the list layout is used. */
  listBelow?: number;
}

const PAD = 4;
const CAPTION = 20;
const NODE_HEIGHT = 54;
const CHANNEL = 104;
const FONT = 12;
const LINE = 13;
const LABEL_HEIGHT = 15;
/** The width of a node's "New" badge at the chart's type size. */
const NEW_BADGE = 30;

export const overlaps = (a: Box, b: Box, margin = 0): boolean =>
  a.x < b.x + b.width + margin &&
  b.x < a.x + a.width + margin &&
  a.y < b.y + b.height + margin &&
  b.y < a.y + a.height + margin;

export function layoutGovernance(
  model: DiagramModel,
  { width, listBelow = 600 }: LayoutOptions,
): PlacedGovernance {
  return width < listBelow ? layoutList(model, width) : layoutGraph(model, width);
}

function layoutGraph(model: DiagramModel, width: number): PlacedGovernance {
  const columns = Math.max(1, ...TIERS.map((t) => model.slots.filter((s) => s.tier === t).length));
  const colWidth = (width - PAD * 2) / columns;
  // Thousands of bodies leave columns a few pixels wide: the gutter gives way so a node never has
  // a negative width (Chromium logs "<rect> attribute width: A negative value").
  const gutter = Math.min(Math.max(14, Math.round(colWidth * 0.12)), colWidth / 4);
  const nodeWidth = Math.max(1, colWidth - gutter);
  const rowTop = (row: number) => PAD + row * (CAPTION + NODE_HEIGHT + CHANNEL);
  const slotOf = new Map(model.slots.map((s) => [s.id, s] as const));
  const tierCount = (tier: string) => model.slots.filter((s) => s.tier === tier).length;

  // A tier of n bodies spreads over the grid's columns, the same way on every date.
  const columnOf = (index: number, n: number) =>
    n <= 1 ? Math.floor((columns - 1) / 2) : Math.round((index * (columns - 1)) / (n - 1));

  const tiers: PlacedTier[] = TIERS.map((tier, row) => ({
    tier,
    label: TIER_LABELS[tier],
    x: 0,
    y: rowTop(row),
    width,
    height: CAPTION + NODE_HEIGHT,
    caption: toCaption(TIER_LABELS[tier], rowTop(row)),
  }));
  const nodes: PlacedNode[] = model.nodes.flatMap((node) => {
    const slot = slotOf.get(node.id);
    if (!slot) return [];
    const row = TIERS.indexOf(slot.tier);
    const col = columnOf(slot.index, tierCount(slot.tier));
    return [
      {
        ...node,
        x: PAD + col * colWidth + gutter / 2,
        y: rowTop(row) + CAPTION,
        width: nodeWidth,
        height: NODE_HEIGHT,
        // A new body's name keeps clear of its "New" badge in the top right corner: its centred
        // lines are narrower by the badge's width on each side.
        lines: wrapText(
          node.label,
          nodeWidth - 10 - (node.isNew ? 2 * NEW_BADGE : 0),
          FONT,
          700,
        ).slice(0, 3),
        details: [],
      },
    ];
  });
  const grid = {
    gutters: Array.from({ length: columns - 1 }, (_, i) => PAD + (i + 1) * colWidth),
    channels: TIERS.slice(0, -1).map((_, row) => ({
      top: rowTop(row) + CAPTION + NODE_HEIGHT,
      bottom: rowTop(row + 1),
    })),
    rowOf: new Map(nodes.map((n) => [n.id, TIERS.indexOf(n.tier)] as const)),
    trackGap: 7,
  };
  const routes = routeEdges(model.edges, nodes, grid);
  const edges = placeLabels(
    routes,
    [...nodes, ...tiers.map((t) => t.caption)],
    width,
    grid.channels,
  );
  return {
    mode: 'graph',
    width,
    height: rowTop(TIERS.length - 1) + CAPTION + NODE_HEIGHT + PAD,
    tiers,
    nodes,
    edges,
    fontSize: FONT,
    lineHeight: LINE,
  };
}

/**
 * Each label goes on one of its edge's runs in a channel: the first spot that is clear of nodes,
 * tier captions and labels already placed, trying on the line before beside it, and the middle of
 * a run before its ends. The edges with the shortest runs choose first: they have the fewest spots
 * that still read as theirs, and an edge with a long run can always move along it.
 */
function placeLabels(
  routes: readonly Route[],
  obstacles: readonly Box[],
  width: number,
  channels: readonly { top: number; bottom: number }[],
): PlacedEdge[] {
  const placed: Box[] = [];
  const h = LABEL_HEIGHT;
  const isClear = (box: Box) =>
    !obstacles.some((o) => overlaps(box, o, 2)) && !placed.some((o) => overlaps(box, o, 2));
  const findSpot = (route: Route, text: string): PlacedLabel | null => {
    const w = estimateTextWidth(text, FONT) + 8;
    const runs = [...route.runs].sort((a, b) => b.x2 - b.x1 - (a.x2 - a.x1));
    const deepest = Math.max(0, ...runs.map((r) => maxShift(channels[r.channel]!, h)));
    for (const shift of fromZero(deepest)) {
      for (const run of runs) {
        const ch = channels[run.channel]!;
        const y = run.y - h / 2 + shift * (h / 2 + 1);
        if (y < ch.top + 1 || y + h > ch.bottom - 1) continue;
        for (const cx of centresAlong(run, w)) {
          const box = {
            x: Math.min(width - w - 1, Math.max(1, cx - w / 2)),
            y,
            width: w,
            height: h,
          };
          if (isClear(box)) return { ...box, text };
        }
      }
    }
    return null;
  };
  return [...routes]
    .sort((a, b) => longest(a) - longest(b) || compareIds(a.edge.id, b.edge.id))
    .map((route) => {
      // The full label where it has a clear spot; else its verb alone ("appoints"); else none: a
      // label is never drawn over another (issue 19). The line keeps its colour and arrowhead,
      // and the relationship is in words in the table and the bodies' details.
      const verb = route.edge.label.split(' · ')[0]!;
      const texts = verb === route.edge.label ? [verb] : [route.edge.label, verb];
      for (const text of texts) {
        const label = findSpot(route, text);
        if (label) {
          placed.push(label);
          return { ...route.edge, points: route.points, placedLabel: label };
        }
      }
      return { ...route.edge, points: route.points, placedLabel: null };
    })
    .sort((a, b) => compareIds(a.id, b.id));
}

/** Steps of half a label's height that still reach across the channel from any run in it. */
const maxShift = (ch: { top: number; bottom: number }, h: number) =>
  Math.ceil((ch.bottom - ch.top) / (h / 2 + 1));

/** 0, -1, 1, -2, 2, … up to ±n: nearest the line first. */
const fromZero = (n: number) => [
  0,
  ...Array.from({ length: n }, (_, i) => [-(i + 1), i + 1]).flat(),
];

/** Keeps a label on at least this much of its run, so it still reads as that line's. */
const MIN_ON_RUN = 12;
const ALONG_STEP = 8;

/**
 * Where to centre a label on a run, from the run's middle outwards in steps of ALONG_STEP px. A
 * label may overhang a run shorter than itself, so long as it still covers part of it: in a
 * crowded channel a few coarse spots on a short run are often all taken.
 */
function centresAlong(run: { x1: number; x2: number }, w: number): number[] {
  const mid = (run.x1 + run.x2) / 2;
  const reach = Math.max(0, (run.x2 - run.x1) / 2 + w / 2 - Math.min(MIN_ON_RUN, w / 2));
  const out = [mid];
  for (let d = ALONG_STEP; d <= reach; d += ALONG_STEP) out.push(mid - d, mid + d);
  return out;
}

const toCaption = (label: string, top: number): Box => ({
  x: PAD,
  y: top + 2,
  width: estimateTextWidth(label, FONT) + 8,
  height: CAPTION - 4,
});

const longest = (r: Route) => Math.max(0, ...r.runs.map((run) => run.x2 - run.x1));

/** Narrow screens: one column of bodies by tier, each with its relationships as lines of text. */
function layoutList(model: DiagramModel, width: number): PlacedGovernance {
  const slotOf = new Map(model.slots.map((s) => [s.id, s] as const));
  const nameOf = new Map(model.nodes.map((n) => [n.id, n.label] as const));
  const inner = Math.max(1, width - PAD * 2 - 16);
  const tiers: PlacedTier[] = [];
  const nodes: PlacedNode[] = [];
  let y = PAD;
  for (const tier of TIERS) {
    const members = model.nodes
      .filter((n) => n.tier === tier)
      .sort((a, b) => (slotOf.get(a.id)?.index ?? 0) - (slotOf.get(b.id)?.index ?? 0));
    if (members.length === 0) continue;
    const top = y;
    y += CAPTION;
    for (const node of members) {
      const lines = wrapText(node.label, inner, FONT + 1, 700);
      const details = model.edges
        .filter((e) => e.from === node.id)
        .flatMap((e) =>
          wrapText(
            `→ ${e.verb} ${nameOf.get(e.to) ?? e.to}${e.note ? ` (${e.note})` : ''}`,
            inner,
            FONT,
          ),
        );
      const height =
        10 + lines.length * (LINE + 1) + details.length * LINE + (details.length ? 4 : 0);
      nodes.push(
        toListNode(
          node,
          { x: PAD, y, width: Math.max(1, width - PAD * 2), height },
          lines,
          details,
        ),
      );
      y += height + 8;
    }
    tiers.push({
      tier,
      label: TIER_LABELS[tier],
      x: 0,
      y: top,
      width,
      height: y - top,
      caption: toCaption(TIER_LABELS[tier], top),
    });
    y += 6;
  }
  return {
    mode: 'list',
    width,
    height: y + PAD,
    tiers,
    nodes,
    edges: [],
    fontSize: FONT,
    lineHeight: LINE,
  };
}

const toListNode = (
  node: DiagramNode,
  box: Box,
  lines: string[],
  details: string[],
): PlacedNode => ({
  ...node,
  ...box,
  lines,
  details,
});
