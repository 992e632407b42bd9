/**
 * A GOV.UK select with its label, as a filter: one place for the markup that the England view's
 * sections and the data view each wrote out. `value` '' is the "no filter" choice where `any`
 * names it; the caller decides what a choice means (usually a parameter in the address).
 */

export interface SelectOption {
  value: string;
  label: string;
}

export function SelectFilter({
  id,
  label,
  value,
  options,
  onChange,
  any,
  boldLabel = true,
  inRow = true,
}: {
  id: string;
  label: string;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
  /** The first option, value '': "All of England", "Any". */
  any?: string;
  /** The label in bold (GOV.UK's small label), as in the England view's rows of filters. */
  boldLabel?: boolean;
  /** One of a row of filters (`.app-filters`), or a form group of its own. */
  inRow?: boolean;
}) {
  return (
    <div className={inRow ? 'govuk-form-group app-filters__item' : 'govuk-form-group'}>
      <label className={boldLabel ? 'govuk-label govuk-label--s' : 'govuk-label'} htmlFor={id}>
        {label}
      </label>
      <select
        className="govuk-select"
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        {any !== undefined ? <option value="">{any}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
