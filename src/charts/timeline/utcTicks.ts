/**
 * UTC time ticks, the same as d3-time's utcTicks (and so d3-scale's scaleUtc().ticks) for the
 * periods a timeline can show (hours to decades): about `count` ticks at hours, days, Sundays,
 * months or years. Written out because d3-time and d3-array add about 3 KiB (gzip) to the home
 * page for this one function (issue 8); utcTicks.test.ts checks it against d3-time.
 */
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

type Unit = 'hour' | 'day' | 'week' | 'month' | 'year';

/** d3-time's tick intervals from an hour up, with their nominal lengths. */
const INTERVALS: readonly [Unit, number, number][] = [
  ['hour', 1, HOUR],
  ['hour', 3, 3 * HOUR],
  ['hour', 6, 6 * HOUR],
  ['hour', 12, 12 * HOUR],
  ['day', 1, DAY],
  ['day', 2, 2 * DAY],
  ['week', 1, WEEK],
  ['month', 1, MONTH],
  ['month', 3, 3 * MONTH],
  ['year', 1, YEAR],
];

/**
 * d3-array's tickStep (1, 2 or 5 × a power of ten) with the same arithmetic, so the two agree at
 * the thresholds to the last bit, including its retry with twice the count when no tick would fall
 * inside the period.
 */
function niceStep(start: number, stop: number, count: number): number {
  const step = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log10(step));
  const error = step / 10 ** power;
  const factor =
    error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
  let i1: number;
  let i2: number;
  let inc: number;
  if (power < 0) {
    inc = 10 ** -power / factor;
    i1 = Math.round(start * inc);
    i2 = Math.round(stop * inc);
    if (i1 / inc < start) ++i1;
    if (i2 / inc > stop) --i2;
    inc = 1 / inc;
  } else {
    inc = 10 ** power * factor;
    i1 = Math.round(start / inc);
    i2 = Math.round(stop / inc);
    if (i1 * inc < start) ++i1;
    if (i2 * inc > stop) --i2;
  }
  if (i2 < i1 && 0.5 <= count && count < 2) return niceStep(start, stop, count * 2);
  return inc;
}

function pickInterval(start: number, stop: number, count: number): [Unit, number] {
  const target = Math.abs(stop - start) / count;
  const i = INTERVALS.findIndex(([, , length]) => length > target);
  if (i === -1)
    return ['year', Math.max(1, Math.floor(niceStep(start / YEAR, stop / YEAR, count)))];
  if (i === 0) return ['hour', 1];
  const before = INTERVALS[i - 1]!;
  const after = INTERVALS[i]!;
  const [unit, step] = target / before[2] < after[2] / target ? before : after;
  return [unit, step];
}

/** Is `t` (ms) on the boundary of `unit` every `step`, as d3-time's interval.every(step) counts? */
function isTick(t: number, unit: Unit, step: number): boolean {
  const d = new Date(t);
  if (unit === 'hour') return t % HOUR === 0 && d.getUTCHours() % step === 0;
  if (t % DAY !== 0) return false;
  // d3-time counts days from 1 January 1970 (its unixDay), not within the month.
  if (unit === 'day') return (t / DAY) % step === 0;
  if (unit === 'week') return d.getUTCDay() === 0;
  if (d.getUTCDate() !== 1) return false;
  if (unit === 'month') return d.getUTCMonth() % step === 0;
  return d.getUTCMonth() === 0 && d.getUTCFullYear() % step === 0;
}

/** The first instant at or after `t` that starts a `unit`. */
function ceilTo(t: number, unit: Unit): number {
  const size = unit === 'hour' ? HOUR : DAY;
  let c = Math.ceil(t / size) * size;
  if (unit === 'month' || unit === 'year') {
    const d = new Date(c);
    if (d.getUTCDate() !== 1) c = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
    if (unit === 'year' && new Date(c).getUTCMonth() !== 0)
      c = Date.UTC(new Date(c).getUTCFullYear() + 1, 0, 1);
  }
  return c;
}

function next(t: number, unit: Unit): number {
  if (unit === 'hour') return t + HOUR;
  if (unit === 'day' || unit === 'week') return t + DAY;
  const d = new Date(t);
  return unit === 'month'
    ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)
    : Date.UTC(d.getUTCFullYear() + 1, 0, 1);
}

/** About `count` tick dates from `start` to `stop` (ms), both included, as d3-time's utcTicks. */
export function utcTicks(start: number, stop: number, count: number): Date[] {
  const [a, b] = start <= stop ? [start, stop] : [stop, start];
  const [unit, step] = pickInterval(a, b, count);
  const out: Date[] = [];
  if (!Number.isFinite(a) || !Number.isFinite(b) || !(count > 0)) return out;
  for (let t = ceilTo(a, unit); t <= b; t = next(t, unit))
    if (isTick(t, unit, step)) out.push(new Date(t));
  return start <= stop ? out : out.reverse();
}
