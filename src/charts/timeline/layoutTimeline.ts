/**
 * Timeline events → placed marks for one size and zoom. Pure: no DOM, so it is tested at the
 * edges and benchmarked at 10,000 events. Dates are drawn at their own precision (a month is a
 * band over the month, never a day), unknown ends fade rather than stop at a made-up date, marks
 * that would overlap take extra rows within their lane, and stretches too dense for the rows are
 * drawn as counted clusters instead of a pile.
 */
import { formatPartialDateShort } from '../../domain/dates';
import type { TimelineEvent } from '../../domain/timeline';
import type { Lane } from '../../domain/types';
import { packLane, placeLabels, type Packable } from './packRows';
import { DAY, prepareEvents, type DayPeriod, type PreparedEvent } from './prepareEvents';
import type {
  PlacedCluster,
  PlacedDate,
  PlacedLane,
  PlacedMark,
  PlacedTimeline,
} from './timelineGeometry';
import { wrapText } from '../shared/textMetrics';
import { makeTimeTicks } from './timeTicks';

export interface TimelineLayoutOptions {
  width: number;
  /** The visible period, UTC ms: first instant and the instant after the end. */
  domain: readonly [number, number];
  /** The lanes shown, top to bottom. */
  lanes: readonly Lane[];
  laneLabels: Readonly<Record<Lane, string>>;
  /** The instant after the as-at day: marks from then on are faded. */
  asAt?: number | null;
  /** Narrow layout: lane names above their lanes, shorter labels. Default: width < 600. */
  compact?: boolean;
  rowHeight?: number;
  /** Rows per lane before a dense stretch becomes clusters. */
  maxRows?: number;
}

const DOT_R = 6;
const MIN_BAND = 8;
const TAIL_PX = 56;
const AXIS_HEIGHT = 30;
/** Room above the lanes for the as-at line's label. */
const TOP = 22;
const LANE_PAD = 6;
/** The lane names' font size (.app-tl__lane-label). */
const LANE_LABEL_SIZE = 13;
const GUTTER_WIDTH = 64;

