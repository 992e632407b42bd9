/** The Timeline's geometry: what layoutTimeline returns and the chart draws. Pixels, in SVG units. */
import type { Lane } from '../../domain/types';
import type { TimelineEvent } from '../../domain/timeline';

/** A date drawn at its precision: a dot for a day, a band over its month or year otherwise. */
export interface PlacedDate {
  x0: number;
  x1: number;
  /** Centre of the dot or band. */
  cx: number;
  band: boolean;
}

/** One event's mark. */
export interface PlacedMark {
  id: string;
  event: TimelineEvent;
  lane: Lane;
  row: number;
  /** Centre line of the mark's row. */
  y: number;
  /** The date it is placed by. */
  start: PlacedDate;
  /** A span's known end, at its precision. */
  end: PlacedDate | null;
  /** The solid part of a span with a known end. */
  bar: { x0: number; x1: number } | null;
  /** An end not known: a fading tail ("unknown") or a continuing arrow ("open"). */
  tail: { x0: number; x1: number; kind: 'unknown' | 'open' } | null;
  /** An expected event: a dashed line from when it was expected to the date it was due by. */
  expected: { x0: number; x1: number; by: PlacedDate } | null;
  /** Dates other sources give for the start, joined to the mark. */
  altStarts: readonly PlacedDate[];
  /** Ends sources give where the end is disputed and unknown. */
  altEnds: readonly PlacedDate[];
  /** Everything the mark covers: rows, hit area and the focus ring. */
  x0: number;
  x1: number;
  label: { text: string; x: number } | null;
  /** After the as-at date. */
  faded: boolean;
  /** No date known: drawn in the "Date unknown" column. */
  undated: boolean;
  /** The period the event's dates cover (UTC ms: first instant, instant after the last day; NaN undated). */
  days: { readonly from: number; readonly until: number };
}

/** Events too dense to draw one by one at this zoom. */
export interface PlacedCluster {
  id: string;
  lane: Lane;
  row: number;
  y: number;
  x0: number;
  x1: number;
  ids: string[];
  /** The period its events cover (UTC ms: first instant, instant after the last day). */
  from: number;
  until: number;
  faded: boolean;
}

export interface PlacedLane {
  lane: Lane;
  label: string;
  top: number;
  height: number;
  rows: number;
  /** The lane's name, in one or two lines. */
  labelLines: string[];
  /** Where the lane's name goes: left of the lane, or above it on narrow screens. */
  labelX: number;
  labelY: number;
}

export interface PlacedTick {
  x: number;
  label: string;
  /** A year boundary: drawn stronger. */
  major: boolean;
}

export type TickUnit = 'year' | 'month' | 'day';

export interface PlacedTimeline {
  width: number;
  height: number;
  /** The time axis runs from x0 to x1; lanes from top to bottom. */
  plot: { x0: number; x1: number; top: number; bottom: number };
  lanes: PlacedLane[];
  marks: PlacedMark[];
  clusters: PlacedCluster[];
  ticks: PlacedTick[];
  tickUnit: TickUnit;
  /** The column for events with no known date, when there are any. */
  gutter: { x0: number; x1: number; label: string } | null;
  /** The as-at line's x (null when outside the view) and where fading starts. */
  asAt: { x: number | null; fadeFrom: number | null };
  compact: boolean;
  /** The visible period (UTC ms). */
  domain: [number, number];
  /** For events drawn inside a cluster: the cluster's id. */
  clusterOf: Map<string, string>;
}
