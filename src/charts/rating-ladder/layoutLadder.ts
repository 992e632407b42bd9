/**
 * The ladder's geometry: one panel per judgement area, each with the four rungs of the ordinal
 * scale on a shared time axis, framework bands and handover and intervention lines behind them.
 * Pure: view-models in, `PlacedLadder` out.
 */
import { estimateTextWidth } from '../shared/textMetrics';
import { toDayRange, type PartialDate } from '../../domain/dates';
import type { FrameworkEra, InterventionMark } from '../../domain/ladderContext';
import { RUNGS } from '../../domain/ordinalScale';
import type { Handover, LadderArea, LadderPoint, VisitMarker } from '../../domain/transitions';
import type { Grade, JudgementArea } from '../../domain/types';

export interface LadderLayoutOptions {
  width: number;
  areas: readonly LadderArea[];
  eras: readonly FrameworkEra[];
  handovers: readonly Handover[];
  interventions: readonly InterventionMark[];
  /** The as-at date and its label: a line on the axis; what starts after it is faded. */
  asAt?: { date: PartialDate; label: string } | null;
  /**
   * Intervention labels in as few rows as keep them apart, even where a leader line then runs
   * past a label: for a frame too short for the usual rows (a slide under its own title).
   */
  dense?: boolean;
}

/** One mark: the judgements of one inspection on one rung (a headline and its sub-judgements). */
export interface PlacedMark {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  grade: Grade | null;
  count: number;
  points: LadderPoint[];
  /** Carries the series line. */
  primary: boolean;
  /** The span of days the date may mean (month or year precision), or null for a day or no date. */
  range: [number, number] | null;
  /** After the as-at date. */
  faded: boolean;
}

export interface PlacedVisit {
  id: string;
  x: number;
  y: number;
  size: number;
  visit: VisitMarker;
  range: [number, number] | null;
  faded: boolean;
}

export interface PlacedLine {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  frameworkBreak: boolean;
  handover: boolean;
}

export interface PlacedPanel {
  area: JudgementArea;
  top: number;
  height: number;
  rungs: { rank: number; y: number; label: string }[];
  /** The row for judgements whose grade is not known, when there are any. */
  unknownY: number | null;
  visitsY: number;
  marks: PlacedMark[];
  visits: PlacedVisit[];
  lines: PlacedLine[];
}

export interface PlacedLadder {
  width: number;
  height: number;
  left: number;
  right: number;
  /** Centre of the "date unknown" column, when any shown judgement is undated. */
  undatedX: number | null;
  ticks: { x: number; label: string }[];
  eras: { id: string; x0: number; x1: number; label: string }[];
  handovers: { id: string; x: number; label: string }[];
  /**
   * Each intervention named on the chart: a leader line at its date from its label down to the
   * axis; the label ("Oct 2013: DfE direction") sits right of the line, or left of it near the
   * right edge, in the first row where it touches no other label nor crosses an earlier line.
   */
  interventions: {
    id: string;
    number: number;
    x: number;
    /** The label's baseline, its anchor point and its box. */
    y: number;
    label: string;
    labelX: number;
    anchor: 'start' | 'end';
    box: { x0: number; x1: number };
    mark: InterventionMark;
    faded: boolean;
  }[];
  axisY: number;
  /** Where the panels start, under the intervention labels: the lines through the plot start here. */
  plotTop: number;
  /** The as-at line and its label under the axis, or null when the date is off the axis. */
  asAt: { x: number; label: string; anchor: 'start' | 'end' } | null;
  panels: PlacedPanel[];
}

const MARK_W = 30;
const MARK_H = 16;
const RUNG_GAP = 22;
const PANEL_TITLE = 26;
/** The framework names' row, then the rows of intervention labels under it. */
const LABELS_TOP = 32;
const LABEL_ROW = 18;
const LABEL_SIZE = 12;
const DAY = 86_400_000;

const SHORT: Record<Grade, string> = {
  inadequate: 'Inad',
  adequate: 'Adeq',
  'requires-improvement': 'RI',
  good: 'Good',
  outstanding: 'Outst',
};

