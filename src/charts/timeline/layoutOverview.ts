/**
 * The overview strip under the Timeline: the whole extent, one thin row per lane showing where
 * events fall (one tick per pixel, however many events share it), and the window in view.
 */
import type { TimelineEvent } from '../../domain/timeline';
import type { Lane } from '../../domain/types';
import { prepareEvents } from './prepareEvents';
import { makeTimeTicks } from './timeTicks';
import type { PlacedTick } from './timelineGeometry';
import type { Domain } from './zoomDomain';

export interface PlacedOverview {
  width: number;
  height: number;
  x0: number;
  x1: number;
  /** Per lane: the pixel columns that hold at least one event. */
  rows: { lane: Lane; y: number; xs: number[] }[];
  window: { x0: number; x1: number; top: number; bottom: number };
  ticks: PlacedTick[];
}

const ROW = 5;
const PAD = 6;

export function layoutOverview(
  events: readonly TimelineEvent[],
  {
    width,
    lanes,
    full,
    domain,
  }: { width: number; lanes: readonly Lane[]; full: Domain; domain: Domain },
): PlacedOverview {
  // Room either side for the first and last year labels.
  const x0 = 18;
  const x1 = Math.max(x0 + 40, width - 18);
  const k = (x1 - x0) / (full[1] - full[0]);
  const x = (t: number) => x0 + (t - full[0]) * k;
  const columns = new Map<Lane, Set<number>>(lanes.map((l) => [l, new Set<number>()]));
  const prepared = prepareEvents(events);
  for (let i = 0; i < events.length; i++) {
    const set = columns.get(events[i]!.lane);
    const start = prepared[i]!.start;
    if (set && start) set.add(Math.round(x((start.from + start.until) / 2)));
  }
  const rows = lanes.map((lane, i) => ({
    lane,
    y: PAD + i * ROW + ROW / 2,
    xs: [...columns.get(lane)!].sort((a, b) => a - b),
  }));
  const bottom = PAD * 2 + Math.max(lanes.length, 4) * ROW;
  const spacing = width < 500 ? 56 : 70;
  const { ticks } = makeTimeTicks(full[0], full[1], x0, x1, spacing);
  return {
    width,
    height: bottom + 18,
    x0,
    x1,
    rows,
    window: {
      x0: x(domain[0]),
      x1: Math.max(x(domain[1]), x(domain[0]) + 4),
      top: 1,
      bottom: bottom - 1,
    },
    ticks,
  };
}
