/**
 * The governance diagram's geometry, pure and deterministic. Wide: tiers as rows on a grid where
 * every body the data has keeps one slot on every date, so the eye can follow what changed;
 * edges are routed clear of nodes and labelled in the channels. Narrow: a vertical list, each
 * body with its relationships in words.
 */
import { estimateTextWidth, measureText, wrapText } from '../shared/textMetrics';
import { routeEdges, type Route } from './routeEdges';
import {
  TIER_LABELS,
  TIERS,
  type Tier,
  type Box,
  type DiagramModel,
  type DiagramNode,
  type PlacedEdge,
  type PlacedGovernance,
  type PlacedLabel,
  type PlacedNode,
  type PlacedText,
  type PlacedTier,
} from './types';
import { compareIds } from '../../domain/compare';

export interface LayoutOptions {
  width: number;
  /** Below this width the list layout is used. */
  listBelow?: number;
  /**
   * A 16:9 slide's logical frame height: the slide arrangement (tiers as columns, bodies stacked
   * in each, relationships in the table) that fits width × height in 12 px type.
   */
  slideHeight?: number;
}

const PAD = 4;
const CAPTION = 20;
/**
 * Between a tier's caption and its boxes: a line entering a box from above passes behind the
 * caption, and its arrowhead must be clear of it.
 */
const ARROW_ROOM = 10;
const FONT = 12;
/**
 * Line pitch inside a box. A 12 px line of text is about 14 px tall as drawn, so separate texts
 * stacked at this pitch (the "New" badge, the name, the end note) never touch.
 */
const LINE = 15;
const NODE_PAD = 7;
const MIN_NODE_HEIGHT = 44;
const LABEL_HEIGHT = 16;
/** A label's distance from the edges of its channel: more than the 2 px kept between labels. */
const LABEL_MARGIN = 3;
/** A channel is never shallower than this, nor grown past the largest. */
const MIN_CHANNEL = 40;
const MAX_CHANNEL = 260;
const CHANNEL_STEP = 18;
const TRACK_GAP = 7;
/** The list layout's names are a size larger, at this pitch. */
const LIST_NAME_LINE = 16;
/** Room kept for a "New" badge beside a name in the list layout. */
const NEW_BADGE = 36;

export const overlaps = (a: Box, b: Box, margin = 0): boolean =>
  a.x < b.x + b.width + margin &&
  b.x < a.x + a.width + margin &&
  a.y < b.y + b.height + margin &&
  b.y < a.y + a.height + margin;

export function layoutGovernance(
  model: DiagramModel,
  { width, listBelow = 600, slideHeight }: LayoutOptions,
): PlacedGovernance {
  if (slideHeight !== undefined) {
    // The largest type that fits every body with every word whole: a frame that is scaled up less
    // (the presenter's chart beside its notes) still reads from the back of the room. Failing
    // that, the largest that fits every body; never below the page's 12 px.
    const tries = Array.from({ length: SLIDE_MAX_FONT - FONT + 1 }, (_, i) =>
      layoutSlide(model, width, slideHeight, SLIDE_MAX_FONT - i),
    );
    return (
      tries.find((t) => t.hidden === 0 && t.broken === 0) ??
      tries.find((t) => t.hidden === 0) ??
      tries.at(-1)!
    ).placed;
  }
  return width < listBelow ? layoutList(model, width) : layoutGraph(model, width);
}

/** The tiers that have a body on the date, top to bottom: a tier with none is not drawn. */
export function visibleTiers(model: DiagramModel): Tier[] {
  const placed = new Set(model.slots.map((s) => s.id));
  return TIERS.filter((t) => model.nodes.some((n) => n.tier === t && placed.has(n.id)));
}

/** The lines of text in a graph node: its name (bold), then its end note, if any. */
function nodeLines(node: DiagramNode, nodeWidth: number, font = FONT) {
  const inner = Math.max(1, nodeWidth - 12);
  return {
    // Only a body firmly in force has its name in bold (see _governance.scss).
    lines: wrapText(node.label, inner, font, node.status === 'yes' ? 700 : 400),
    endLines: node.end ? wrapText(node.end.brief, inner, font) : [],
  };
}

