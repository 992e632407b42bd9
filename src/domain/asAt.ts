/**
 * The one "as at" date every view shares (URL parameter `asAt`, a day: YYYY-MM-DD).
 * An absent or unreadable value falls back to the dataset's default, never to "today".
 */
import { formatPartialDate, getDateProblem, getPrecision, type PartialDate } from './dates';
import { MAX_YEAR, MIN_YEAR } from '../lib/partialDate';

export const AS_AT_PARAM = 'asAt';

export function resolveAsAt(
  value: string | null | undefined,
  fallback: PartialDate,
  coverage?: { from: PartialDate; to: PartialDate },
): PartialDate {
  const checked = checkAsAt(value, coverage);
  return checked.kind === 'date' ? checked.date : fallback;
}

/** Why a link's `asAt` was not used. */
export type AsAtProblem = 'malformed' | 'not-a-real-date' | 'out-of-range';

export type CheckedAsAt =
  | { kind: 'absent' }
  | { kind: 'date'; date: PartialDate }
  | { kind: 'problem'; problem: AsAtProblem };

/** First and last day a coverage bound of any precision ("2012", "2026-07") allows. */
const firstDay = (bound: PartialDate) => (bound + '-01-01').slice(0, 10);
const lastDay = (bound: PartialDate) =>
  bound.length === 10 ? bound : bound.length === 7 ? `${bound}-31` : `${bound}-12-31`;

/**
 * What a link's `asAt` says: nothing, a usable day, or why it cannot be used. The server
 * (server/as-at-pages.mjs, through the server bundle) and the browser both go by this, so a bad
 * link gets the same notice before and after JavaScript.
 */
export function checkAsAt(
  value: string | null | undefined,
  coverage?: { from: PartialDate; to: PartialDate },
): CheckedAsAt {
  if (value === null || value === undefined || value === '') return { kind: 'absent' };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return { kind: 'problem', problem: 'malformed' };
  // A year no record can hold (before 1900 or after 2100) is out of range, not an impossible day.
  const year = Number(value.slice(0, 4));
  if (coverage && (year < MIN_YEAR || year > MAX_YEAR))
    return { kind: 'problem', problem: 'out-of-range' };
  if (getDateProblem(value) !== null || getPrecision(value) !== 'day')
    return { kind: 'problem', problem: 'not-a-real-date' };
  if (coverage && (value < firstDay(coverage.from) || value > lastDay(coverage.to)))
    return { kind: 'problem', problem: 'out-of-range' };
  return { kind: 'date', date: value };
}

/** The polite notice for a link whose date could not be used (no input is echoed back). */
export function asAtNotice(
  problem: AsAtProblem,
  fallback: PartialDate,
  coverage?: { from: PartialDate; to: PartialDate },
): string {
  const reason =
    problem === 'malformed'
      ? 'is not written as a date (it should look like 2019-08-01)'
      : problem === 'not-a-real-date'
        ? 'is not a real date'
        : `is outside the years this record covers${coverage ? ` (${coverage.from} to ${coverage.to})` : ''}`;
  return `The date in the link you followed ${reason}, so this page shows the position as at ${formatPartialDate(fallback)}, the latest date of the data.`;
}

/** Day-precision ISO date from day, month and year fields, or why not. */
export function toDayFromFields(
  day: string,
  month: string,
  year: string,
): { date: PartialDate } | { error: string } {
  const d = day.trim();
  const m = month.trim();
  const y = year.trim();
  if (!d || !m || !y) return { error: 'Enter a day, month and year' };
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y))
    return { error: 'Enter the date as numbers, for example 30 11 2018' };
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const problem = getDateProblem(iso);
  return problem ? { error: 'The date must be a real date' } : { date: iso };
}
