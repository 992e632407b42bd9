import { useId, useMemo } from 'react';
import { getKnownFrom, isCertainlyBy } from '../../domain/briefing';
import type { BriefingData } from '../../domain/briefingSummary';
import { formatPartialDate, type PartialDate } from '../../domain/dates';
import { diffGovernance, getChangeDates, governanceAsAt } from '../../domain/governance';
import { describeChanges, makeNameLookup } from '../../domain/governanceText';
import { formatGrade } from '../../domain/ratings';

/** How many changes are listed before the rest fold away (the page must fit one screen). */
const SHOWN = 6;

/** Between two dates: the changes to the structure, inspections published and milestones. */
export function toChangesSince(
  data: BriefingData,
  since: PartialDate,
  asAt: PartialDate,
): string[] {
  const after = (date: PartialDate | null) =>
    date !== null && !isCertainlyBy(date, since) && isCertainlyBy(date, asAt);
  const name = makeNameLookup(data.governance);
  const structure = describeChanges(
    diffGovernance(governanceAsAt(data.governance, since), governanceAsAt(data.governance, asAt)),
    name,
  );
  const inspections = data.inspections
    .filter((i) => after(getKnownFrom(i)))
    .map(
      (i) =>
        `${formatPartialDate(getKnownFrom(i))}: ${i.title}${i.graded ? `, ${formatGrade(i.overall).toLowerCase()}` : ' (not graded)'}`,
    );
  const milestones = data.milestones
    .filter((m) => m.kind !== 'expected' && after(m.date))
    .map((m) => `${formatPartialDate(m.date)}: ${m.title}`);
  return [...inspections, ...milestones, ...structure];
}

/** "What changed since" a second date, in words; the date is the URL parameter `since`. */
export function ChangesSince({
  data,
  asAt,
  since,
  onSince,
}: {
  data: BriefingData;
  asAt: PartialDate;
  since: PartialDate | null;
  onSince: (date: string | null) => void;
}) {
  const id = useId();
  const options = useMemo(
    () => getChangeDates(data.governance).filter((c) => c.date < asAt),
    [data.governance, asAt],
  );
  const lines = useMemo(
    () => (since ? toChangesSince(data, since, asAt) : []),
    [data, since, asAt],
  );
  return (
    <section aria-labelledby={`${id}-h`} className="app-briefing__since">
      <h2 className="govuk-heading-m" id={`${id}-h`}>
        What changed since {since ? formatPartialDate(since) : '…'}
      </h2>
      {options.length ? (
        <div className="govuk-form-group app-briefing__since-control">
          <label className="govuk-label govuk-label--s" htmlFor={`${id}-since`}>
            Compare with
          </label>
          <select
            className="govuk-select"
            id={`${id}-since`}
            value={since ?? ''}
            onChange={(e) => onSince(e.target.value || null)}
          >
            {options.map((c) => (
              <option key={c.date} value={c.date}>
                {formatPartialDate(c.stated)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {since === null ? (
        <p className="govuk-body">Nothing earlier to compare with.</p>
      ) : lines.length === 0 ? (
        <p className="govuk-body">Nothing recorded changed between these dates.</p>
      ) : (
        <>
          <ul className="govuk-list govuk-list--bullet app-briefing__list">
            {lines.slice(0, SHOWN).map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
          {lines.length > SHOWN ? (
            <details className="govuk-details app-briefing__more">
              <summary className="govuk-details__summary">
                <span className="govuk-details__summary-text">
                  {lines.length - SHOWN} more {lines.length - SHOWN === 1 ? 'change' : 'changes'}
                </span>
              </summary>
              <div className="govuk-details__text">
                <ul className="govuk-list govuk-list--bullet app-briefing__list">
                  {lines.slice(SHOWN).map((line, i) => (
                    <li key={i}>{line}</li>
                  ))}
                </ul>
              </div>
            </details>
          ) : null}
        </>
      )}
    </section>
  );
}