/** Text drawn on a mark: the grade's short name, with a count when one mark holds several. */
export const markText = (grade: Grade | null, count: number): string =>
  `${grade ? SHORT[grade] : '?'}${count > 1 ? ` ×${count}` : ''}`;

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
/** "Oct 2013" (a day or a month), or "2013" (a year): enough to find the line on the axis. */
const toMonthYear = (date: PartialDate) =>
  date.length === 4 ? date : `${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;

/** The intervention labels in rows: right of their line, or left of it where the edge is near. */
function placeInterventionLabels(
  interventions: readonly InterventionMark[],
  xOf: (date: PartialDate) => number,
  minX: number,
  maxX: number,
  dense = false,
) {
  const rows: { x0: number; x1: number }[][] = [];
  const lines: { x: number; row: number }[] = [];
  const placed = interventions.map((mark) => {
    const cx = xOf(mark.date);
    const label = `${toMonthYear(mark.date)}: ${mark.short}`;
    // Drawn in bold (.app-ladder__intervention-label): measured in bold, or it runs past the edge.
    const w = estimateTextWidth(label, LABEL_SIZE, 700);
    const fitsRight = cx + 4 + w <= maxX;
    const fitsLeft = cx - 4 - w >= minX;
    const anchor: 'start' | 'end' = fitsRight || !fitsLeft ? 'start' : 'end';
    // On a narrow axis a long name fits neither side: it sits over its line, inside the chart.
    const labelX =
      fitsRight || fitsLeft
        ? anchor === 'start'
          ? cx + 4
          : cx - 4
        : Math.max(minX, Math.min(cx - w / 2, maxX - w));
    const box =
      anchor === 'start' ? { x0: labelX, x1: labelX + w } : { x0: labelX - w, x1: labelX };
    // A row is free where no label there comes within 8 px, and no earlier line runs down
    // through it (a line runs from its own row to the axis).
    const free = (r: number) =>
      (rows[r] ?? []).every((b) => box.x1 + 8 <= b.x0 || box.x0 >= b.x1 + 8);
    const uncrossed = (r: number) =>
      dense ||
      (lines.every((l) => l.row >= r || l.x < box.x0 - 3 || l.x > box.x1 + 3) &&
        rows.every((boxes, r2) => r2 <= r || boxes.every((b) => cx < b.x0 - 3 || cx > b.x1 + 3)));
    // The first row that is free and crossed by no line; where there is none (a crowded narrow
    // axis), the first free row: a new row is always free, so this ends.
    let row = 0;
    while (row <= rows.length && !(free(row) && uncrossed(row))) row++;
    if (row > rows.length) {
      row = 0;
      while (!free(row)) row++;
    }
    (rows[row] ??= []).push(box);
    lines.push({ x: cx, row });
    return {
      id: mark.id,
      number: mark.number,
      x: cx,
      y: LABELS_TOP + row * LABEL_ROW + LABEL_SIZE,
      label,
      labelX,
      anchor,
      box,
      mark,
    };
  });
  return { placed, rows: rows.length };
}

const span = (date: PartialDate) => {
  const { first, last } = toDayRange(date);
  return { first, end: last + DAY };
};

export function layoutLadder({
  width,
  areas,
  eras,
  handovers,
  interventions,
  asAt = null,
  dense = false,
}: LadderLayoutOptions): PlacedLadder {
  // The first day after the as-at date: a judgement starting then or later is faded.
  const after = asAt ? span(asAt.date).end : null;
  const isAfter = (date: PartialDate | null) =>
    after !== null && date !== null && span(date).first >= after;
  const narrow = width < 520;
  // Rung names in full only where the plot keeps most of the width; else their short forms. The
  // column is as wide as the longest name drawn, so a name never runs into the marks.
  const rungLabel = (r: (typeof RUNGS)[number]) =>
    narrow ? r.short.replace('RI / adequate', 'RI / adeq') : width >= 900 ? r.label : r.short;
  const rungLabelWidth = Math.max(58, ...RUNGS.map((r) => estimateTextWidth(rungLabel(r), 12) + 4));
  const anyUndated = areas.some(
    (a) => a.points.some((p) => p.date === null) || a.visits.some((v) => v.date === null),
  );
  const undatedWidth = anyUndated ? 40 : 0;
  // Half a mark beyond the labels: a mark centred on the first year never reaches them.
  const left = rungLabelWidth + undatedWidth + 8 + 22;
  // Room on the right for a mark's grade label ("Outst") beside the last year: never clipped.
  const right = width - 44;

  // The axis covers every dated mark and milestone, in whole years.
  const times = [
    ...areas.flatMap((a) =>
      [...a.points, ...a.visits].flatMap((p) =>
        p.date ? [span(p.date).first, span(p.date).end] : [],
      ),
    ),
    ...interventions.map((i) => span(i.date).first),
    ...handovers.map((h) => span(h.date).first),
  ];
  const minYear = times.length ? new Date(Math.min(...times)).getUTCFullYear() : 2012;
  const maxYear = times.length ? new Date(Math.max(...times) - 1).getUTCFullYear() : 2022;
  // A straight UTC-ms-to-px map: d3-scale would bring d3-interpolate, -format and -time-format
  // into the home page for one multiplication (issue 8: the JavaScript budget).
  const t0 = Date.UTC(minYear, 0, 1);
  const perMs = (right - left) / (Date.UTC(maxYear + 1, 0, 1) - t0);
  const x = (date: Date) => left + (date.getTime() - t0) * perMs;
  const xOf = (date: PartialDate) => {
    const { first, end } = span(date);
    return x(new Date((first + end) / 2));
  };
  const rangeOf = (date: PartialDate | null): [number, number] | null => {
    if (date === null || date.length === 10) return null;
    const { first, end } = span(date);
    return [x(new Date(first)), x(new Date(end))];
  };
  const undatedX = anyUndated ? rungLabelWidth + undatedWidth / 2 + 2 : null;

  // Label every year, or every 2nd, 3rd, 5th or 10th, whichever first leaves a four-digit year
  // (about 30 px at 12 px) room to stand clear of the next.
  const perYear = (right - left) / (maxYear - minYear + 1);
  const yearStep = [1, 2, 3, 5, 10].find((step) => step * perYear >= 38) ?? 10;
  const ticks = [];
  for (let year = minYear; year <= maxYear + 1; year += yearStep)
    ticks.push({ x: x(new Date(Date.UTC(year, 0, 1))), label: String(year) });

  const clampX = (value: number) => Math.max(left, Math.min(right, value));
  // A band too narrow for its name goes unlabelled; the chart's footnote names the frameworks.
  const eraBands = eras.map((era) => {
    const x0 = era.from ? clampX(x(new Date(span(era.from).first))) : left;
    const x1 = era.until ? clampX(x(new Date(span(era.until).first))) : right;
    return { id: era.id, x0, x1, label: x1 - x0 >= era.short.length * 7 + 6 ? era.short : '' };
  });

  const labels = placeInterventionLabels(interventions, xOf, 4, width - 4, dense);
  const plotTop = LABELS_TOP + labels.rows * LABEL_ROW + 8;
  let top = plotTop + 6;
  const panels: PlacedPanel[] = areas.map((area) => {
    const hasUnknown = area.points.some((p) => p.rung === null);
    const rungCount = RUNGS.length + (hasUnknown ? 1 : 0);
    const rowY = (row: number) =>
      top + PANEL_TITLE + (rungCount - 1 - row) * RUNG_GAP + RUNG_GAP / 2;
    const rungs = RUNGS.map((r) => ({
      rank: r.rank,
      y: rowY(r.rank + (hasUnknown ? 1 : 0)),
      label: rungLabel(r),
    }));
    const unknownY = hasUnknown ? rowY(0) : null;
    const visitsY = top + PANEL_TITLE + rungCount * RUNG_GAP + 12;

    // One mark per inspection and rung; marks at the same date and rung sit side by side.
    const groups = new Map<string, LadderPoint[]>();
    for (const p of area.points) {
      const key = `${p.inspectionId}|${p.rung}|${p.grade}`;
      groups.set(key, [...(groups.get(key) ?? []), p]);
    }
    const clusters = new Map<string, LadderPoint[][]>();
    for (const group of groups.values()) {
      const first = group[0]!;
      const key = `${first.date}|${first.rung}`;
      clusters.set(key, [...(clusters.get(key) ?? []), group]);
    }
    const marks: PlacedMark[] = [...clusters.values()].flatMap((cluster) =>
      cluster.map((group, index) => {
        const first = group[0]!;
        const cx = first.date === null ? undatedX! : xOf(first.date);
        const offset = (index - (cluster.length - 1) / 2) * (MARK_W + 2);
        const y = first.rung === null ? unknownY! : rungs[first.rung]!.y;
        const text = markText(first.grade, group.length);
        const w = Math.max(MARK_W, text.length * 6.6 + 6);
        return {
          id: `mark:${first.id}`,
          x: cx + offset,
          y,
          width: w,
          height: MARK_H,
          grade: first.grade,
          count: group.length,
          points: group,
          primary: group.some((p) => p.primary),
          range: rangeOf(first.date),
          faded: isAfter(first.date),
        };
      }),
    );
    // On a narrow axis, marks on one rung can touch: nudge each clear of the one before it. The
    // line through a mark (its date's span) and the table keep the true date.
    const byRow = new Map<number, PlacedMark[]>();
    for (const m of marks) byRow.set(m.y, [...(byRow.get(m.y) ?? []), m]);
    for (const row of byRow.values()) {
      row.sort((a, b) => a.x - b.x);
      row.forEach((m, i) => {
        const prev = row[i - 1];
        if (prev) m.x = Math.max(m.x, prev.x + prev.width / 2 + m.width / 2 + 2);
        else m.x = Math.max(m.x, left + m.width / 2 - 4);
      });
    }
    const markOf = new Map(marks.flatMap((m) => m.points.map((p) => [p.id, m] as const)));
    const lines = area.links.flatMap((link) => {
      const a = markOf.get(link.from);
      const b = markOf.get(link.to);
      return a && b
        ? [
            {
              id: link.id,
              x1: a.x,
              y1: a.y,
              x2: b.x,
              y2: b.y,
              frameworkBreak: link.frameworkBreak,
              handover: link.handover,
            },
          ]
        : [];
    });

    // Visits on the same date sit side by side too.
    const seen = new Map<string, number>();
    const visits = area.visits.map((visit) => {
      const key = String(visit.date);
      const n = seen.get(key) ?? 0;
      seen.set(key, n + 1);
      const cx = visit.date === null ? undatedX! : xOf(visit.date);
      return {
        id: `visit:${visit.id}`,
        x: cx + n * 14,
        y: visitsY,
        size: 10,
        visit,
        range: rangeOf(visit.date),
        faded: isAfter(visit.date),
      };
    });

    const height = PANEL_TITLE + rungCount * RUNG_GAP + 28;
    const panel = { area: area.area, top, height, rungs, unknownY, visitsY, marks, visits, lines };
    top += height + 10;
    return panel;
  });

  const axisY = top + 4;
  // The as-at line, where the date falls on the axis; its label under the year labels.
  const asAtX = asAt ? x(new Date(span(asAt.date).end)) : null;
  const asAtLine =
    asAt && asAtX !== null && asAtX >= left && asAtX <= right
      ? {
          x: asAtX,
          label: asAt.label,
          anchor:
            asAtX + estimateTextWidth(asAt.label, 12) > width - 4
              ? ('end' as const)
              : ('start' as const),
        }
      : null;
  return {
    width,
    height: axisY + (asAtLine ? 48 : 28),
    asAt: asAtLine,
    left,
    right,
    undatedX,
    ticks,
    eras: eraBands,
    handovers: handovers.map((h) => ({
      id: `handover:${h.body}`,
      x: x(new Date(span(h.date).first)),
      label: h.bodyName,
    })),
    interventions: labels.placed.map((i) => ({ ...i, faded: isAfter(i.mark.date) })),
    axisY,
    plotTop,
    panels,
  };
}
