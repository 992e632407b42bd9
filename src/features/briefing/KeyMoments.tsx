import { useMemo } from 'react';
import { Link, useSearch } from 'wouter';
import type { BriefingData } from '../../domain/briefingSummary';
import { getKnownFrom } from '../../domain/briefing';
import {
  formatPartialDate,
  getPrecision,
  toDayRange,
  toIsoDay,
  type PartialDate,
} from '../../domain/dates';

/** The years the product is about: the key moments a minister can jump to. */
const FROM = '2013-01-01';
const TO = '2021-12-31';

export interface Moment {
  /** The date as the record gives it: "29 July 2019", or "April 2016". */
  date: PartialDate;
  /** The day the briefing is shown as at: the date itself, or the last day of its month. */
  asAt: PartialDate;
  label: string;
}

/** The day a moment is shown as at: known to the day, that day; known to the month, its last day. */
function showAs(date: PartialDate | null): PartialDate | null {
  if (!date) return null;
  const precision = getPrecision(date);
  if (precision === 'day') return date;
  // A report published "April 2016" is certainly out by 30 April, not before: the briefing never
  // shows it earlier than the record allows.
  if (precision === 'month') return toIsoDay(new Date(toDayRange(date).last));
  return null;
}

/**
 * Each direction and each published inspection of 2013–2021 known to the day or the month, in
 * date order. One known only to the year is left out: no single day would show it fairly.
 */
export function getKeyMoments(data: BriefingData): Moment[] {
  const moment = (date: PartialDate | null, label: string): Moment[] => {
    const asAt = showAs(date);
    return date && asAt ? [{ date, asAt, label }] : [];
  };
  const moments: Moment[] = [
    ...data.milestones.flatMap((m) => (m.kind === 'direction' ? moment(m.date, m.title) : [])),
    ...data.inspections.flatMap((i) =>
      moment(getKnownFrom(i), `Ofsted: ${i.title.replace(/\s*\([^)]*\)\s*$/, '')}`),
    ),
  ].filter((m) => m.asAt >= FROM && m.asAt <= TO);
  return moments.sort((a, b) =>
    a.asAt < b.asAt ? -1 : a.asAt > b.asAt ? 1 : a.label.localeCompare(b.label),
  );
}

/**
 * Links to the key moments of 2013–2021. Each is a plain link (`?asAt=`), so it works before and
 * without JavaScript (the server renders the date), and following one adds a history entry.
 */
export function KeyMoments({ data, asAt }: { data: BriefingData; asAt: PartialDate }) {
  const moments = useMemo(() => getKeyMoments(data), [data]);
  const search = new URLSearchParams(useSearch());
  const href = (date: PartialDate) => {
    const params = new URLSearchParams(search);
    params.set('asAt', date);
    return `/?${params.toString()}`;
  };
  return (
    <details className="govuk-details app-briefing__moments">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Jump to a key moment, 2013 to 2021</span>
      </summary>
      <div className="govuk-details__text">
        <ul className="govuk-list app-briefing__list">
          {moments.map((m) => (
            <li key={`${m.date} ${m.label}`}>
              <Link href={href(m.asAt)} aria-current={m.asAt === asAt ? 'date' : undefined}>
                {formatPartialDate(m.date)}
              </Link>
              : {m.label}
              {m.asAt !== m.date ? ` (shown as at ${formatPartialDate(m.asAt)})` : ''}
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
