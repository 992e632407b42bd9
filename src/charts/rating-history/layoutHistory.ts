/**
 * The calendar history's geometry: one row per authority, years across. Each report is a tick at
 * its publication day, and its grade a band from there to the next report (the grade in force).
 * Pure and DOM-free; every number is in CSS px of the layout's own width.
 *
 * Two arrangements, both with every name whole and at least 12 px:
 * - beside: names in a column to the left of their bands, the column as wide as the widest name
 *   (a name wider than the column may allow wraps onto a second line and its row grows);
 * - stacked (narrow widths, phones): each name on its own line above its band, the band the full
 *   width, so that a long name ("Bournemouth, Christchurch & Poole") is never cut short.
 *
 * The bands of every row are gathered into one path per grade and the ticks into one path, so the
 * drawing has a few elements per row (its button, its name) however many reports there are.
 */
import { monthsBetween, type HistoryGrade, type HistoryRow } from '../../domain/calendarHistory';
import type { Surface } from '../shared/spec';
import { estimateTextWidth, wrapText } from '../shared/textMetrics';

/** The county council was abolished on 1 April 2021: its grade is in force until then, no later. */
export const COUNTY_END = '2021-04-01';
/** The axis: 1 January 2012 to 1 January 2027 (the national file's reports run from 2012 to 2026). */
export const AXIS_FROM = '2012-01-01';
export const AXIS_TO = '2027-01-01';

/** Names, gap labels and legend: 12 px (the screen minimum); year ticks 11 px. */
export const LABEL_SIZE = 12;
export const HEADING_SIZE = 14;
export const TICK_SIZE = 11;
/** The height of one line of text: a 12 px line box is about 14 px tall. */
const LINE = 15;

export interface PlacedLabel {
  /** One entry per line; a name too long for its room wraps, it is never shortened. */
  lines: string[];
  x: number;
  /** Baseline of the first line. */
  y: number;
  anchor: 'start' | 'end';
  fontSize: number;
  bold: boolean;
  /**
   * Where the ◆ of Northamptonshire's line of succession is drawn, as a shape beside the first
   * line (a glyph the chart font lacks would take the whole name to another font in some tools).
   */
  marker: { cx: number; cy: number } | null;
}

/** Room a ◆ takes before a name: its width and a gap. */
const MARKER_ROOM = 14;

export interface PlacedHistoryRow {
  row: HistoryRow;
  /** Top of the row's block (name and band). */
  y: number;
  height: number;
  label: PlacedLabel | null;
  /** Top and height of the band (and of the ticks). */
  bandY: number;
  bandHeight: number;
  /** A heading row (the comparison's authority name): drawn bold, its gaps between reports written out. */
  heading: boolean;
  gaps: { x: number; y: number; text: string }[];
}

