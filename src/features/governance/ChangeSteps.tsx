import { formatPartialDate, type PartialDate } from '../../domain/dates';
import type { ChangeDate } from '../../domain/governance';

/** Every date the structure changed, as buttons: the current one is marked pressed. */
export function ChangeSteps({
  changes,
  current,
  onChange,
}: {
  changes: readonly ChangeDate[];
  current: PartialDate;
  onChange: (date: PartialDate) => void;
}) {
  if (changes.length === 0) return null;
  return (
    <nav className="app-gov-steps" aria-labelledby="gov-steps-heading">
      <h2 className="govuk-heading-s" id="gov-steps-heading">
        Dates the structure changed
      </h2>
      <ul className="app-gov-steps__list">
        {changes.map((c) => (
          <li key={c.date}>
            <button
              type="button"
              className="app-gov-steps__button"
              aria-pressed={c.date === current}
              aria-label={c.label}
              onClick={() => onChange(c.date)}
            >
              {formatPartialDate(c.stated)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
