/**
 * Partial dates: which strings are one, and which days they may mean. The data layer validates
 * records with these and the domain builds on them, so they sit below both; src/data must not
 * reach into src/domain for them (issue 17: layers run one way). Nothing here imports from src.
 *
 * A `PartialDate` is an ISO string at one of three precisions: `2013`, `2013-05`, `2013-05-14`.
 * Sources give some dates only to the month or the year; a month must never be padded to a day.
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

/**
 * The years a date may have. The story runs from 2013 to 2026 and the oldest record (a national
 * series) starts in 2012, so 1900–2100 leaves room for any history or plan a source could give
 * while refusing what can only be a typing slip. It also keeps clear of two traps: `Date.UTC`
 * reads years 0–99 as 1900–1999 (so "0050-01-01" would silently become 1950, and the Data view
 * printed "1 January 0"), and a year such as 9999 is a placeholder, not a date anyone recorded.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/** The same range as a JSON Schema / regular expression pattern (for docs/schema). */
export const PARTIAL_DATE_PATTERN =
  '^(?:19\\d{2}|20\\d{2}|2100)(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01]))?)?$';

/** Month names as messages and GOV.UK-style labels spell them; index 0 is January. */
export const MONTHS = [
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
  month === 2
    ? isLeapYear(year)
      ? 29
      : 28
    : month === 4 || month === 6 || month === 9 || month === 11
      ? 30
      : 31;

/** Why a string is not a real partial date, or `null` if it is one. */
export function getDateProblem(value: string): string | null {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return `"${value}" is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD`;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (year < MIN_YEAR || year > MAX_YEAR)
    return `"${value}" is outside the years this data can hold (${MIN_YEAR} to ${MAX_YEAR})`;
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
  if (
    year < MIN_YEAR ||
    year > MAX_YEAR ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month)
  )
    return null;
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
