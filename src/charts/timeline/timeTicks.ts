/**
 * Axis ticks that adapt to the zoom: years, then months, then days, as d3-scale picks intervals
 * for the space available. A tick's label says only as much as its unit: "2016", "Mar", "3 Mar".
 */
import { utcTicks } from './utcTicks';
import { formatPartialDateShort } from '../../domain/dates';
import type { PlacedTick, TickUnit } from './timelineGeometry';

// The intervals are d3-time's (see utcTicks.ts) and the labels come from our own date formatting:
// scaleUtc and d3-time-format would add about 15 KiB (gzip) to every page that shows a timeline,
// the home page included (issue 8: the JavaScript budget).
const toIso = (d: Date) => d.toISOString().slice(0, 10);
const withoutYear = (label: string) => label.replace(/ \d{4}$/, '');
const formatMonthYear = (d: Date) => formatPartialDateShort(toIso(d).slice(0, 7));
const formatDayYear = (d: Date) => formatPartialDateShort(toIso(d));

export function getTickUnit(ticks: readonly Date[]): TickUnit {
  if (ticks.every((t) => t.getUTCMonth() === 0 && t.getUTCDate() === 1)) return 'year';
  if (ticks.every((t) => t.getUTCDate() === 1)) return 'month';
  return 'day';
}

/** Ticks for the period [from, until) drawn between x0 and x1, about one per `spacing` px. */
export function makeTimeTicks(
  from: number,
  until: number,
  x0: number,
  x1: number,
  spacing = 90,
): { ticks: PlacedTick[]; unit: TickUnit } {
  const perMs = (x1 - x0) / (until - from);
  const count = Math.max(2, Math.floor((x1 - x0) / spacing));
  const dates = utcTicks(from, until, count);
  const unit = getTickUnit(dates);
  const ticks = dates.map((d, i) => {
    const isYear = d.getUTCMonth() === 0 && d.getUTCDate() === 1;
    const label =
      unit === 'year'
        ? String(d.getUTCFullYear())
        : unit === 'month'
          ? i === 0 || isYear
            ? formatMonthYear(d)
            : withoutYear(formatMonthYear(d))
          : i === 0 || isYear
            ? formatDayYear(d)
            : withoutYear(formatDayYear(d));
    return { x: x0 + (d.getTime() - from) * perMs, label, major: isYear };
  });
  return { ticks, unit };
}
