/**
 * The one "as at" date every view shares (URL parameter `asAt`, a day: YYYY-MM-DD).
 * An absent or unreadable value falls back to the dataset's default, never to "today".
 */
import { getDateProblem, getPrecision, type PartialDate } from './dates';

export const AS_AT_PARAM = 'asAt';

export function resolveAsAt(value: string | null | undefined, fallback: PartialDate): PartialDate {
  if (!value || getDateProblem(value) !== null || getPrecision(value) !== 'day') return fallback;
  return value;
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
