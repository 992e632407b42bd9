/**
 * The grade distribution's geometry: one horizontal bar per category (long labels need the width
 * on a phone), its count at its end, and under it the marked authorities that sit in it.
 */
import type { NationalGrade } from '../../domain/types';

/** One row of the chart: a grade (or "not yet inspected"), its count and who is marked in it. */
export interface DistributionRow {
  id: string;
  label: string;
  /** For a narrow chart (about 16 characters at most). */
  shortLabel: string;
  grade: NationalGrade | 'not-inspected';
  count: number;
  /** Names drawn under the bar: North and West Northamptonshire, the county council. */
  markers: string[];
}

export interface PlacedRow {
  row: DistributionRow;
  y: number;
  barWidth: number;
  height: number;
  markerY: number | null;
}

export interface PlacedDistribution {
  width: number;
  height: number;
  labelWidth: number;
  barLeft: number;
  rows: PlacedRow[];
}

const BAR = 24;
const MARKER = 18;
const GAP = 10;

export function layoutDistribution(
  rows: readonly DistributionRow[],
  { width }: { width: number },
): PlacedDistribution {
  // Wide enough for the longest label whole ("No grade given (2026 framework)" at 14 px).
  const labelWidth = width < 520 ? 112 : 250;
  const barLeft = labelWidth + 8;
  const max = Math.max(1, ...rows.map((r) => r.count));
  // A straight count-to-px map, as layoutLadder's: d3-scale would bring d3-interpolate, -color and
  // -format into the grade-distribution embed for one multiplication (issue 8: the embed budget).
  const barMax = Math.max(20, width - barLeft - 40);
  let y = 4;
  const placed = rows.map((row) => {
    const height = BAR + (row.markers.length ? MARKER * row.markers.length : 0);
    const out = {
      row,
      y,
      barWidth: (row.count / max) * barMax,
      height,
      markerY: row.markers.length ? y + BAR + 13 : null,
    };
    y += height + GAP;
    return out;
  });
  return { width, height: y, labelWidth, barLeft, rows: placed };
}