function layoutGraph(model: DiagramModel, width: number): PlacedGovernance {
  const slotOf = new Map(model.slots.map((s) => [s.id, s] as const));
  const slotCount = new Map(
    TIERS.map((tier) => [
      tier,
      1 + Math.max(-1, ...model.slots.filter((s) => s.tier === tier).map((s) => s.index)),
    ]),
  );
  const slotsIn = (tier: Tier) => slotCount.get(tier)!;
  // As many columns as the widest tier has slots, on every date: a body keeps its column.
  const columns = Math.max(1, ...TIERS.map(slotsIn));
  const colWidth = (width - PAD * 2) / columns;
  // Thousands of bodies leave columns a few pixels wide: the gutter gives way so a node never has
  // a negative width (Chromium logs "<rect> attribute width: A negative value").
  const gutter = Math.min(Math.max(14, Math.round(colWidth * 0.1)), colWidth / 4);
  const nodeWidth = Math.max(1, colWidth - gutter);
  // A tier of n slots spreads over the grid's columns, the same way on every date.
  const columnOf = (index: number, n: number) =>
    n <= 1 ? Math.floor((columns - 1) / 2) : Math.round((index * (columns - 1)) / (n - 1));

  const rows = visibleTiers(model);
  const members = model.nodes.flatMap((node) => {
    const slot = slotOf.get(node.id);
    if (!slot) return [];
    const text = nodeLines(node, nodeWidth);
    const count = (node.isNew ? 1 : 0) + text.lines.length + text.endLines.length;
    return [
      {
        node,
        row: rows.indexOf(slot.tier),
        x: PAD + columnOf(slot.index, slotsIn(slot.tier)) * colWidth + gutter / 2,
        ...text,
        height: Math.max(MIN_NODE_HEIGHT, NODE_PAD * 2 + count * LINE),
      },
    ];
  });
  // Every box in a row is as tall as the tallest, so the row reads as one band.
  const rowHeight = rows.map((_, r) =>
    Math.max(MIN_NODE_HEIGHT, ...members.filter((m) => m.row === r).map((m) => m.height)),
  );

  const build = (channelHeights: readonly number[]) => {
    const tops: number[] = [];
    const channels: { top: number; bottom: number }[] = [];
    let y = PAD;
    rows.forEach((_, r) => {
      tops.push(y);
      y += CAPTION + ARROW_ROOM + rowHeight[r]!;
      if (r < rows.length - 1) {
        channels.push({ top: y, bottom: y + channelHeights[r]! });
        y += channelHeights[r]!;
      }
    });
    const tiers: PlacedTier[] = rows.map((tier, r) => ({
      tier,
      label: TIER_LABELS[tier],
      x: 0,
      y: tops[r]!,
      width,
      height: CAPTION + ARROW_ROOM + rowHeight[r]!,
      caption: toCaption(TIER_LABELS[tier], tops[r]!),
    }));
    const nodes: PlacedNode[] = members.map((m) => {
      const y = tops[m.row]! + CAPTION + ARROW_ROOM;
      const h = rowHeight[m.row]!;
      const cx = m.x + nodeWidth / 2;
      // The badge, the name and the end note, stacked and centred in the box.
      const stack: Pick<PlacedText, 'text' | 'role'>[] = [
        ...(m.node.isNew ? [{ text: 'New', role: 'new' as const }] : []),
        ...m.lines.map((text) => ({ text, role: 'name' as const })),
        ...m.endLines.map((text) => ({ text, role: 'end' as const })),
      ];
      const first = y + (h - stack.length * LINE) / 2 + LINE / 2 + FONT * 0.35;
      return {
        ...m.node,
        x: m.x,
        y,
        width: nodeWidth,
        height: h,
        lines: m.lines,
        endLines: m.endLines,
        details: [],
        texts: stack.map((t, i) => ({ ...t, x: cx, y: first + i * LINE, anchor: 'middle' })),
      };
    });
    return { tiers, nodes, channels, height: y + PAD };
  };

  const grid = (nodes: readonly PlacedNode[], channels: { top: number; bottom: number }[]) => ({
    gutters: Array.from({ length: columns - 1 }, (_, i) => PAD + (i + 1) * colWidth),
    channels,
    rowOf: new Map(nodes.map((n) => [n.id, rows.indexOf(n.tier)] as const)),
    trackGap: TRACK_GAP,
  });

  // Each channel starts shallow and deepens until its lines have their own tracks and its labels
  // a clear spot, in full, or it reaches the deepest allowed; what still does not fit is listed
  // under the diagram.
  // A file with more bodies than a reader could take in (a hostile one) is laid out once, with
  // every channel at its deepest: trying each depth in turn would cost seconds.
  const depth = rows
    .slice(0, -1)
    .map((): number => (members.length > 60 ? MAX_CHANNEL : MIN_CHANNEL));
  for (let round = 0; ; round++) {
    const geometry = build(depth);
    const { routes, tracks } = routeEdges(
      model.edges,
      geometry.nodes,
      grid(geometry.nodes, geometry.channels),
    );
    // Tracks fan out from the middle, so the deeper half holds ceil((n - 1) / 2) of them; the
    // rest is room for arrowheads at either side.
    let grew = false;
    tracks.forEach((n, c) => {
      const need = 2 * Math.ceil((n - 1) / 2) * TRACK_GAP + 28;
      if (depth[c]! < need) {
        depth[c] = need;
        grew = true;
      }
    });
    if (grew && round < 40) continue;
    const edges = placeLabels(routes, width, geometry.channels);
    const short = edges.filter((e) => e.placedLabel?.text !== e.label);
    const crowded = new Set(
      routes
        .filter((r) => short.some((e) => e.id === r.edge.id))
        .flatMap((r) => r.runs.map((run) => run.channel))
        .filter((c) => depth[c]! < MAX_CHANNEL),
    );
    if (crowded.size === 0 || round > 40) {
      return {
        mode: 'graph',
        width,
        height: geometry.height,
        tiers: geometry.tiers,
        nodes: geometry.nodes,
        edges,
        unlabelled: short,
        fontSize: FONT,
        lineHeight: LINE,
      };
    }
    for (const c of crowded) depth[c] = Math.min(MAX_CHANNEL, depth[c]! + CHANNEL_STEP);
  }
}

