/**
 * Dates that keep their precision. Sources give some dates to the day, some only to the
 * month ("May 2013") or the year ("2019"); a month must never be padded to a day.
 * A `PartialDate` is an ISO string at one of three precisions: `2013`, `2013-05`, `2013-05-14`.
 */

import { MONTHS, toDateParts, toDayRange, type PartialDate } from '../lib/partialDate';

// Validation and day ranges live in src/lib/partialDate.ts, below both data and domain; domain
// callers keep importing them from here.
export {
  daysInMonth,
  getDateProblem,
  getPrecision,
  isLeapYear,
  isPartialDate,
  toDateParts,
  toDayRange,
  type DateParts,
  type DayRange,
  type PartialDate,
  type Precision,
} from '../lib/partialDate';

/** The first instant after a partial date's period ends, as a JS Date (UTC). */
export function toExclusiveEnd(value: PartialDate): Date {
  return new Date(toDayRange(value).last + 86_400_000);
}

export const toStartDate = (value: PartialDate): Date => new Date(toDayRange(value).first);

/** Order partial dates by the first day they may mean, then by precision (coarser first). */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const ra = toDayRange(a);
  const rb = toDayRange(b);
  return ra.first - rb.first || rb.last - ra.last;
}

/** A day-precision ISO string for a JS Date (UTC). */
export const toIsoDay = (date: Date): string => date.toISOString().slice(0, 10);

/**
 * en-GB dates in GOV.UK style, at the precision the source gives:
 * "30 November 2018", "March 2013", "2019".
 */
export function formatPartialDate(value: PartialDate | null | undefined): string {
  if (value === null || value === undefined) return 'date unknown';
  const { year, month, day } = toDateParts(value);
  if (month === undefined) return String(year);
  const name = MONTHS[month - 1]!;
  return day === undefined ? `${name} ${year}` : `${day} ${name} ${year}`;
}

/** Short form for tight labels: "30 Nov 2018", "Mar 2013", "2019". */
export function formatPartialDateShort(value: PartialDate | null | undefined): string {
  if (value === null || value === undefined) return 'unknown';
  const { year, month, day } = toDateParts(value);
  if (month === undefined) return String(year);
  const name = MONTHS[month - 1]!.slice(0, 3);
  return day === undefined ? `${name} ${year}` : `${day} ${name} ${year}`;
}

/** A span "8 February to 10 March 2016", shortening where both ends share a month or year. */
export function formatDateSpan(
  start: PartialDate | null | undefined,
  end: PartialDate | null | undefined,
): string {
  if (!start && !end) return 'dates unknown';
  if (!end) return `from ${formatPartialDate(start)}`;
  if (!start) return `until ${formatPartialDate(end)}`;
  if (start === end) return formatPartialDate(start);
  const a = toDateParts(start);
  const b = toDateParts(end);
  if (a.precision === 'day' && b.precision === 'day' && a.year === b.year) {
    if (a.month === b.month) return `${a.day} to ${formatPartialDate(end)}`;
    return `${a.day} ${MONTHS[a.month! - 1]} to ${formatPartialDate(end)}`;
  }
  return `${formatPartialDate(start)} to ${formatPartialDate(end)}`;
}

/**
 * Is a partial-date period in force on a given day? Three answers, because a period that
 * starts "May 2018" may or may not have begun by 10 May 2018.
 */
export type InForce = 'yes' | 'no' | 'uncertain';

export function isInForceOn(
  day: PartialDate,
  start: PartialDate | null,
  end: PartialDate | null,
): InForce {
  const { first, last } = toDayRange(day);
  let result: InForce = 'yes';
  if (start !== null) {
    const s = toDayRange(start);
    if (last < s.first) return 'no';
    if (first < s.last) result = 'uncertain';
  }
  if (end !== null) {
    const e = toDayRange(end);
    if (first > e.last) return 'no';
    if (last > e.first) result = 'uncertain';
  }
  return result;
}
