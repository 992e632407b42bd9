/**
 * Rows within a lane, without overlaps: marks that touch share a stack; a stack that fits in
 * `maxRows` rows is packed greedily (first row with room), one that does not is too dense to
 * draw mark by mark and becomes clusters, one per `clusterWidth` pixels, each with its count.
 */
import type { PlacedMark } from './timelineGeometry';
import { estimateTextWidth } from '../shared/textMetrics';

export interface PackOptions {
  maxRows: number;
  gap: number;
  clusterWidth: number;
  x0: number;
  x1: number;
}

export interface PackedCluster {
  row: number;
  x0: number;
  x1: number;
  items: PlacedMark[];
}

/** Anything that takes room in a row. */
export interface Packable {
  row: number;
  y: number;
  x0: number;
  x1: number;
}

export function packLane(
  marks: readonly PlacedMark[],
  { maxRows, gap, clusterWidth, x0, x1 }: PackOptions,
): { marks: PlacedMark[]; clusters: PackedCluster[]; rows: number } {
  const sorted = [...marks].sort((a, b) => a.x0 - b.x0 || a.x1 - b.x1);
  const out: PlacedMark[] = [];
  const clusters: PackedCluster[] = [];
  let rows = 0;
  let stack: PlacedMark[] = [];
  let reach = Number.NEGATIVE_INFINITY;

  const flush = () => {
    if (stack.length === 0) return;
    const ends: number[] = [];
    const rowOf: number[] = [];
    // Stop as soon as the stack needs more rows than allowed: it will be clustered anyway, and
    // packing thousands of marks into thousands of rows would cost the frame.
    for (const m of stack) {
      let row = ends.findIndex((end) => end + gap <= m.x0);
      if (row === -1) {
        row = ends.length;
        if (row >= maxRows) break;
        ends.push(m.x1);
      } else ends[row] = m.x1;
      rowOf.push(row);
    }
    if (rowOf.length === stack.length) {
      stack.forEach((m, i) => {
        m.row = rowOf[i]!;
        out.push(m);
      });
      rows = Math.max(rows, ends.length);
    } else {
      // Too dense: count events per bin of the visible axis, by where each starts.
      const bins = new Map<number, PlacedMark[]>();
      for (const m of stack) {
        const cx = Math.min(Math.max(m.start.cx, x0), x1);
        const bin = Math.floor((cx - x0) / clusterWidth);
        const list = bins.get(bin) ?? [];
        list.push(m);
        bins.set(bin, list);
      }
      for (const [bin, items] of [...bins].sort((a, b) => a[0] - b[0])) {
        const a = x0 + bin * clusterWidth;
        clusters.push({
          row: 0,
          x0: a + 1,
          x1: Math.min(a + clusterWidth - 1, x1 + clusterWidth),
          items,
        });
      }
      rows = Math.max(rows, 1);
    }
    stack = [];
    reach = Number.NEGATIVE_INFINITY;
  };

  for (const m of sorted) {
    if (stack.length > 0 && m.x0 > reach + gap) flush();
    stack.push(m);
    reach = Math.max(reach, m.x1);
  }
  flush();
  return { marks: out, clusters, rows };
}

const LABEL_GAP = 5;
const LABEL_SIZE = 12;

/**
 * Labels go to the right of their mark where the row is free up to the next item. A label that
 * does not fit whole is left out, never cut short (issue 19: "County counci…" names nothing): the
 * name is in the mark's accessible name, its details and the table, and zooming in gives it room.
 */
export function placeLabels(
  marks: readonly PlacedMark[],
  items: readonly Packable[],
  right: number,
  toText: (mark: PlacedMark) => string,
): void {
  const rows = new Map<string, number[]>();
  const key = (item: Packable) => `${item.y}`;
  for (const item of items) {
    const list = rows.get(key(item)) ?? [];
    list.push(item.x0);
    rows.set(key(item), list);
  }
  for (const list of rows.values()) list.sort((a, b) => a - b);
  for (const mark of marks) {
    const starts = rows.get(key(mark)) ?? [];
    const next = starts.find((s) => s > mark.x1) ?? Number.POSITIVE_INFINITY;
    const x = mark.x1 + LABEL_GAP;
    const room = Math.min(next - LABEL_GAP, right) - x;
    const text = toText(mark);
    mark.label = estimateTextWidth(text, LABEL_SIZE) <= room ? { text, x } : null;
  }
}