/** Place events on the timeline. Events with no date go in a "Date unknown" column. */
export function layoutTimeline(
  events: readonly TimelineEvent[],
  options: TimelineLayoutOptions,
): PlacedTimeline {
  const { width, lanes, laneLabels } = options;
  const compact = options.compact ?? width < 600;
  const rowHeight = options.rowHeight ?? 24;
  const maxRows = options.maxRows ?? (compact ? 6 : 4);
  const [d0, d1] =
    options.domain[1] > options.domain[0]
      ? options.domain
      : [options.domain[0], options.domain[0] + DAY];
  const shown = new Set(lanes);
  const hasUndated = events.some((e) => e.start === null && shown.has(e.lane));
  const left = compact ? 8 : 176;
  const gutterWidth = hasUndated ? (compact ? 44 : GUTTER_WIDTH) : 0;
  const x0 = left;
  const x1 = Math.max(x0 + 40, width - 12 - gutterWidth);
  const k = (x1 - x0) / (d1 - d0);
  const x = (t: number) => x0 + (t - d0) * k;
  const asAt = options.asAt ?? null;
  const tailMs = TAIL_PX / k + DAY;

  const placeDate = (p: DayPeriod): PlacedDate => {
    if (!p.band) {
      const cx = x(p.from + DAY / 2);
      return { x0: cx - DOT_R, x1: cx + DOT_R, cx, band: false };
    }
    let a = x(p.from);
    let b = x(p.until);
    if (b - a < MIN_BAND) {
      const c = (a + b) / 2;
      a = c - MIN_BAND / 2;
      b = c + MIN_BAND / 2;
    }
    return { x0: a, x1: b, cx: (a + b) / 2, band: true };
  };

  const byLane = new Map<Lane, { marks: PlacedMark[]; undated: PlacedMark[] }>(
    lanes.map((l) => [l, { marks: [], undated: [] }]),
  );
  const prepared = prepareEvents(events);
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    const bucket = byLane.get(event.lane);
    if (!bucket) continue;
    const p = prepared[i]!;
    // Cheap test first: most of a large timeline is outside the view (tails reach TAIL_PX past a start).
    if (p.start && (p.from > d1 || p.until + tailMs < d0) && event.endStatus !== 'open') continue;
    if (!p.start) {
      const cx = x1 + gutterWidth / 2 + 6;
      const mark = emptyMark(event, { x0: cx - DOT_R, x1: cx + DOT_R, cx, band: false }, p);
      bucket.undated.push(mark);
      continue;
    }
    const mark = placeMark(event, p.start, placeDate, p);
    if (mark.x1 < x0 || mark.x0 > x1) continue;
    mark.faded = asAt !== null && p.start.from >= asAt;
    if (mark.tail && mark.tail.kind === 'open') mark.tail.x1 = Math.max(mark.tail.x1, x1);
    mark.x1 = Math.max(mark.x1, mark.tail?.x1 ?? mark.x1);
    bucket.marks.push(mark);
  }

  const placedLanes: PlacedLane[] = [];
  const marks: PlacedMark[] = [];
  const clusters: PlacedCluster[] = [];
  const clusterOf = new Map<string, string>();
  const header = compact ? 18 : 0;
  let top = TOP;
  for (const lane of lanes) {
    const bucket = byLane.get(lane)!;
    const packed = packLane(bucket.marks, { maxRows, gap: 4, clusterWidth: 28, x0, x1 });
    bucket.undated.forEach((m, i) => (m.row = i));
    const rows = Math.max(1, packed.rows, bucket.undated.length);
    const rowTop = top + header + LANE_PAD;
    const rowY = (row: number) => rowTop + row * rowHeight + rowHeight / 2;
    for (const m of [...packed.marks, ...bucket.undated]) {
      m.y = rowY(m.row);
      marks.push(m);
    }
    for (const c of packed.clusters) {
      // Loops, not Math.min(...spread): a cluster can hold thousands of events.
      const id = `cluster-${lane}-${Math.round(c.x0)}`;
      const ids: string[] = [];
      let from = Number.POSITIVE_INFINITY;
      let until = Number.NEGATIVE_INFINITY;
      let faded = true;
      for (const m of c.items) {
        ids.push(m.id);
        clusterOf.set(m.id, id);
        if (m.days.from < from) from = m.days.from;
        if (m.days.until > until) until = m.days.until;
        faded &&= m.faded;
      }
      clusters.push({
        id,
        lane,
        row: c.row,
        y: rowY(c.row),
        x0: c.x0,
        x1: c.x1,
        ids,
        from,
        until,
        faded,
      });
    }
    // Beside the lanes, a long name takes two lines rather than run into the first marks.
    const labelLines = compact
      ? [laneLabels[lane]]
      : wrapText(laneLabels[lane], left - 16, LANE_LABEL_SIZE, 700);
    const height = header + LANE_PAD * 2 + Math.max(rows * rowHeight, labelLines.length * 15);
    placedLanes.push({
      lane,
      label: laneLabels[lane],
      top,
      height,
      rows,
      labelLines,
      labelX: 8,
      labelY: compact ? top + 14 : top + LANE_PAD + (labelLines.length > 1 ? 6 : rowHeight / 2),
    });
    top += height;
  }
  const rowItems: Packable[] = [
    ...marks.filter((m) => !m.undated),
    ...clusters.map((c) => ({ ...c, label: null })),
  ];
  placeLabels(
    marks.filter((m) => !m.undated),
    rowItems,
    x1,
    labelText,
  );

  const bottom = top;
  const { ticks, unit } = makeTimeTicks(d0, d1, x0, x1, compact ? 70 : 90);
  const asAtX = asAt !== null && asAt >= d0 && asAt <= d1 ? x(asAt) : null;
  const fadeFrom = asAt === null ? null : asAt < d0 ? x0 : asAt > d1 ? null : x(asAt);
  return {
    width,
    height: bottom + AXIS_HEIGHT,
    plot: { x0, x1, top: TOP, bottom },
    lanes: placedLanes,
    marks,
    clusters,
    ticks,
    tickUnit: unit,
    gutter: hasUndated
      ? { x0: x1 + 6, x1: x1 + gutterWidth, label: compact ? 'No date' : 'Date unknown' }
      : null,
    asAt: { x: asAtX, fadeFrom },
    compact,
    domain: [d0, d1],
    clusterOf,
  };
}

