/**
 * Date parameters in the address that cannot be used. Each view ignores such a value and falls
 * back to its default (never an error page); this lists them so a page can say so politely.
 */
import { getDateProblem, getPrecision } from './partialDate';

/** The URL parameters that hold a day (YYYY-MM-DD): the as-at date, the briefing's second date, the timeline's window. */
export const DATE_PARAMS = ['asAt', 'since', 'from', 'to'] as const;

export interface DroppedParam {
  name: (typeof DATE_PARAMS)[number];
  value: string;
}

/** The date parameters present in `query` that are not a real day from 1900 to 2100. */
export function findDroppedDateParams(query: URLSearchParams): DroppedParam[] {
  const dropped: DroppedParam[] = [];
  for (const name of DATE_PARAMS) {
    for (const value of query.getAll(name)) {
      if (value === '') continue;
      if (getDateProblem(value) === null && getPrecision(value) === 'day') continue;
      dropped.push({ name, value });
    }
  }
  return dropped;
}
