import { useRef, type KeyboardEvent } from 'react';
import { formatPartialDate, type PartialDate } from '../../domain/dates';
import type { ChangeDate } from '../../domain/governance';

/**
 * Every date the structure changed, as buttons; the current one is pressed. Left and right arrows
 * step to the previous or next change and keep focus, so a keyboard user can walk the history.
 */
export function ChangeSteps({
  changes,
  current,
  onChange,
}: {
  changes: readonly ChangeDate[];
  current: PartialDate;
  onChange: (date: PartialDate) => void;
}) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  if (changes.length === 0) return null;
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const target =
      event.key === 'ArrowRight'
        ? index + 1
        : event.key === 'ArrowLeft'
          ? index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? changes.length - 1
              : -1;
    const change = changes[target];
    if (!change) return;
    event.preventDefault();
    onChange(change.date);
    buttons.current[target]?.focus();
  };
  return (
    <nav className="app-gov-steps" aria-labelledby="gov-steps-heading">
      <h2 className="govuk-heading-s" id="gov-steps-heading">
        Dates the structure changed
      </h2>
      <p className="govuk-hint">
        Choose a date, or use the left and right arrow keys to step through them.
      </p>
      <ul className="app-gov-steps__list">
        {changes.map((c, i) => (
          <li key={c.date}>
            <button
              ref={(el) => {
                buttons.current[i] = el;
              }}
              type="button"
              className="app-gov-steps__button"
              aria-pressed={c.date === current}
              aria-label={c.label}
              onClick={() => onChange(c.date)}
              onKeyDown={(e) => onKeyDown(e, i)}
            >
              {formatPartialDate(c.stated)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
