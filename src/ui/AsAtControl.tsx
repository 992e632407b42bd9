import { useId, useState, type FormEvent } from 'react';
import { toDayFromFields } from '../domain/asAt';
import { formatPartialDate, type PartialDate } from '../domain/dates';

interface Props {
  /** The as-at date in force. */
  value: PartialDate;
  onChange: (date: PartialDate) => void;
  /** Dates worth stepping between (when the structure changed), in order. */
  steps?: readonly { date: PartialDate; label: string }[];
  /** The heading over the control. */
  legend?: string;
}

/** Choose the "as at" date: a GOV.UK date input, and steps to the previous or next change. */
const toFields = (date: PartialDate) => {
  const [y, m, d] = date.split('-');
  return { day: String(Number(d)), month: String(Number(m)), year: y ?? '' };
};

export function AsAtControl({
  value,
  onChange,
  steps = [],
  legend = 'Show the position as at',
}: Props) {
  const id = useId();
  const [fields, setFields] = useState(() => toFields(value));
  const [error, setError] = useState<string | null>(null);
  // When the date changes from outside (a step button, another view), the fields follow it.
  // Adjusting state while rendering keeps focus where it is, unlike remounting the form.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setFields(toFields(value));
    setError(null);
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = toDayFromFields(fields.day, fields.month, fields.year);
    if ('error' in result) setError(result.error);
    else {
      setError(null);
      onChange(result.date);
    }
  };
  const previous = [...steps].reverse().find((s) => s.date < value);
  const next = steps.find((s) => s.date > value);

  return (
    <div className="app-as-at">
      <p className="app-as-at__current" aria-live="polite">
        As at <strong>{formatPartialDate(value)}</strong>
      </p>
      <form onSubmit={submit} noValidate className="app-as-at__form">
        <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
          <fieldset
            className="govuk-fieldset"
            role="group"
            aria-describedby={error ? `${id}-error` : `${id}-hint`}
          >
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
            <div className="govuk-hint" id={`${id}-hint`}>
              For example, 30 11 2018
            </div>
            {error ? (
              <p id={`${id}-error`} className="govuk-error-message">
                <span className="govuk-visually-hidden">Error:</span> {error}
              </p>
            ) : null}
            <div className="govuk-date-input">
              {(['day', 'month', 'year'] as const).map((part) => (
                <div className="govuk-date-input__item" key={part}>
                  <div className="govuk-form-group">
                    <label
                      className="govuk-label govuk-date-input__label"
                      htmlFor={`${id}-${part}`}
                    >
                      {part[0]!.toUpperCase() + part.slice(1)}
                    </label>
                    <input
                      className={`govuk-input govuk-date-input__input ${part === 'year' ? 'govuk-input--width-4' : 'govuk-input--width-2'}${error ? ' govuk-input--error' : ''}`}
                      id={`${id}-${part}`}
                      name={part}
                      type="text"
                      inputMode="numeric"
                      autoComplete="off"
                      value={fields[part]}
                      onChange={(e) => setFields((f) => ({ ...f, [part]: e.target.value }))}
                    />
                  </div>
                </div>
              ))}
              <div className="govuk-date-input__item app-as-at__submit">
                <button type="submit" className="govuk-button govuk-button--secondary">
                  Show
                </button>
              </div>
            </div>
          </fieldset>
        </div>
      </form>
      {steps.length > 0 ? (
        <div className="govuk-button-group app-as-at__steps">
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            disabled={!previous}
            onClick={() => previous && onChange(previous.date)}
          >
            <span aria-hidden="true">← </span>Previous change
            {previous ? <span className="govuk-visually-hidden">: {previous.label}</span> : null}
          </button>
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            disabled={!next}
            onClick={() => next && onChange(next.date)}
          >
            Next change<span aria-hidden="true"> →</span>
            {next ? <span className="govuk-visually-hidden">: {next.label}</span> : null}
          </button>
        </div>
      ) : null}
    </div>
  );
}
