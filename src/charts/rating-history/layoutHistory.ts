/**
 * The calendar history's geometry: one row per authority, years across. Each report is a tick at
 * its publication day, and its grade a band from there to the next report (the grade in force).
 * Pure and DOM-free; every number is in CSS px of the layout's own width.
 */
import { monthsBetween, type HistoryGrade, type HistoryRow } from '../../domain/calendarHistory';
import type { Surface } from '../shared/spec';
import { estimateTextWidth } from '../shared/textMetrics';

/** The county council was abolished on 1 April 2021: its grade is in force until then, no later. */
export const COUNTY_END = '2021-04-01';
/** The axis: 1 January 2012 to 1 January 2027 (the national file's reports run from 2012 to 2026). */
export const AXIS_FROM = '2012-01-01';
export const AXIS_TO = '2027-01-01';

export interface PlacedBand {
  x: number;
  width: number;
  grade: HistoryGrade;
}

export interface PlacedHistoryRow {
  row: HistoryRow;
  y: number;
  /** The name as drawn: shortened with an ellipsis where the label column is narrow (the full name is in its accessible name and the table). */
  label: string;
  bands: PlacedBand[];
  /** The x of each publication tick. */
  ticks: number[];
  /** A heading row (the comparison's authority name): drawn bold, its gaps between reports written out. */
  heading: boolean;
  gaps: { x: number; text: string }[];
}

export interface PlacedHistory {
  width: number;
  height: number;
  labelWidth: number;
  plotLeft: number;
  plotRight: number;
  top: number;
  rowHeight: number;
  fontSize: number;
  years: { year: number; x: number; label: boolean }[];
  rows: PlacedHistoryRow[];
  /** The line of succession: from the county council's row to its successors', at 1 April 2021. */
  succession: { x: number; y1: number; y2: number } | null;
  legend: { key: string; label: string; x: number; y: number }[];
}

const LEGEND: readonly { key: string; label: string }[] = [
  { key: 'outstanding', label: 'Outstanding' },
  { key: 'good', label: 'Good' },
  { key: 'requires-improvement', label: 'Requires improvement' },
  { key: 'inadequate', label: 'Inadequate' },
  { key: 'unknown', label: 'Unknown or no grade' },
  { key: 'tick', label: 'Report published' },
];

/** The legend's items in lines that fit the width. */
function placeLegend(width: number): { items: PlacedHistory['legend']; height: number } {
  const items: PlacedHistory['legend'] = [];
  let x = 0;
  let y = 12;
  for (const item of LEGEND) {
    const w = 16 + estimateTextWidth(item.label, 12) + 14;
    if (x > 0 && x + w > width) {
      x = 0;
      y += 18;
    }
    items.push({ ...item, x, y });
    x += w;
  }
  return { items, height: y + 12 };
}

const toMs = (day: string) => Date.parse(`${day}T00:00:00Z`);

export interface HistoryLayoutOptions {
  surface: Surface;
  width: number;
  /** The height to fit (a slide's). */
  height?: number;
  /** Rows (by id) drawn as headings, with the months between reports written in them. */
  headings?: ReadonlySet<string>;
  /** Taller rows, for a few authorities side by side. */
  roomy?: boolean;
}

export function layoutHistory(
  rows: readonly HistoryRow[],
  { surface, width, height, headings, roomy }: HistoryLayoutOptions,
): PlacedHistory {
  const narrow = width < 520;
  const legend = placeLegend(width);
  const top = legend.height + 24;
  // A slide gives a height to fit: every row shares it (the rows' names go when they are too thin).
  const slideRow =
    surface === 'slide' && height !== undefined && rows.length > 0
      ? Math.max(1, (height - top - 8) / rows.length)
      : null;
  const rowHeight =
    slideRow !== null
      ? Math.min(slideRow, roomy ? 20 : 14)
      : roomy
        ? surface === 'compact'
          ? 14
          : 20
        : surface === 'compact'
          ? 6
          : surface === 'slide'
            ? 9
            : narrow
              ? 12
              : 14;
  const fontSize = rowHeight >= 12 ? 11 : 0;
  const labelWidth = fontSize ? (narrow ? 112 : roomy ? 280 : 236) : 8;
  const plotLeft = labelWidth + 6;
  const plotRight = width - 8;
  const from = toMs(AXIS_FROM);
  const span = toMs(AXIS_TO) - from;
  const xOf = (day: string) => plotLeft + ((toMs(day) - from) / span) * (plotRight - plotLeft);
  const end = xOf(AXIS_TO);
  const placed = rows.map((row, i) => {
    const y = top + i * rowHeight;
    const stop = row.ownRecords ? xOf(COUNTY_END) : end;
    const bands: PlacedBand[] = row.reports.map((r, k) => {
      const x = xOf(r.day);
      const next = row.reports[k + 1];
      const x2 = Math.min(stop, next ? xOf(next.day) : stop);
      return { x, width: Math.max(1, x2 - x), grade: r.grade };
    });
    const heading = headings?.has(row.id) ?? false;
    const ticks = row.reports.map((r) => xOf(r.day));
    const gaps = heading
      ? row.reports.slice(1).flatMap((r, k) => {
          const text = `${monthsBetween(row.reports[k]!.day, r.day)} mo`;
          const room = ticks[k + 1]! - ticks[k]!;
          return room > estimateTextWidth(text, 11) + 6
            ? [{ x: (ticks[k]! + ticks[k + 1]!) / 2, text }]
            : [];
        })
      : [];
    return {
      row,
      y,
      label: fitLabel(
        row.lineage && !heading ? `◆ ${row.name}` : (row.drawnName ?? row.name),
        labelWidth - 4,
        heading && fontSize ? fontSize + 2 : fontSize,
      ),
      bands: heading ? [] : bands,
      ticks,
      heading,
      gaps,
    };
  });
  const step = plotRight - plotLeft < 420 ? 3 : plotRight - plotLeft < 700 ? 2 : 1;
  const years = Array.from({ length: 16 }, (_, i) => 2012 + i).map((year) => ({
    year,
    x: xOf(`${year}-01-01`),
    label: year < 2027 && (year - 2012) % step === 0,
  }));
  const lineage = placed.filter((p) => p.row.lineage);
  const county = lineage.find((p) => p.row.ownRecords);
  const succession =
    county && lineage.length > 1
      ? {
          x: xOf(COUNTY_END),
          y1: Math.min(...lineage.map((p) => p.y)) + 1,
          y2: Math.max(...lineage.map((p) => p.y)) + rowHeight - 1,
        }
      : null;
  return {
    width,
    height: top + rows.length * rowHeight + 8,
    labelWidth,
    plotLeft,
    plotRight,
    top,
    rowHeight,
    fontSize,
    years,
    rows: placed,
    succession,
    legend: legend.items,
  };
}

/** A name cut to fit its column, with an ellipsis. */
export function fitLabel(name: string, width: number, fontSize: number): string {
  if (!fontSize || estimateTextWidth(name, fontSize) <= width) return name;
  let n = name.length;
  while (n > 1 && estimateTextWidth(`${name.slice(0, n)}…`, fontSize) > width) n -= 1;
  return `${name.slice(0, n).trimEnd()}…`;
}