/**
 * Each label goes on one of its edge's runs in a channel: the first spot that is clear of nodes,
 * tier captions and labels already placed, trying on the line before beside it, and the middle of
 * a run before its ends. The edges with the shortest runs choose first: they have the fewest spots
 * that still read as theirs, and an edge with a long run can always move along it.
 */
function placeLabels(
  routes: readonly Route[],
  width: number,
  channels: readonly { top: number; bottom: number }[],
): PlacedEdge[] {
  const placed: Box[] = [];
  const h = LABEL_HEIGHT;
  // Nodes and tier captions lie outside the channels, and a label keeps LABEL_MARGIN px inside its
  // channel, so only the labels already placed can be in its way.
  const isClear = (box: Box) => !placed.some((o) => overlaps(box, o, 2));
  const findSpot = (route: Route, text: string): PlacedLabel | null => {
    const w = estimateTextWidth(text, FONT) + 8;
    const runs = [...route.runs].sort((a, b) => b.x2 - b.x1 - (a.x2 - a.x1));
    const deepest = Math.max(0, ...runs.map((r) => maxShift(channels[r.channel]!, h)));
    for (const shift of fromZero(deepest)) {
      for (const run of runs) {
        const ch = channels[run.channel]!;
        const y = run.y - h / 2 + shift * (h / 2 + 1);
        if (y < ch.top + LABEL_MARGIN || y + h > ch.bottom - LABEL_MARGIN) continue;
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
  const boxWidth = Math.max(1, width - PAD * 2);
  const inner = Math.max(1, boxWidth - 16);
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
      // The first line of the name keeps clear of the "New" badge at the box's top right.
      const lines = wrapText(node.label, inner - (node.isNew ? NEW_BADGE : 0), FONT + 1, 700);
      const endLines = node.end ? wrapText(node.end.brief, inner, FONT) : [];
      const details = model.edges
        .filter((e) => e.from === node.id)
        .flatMap((e) =>
          wrapText(
            `→ ${e.verb} ${nameOf.get(e.to) ?? e.to}${e.note ? ` (${e.note})` : ''}`,
            inner,
            FONT,
          ),
        );
      const texts: PlacedText[] = [];
      let baseline = y + 18;
      if (node.isNew)
        texts.push({ text: 'New', x: PAD + boxWidth - 6, y: baseline, role: 'new', anchor: 'end' });
      for (const text of lines) {
        texts.push({ text, x: PAD + 8, y: baseline, role: 'name', anchor: 'start' });
        baseline += LIST_NAME_LINE;
      }
      for (const text of endLines) {
        texts.push({ text, x: PAD + 8, y: baseline, role: 'end', anchor: 'start' });
        baseline += LINE;
      }
      if (details.length) baseline += 3;
      for (const text of details) {
        texts.push({ text, x: PAD + 8, y: baseline, role: 'detail', anchor: 'start' });
        baseline += LINE;
      }
      const height = baseline - y - 4;
      nodes.push({
        ...node,
        x: PAD,
        y,
        width: boxWidth,
        height,
        lines,
        endLines,
        details,
        texts,
      });
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
    unlabelled: [],
    fontSize: FONT,
    lineHeight: LINE,
  };
}

/** Between a slide column's caption and its first box, and between boxes. */
const SLIDE_GAP = 6;
/** The largest type a slide tries first, in logical px (about 43 px on a 1920 × 1080 slide). */
const SLIDE_MAX_FONT = 17;

/**
 * A 16:9 slide: the tiers as columns, left to right in their usual order, each body a box stacked
 * in its tier's column in its slot order. No relationship is drawn (on a frame this size their
 * verbs would not fit in type a room can read): a note inside the picture says how many there are
 * and that they are in the table. A body that does not fit its column is left out and counted in
 * the same note, never shrunk or cut.
 */
function layoutSlide(
  model: DiagramModel,
  width: number,
  height: number,
  font: number,
): { placed: PlacedGovernance; hidden: number; broken: number } {
  const line = Math.round(font * 1.25);
  const nodePad = Math.round(font * 0.5);
  const NOTE_HEIGHT = line + 5;
  const slotOf = new Map(model.slots.map((s) => [s.id, s] as const));
  const columns = visibleTiers(model);
  // Each column is at least as wide as its longest word needs (a name, an end note or its
  // caption), and shares what is left equally: a tier of short names gives room to one of long
  // ones ("Northamptonshire") before any word has to break.
  const available = width - PAD * 2;
  const even = available / Math.max(1, columns.length);
  const gutter = Math.min(12, even / 4);
  const longestWord = (text: string, weight: 400 | 700) =>
    Math.max(0, ...text.split(/\s+/).map((w) => measureText(w, font, weight)));
  const need = columns.map((tier) =>
    Math.ceil(
      Math.max(
        longestWord(TIER_LABELS[tier], 700) + 6,
        ...model.nodes
          .filter((n) => n.tier === tier && slotOf.has(n.id))
          .map(
            (n) =>
              Math.max(
                longestWord(n.label, n.status === 'yes' ? 700 : 400),
                n.end ? longestWord(n.end.brief, 400) : 0,
              ) +
              12 +
              gutter,
          ),
      ),
    ),
  );
  const spare = available - need.reduce((a, b) => a + b, 0);
  const widths = spare >= 0 ? need.map((n) => n + spare / columns.length) : columns.map(() => even);
  const lefts = widths.map((_, c) => PAD + widths.slice(0, c).reduce((a, b) => a + b, 0));
  const bottom = height - PAD - NOTE_HEIGHT;
  const tiers: PlacedTier[] = [];
  const nodes: PlacedNode[] = [];
  let hidden = 0;
  // Texts whose wrapping had to break a word ("Northamptonshir-e"): a smaller type is better.
  let broken = 0;
  const whole = (text: string, lines: readonly string[]) =>
    lines.join(' ') === text.split(/\s+/).filter(Boolean).join(' ');
  columns.forEach((tier, c) => {
    const x = lefts[c]!;
    const colWidth = widths[c]!;
    const boxWidth = Math.max(1, colWidth - gutter);
    const label = TIER_LABELS[tier];
    // A caption too long for its column wraps onto a second line rather than running into the next.
    const captionLines = wrapText(label, Math.max(1, colWidth - 6), font, 700);
    if (!whole(label, captionLines)) broken++;
    const captionHeight = captionLines.length * line + 5;
    let y = PAD + captionHeight + SLIDE_GAP;
    const members = model.nodes
      .filter((n) => n.tier === tier && slotOf.has(n.id))
      .sort((a, b) => slotOf.get(a.id)!.index - slotOf.get(b.id)!.index);
    for (const node of members) {
      const { lines, endLines } = nodeLines(node, boxWidth, font);
      if (!whole(node.label, lines) || (node.end && !whole(node.end.brief, endLines))) broken++;
      const stack: Pick<PlacedText, 'text' | 'role'>[] = [
        ...(node.isNew ? [{ text: 'New', role: 'new' as const }] : []),
        ...lines.map((text) => ({ text, role: 'name' as const })),
        ...endLines.map((text) => ({ text, role: 'end' as const })),
      ];
      const h = nodePad * 2 + stack.length * line;
      if (y + h > bottom) {
        hidden++;
        continue;
      }
      const first = y + nodePad + line / 2 + font * 0.35;
      nodes.push({
        ...node,
        x: x + gutter / 2,
        y,
        width: boxWidth,
        height: h,
        lines,
        endLines,
        details: [],
        texts: stack.map((t, i) => ({
          ...t,
          x: x + colWidth / 2,
          y: first + i * line,
          anchor: 'middle',
        })),
      });
      y += h + SLIDE_GAP;
    }
    tiers.push({
      tier,
      label,
      x: x + 1,
      y: PAD,
      width: colWidth - 2,
      height: bottom - PAD,
      caption: {
        x: x + 2,
        y: PAD + 2,
        width: Math.min(
          colWidth - 4,
          Math.max(...captionLines.map((l) => estimateTextWidth(l, font, 700))) + 8,
        ),
        height: captionHeight - 2,
      },
      captionLines,
    });
  });
  const count = model.edges.length;
  const parts = [
    count > 0 ? `${count} ${count === 1 ? 'relationship' : 'relationships'}` : '',
    hidden > 0 ? `${hidden} more ${hidden === 1 ? 'body' : 'bodies'}` : '',
  ].filter(Boolean);
  const noteText = parts.length ? `${parts.join(' and ')} in the table` : '';
  const note = noteText ? wrapText(noteText, width - PAD * 2, font)[0]! : null;
  const placed: PlacedGovernance = {
    mode: 'slide',
    width,
    height,
    tiers,
    nodes,
    edges: [],
    unlabelled: [],
    note: note
      ? { text: note, x: PAD + 2, y: height - PAD - 5, role: 'detail', anchor: 'start' }
      : null,
    fontSize: font,
    lineHeight: line,
  };
  // A note too long for one line counts as not fitting: the next smaller type is tried.
  const noteFits = !noteText || wrapText(noteText, width - PAD * 2, font).length === 1;
  return { placed, hidden: hidden + (noteFits ? 0 : 1), broken };
}
