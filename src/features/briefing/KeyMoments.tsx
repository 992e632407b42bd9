import { useMemo } from 'react';
import { Link, useSearch } from 'wouter';
import type { BriefingData } from '../../domain/briefingSummary';
import { getKnownFrom } from '../../domain/briefing';
import { formatPartialDate, getPrecision, type PartialDate } from '../../domain/dates';

/** The years the product is about: the key moments a minister can jump to. */
const FROM = '2013-01-01';
const TO = '2021-12-31';

interface Moment {
  date: PartialDate;
  label: string;
}

/** Each direction and each published inspection of 2013–2021 known to the day, in date order. */
export function getKeyMoments(data: BriefingData): Moment[] {
  const moments: Moment[] = [
    ...data.milestones.flatMap((m) =>
      m.kind === 'direction' && m.date && getPrecision(m.date) === 'day'
        ? [{ date: m.date, label: m.title }]
        : [],
    ),
    ...data.inspections.flatMap((i) => {
      const known = getKnownFrom(i);
      return known && getPrecision(known) === 'day'
        ? [{ date: known, label: `Ofsted: ${i.title.replace(/\s*\([^)]*\)\s*$/, '')}` }]
        : [];
    }),
  ].filter((m) => m.date >= FROM && m.date <= TO);
  return moments.sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.label.localeCompare(b.label),
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
              <Link href={href(m.date)} aria-current={m.date === asAt ? 'date' : undefined}>
                {formatPartialDate(m.date)}
              </Link>
              : {m.label}
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
