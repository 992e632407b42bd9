/**
 * Axis ticks that adapt to the zoom: years, then months, then days, as d3-scale picks intervals
 * for the space available. A tick's label says only as much as its unit: "2016", "Mar", "3 Mar".
 */
import { scaleUtc } from 'd3-scale';
import { utcFormat } from 'd3-time-format';
import type { PlacedTick, TickUnit } from './timelineGeometry';

const formatYear = utcFormat('%Y');
const formatMonth = utcFormat('%b');
const formatMonthYear = utcFormat('%b %Y');
const formatDay = utcFormat('%-d %b');
const formatDayYear = utcFormat('%-d %b %Y');

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
  const scale = scaleUtc().domain([new Date(from), new Date(until)]).range([x0, x1]);
  const count = Math.max(2, Math.floor((x1 - x0) / spacing));
  const dates = scale.ticks(count);
  const unit = getTickUnit(dates);
  const ticks = dates.map((d, i) => {
    const isYear = d.getUTCMonth() === 0 && d.getUTCDate() === 1;
    const label =
      unit === 'year'
        ? formatYear(d)
        : unit === 'month'
          ? i === 0 || isYear
            ? formatMonthYear(d)
            : formatMonth(d)
          : i === 0 || isYear
            ? formatDayYear(d)
            : formatDay(d);
    return { x: scale(d), label, major: isYear };
  });
  return { ticks, unit };
}
