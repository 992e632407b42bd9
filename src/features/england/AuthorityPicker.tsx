import { useId, useMemo, useState } from 'react';

export interface PickerOption {
  id: string;
  name: string;
  hint?: string;
}

/**
 * A searchable picker made of plain controls: a search box, the matching authorities as buttons
 * to add, the chosen ones as buttons to remove. Tab and Enter do everything; Enter in the box
 * adds the first match.
 */
export function AuthorityPicker({
  options,
  chosen,
  max,
  onChange,
}: {
  options: readonly PickerOption[];
  chosen: readonly string[];
  max: number;
  onChange: (next: string[]) => void;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const byId = useMemo(() => new Map(options.map((o) => [o.id, o])), [options]);
  const needle = text.trim().toLowerCase();
  const matches = needle
    ? options
        .filter((o) => !chosen.includes(o.id) && o.name.toLowerCase().includes(needle))
        .slice(0, 8)
    : [];
  const full = chosen.length >= max;
  const add = (pick: string) => {
    if (full) return;
    onChange([...chosen, pick]);
    setText('');
  };
  return (
    <div className="app-picker">
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor={`${id}-search`}>
          Find an authority to compare
        </label>
        <div className="govuk-hint" id={`${id}-hint`}>
          Type part of a name, then choose it from the list (Enter adds the first match). Up to{' '}
          {max}.
        </div>
        <input
          className="govuk-input govuk-!-width-one-half"
          id={`${id}-search`}
          type="search"
          autoComplete="off"
          aria-describedby={`${id}-hint ${id}-status`}
          aria-controls={`${id}-matches`}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && matches[0]) {
              e.preventDefault();
              add(matches[0].id);
            }
          }}
        />
      </div>
      <p className="govuk-body-s" id={`${id}-status`} role="status">
        {full
          ? `${max} authorities chosen: remove one to add another.`
          : needle
            ? `${matches.length === 0 ? 'No' : matches.length} ${matches.length === 1 ? 'match' : 'matches'}`
            : ''}
      </p>
      <ul
        className="govuk-list app-picker__matches"
        id={`${id}-matches`}
        aria-label="Matching authorities"
      >
        {matches.map((m) => (
          <li key={m.id}>
            <button
              type="button"
              className="govuk-button govuk-button--secondary app-picker__button"
              disabled={full}
              onClick={() => add(m.id)}
            >
              Add {m.name}
              {m.hint ? <span className="govuk-visually-hidden">, {m.hint}</span> : null}
            </button>
          </li>
        ))}
      </ul>
      <h4 className="govuk-heading-s">Chosen</h4>
      {chosen.length === 0 ? (
        <p className="govuk-body">None yet.</p>
      ) : (
        <ul className="govuk-list app-picker__chosen" aria-label="Chosen authorities">
          {chosen.map((c) => (
            <li key={c}>
              <button
                type="button"
                className="govuk-button govuk-button--warning app-picker__button"
                onClick={() => onChange(chosen.filter((x) => x !== c))}
              >
                Remove {byId.get(c)?.name ?? c}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