/** The other dates most marks have none of: one shared, frozen list rather than two new ones per mark. */
const NO_DATES: readonly PlacedDate[] = Object.freeze([]);

function emptyMark(event: TimelineEvent, start: PlacedDate, days: PreparedEvent): PlacedMark {
  return {
    id: event.id,
    event,
    lane: event.lane,
    row: 0,
    y: 0,
    start,
    end: null,
    bar: null,
    tail: null,
    expected: null,
    altStarts: NO_DATES,
    altEnds: NO_DATES,
    x0: start.x0,
    x1: start.x1,
    label: null,
    faded: false,
    undated: event.start === null,
    // The prepared event itself: it carries from and until, so no object per mark.
    days,
  };
}

function placeMark(
  event: TimelineEvent,
  startPeriod: DayPeriod,
  placeDate: (p: DayPeriod) => PlacedDate,
  p: PreparedEvent,
): PlacedMark {
  const start = placeDate(startPeriod);
  const mark = emptyMark(event, start, p);
  if (p.altStarts.length) mark.altStarts = p.altStarts.map(placeDate);
  if (p.altEnds.length) mark.altEnds = p.altEnds.map(placeDate);
  if (p.end) {
    const end = placeDate(p.end);
    mark.end = end;
    const a = start.band ? start.x1 : start.x0;
    const b = end.band ? end.x0 : end.x1;
    mark.bar = { x0: Math.min(a, b), x1: Math.max(a, b, Math.min(a, b) + MIN_BAND) };
  } else if (event.endStatus === 'unknown' || event.endStatus === 'open') {
    // The tail runs at least a fixed length, and as far as the latest end a source claims.
    const claimed = Math.max(start.x1, ...mark.altEnds.map((d) => d.x1));
    mark.tail = { x0: start.x1, x1: Math.max(start.x1 + TAIL_PX, claimed), kind: event.endStatus };
  }
  if (p.expectedBy) {
    const by = placeDate(p.expectedBy);
    mark.expected = { x0: start.cx, x1: by.cx, by };
  }
  // Everything the mark covers. A plain point (most of a large timeline) covers only its start.
  if (mark.end || mark.tail || mark.expected || mark.altStarts.length || mark.altEnds.length) {
    let lo = start.x0;
    let hi = start.x1;
    const cover = (q: { x0: number; x1: number } | null | undefined) => {
      if (!q) return;
      if (q.x0 < lo) lo = q.x0;
      if (q.x1 > hi) hi = q.x1;
    };
    cover(mark.end);
    cover(mark.bar);
    cover(mark.tail);
    cover(mark.expected?.by);
    mark.altStarts.forEach(cover);
    mark.altEnds.forEach(cover);
    mark.x0 = lo;
    mark.x1 = hi;
  }
  return mark;
}

/** The label a mark would carry: dates known only to a month or year say so in the label. */
function labelText(mark: PlacedMark): string {
  const e = mark.event;
  const prefix = e.expected
    ? `Expected by ${formatPartialDateShort(e.expected.by)}: `
    : mark.start.band && e.start
      ? `${formatPartialDateShort(e.start)}: `
      : '';
  const suffix =
    e.endStatus === 'unknown' ? ' (end unknown)' : e.endStatus === 'open' ? ' (continuing)' : '';
  return `${prefix}${e.label}${suffix}`;
}
