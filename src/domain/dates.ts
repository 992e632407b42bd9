/**
 * Dates that keep their precision. Sources give some dates to the day, some only to the
 * month ("May 2013") or the year ("2019"); a month must never be padded to a day.
 * A `PartialDate` is an ISO string at one of three precisions: `2013`, `2013-05`, `2013-05-14`.
 */

/** An ISO date string at year, month or day precision. */
export type PartialDate = string;

export type Precision = 'year' | 'month' | 'day';

/** A parsed partial date. `month` is 1–12 and `day` 1–31 where known. */
export interface DateParts {
  year: number;
  month?: number;
  day?: number;
  precision: Precision;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export const isLeapYear = (year: number): boolean =>
  (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;

/** Why a string is not a real partial date, or `null` if it is one. */
export function getDateProblem(value: string): string | null {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return `"${value}" is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD`;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return `"${value}" has no month ${month}`;
  if (month !== undefined && day !== undefined) {
    const last = daysInMonth(year, month);
    if (day < 1 || day > last) {
      const name = MONTHS[month - 1] ?? String(month);
      return `"${value}" is not a real date: ${name} ${year} has ${last} days`;
    }
  }
  return null;
}

export const isPartialDate = (value: string): boolean => getDateProblem(value) === null;

/** Parse a partial date; throws on a string that is not one (validate first). */
export function toDateParts(value: PartialDate): DateParts {
  const problem = getDateProblem(value);
  if (problem) throw new RangeError(problem);
  const [y, m, d] = value.split('-').map(Number);
  if (d !== undefined) return { year: y!, month: m!, day: d, precision: 'day' };
  if (m !== undefined) return { year: y!, month: m, precision: 'month' };
  return { year: y!, precision: 'year' };
}

export const getPrecision = (value: PartialDate): Precision => toDateParts(value).precision;

/**
 * The first and last day a partial date may mean, as UTC day numbers (ms since epoch).
 * `2013-05` spans 1 May 2013 to 31 May 2013.
 */
export function toDayRange(value: PartialDate): DayRange {
  // Charts ask for the same few dates thousands of times (every item, every candidate day), and
  // each answer means validating and parsing the string: remember them. Ranges are frozen, so a
  // caller cannot change what the next one reads.
  const known = dayRanges.get(value);
  if (known) return known;
  const range = Object.freeze(computeDayRange(value));
  if (dayRanges.size >= MAX_REMEMBERED) dayRanges.clear();
  dayRanges.set(value, range);
  return range;
}

export type DayRange = Readonly<{ first: number; last: number }>;
const MAX_REMEMBERED = 50_000;
const dayRanges = new Map<PartialDate, DayRange>();

function computeDayRange(value: PartialDate): { first: number; last: number } {
  const day = readIsoDay(value);
  if (day !== null) return { first: day, last: day };
  return computeFromParts(value);
}

/**
 * A real `YYYY-MM-DD` date as its UTC day, read digit by digit; null for anything else, which
 * takes the validating path (and its message). Most dates are whole days, and a 10,000-event
 * timeline parses a few thousand distinct ones before its first frame: the regular expression,
 * split and parts object cost that frame several milliseconds.
 */
function readIsoDay(value: string): number | null {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return null;
  const year = readDigits(value, 0, 4);
  const month = readDigits(value, 5, 2);
  const day = readDigits(value, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return Date.UTC(year, month - 1, day);
}

/** The number the `count` ASCII digits from `at` spell, or -1 if any is not a digit. */
function readDigits(value: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const digit = value.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

function computeFromParts(value: PartialDate): { first: number; last: number } {
  const { year, month, day } = toDateParts(value);
  if (day !== undefined && month !== undefined) {
    const t = Date.UTC(year, month - 1, day);
    return { first: t, last: t };
  }
  if (month !== undefined) {
    return {
      first: Date.UTC(year, month - 1, 1),
      last: Date.UTC(year, month - 1, daysInMonth(year, month)),
    };
  }
  return { first: Date.UTC(year, 0, 1), last: Date.UTC(year, 11, 31) };
}

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