export interface PlacedHistory {
  width: number;
  height: number;
  /** Names beside their bands, or above them. */
  arrangement: 'beside' | 'stacked';
  plotLeft: number;
  plotRight: number;
  top: number;
  years: { year: number; x: number; label: boolean }[];
  rows: PlacedHistoryRow[];
  /** Every row's bands, one path per grade, in the legend's order. */
  bands: { grade: HistoryGrade; d: string }[];
  /** Every publication tick, one path. */
  ticks: string;
  /** Bands too thin for outlines (a slide of every authority): drawn as solid fills. */
  solid: boolean;
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

/** The order bands are drawn in (and so their order in the DOM): the legend's. */
const GRADE_ORDER: readonly HistoryGrade[] = [
  'outstanding',
  'good',
  'requires-improvement',
  'adequate',
  'inadequate',
  'unknown',
  'not-reported',
  'not-applicable',
];

/** The legend's items in lines that fit the width. */
function placeLegend(width: number): { items: PlacedHistory['legend']; height: number } {
  const items: PlacedHistory['legend'] = [];
  let x = 0;
  let y = 12;
  for (const item of LEGEND) {
    const w = 16 + estimateTextWidth(item.label, LABEL_SIZE) + 14;
    if (x > 0 && x + w > width) {
      x = 0;
      y += 18;
    }
    items.push({ ...item, x, y });
    x += w;
  }
  return { items, height: y + 12 };
}

/** The width of a name as drawn, bold or not. */
export const nameWidth = (text: string, fontSize: number, bold: boolean): number =>
  estimateTextWidth(text, fontSize, bold ? 700 : 400);

/** A name's lines for a width: whole words on each line, as few lines as it takes. */
export function nameLines(text: string, width: number, fontSize: number, bold: boolean): string[] {
  if (nameWidth(text, fontSize, bold) <= width) return [text];
  return wrapText(text, width, fontSize, bold ? 700 : 400);
}

const DAY_MS = 86_400_000;
/** Days since 1970 of an ISO day, without a Date object (a few hundred of these per layout). */
function dayNumber(day: string): number {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  const d = Number(day.slice(8, 10));
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

export interface HistoryLayoutOptions {
  surface: Surface;
  width: number;
  /** The height to fit (a slide's). */
  height?: number;
  /** Rows (by id) drawn as headings, with the months between reports written in them. */
  headings?: ReadonlySet<string>;
  /** Taller bands, for a few authorities side by side. */
  roomy?: boolean;
}

/** Below this width the names go above their bands. */
export const STACK_BELOW = 560;

/** What a row's name is drawn as. */
const drawnName = (row: HistoryRow, heading: boolean): string =>
  isMarked(row, heading) ? row.name : (row.drawnName ?? row.name);

/** Whether a row's name carries the ◆ of the line of succession. */
const isMarked = (row: HistoryRow, heading: boolean): boolean => row.lineage && !heading;

export function layoutHistory(
  rows: readonly HistoryRow[],
  { surface, width, height: fitHeight, headings, roomy }: HistoryLayoutOptions,
): PlacedHistory {
  const stacked = width < STACK_BELOW;
  // The briefing's small copy and the slide of every authority are a picture of the whole (as
  // before): their names are in the table.
  const named = roomy || (surface !== 'compact' && surface !== 'slide');
  // Bands: thin in the briefing's small copy, taller side by side.
  const usual =
    surface === 'compact' ? (roomy ? 8 : 4) : roomy ? 14 : !named ? 7 : stacked ? 9 : 12;
  // A slide gives a height to fit: unnamed rows share it (a row is its band and 2 px apart).
  const perRow =
    surface === 'slide' && !named && fitHeight !== undefined && rows.length > 0
      ? (fitHeight - placeLegend(width).height - 24 - 8) / rows.length
      : null;
  // Bands too thin for outlines and ticks are drawn solid and touching, so their grades show.
  const solid = perRow !== null && perRow - 2 < 6;
  const gap = solid ? 0 : 2;
  const band =
    perRow === null ? usual : solid ? Math.max(0.5, perRow) : Math.min(usual, perRow - gap);
  const isHeading = (row: HistoryRow) => headings?.has(row.id) ?? false;
  const sizeOf = (heading: boolean) => (heading ? HEADING_SIZE : LABEL_SIZE);
  const boldOf = (row: HistoryRow, heading: boolean) => heading || row.lineage;

  // The name column, beside: as wide as the widest name, but no more than 45% of the width.
  const widest = named
    ? rows.reduce((w, r) => {
        const h = isHeading(r);
        const room = isMarked(r, h) ? MARKER_ROOM : 0;
        return Math.max(w, room + nameWidth(drawnName(r, h), sizeOf(h), boldOf(r, h)));
      }, 0)
    : 0;
  const labelWidth = stacked || !named ? 0 : Math.min(widest, Math.floor(width * 0.45));
  const plotLeft = stacked ? 8 : named ? labelWidth + 10 : 8;
  const plotRight = width - 8;

  const legend = placeLegend(width);
  const top = legend.height + 24;
  const from = dayNumber(AXIS_FROM);
  const scale = (plotRight - plotLeft) / (dayNumber(AXIS_TO) - from);
  const xOfNumber = (n: number) => plotLeft + (n - from) * scale;
  const xOf = (day: string) => xOfNumber(dayNumber(day));
  const end = plotRight;
  const countyEnd = xOf(COUNTY_END);

  const paths = new Map<HistoryGrade, string[]>();
  const ticks: string[] = [];
  const placed: PlacedHistoryRow[] = [];
  let y = top;
  for (const row of rows) {
    const heading = isHeading(row);
    const fontSize = sizeOf(heading);
    const bold = boldOf(row, heading);
    const marked = isMarked(row, heading);
    const room = marked ? MARKER_ROOM : 0;
    const lines = named
      ? nameLines(
          drawnName(row, heading),
          (stacked ? width - 8 : labelWidth) - room,
          fontSize,
          bold,
        )
      : [];
    const lineHeight = fontSize === HEADING_SIZE ? LINE + 2 : LINE;
    // A heading's band row carries its gap labels: tall enough for 12 px text.
    const bandHeight = heading ? Math.max(band, 16) : band;
    let label: PlacedLabel | null = null;
    let bandY: number;
    let height: number;
    if (!named) {
      bandY = y + gap / 2;
      height = band + gap;
    } else if (stacked) {
      label = {
        lines,
        x: 8 + room,
        y: y + fontSize,
        anchor: 'start',
        fontSize,
        bold,
        marker: marked ? { cx: 13, cy: y + fontSize * 0.65 } : null,
      };
      // The name sits on its band; a wider gap below the band starts the next row.
      bandY = y + lines.length * lineHeight;
      height = lines.length * lineHeight + bandHeight + 7;
    } else {
      const textHeight = lines.length * lineHeight;
      height = Math.max(bandHeight + 4, textHeight + 2);
      bandY = y + (height - bandHeight) / 2;
      const baseline = y + (height - textHeight) / 2 + fontSize - 1;
      label = {
        lines,
        x: labelWidth,
        y: baseline,
        anchor: 'end',
        fontSize,
        bold,
        marker: marked
          ? {
              cx: labelWidth - nameWidth(lines[0] ?? '', fontSize, bold) - MARKER_ROOM + 5,
              cy: baseline - fontSize * 0.35,
            }
          : null,
      };
    }
    const stop = row.ownRecords ? countyEnd : end;
    const xs = row.reports.map((r) => xOf(r.day));
    if (!heading)
      row.reports.forEach((r, k) => {
        const x = xs[k]!;
        const x2 = Math.min(stop, k + 1 < xs.length ? xs[k + 1]! : stop);
        const w = Math.max(1, x2 - x);
        let list = paths.get(r.grade);
        if (!list) paths.set(r.grade, (list = []));
        list.push(`M${round(x)},${round(bandY)}h${round(w)}v${bandHeight}h${round(-w)}z`);
      });
    if (!solid)
      for (const x of xs) ticks.push(`M${round(x)},${round(bandY - 1)}v${bandHeight + 2}`);
    const gaps = heading
      ? row.reports.slice(1).flatMap((r, k) => {
          const text = `${monthsBetween(row.reports[k]!.day, r.day)} mo`;
          const room = xs[k + 1]! - xs[k]!;
          return room > estimateTextWidth(text, LABEL_SIZE) + 8
            ? [{ x: (xs[k]! + xs[k + 1]!) / 2, y: bandY + bandHeight - 3, text }]
            : [];
        })
      : [];
    placed.push({ row, y, height, label, bandY, bandHeight, heading, gaps });
    y += height;
  }

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
          x: countyEnd,
          y1: Math.min(...lineage.map((p) => p.y)) + 1,
          y2: Math.max(...lineage.map((p) => p.y + p.height)) - 1,
        }
      : null;
  return {
    width,
    height: y + 8,
    arrangement: stacked ? 'stacked' : 'beside',
    plotLeft,
    plotRight,
    top,
    years,
    rows: placed,
    bands: GRADE_ORDER.filter((g) => paths.has(g)).map((grade) => ({
      grade,
      d: paths.get(grade)!.join(''),
    })),
    ticks: ticks.join(''),
    solid,
    succession,
    legend: legend.items,
  };
}

/** Two decimals: enough for a pixel, and short paths. */
const round = (n: number): number => Math.round(n * 100) / 100;
